import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.AF_INET.name, socket.SOCK_STREAM.value)
print(socket.AddressFamily(10), repr(socket.SocketKind(2)), f"{socket.AF_INET6}", "%d" % socket.AF_INET)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.SHUT_RDWR)
print(socket.SOMAXCONN, socket.has_ipv6, socket.INADDR_ANY, socket.TCP_NODELAY, socket.MSG_PEEK)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(socket.gaierror.__mro__, socket.herror.__mro__)
print(socket.socket.__mro__, socket.SocketType)

print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", None, socket.AF_INET))
print(socket.getaddrinfo("::1", "8080", 0, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "http", proto=socket.IPPROTO_TCP))
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
for args in [("", 80), ("127.0.0.1", "no-such-service"), ("::1", 80, socket.AF_INET), ("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST)]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print(type(e).__name__, e, e.errno)

# A server and a client through create_server / create_connection.
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
cli = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, _ = srv.accept()
print(cli.gettimeout(), conn.gettimeout())
cli.sendall(b"via create_connection")
print(conn.recv(100))
for s in (cli, conn, srv):
    s.close()

a, b = socket.socketpair()
print(type(a).__name__, repr(a.family), a.getsockname(), b.getpeername())
a.sendall(b"pair")
print(b.recv(10))
with a, b:
    pass
print(a.fileno(), b.fileno())

def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = socket.socket()
check("recv -1", lambda: s.recv(-1))
check("recvfrom -1", lambda: s.recvfrom(-1))
check("bind str", lambda: s.bind("x"))
check("bind 1-tuple", lambda: s.bind(("a",)))
check("bind port", lambda: s.bind(("127.0.0.1", 70000)))
check("bind host int", lambda: s.bind((1, 2)))
check("bind unknown host", lambda: s.bind(("nonexistent.invalid", 0)))
check("bind v6 on v4", lambda: s.bind(("::1", 0)))
check("connect port str", lambda: s.connect(("127.0.0.1", "x")))
check("send str", lambda: s.send("x"))
check("getpeername", s.getpeername)
check("setsockopt str", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
check("SO_TYPE", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
check("family 99", lambda: socket.socket(99))
s6 = socket.socket(socket.AF_INET6)
check("v6 5-tuple", lambda: s6.bind(("::1", 0, 0, 0, 0)))
check("v6 bind v4 host", lambda: s6.bind(("127.0.0.1", 0)))
s6.close()
s.close()
check("closed send", lambda: s.send(b"x"))
check("closed getsockname", s.getsockname)
check("closed close", s.close)
check("closed settimeout", lambda: s.settimeout(1))
check("closed gettimeout", s.gettimeout)
check("closed fileno", s.fileno)
print(repr(s).replace("fd=-1", "fd=closed"))

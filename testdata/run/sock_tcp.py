import socket

def clean(text, *socks):
    # Descriptor numbers and ports differ between runs and interpreters.
    for s in socks:
        if s.fileno() >= 0:
            text = text.replace("fd=%d," % s.fileno(), "fd=N,")
        for getter in (s.getsockname, s.getpeername):
            try:
                text = text.replace(str(getter()[1]), "PORT")
            except OSError:
                pass
    return text

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print(host, port > 0)
print(clean(repr(server), server))

client = socket.socket()
client.connect(("127.0.0.1", port))
conn, addr = server.accept()
print(type(conn).__name__, addr[0], addr == client.getsockname(), conn.getpeername() == client.getsockname())
print(client.getpeername() == ("127.0.0.1", port))
print(clean(repr(conn), conn, client))
print(conn.family, repr(conn.family), repr(conn.type), conn.proto, conn.gettimeout())

print(client.send(b"hello"))
client.sendall(b" world" * 1000)
data = b""
while len(data) < 6005:
    data += conn.recv(4096)
print(len(data), data[:17])
conn.sendall(bytearray(b"reply"))
print(client.recv(100))
conn.sendall(memoryview(b"xyz"))
buf = bytearray(10)
print(client.recv_into(buf), buf)

# makefile: lines both ways.
wf = client.makefile("wb")
rf = conn.makefile("rb")
wf.write(b"line one\nline two\n")
wf.writelines([b"three\n", b"four"])
wf.flush()
print(rf.readline(), rf.readline(5), rf.readline())
tw = conn.makefile("w", encoding="utf-8")
tr = client.makefile("r", encoding="utf-8")
tw.write("héllo\nwörld\n")
tw.flush()
print(repr(tr.readline()), repr(tr.readline()))
for f in (wf, rf, tw, tr):
    f.close()
print(wf.closed, rf.closed)

# Closing one end: recv returns b"" at the other.
client.shutdown(socket.SHUT_WR)
print(conn.recv(10))
client.close()
conn.close()
print(client.fileno(), conn.fileno())
print(clean(repr(client)))
try:
    client.send(b"x")
except OSError as e:
    print(type(e).__name__, e)

# A context manager closes the socket.
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.fileno() >= 0)
print(s.fileno(), s._closed)

# connect_ex and the refused connection on a port nobody listens on.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
free_port = probe.getsockname()[1]
probe.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", free_port)))
c.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", free_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno, isinstance(e, OSError))
c.close()
server.close()

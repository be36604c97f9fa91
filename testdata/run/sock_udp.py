import socket

for family, host in [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")]:
    a = socket.socket(family, socket.SOCK_DGRAM)
    b = socket.socket(family, socket.SOCK_DGRAM)
    a.bind((host, 0))
    b.bind((host, 0))
    print(repr(a.family), repr(a.type), a.getsockname()[0], len(a.getsockname()))
    print(b.sendto(b"ping", a.getsockname()))
    data, sender = a.recvfrom(100)
    print(data, sender == b.getsockname())
    a.sendto(b"pong", 0, sender)
    print(b.recv(100))
    a.settimeout(0.05)
    print(a.gettimeout(), a.timeout, a.getblocking())
    try:
        a.recvfrom(10)
    except socket.timeout as e:
        print(type(e).__name__, e, e.args, e.errno, socket.timeout is TimeoutError)
    a.setblocking(False)
    print(a.gettimeout(), a.getblocking())
    try:
        a.recv(10)
    except BlockingIOError as e:
        print(type(e).__name__, e.errno, e.strerror)
    a.setblocking(True)
    print(a.gettimeout(), a.getblocking())
    b.connect(a.getsockname())
    print(b.getpeername() == a.getsockname())
    b.send(b"connected")
    print(a.recv(4, socket.MSG_PEEK), a.recv(100))
    a.close()
    b.close()

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1.5)
print(s.gettimeout())
s.settimeout(None)
print(s.gettimeout())
for bad in ["x", -1]:
    try:
        s.settimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2)
t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(socket.getdefaulttimeout(), t.gettimeout())
socket.setdefaulttimeout(None)
t.close()
s.close()

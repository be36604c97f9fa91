import socket

def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for text in ["1.2.3.4", "1.2.3", "127.1", "0x7f.1", "010.0.0.1", "4294967295", "1.2.3.4 x",
             "x", "1.2.3.4.5", "256.1.1.1", "1.2.70000", " 1.2.3.4", "", "1.2.3."]:
    check("inet_aton %r" % text, lambda: socket.inet_aton(text))
check("inet_aton bytes", lambda: socket.inet_aton(b"1.2.3.4"))
check("inet_ntoa", lambda: socket.inet_ntoa(b"\x7f\x00\x00\x01"))
check("inet_ntoa short", lambda: socket.inet_ntoa(b"12"))
check("inet_ntoa str", lambda: socket.inet_ntoa("1234"))
check("inet_pton v6", lambda: socket.inet_pton(socket.AF_INET6, "::1"))
check("inet_pton v6 long", lambda: socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329"))
check("inet_pton bad", lambda: socket.inet_pton(socket.AF_INET6, "x"))
check("inet_pton v4", lambda: socket.inet_pton(socket.AF_INET, "10.0.0.255"))
check("inet_pton v4 short", lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
check("inet_pton family", lambda: socket.inet_pton(99, "1"))
check("inet_ntop v6", lambda: socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
check("inet_ntop v6 len", lambda: socket.inet_ntop(socket.AF_INET6, b"12"))
check("inet_ntop v4", lambda: socket.inet_ntop(socket.AF_INET, b"1234"))
check("inet_ntop v4 len", lambda: socket.inet_ntop(socket.AF_INET, b"123"))
check("inet_ntop family", lambda: socket.inet_ntop(99, b"1234"))
for name in ["htons", "ntohs", "htonl", "ntohl"]:
    f = getattr(socket, name)
    for v in [0, 1, 258, 65535, 70000, 2**31, 2**32 - 1, 2**32, -1, -2**40, "x", 1.5, True]:
        check("%s(%r)" % (name, v), lambda: f(v))

s = socket.socket()
d = s.dup()
print(type(d).__name__, d.fileno() != s.fileno(), repr(d.family), repr(d.type))
f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print(type(f).__name__, f.fileno() not in (s.fileno(), d.fileno()))
for x in (d, f, s):
    x.close()
check("dup -1", lambda: socket.dup(-1))
check("close -1", lambda: socket.close(-1))

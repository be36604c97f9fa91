# BufferedRWPair: socket.makefile("rw"/"rwb") and io.BufferedRWPair over two raw streams.
import io, socket

a, b = socket.socketpair()
f = a.makefile("rwb")
print(type(f).__name__, type(f).__module__, isinstance(f, io.BufferedIOBase))
print(f.readable(), f.writable(), f.seekable(), f.closed)
print(repr(f).startswith("<_io.BufferedRWPair object at"))
print(f.write(b"hello\n"), f.flush())
print(b.recv(100))
b.sendall(b"line1\nline2\nrest")
print(f.readline())
print(f.peek(1)[:6])
print(f.read1(3))
print(f.read(6))
b.sendall(b"XY")
buf = bytearray(2)
print(f.readinto(buf), buf)
b.close()
print(f.read())
print(f.read())
try:
    f.detach()
except io.UnsupportedOperation as e:
    print("detach:", e)
try:
    f.fileno()
except io.UnsupportedOperation as e:
    print("fileno:", type(e).__name__, e)
try:
    f.seek(0)
except io.UnsupportedOperation as e:
    print("seek:", e)
print(f.isatty())
f.close()
print(f.closed)
try:
    f.write(b"x")
except ValueError as e:
    print("write closed:", e)
try:
    f.read()
except ValueError as e:
    print("read closed:", e)
a.close()

a, b = socket.socketpair()
t = a.makefile("rw")
print(type(t).__name__, type(t.buffer).__name__, t.mode)
t.write("héllo\n")
t.flush()
print(b.recv(100))
b.sendall("wörld\nsecond\n".encode())
print(repr(t.readline()))
print(repr(t.readline()))
t.close()
b.close()
a.close()

# the class itself, over two raw streams
r = io.BytesIO(b"abc\ndef")
w = io.BytesIO()
p = io.BufferedRWPair(r, w)
print(p.read(2), p.readline(), p.write(b"zz"))
p.flush()
print(w.getvalue())
print(p.closed, r.closed, w.closed)
p.close()
print(p.closed, r.closed, w.closed)
try:
    io.BufferedRWPair(io.BytesIO(), io.BytesIO(), 0)
except ValueError as e:
    print(e)
class NR(io.RawIOBase):
    def readable(self): return False
try:
    io.BufferedRWPair(NR(), io.BytesIO())
except io.UnsupportedOperation as e:
    print(e)
try:
    io.BufferedRWPair(io.BytesIO(), NR())
except io.UnsupportedOperation as e:
    print(e)
try:
    io.BufferedRWPair(io.BytesIO())
except TypeError as e:
    print(e)
print(io.BufferedRWPair.__mro__)

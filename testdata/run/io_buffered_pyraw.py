# A BufferedReader over a Python raw stream: the readinto calls CPython makes, peek/read1/readinto
# results from its buffer, None from a non-blocking raw, and seek/tell inside the buffer.
import io

class Raw(io.RawIOBase):
    def __init__(self, data, chunk=None):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.calls = []
    def readable(self):
        return True
    def readinto(self, b):
        n = len(b)
        if self.chunk:
            n = min(n, self.chunk)
        piece = self.data[self.pos:self.pos + n]
        self.calls.append((len(b), len(piece)))
        b[:len(piece)] = piece
        self.pos += len(piece)
        return len(piece)

data = bytes(range(48, 58)) * 10
r = io.BufferedReader(Raw(data), 16)
print(r.peek())
print(r.peek(3))
print(r.read(4))
print(r.peek())
print(r.read(20))
print(r.peek(1))
print(r.readline())
print(r.read1(5), r.peek())
print(r.read())
print(r.peek(), r.raw.calls)

# a raw stream that returns little at a time
r = io.BufferedReader(Raw(b"abcdefghij", chunk=3), 8)
print(r.peek(100), r.read(2), r.peek(), r.read(5), r.peek(), r.read(), r.peek())
print(r.raw.calls)

# a raw stream with no data yet (None)
class Slow(io.RawIOBase):
    def __init__(self):
        self.step = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.step += 1
        if self.step == 1:
            return None
        if self.step == 2:
            b[:2] = b"hi"
            return 2
        return 0
s = io.BufferedReader(Slow())
print(s.peek(), s.peek(), s.read(), s.peek())

r = io.BufferedReader(Raw(b"xyz"))
r.close()
try:
    r.peek()
except ValueError as e:
    print("closed:", e)
r = io.BufferedReader(Raw(b"xyz"))
r.detach()
try:
    r.peek()
except ValueError as e:
    print("detached:", e)
try:
    io.BufferedReader(Raw(b"xyz")).peek("a")
except TypeError as e:
    print(e)

# seeks inside the buffer ask nothing of the raw stream
class Raw(io.BytesIO):
    def readinto(self, b):
        n = super().readinto(b)
        print("  readinto", len(b), n)
        return n
    def seek(self, *a):
        r = super().seek(*a)
        print("  seek", a, r)
        return r
    def tell(self):
        r = super().tell()
        print("  tell", r)
        return r
r = io.BufferedReader(Raw(b"0123456789" * 5), 8)
print(r.read(3))
print(r.tell())
print(r.seek(1, 1))
print(r.read(2))
print(r.seek(2))
print(r.peek())
print(r.seek(30))
print(r.read1(100))
print(r.seek(-5, 2))
print(r.readline())
print(r.tell())

# io.TextIOWrapper, io.BufferedReader and io.BufferedWriter made by the
# program over streams it holds: BytesIO, an unbuffered open() file, user
# classes deriving io.RawIOBase and io.BufferedIOBase; seek/tell, line
# buffering, detach, close, and CPython's errors for bad arguments and for
# detached or closed wrappers.
import io
import os
import sys


def attempt(label, op):
    try:
        print(label, repr(op()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Construction errors.
attempt("no buffer", lambda: io.TextIOWrapper())
attempt("encoding int", lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
attempt("errors int", lambda: io.TextIOWrapper(io.BytesIO(), errors=3))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("newline int", lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
attempt("unknown encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
attempt("bad keyword", lambda: io.TextIOWrapper(io.BytesIO(), bogus=1))
attempt("too many", lambda: io.TextIOWrapper(io.BytesIO(), "utf-8", None, None, False, False, 7))
for cls in (io.BufferedReader, io.BufferedWriter):
    attempt(cls.__name__ + " no raw", lambda: cls())
    attempt(cls.__name__ + " size 0", lambda: cls(io.BytesIO(), 0))
    attempt(cls.__name__ + " size -1", lambda: cls(io.BytesIO(), buffer_size=-1))
    attempt(cls.__name__ + " size str", lambda: cls(io.BytesIO(), "a"))
    attempt(cls.__name__ + " bad keyword", lambda: cls(io.BytesIO(), x=1))

# Attributes and repr.
t = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="utf-8", line_buffering=True)
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
print(t.readable(), t.writable(), t.seekable(), t.closed, t.isatty())
attempt("name", lambda: t.name)
attempt("mode", lambda: t.mode)
print(isinstance(t, io.TextIOBase), isinstance(t, io.IOBase), type(t.buffer).__name__)

# Reading, tell and seek back, iteration.
print(t.readline(), end="")
pos = t.tell()
print(repr(t.read()), t.read() == "")
t.seek(pos)
print(list(t))
t.seek(0)
print([line for line in t])

# Writing with newline translation, write_through and line buffering.
sink = io.BytesIO()
w = io.TextIOWrapper(sink, encoding="utf-8", newline="\r\n", write_through=True)
w.write("a\nb\n")
print(sink.getvalue())
lb = io.BytesIO()
w2 = io.TextIOWrapper(lb, encoding="latin-1", line_buffering=True)
w2.write("no newline")
print(lb.getvalue())
w2.write(" \xe9nd\n")
print(lb.getvalue())
attempt("encode error", lambda: io.TextIOWrapper(io.BytesIO(), encoding="ascii").write("\u20ac"))
attempt("write bytes", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(b"x"))

# detach
d = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
d.write("pending")
raw = d.detach()
print(raw.getvalue(), repr(d), d.buffer, d.encoding)
for name in ("read", "write", "readline", "tell", "flush", "close", "detach", "readable", "fileno"):
    args = ("x",) if name == "write" else ()
    attempt("detached " + name, lambda: getattr(d, name)(*args))
attempt("detached closed", lambda: d.closed)
attempt("detached name", lambda: d.name)

r = io.BufferedReader(io.BytesIO(b"data"))
under = r.detach()
print(repr(r), r.raw, under.read())
attempt("detached read", lambda: r.read())
attempt("detached close", lambda: r.close())
attempt("detached closed", lambda: r.closed)

# close closes the wrapped stream; closing the stream closes the wrapper.
c = io.TextIOWrapper(io.BytesIO(b"z"), encoding="utf-8")
buf = c.buffer
c.close()
print(c.closed, buf.closed, repr(c))
c.close()
for name in ("read", "readline", "tell", "flush", "detach", "readable", "writable"):
    attempt("closed " + name, lambda: getattr(c, name)())
attempt("closed write", lambda: c.write("x"))
attempt("closed iter", lambda: iter(c))
s = io.BytesIO(b"q")
c2 = io.TextIOWrapper(s, encoding="utf-8")
s.close()
print(c2.closed)
attempt("after stream close", lambda: c2.read())
with io.TextIOWrapper(io.BytesIO(b"ctx"), encoding="utf-8") as ctx:
    print(ctx.read())
print(ctx.closed)

# Buffered layers over BytesIO.
br = io.BufferedReader(io.BytesIO(b"line1\nline2\nrest"), buffer_size=4)
print(repr(br), br.readable(), br.writable(), br.seekable())
print(br.readline(), br.tell(), br.read(3), br.readlines())
br.seek(1)
print(br.read(4), br.tell())
bw = io.BufferedWriter(io.BytesIO(), 8)
print(bw.readable(), bw.writable(), bw.write(b"12345"), bw.raw.getvalue())
bw.write(b"6789")
print(bw.raw.getvalue(), bw.tell())
bw.flush()
print(bw.raw.getvalue())
attempt("reader write", lambda: br.write(b"x"))
attempt("writer read", lambda: bw.read())
attempt("writer str", lambda: bw.write("x"))
attempt("reader of unreadable", lambda: io.BufferedReader(io.BufferedWriter(io.BytesIO())))

# A text layer over a buffered layer over BytesIO.
stack = io.TextIOWrapper(io.BufferedReader(io.BytesIO("ß\r\nend".encode())), encoding="utf-8")
print(stack.readlines(), repr(stack.newlines))


# User classes.
class Chunks(io.RawIOBase):
    """Gives its bytes two at a time."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + 2]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


raw = Chunks(b"alpha\nbeta\ngamma")
print(raw.read(3), raw.read(), raw.read())
reader = io.BufferedReader(Chunks(b"alpha\nbeta\ngamma"))
print(reader.readline(), reader.read(2), reader.read())
text = io.TextIOWrapper(io.BufferedReader(Chunks("naïve\nline".encode())), encoding="utf-8")
print(text.readlines())


class Collect(io.RawIOBase):
    """Takes at most three bytes a write."""

    def __init__(self):
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b[:3]))
        return min(len(b), 3)


sink = Collect()
out = io.BufferedWriter(sink)
out.write(b"abcdefgh")
out.flush()
print(sink.got)
out.close()
print(sink.closed, out.closed)


class Pieces(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read1(self, n=-1):
        piece, self.data = self.data[:3], self.data[3:]
        return piece

    def read(self, n=-1):
        return self.read1(n) + self.read1(n)


print(io.TextIOWrapper(Pieces(b"x\ny\nz"), encoding="ascii").readlines())
print(repr(io.TextIOWrapper(Pieces(b"x\ny\nz"), encoding="ascii").read()))
attempt("BufferedIOBase read", lambda: io.BufferedIOBase().read())
attempt("RawIOBase readinto", lambda: io.RawIOBase().readinto(bytearray(1)))
attempt("IOBase seekable", lambda: io.RawIOBase().seekable())
attempt("text over no read1", lambda: io.TextIOWrapper(Chunks(b"ab"), encoding="utf-8").read())

# Over an unbuffered file from open().
path = "_kiln_test_io_wrappers.tmp"
if True:
    with open(path, "wb") as f:
        f.write(b"first\r\nsecond\n")
    fileraw = open(path, "rb", buffering=0)
    wrapped = io.BufferedReader(fileraw)
    print(wrapped.raw is fileraw, wrapped.name == path, wrapped.mode)
    text = io.TextIOWrapper(wrapped, encoding="utf-8")
    print(text.name == path, repr(text.readline()), repr(text.read()), text.newlines)
    text.close()
    print(fileraw.closed)
    with open(path, "w+b", buffering=0) as rw:
        tw = io.TextIOWrapper(io.BufferedWriter(rw), encoding="utf-8")
        tw.write("über\n")
        tw.flush()
        rw.seek(0)
        print(rw.read())
    os.remove(path)

# Over sys.stdout's buffer (after flushing what sys.stdout holds, which
# CPython keeps in its text layer).
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("through stdout.buffer: é\n")
out.detach()
print("done")

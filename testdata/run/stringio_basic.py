import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("hello\nworld\nlast")
print(s.read(3), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline(2)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(7))
s.seek(0)
print([line for line in s])
print(repr(s.getvalue()))

# Writing: overwrite, extend, and past the end (padded with NULs).
s = io.StringIO()
print(s.write("abcdef"), s.tell())
s.seek(2)
print(s.write("XY"), s.tell(), repr(s.getvalue()))
s.seek(10)
print(s.write("z"), repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
s.writelines(["1", "2", "3"])
print(repr(s.getvalue()))
print(s.truncate(4), s.tell(), repr(s.getvalue()))
s.seek(1)
print(s.truncate(), repr(s.getvalue()), s.read())

# Non-ASCII positions count code points.
s = io.StringIO("héllo wörld €")
print(s.read(2), s.tell(), s.read(), s.tell())
s.seek(1)
s.write("ÉÉ")
print(s.getvalue())

# Context manager and closing.
with io.StringIO("x") as f:
    print(f.closed, f.read(), f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)
for name in ["read", "readline", "readlines", "getvalue", "tell", "isatty", "flush",
             "__next__", "__enter__", "truncate", "close"]:
    show(name, getattr(f, name))
show("write", lambda: f.write("x"))
show("seek", lambda: f.seek(0))
show("iter", lambda: iter(f))
show("writelines", lambda: f.writelines([]))
show("newlines", lambda: f.newlines)

# Errors.
s = io.StringIO("abc")
show("seek -1", lambda: s.seek(-1))
show("seek 1,1", lambda: s.seek(1, 1))
show("seek 1,2", lambda: s.seek(1, 2))
show("seek 0,3", lambda: s.seek(0, 3))
show("seek 0,2", lambda: s.seek(0, 2))
show("truncate -1", lambda: s.truncate(-1))
show("write bytes", lambda: s.write(b"x"))
show("read str", lambda: s.read("x"))
show("read float", lambda: s.read(1.5))
show("fileno", s.fileno)
show("detach", s.detach)
show("name", lambda: s.name)
show("buffer", lambda: s.buffer)
show("bytes init", lambda: io.StringIO(b"x"))
show("kw", lambda: io.StringIO(x=1))
show("encoding", lambda: (s.encoding, s.errors, s.line_buffering))
show("None init", lambda: io.StringIO(None).getvalue())
show("kw init", lambda: io.StringIO(initial_value="q", newline=None).getvalue())
print(io.StringIO.__mro__)
print(isinstance(s, io.IOBase), isinstance(s, io.TextIOBase))

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
u.write("shout")
print(u.getvalue(), type(u).__name__)
u.extra = 1
print(u.extra)
show("sub name", lambda: u.name)

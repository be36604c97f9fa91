import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"line one\nline two\nend")
print(b.read(4), b.tell(), b.read1(3), b.readline(), b.readline(3))
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
buf = bytearray(5)
print(b.readinto(buf), buf)
print(b.seek(-2, 2), b.read())
print(b.seek(-100, 1), b.tell())
print(b.seek(3), b.seek(2, 1))

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")))
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.tell(), b.getvalue())
b.writelines([b"x", b"y"])
print(b.getvalue())

# getbuffer writes through and pins the size.
b = io.BytesIO(b"hello")
m = b.getbuffer()
m[0] = ord("J")
print(b.getvalue(), len(m))
show("write while exported", lambda: b.write(b"x"))
show("truncate while exported", lambda: b.truncate(1))
show("close while exported", b.close)
m.release()
print(b.write(b"!"), b.getvalue())

with io.BytesIO(b"q") as f:
    print(f.read(), f.closed)
print(f.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell",
             "flush", "isatty", "readable", "__next__", "truncate", "close"]:
    show(name, getattr(f, name))
show("write", lambda: f.write(b"x"))
show("seek", lambda: f.seek(0))
show("readinto", lambda: f.readinto(bytearray(1)))

b = io.BytesIO()
show("seek -1", lambda: b.seek(-1))
show("seek 0,3", lambda: b.seek(0, 3))
show("truncate -1", lambda: b.truncate(-1))
show("write str", lambda: b.write("x"))
show("init str", lambda: io.BytesIO("x"))
show("read str", lambda: b.read("x"))
show("readinto bytes", lambda: b.readinto(b"xx"))
show("fileno", b.fileno)
show("name", lambda: b.name)
show("kw", lambda: io.BytesIO(initial_bytes=b"z").getvalue())
show("None", lambda: io.BytesIO(None).getvalue())
print(io.BytesIO.__mro__)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))

# A getbuffer() view dropped without release() ends the export, as CPython's
# reference counting frees it at once: BufferError only while a view lives.
import io
b = io.BytesIO(b"abc")
b.getbuffer()
b.write(b"defghijkl")
print(b.getvalue())
m = b.getbuffer()
try:
    b.write(b"x" * 100)
except BufferError as e:
    print("live view:", e)
m[0] = ord("A")
print(b.getvalue())
del m
b.write(b"x" * 3)
print(b.getvalue())
def f(b):
    v = b.getbuffer()
    return len(v)
print(f(b))
b.truncate(2)
print(b.getvalue())
m = b.getbuffer()
for op in (lambda: b.truncate(1), lambda: b.write(b"zz"), lambda: b.seek(0) or b.write(b"q"), lambda: b.close()):
    try:
        op()
        print("ok")
    except BufferError as e:
        print("BufferError", e)
m.release()
b.write(b"after release")
print(b.getvalue())
with b.getbuffer() as v:
    print(bytes(v))
b.write(b"!")
views = [b.getbuffer() for _ in range(3)]
try:
    b.write(b"?")
except BufferError as e:
    print("three views:", e)
del views[:2]
try:
    b.write(b"?")
except BufferError as e:
    print("one view:", e)
views.clear()
b.write(b"?")
print(b.getvalue())
b2 = io.BytesIO()
bytes(b2.getbuffer())
b2.write(b"ok")
print(b2.getvalue(), len(b.getbuffer()))
b2.write(b"ok")
print(b2.getvalue())
def g():
    b = io.BytesIO(b"abc")
    b.getbuffer()
    x = 1
    y = [1, 2, 3]
    try:
        b.write(b"defghijkl")
        print("ok")
    except BufferError as e:
        print(e)
g()

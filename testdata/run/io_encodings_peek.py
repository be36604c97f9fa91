name = "_kiln_test_io_encodings_peek.bin"
with open(name, "wb") as f:
    f.write(b"0123456789" * 3)
f = open(name, "rb")
p = f.peek()
print(type(p).__name__, len(p) >= 1, p[:5], f.tell())
print(f.read(4), f.peek(2)[:3], f.tell())
print(f.read(), f.peek(), f.tell())
f.seek(28)
print(f.peek(100), f.read(1), f.peek())
f.close()
try:
    f.peek()
except ValueError as e:
    print("ValueError", e)
with open(name, "r+b") as f:
    print(type(f).__name__, f.peek(1)[:2])
    f.write(b"AB")
    print(f.peek()[:3], f.tell())
with open(name, "rb") as f:
    try:
        f.peek("a")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.peek(1, 2)
    except TypeError as e:
        print("TypeError", e)
    print(f.peek(-1)[:3], f.peek(None)[:1] if False else "")
    print(f.read())
with open(name, "wb") as f:
    print(hasattr(f, "peek"))
with open(name, "rb", buffering=0) as f:
    print(hasattr(f, "peek"))
with open(name, "rb") as f:
    print(f.peek(0)[:1], f.read(0))
with open(name, "wb") as f:
    pass
with open(name, "rb") as f:
    print(f.peek(), f.read())
import os
os.remove(name)

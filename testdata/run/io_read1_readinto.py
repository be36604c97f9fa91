# read1, readinto and readinto1 of the buffered readers, readall and readinto
# of FileIO: results, what peek sees after them, and CPython's errors.
import os
name = "_kiln_test_io_read1_readinto.bin"
with open(name, "wb") as f:
    f.write(bytes(range(256)) * 80)
with open(name, "rb") as f:
    r = [len(f.read1(10)), len(f.peek()), len(f.read1(5)), len(f.peek()), len(f.read1()), len(f.peek()), len(f.read1(100000)), len(f.peek())]
    f.seek(0)
    r += [len(f.read1(-1)), len(f.peek())]
    b = bytearray(10)
    r += [f.readinto(b), bytes(b[:3]), len(f.peek()), f.readinto1(bytearray(5000)), len(f.peek())]
    r += [f.readinto(bytearray(9000)), len(f.peek()), f.readinto(memoryview(bytearray(3))), f.readinto1(bytearray(100)), len(f.peek())]
    r += [f.readinto(bytearray(100000)), f.readinto(bytearray(5)), f.read1(3), f.read1(0)]
    print(r)
    for bad in ["x", b"ab", memoryview(b"ro")]:
        try:
            f.readinto(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        f.read1("a")
    except TypeError as e:
        print("TypeError", e)
with open(name, "rb", buffering=0) as f:
    b = bytearray(4)
    print(f.readinto(b), b, len(f.readall()), f.readall(), hasattr(f, "read1"), hasattr(f, "peek"))
    try:
        f.readinto(b"x")
    except TypeError as e:
        print("TypeError", e)
with open(name, "r+b") as f:
    print(f.read1(3), f.readinto(bytearray(4)), f.readinto1(bytearray(2)), len(f.peek()))
    f.write(b"xy")
    print(f.read1(2), f.tell())
g = open(name, "ab", buffering=0)
for call in [g.read, g.readall, lambda: g.readinto(bytearray(2))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
g.close()
for call in [g.readall, lambda: g.readinto(bytearray(1)), g.read]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
r = open(name, "rb")
r.close()
for call in [r.read1, lambda: r.readinto(bytearray(2)), lambda: r.readinto1(bytearray(2)), r.peek, r.read]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
os.remove(name)

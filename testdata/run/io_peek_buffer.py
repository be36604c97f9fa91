# BufferedReader.peek and BufferedRandom.peek return what CPython's buffer holds
# after the position, or one whole buffer read from the file when it holds
# nothing: sizes after reads, readlines and seeks, for several buffer sizes.
# (The default buffer is st_blksize bytes: 4096 on the usual filesystems.)
import os
name = "_kiln_test_io_peek_buffer_a.bin"
for size in (0, 1, 5, 100, 5000, 9000, 20000):
    with open(name, "wb") as f:
        f.write(bytes(i % 251 for i in range(size)))
    with open(name, "rb") as f:
        r = []
        r.append(len(f.peek()))
        r.append(len(f.peek(1)))
        r.append(len(f.peek(10**6)))
        f.read(3)
        r.append(len(f.peek(2)))
        r.append(f.tell())
        f.read(4090)
        r.append(len(f.peek()))
        f.read(2000)
        r.append(len(f.peek(0)))
        r.append(len(f.peek(100000)))
        f.read()
        r.append(len(f.peek()))
        print(size, r)
    with open(name, "rb", buffering=16) as f:
        print("  buf16", len(f.peek()), len(f.read(3)), len(f.peek()), len(f.peek(100)))
    with open(name, "r+b") as f:
        f.read(2)
        print("  r+b", len(f.peek()))
os.remove(name)
name = "_kiln_test_io_peek_buffer_b.bin"
data = b"".join(b"line %d %s\n" % (i, b"x" * (i % 37)) for i in range(400))
with open(name, "wb") as f:
    f.write(data)
print(len(data))
for buffering in (-1, 16, 100, 1000, 4096, 8192):
    res = []
    with open(name, "rb", buffering=buffering) as f:
        for op in ["r5", "p", "l", "p", "r300", "p", "s0", "p", "r4096", "p", "l", "l", "p", "s100", "p", "s-3c", "p", "s2c", "p",
                   "r9000", "p", "s5000", "p", "l", "p", "s0", "r1", "s4000", "p", "r-1", "p", "s20", "p", "s0e", "p", "s11000", "l", "p"]:
            if op == "p":
                res.append(len(f.peek()))
            elif op == "l":
                f.readline()
            elif op.startswith("r"):
                f.read(int(op[1:]))
            elif op.endswith("c"):
                f.seek(int(op[1:-1]), 1)
            elif op.endswith("e"):
                f.seek(int(op[1:-1]), 2)
            else:
                f.seek(int(op[1:]))
        res.append(f.tell())
    print(buffering, res)
    with open(name, "r+b", buffering=buffering) as f:
        r = [len(f.peek())]
        f.read(10); r.append(len(f.peek()))
        f.write(b"ZZ"); r.append(len(f.peek())); r.append(f.peek()[:4])
        f.seek(3); r.append(len(f.peek()))
        print("  r+b", r)
os.remove(name)

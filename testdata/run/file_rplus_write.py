# Text writes after text reads on an "r+" file land where CPython's do: its
# TextIOWrapper drops the characters it decoded but leaves its buffer where
# the last chunk (8192 bytes) it read ended, so the write goes there (the end
# of a small file), not where readline() stopped. Binary files write where
# the read stopped.
import os

P = "_kiln_test_file_rplus_write.tmp"


def make(text):
    with open(P, "w", newline="") as f:
        f.write(text)


def dump(tag):
    with open(P, "rb") as g:
        d = g.read()
    marks = [i for i in range(len(d)) if d[i:i + 2] == b"XY"]
    print(tag, len(d), marks, d[:24], d[-12:])


make("line1\nline2\nline3\n")
with open(P, "r+") as f:
    print(repr(f.readline()), f.tell())
    print(f.write("XY"), f.tell())
    print(repr(f.read()))
dump("small")

make("a\n" * 5000)
with open(P, "r+") as f:
    f.readline()
    f.write("XY")
    print(f.tell(), repr(f.readline()))
dump("two chunks")

make("".join("%05d\n" % i for i in range(4000)))
with open(P, "r+") as f:
    for _ in range(1400):
        line = f.readline()
    print(repr(line), f.tell())
    f.write("XY")
    print(f.tell())
dump("third chunk")

make("".join("%05d\n" % i for i in range(4000)))
with open(P, "r+") as f:
    f.seek(9000)
    print(repr(f.readline()), repr(f.readline()))
    f.write("XY")
    print(f.tell())
dump("after seek")

make("héllo\nwörld\nend\n")
with open(P, "r+", encoding="utf-8") as f:
    print(repr(f.read(3)))
    f.write("XY")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
dump("utf-8")

make("abc\ndef\n")
with open(P, "r+") as f:
    f.readline()
    f.tell()
    f.write("XY")
dump("tell first")

make("abc\ndef\n")
with open(P, "r+") as f:
    f.readline()
    f.seek(f.tell())
    f.write("XY")
dump("seek to tell")

make("abc\ndef\n")
with open(P, "r+") as f:
    print(repr(f.read()))
    f.write("XY")
dump("read all")

make("abc\r\ndef\r\n")
with open(P, "r+", newline="") as f:
    for line in f:
        f.write("XY")
        break
dump("iteration")

make("abc\ndef\n")
with open(P, "r+b") as f:
    f.readline()
    f.write(b"XY")
dump("binary")

make("abc\ndef\n")
with open(P, "a+") as f:
    f.seek(0)
    print(repr(f.readline()))
    f.write("XY")
dump("append")
os.remove(P)

# Text line reading (for line in f, readline) over files whose lines end
# in \n, \r\n and \r, cross the 8 KB read buffer, are not ASCII, and
# are decoded with each codec and error handler; tell() and newlines after.
import os

NAME = "_kiln_test_io_text_lines.txt"

def write(data):
    with open(NAME, "wb") as f:
        f.write(data)

def lines(**kw):
    with open(NAME, **kw) as f:
        got = list(f)
        return got, f.newlines

# Mixed line ends, universal newlines and each newline= mode.
write(b"one\ntwo\r\nthree\rfour\r\n\r\rlast")
for nl in (None, "", "\n", "\r", "\r\n"):
    print(repr(nl), lines(newline=nl, encoding="utf-8"))

# Line ends straddling the buffer: a \r\n split at 8192, a \r at the end.
for pad in (8190, 8191, 8192, 8193):
    write(b"x" * pad + b"\r\n" + b"y\r" + b"z" * 100 + b"\r")
    got, nls = lines(encoding="utf-8")
    print(pad, [len(l) for l in got], [l[-1:] for l in got], nls)

# Multi-byte characters crossing the buffer boundary.
for pad in (8189, 8190, 8191):
    write(b"a" * pad + "é€😀\n".encode() + "ü\r\n".encode() * 3)
    got, _ = lines(encoding="utf-8")
    print(pad, [len(l) for l in got], [l[-3:] for l in got])

# Codecs: latin-1 and ascii on non-ASCII bytes; errors handlers.
write(b"caf\xe9\nna\xefve\r\nplain\n")
print(lines(encoding="latin-1"))
print(lines(encoding="ascii", errors="replace"))
print(lines(encoding="utf-8", errors="replace"))
print([ascii(l) for l in lines(encoding="utf-8", errors="surrogateescape")[0]])
try:
    lines(encoding="ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    lines(encoding="utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

# utf-8 with a BOM, utf-16.
with open(NAME, "w", encoding="utf-8-sig") as f:
    f.write("bom\nline\n")
print(lines(encoding="utf-8-sig"))
with open(NAME, "w", encoding="utf-16") as f:
    f.write("wide\r\nlines\n€\n")
print(lines(encoding="utf-16"))

# readline with and without a size, tell() and seek() between lines.
write("alpha\nβeta\r\ngamma\n".encode() + b"delta")
with open(NAME, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline(2)), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()), f.tell())
    print(list(f))
with open(NAME, encoding="utf-8") as f:
    print(f.readlines(), f.newlines)
with open(NAME, encoding="utf-8", newline="") as f:
    print([len(l) for l in f], [type(l).__name__ for l in f])

# Lines read are ordinary strs: len, indexing and hashing.
write("ascii\n".encode() + "naïve\n".encode() * 2)
with open(NAME, encoding="utf-8") as f:
    a, b, c = f
    print(len(a), len(b), b[2], b == c, {b: 1}[c], b.upper(), a.isascii(), b.isascii())

os.remove(NAME)

# tell() on text files returns CPython's cookies: the byte position where
# the decoder holds no state, and an opaque number where it does (a lone
# '\r' held back by universal newlines, a big-endian utf-16/utf-32 byte
# order mark); seek(cookie) comes back to the same character, also in
# another file object. Just before a '\r', CPython's value depends on its
# read chunks (see docs/warnings-io-socket.md).
import os

name = "_kiln_test_io_text_tell_cookies.txt"


def split(c):
    return (c & (2**64 - 1), (c >> 64) & 0xffffffff, (c >> 96) & 0xffffffff,
            (c >> 128) & 0xffffffff, c >> 160)


def walk(enc, data, newline=None, step=1):
    with open(name, "wb") as f:
        f.write(data)
    with open(name, encoding=enc, newline=newline) as f:
        marks = []
        while True:
            c = f.tell()
            s = f.read(step)
            if not s:
                break
            marks.append((c, s))
        end = f.tell()
        shown = [(split(c) if c >= 2**64 else c, s) for c, s in marks]
        print(enc, repr(newline), shown, split(end) if end >= 2**64 else end)
        for c, s in marks:
            f.seek(c)
            got = f.read(len(s))
            assert got == s, (c, s, got)
            f.seek(c)
            assert f.tell() == c, (c, f.tell())
    with open(name, encoding=enc, newline=newline) as g:
        for c, s in marks[::-1]:
            assert g.seek(c) == c
            assert g.read(len(s)) == s
    print("  round trip ok")


for nl in [None, "", "\n", "\r\n"]:
    walk("utf-8", b"ab\rcd\r\nef\r\r\ng\r", nl)
walk("utf-8", "\u00e9\r\u20ac\r\U0001f600\r".encode(), None)
walk("utf-8", "\u00e9\r\u20ac\r\U0001f600\r\r".encode(), "")
walk("latin-1", b"x\r\xe9\r\ry", None)
walk("cp1252", b"x\r\x80\r\ry\r", "")
for enc in ["utf-16", "utf-32"]:
    be = enc + "-be"
    le = enc + "-le"
    for bom, order in [(b"\xfe\xff" if enc == "utf-16" else b"\x00\x00\xfe\xff", be),
                       (b"\xff\xfe" if enc == "utf-16" else b"\xff\xfe\x00\x00", le)]:
        for nl in [None, "", "\n"]:
            walk(enc, bom + "a\u00e9\r\n\U0001f600\rz\r".encode(order), nl)
walk("utf-16-be", "ab\rc".encode("utf-16-be"), None)

# Chunk boundaries: the '\r' at the end of what a read buffered.
for k in (8190, 8191, 8192, 8193):
    with open(name, "wb") as f:
        f.write(b"a" * k + b"\r\nxyz\rq\r")
    for nl in [None, ""]:
        with open(name, newline=nl) as f:
            got = []
            for n in [k - 1, 1, 1, 1, 1, 2, 1, 1, 1]:
                s = f.read(n)
                c = f.tell()
                nxt = f.read(1)
                f.seek(c)
                got.append((len(s), split(c) if c >= 2**64 else c, nxt))
            print(k, repr(nl), got[1:])
            f.seek(0)
            f.readline()
            c = f.tell()
            print("  after readline", c, repr(f.readline()), split(f.tell()))
            f.seek(c)
            print("  again", repr(f.read()))

# A character split between two of CPython's read chunks (8192 bytes):
# the decoder held part of it, yet the cookie is the byte position.
for k in (8190, 8191, 8192):
    for enc, text in [("utf-8", "a" * (k - 1) + "\u00e9\u20ac\U0001f600zz"),
                      ("utf-16-le", "a" * (k // 2 - 1) + "\U0001f600\u00e9z"),
                      ("utf-32-be", "a" * (k // 4 - 1) + "\u00e9\U0001f600z")]:
        with open(name, "w", encoding=enc) as f:
            f.write(text)
        with open(name, encoding=enc) as f:
            f.read(len(text) - 5)
            marks = []
            for _ in range(5):
                marks.append((f.tell(), f.read(1)))
            print(k, enc, [(c, ascii(s)) for c, s in marks], f.tell())
            for c, s in marks:
                f.seek(c)
                assert f.read(1) == s

# After a write, a seek to the end, or a plain seek, tell() is a position.
with open(name, "w+", newline="") as f:
    f.write("one\rtwo\r")
    print(f.tell())
    f.seek(0)
    print(repr(f.read(4)), split(f.tell()))
    f.seek(0, 2)
    print(f.tell())
    f.seek(2)
    print(f.tell(), repr(f.read(2)), split(f.tell()))
with open(name, newline="") as f:
    print(repr(f.read()))
try:
    with open(name) as f:
        f.seek(-1)
except ValueError as e:
    print("ValueError", e)
os.remove(name)

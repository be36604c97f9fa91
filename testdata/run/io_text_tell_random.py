# tell() cookies after random sequences of read(n), readline() and
# seek(earlier cookie) on text files full of '\r', '\n' and multibyte
# characters, in several codecs and newline modes: every cookie is
# CPython's, including those whose value depends on CPython's read chunks.
import os
import random

name = "_kiln_test_io_text_tell_random.txt"
alphabet = ["a", "b", "\r", "\n", "\r\n", "\u00e9", "\u20ac", "\U0001f600", "\r\r", " "]
for trial in range(60):
    rnd = random.Random(trial)
    enc = rnd.choice(["utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "utf-8-sig", "cp1252"])
    nl = rnd.choice([None, "", "\n", "\r"])
    size = rnd.choice([20, 200, 9000, 17000])
    text = "".join(rnd.choice(alphabet) for _ in range(size))
    if enc in ("latin-1", "cp1252"):
        text = text.replace("\u20ac", "e").replace("\U0001f600", "s")
    with open(name, "w", encoding=enc, newline="") as f:
        f.write(text)
    if enc in ("utf-16", "utf-32") and rnd.random() < 0.5:
        bom = b"\xfe\xff" if enc == "utf-16" else b"\x00\x00\xfe\xff"
        with open(name, "wb") as f:
            f.write(bom + text.encode(enc + "-be"))
    cookies = []
    with open(name, encoding=enc, newline=nl) as f:
        marks = []
        for step in range(200):
            op = rnd.random()
            if op < 0.6:
                s = f.read(rnd.choice([1, 1, 2, 3, 7, 50, 300]))
            elif op < 0.9:
                s = f.readline()
            else:
                c = rnd.choice(marks) if marks else 0
                f.seek(c)
                s = "seek"
            c = f.tell()
            marks.append(c)
            cookies.append(c)
            if not s:
                break
    opaque = sum(c >= 2**64 for c in cookies)
    print(trial, enc, repr(nl), size, len(cookies), opaque, hash(tuple(cookies)) & 0xffffffff)
os.remove(name)

# Text processing on io.StringIO: a line-oriented log parser and writer
# exercising newline translation, seek/tell, readline limits, iteration,
# print(file=...), and the errors of closed or misused buffers.
import io


LOG = "2024-01-01 INFO start\r\n2024-01-01 WARN disk 91%\r2024-01-02 ERROR failed: x\n\n2024-01-02 INFO done"


def parse(stream):
    levels = {}
    for lineno, line in enumerate(stream, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        date, level, msg = line.split(" ", 2)
        levels.setdefault(level, []).append((lineno, date, msg))
    return levels


for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(LOG, newline=nl)
    lines = s.readlines()
    print(repr(nl), len(lines), [repr(l[-3:]) for l in lines], s.newlines if hasattr(s, "newlines") else "-")
print(parse(io.StringIO(LOG)))

s = io.StringIO()
print("header", file=s)
print("a", "b", sep=",", end=";\n", file=s)
s.write("tail")
s.writelines(["x\n", "y\n"])
print(repr(s.getvalue()), s.tell(), s.seek(0), s.readline(), s.readline(3), s.readline(-1), s.read(2))
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR) if True else 0, s.tell(), repr(s.read()))
s.seek(3)
s.write("DER")
print(repr(s.getvalue()), s.truncate(), repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("gap")
print(repr(s.getvalue()), len(s.getvalue()))
w = io.StringIO(newline="\r\n")
w.write("one\ntwo\n")
print(repr(w.getvalue()))
w = io.StringIO(newline="\r")
w.write("a\nb")
print(repr(w.getvalue()))
w = io.StringIO("x\r\ny", newline=None)
print(repr(w.getvalue()), repr(w.read()))
u = io.StringIO("héllo wörld ✓")
print(u.read(3), u.tell(), u.read(), u.seek(1), u.read(4), repr(u.getvalue()[-3:]))
print(io.StringIO("a\nb\nc").readlines(2), io.StringIO("abc").readlines(0), list(io.StringIO("1\n2")))
print(u.readable(), u.writable(), u.seekable(), u.isatty(), u.closed, u.line_buffering, u.encoding, u.errors)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
sio = io.StringIO("initial")
sio.seek(0, 2)
sio.write("+more")
print(sio.getvalue(), sio.__class__.__name__, isinstance(sio, io.TextIOBase), isinstance(sio, io.IOBase))
print(io.StringIO(None).getvalue() == "", repr(io.StringIO().read()), io.StringIO("abc").read(None))
d = io.StringIO("detach me")
try:
    d.detach()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    d.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))

report = io.StringIO()
for level, entries in sorted(parse(io.StringIO(LOG)).items()):
    report.write(f"{level:<6}{len(entries):>3}\n")
    for lineno, date, msg in entries:
        report.write(f"  line {lineno}: {date} {msg!r}\n")
print(report.getvalue(), end="")

# readlines(hint): IOBase's rule (files, StringIO) stops once the lines
# exceed the hint, BytesIO's own once they reach it.
path = "_kiln_test_stdlib_audit_textio.txt"
with open(path, "w") as f:
    f.write("a\nb\nc")
for hint in (1, 2, 3, 4):
    with open(path) as f, open(path, "rb") as fb:
        print(hint, f.readlines(hint), fb.readlines(hint), io.StringIO("a\nb\nc").readlines(hint),
              io.BytesIO(b"a\nb\nc").readlines(hint))
import os
os.remove(path)

# Snapshots of parser state: copy and deepcopy of the buffers keep the
# value, position, newline mode and attributes (their __getstate__).
import copy
snap = io.StringIO("a\r\nb", newline=None)
snap.read(2)
snap.source = ["log"]
dup = copy.deepcopy(snap)
print(repr(dup.getvalue()), dup.tell(), dup.source, dup.source is snap.source, repr(dup.read()))
print(snap.__getstate__(), io.StringIO("x\ny", newline="\r\n").__getstate__(), io.StringIO().__getstate__())
raw = io.BytesIO(b"hello")
raw.seek(3)
raw.meta = "m"
rawdup = copy.copy(raw)
print(rawdup.getvalue(), rawdup.tell(), rawdup.meta, raw.__getstate__(), rawdup.read(), io.BytesIO().__getstate__())
for bad in (lambda: io.StringIO().__setstate__((1,)), lambda: io.StringIO().__setstate__(("a", None, -1, None)),
            lambda: io.StringIO().__setstate__(("a", None, 0, 5)), lambda: io.BytesIO().__setstate__((b"", 0, 5)),
            lambda: io.BytesIO().__setstate__(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

for bad in (lambda: io.StringIO(5), lambda: io.StringIO("", newline="x"), lambda: io.StringIO().write(b"b"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 5),
            lambda: io.StringIO().truncate(-1), lambda: io.StringIO().read("x"), lambda: io.StringIO().readline(1.5),
            lambda: io.StringIO().writelines([1]), lambda: c.read(), lambda: c.getvalue(), lambda: c.write("x"),
            lambda: c.seek(0), lambda: c.tell(), lambda: iter(c), lambda: io.StringIO(newline=5),
            lambda: io.StringIO("a", "b", "c"), lambda: io.StringIO().seek("0"), lambda: io.StringIO(initial_value=1)):
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)

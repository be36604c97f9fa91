# io.FileIO(file, mode, closefd, opener) made directly: modes, its own mode errors, and under a
# BufferedReader.
import io, os
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
p = "_gaps2_fileio.bin"
f = io.FileIO(p, "w")
print(f.mode, f.write(b"hello"), f.closefd, type(f).__name__, f.name == p)
f.close()
f = io.FileIO(p)
print(f.mode, f.read(), f.readable(), f.writable())
f.close()
f = io.FileIO(p, "r+b")
print(f.mode, f.read(2), f.write(b"XY"), f.seek(0), f.readall())
f.close()
f = io.FileIO(p, "ab")
print(f.mode, f.write(b"!"))
f.close()
t("x exists", lambda: io.FileIO(p, "x"))
t("bad mode", lambda: io.FileIO(p, "rt"))
t("two modes", lambda: io.FileIO(p, "rw"))
t("two plus", lambda: io.FileIO(p, "r++"))
t("mode int", lambda: io.FileIO(p, 1))
t("float name", lambda: io.FileIO(5.5))
t("missing", lambda: io.FileIO("_gaps2_missing/none"))
t("no args", lambda: io.FileIO())
with io.FileIO(p, "r") as h:
    print(h.read(3))
br = io.BufferedReader(io.FileIO(p))
print(br.read(), br.raw.mode)
br.close()
os.remove(p)

# The file objects of open(): reprs of each layer, attributes, buffering
# modes, newline translation, truncate, iteration and CPython's errors.
import io
import os

name = "_kiln_test_io_files_api.txt"

def show(f):
    return repr(f).replace(" at 0x", " at ADDR")

with open(name, "w") as f:
    print(show(f))
    print(show(f.buffer))
    print(show(f.buffer.raw))
    print(f.name, f.mode, f.encoding, f.errors, f.newlines, f.closed, f.line_buffering, f.buffer.mode, f.buffer.raw.mode)
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer.raw, io.FileIO))
    print(f.readable(), f.writable(), f.seekable(), f.fileno() > 2)
    print(f.write("one\ntwo\r\nthree"), f.writelines(["\nfour", "\n"]))
print(show(f), f.closed)
for mode in ["r", "rb", "r+b", "ab", "w+", "rb"]:
    with open(name, mode, **({"buffering": 0} if mode == "ab" else {})) as f:
        print(mode, show(f), f.mode)
with open(name, "rb", buffering=0) as f:
    print(show(f), f.read(3), f.readall()[:5])
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), f.newlines, repr(f.readlines()), f.newlines)
with open(name) as f:
    print([line for line in f])
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", newline="\r") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "r+") as f:
    f.seek(1)
    print(f.truncate(), f.tell())
    print(f.truncate(0), repr(f.read()))
with open(name, "w", errors="replace", encoding="ascii") as f:
    f.write("caf\u00e9")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("line\n")
    with open(name) as g:
        print(repr(g.read()))
with open(name, "wb", buffering=0) as f:
    f.write(b"raw")
    with open(name, "rb") as g:
        print(g.read())
for call in [lambda: open("no/such/file.txt"), lambda: open("."), lambda: open(name, "rw"),
             lambda: open(name, "r", buffering=0), lambda: open(name, "rb", encoding="utf-8"),
             lambda: open(name, newline="x"), lambda: open(name, "wb").write("str"),
             lambda: open(name).write("x"), lambda: open(name, "w").read(), lambda: open(name, "x"),
             lambda: open(name).seek(1, 1), lambda: open(name).seek(0, 3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
f = open(name)
f.close()
for call in [f.read, f.readline, f.tell, lambda: f.seek(0), f.fileno, lambda: f.write("x"), f.__enter__]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
os.remove(name)

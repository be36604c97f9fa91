import os
name = "_kiln_test_io_encodings_seek_tell.txt"
def raw():
    with open(name, "rb") as f:
        return f.read()
for enc in ["utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"]:
    print(enc)
    with open(name, "w", encoding=enc) as f:
        f.write("")
        print(" empty write", f.tell())
        f.write("one\n")
        pos = f.tell()
        f.write("two\n")
        print(" tells", pos, f.tell())
        f.seek(0)
        f.write("ONE\n")
        print(" after seek(0)", f.tell())
        f.seek(pos)
        f.write("TWO\n")
        f.seek(0, 2)
        print(" end", f.tell())
    print(" raw", raw())
    with open(name, "r+", encoding=enc) as f:
        print(" r+ readline", repr(f.readline()), f.tell())
        f.seek(f.tell())
        f.write("2\n")
        print(" r+ wrote", f.tell())
        f.seek(0)
        print(" r+ read", repr(f.read()), f.tell())
    print(" raw", raw())
    with open(name, encoding=enc) as f:
        first = f.readline()
        mark = f.tell()
        rest = f.read()
        f.seek(mark)
        print(" reread", repr(first), rest == f.read(), f.tell(), mark)
        f.seek(0)
        print(" seek0", repr(f.read(2)))
    with open(name, "w+", encoding=enc) as f:
        f.write("abc")
        f.seek(0)
        print(" w+", repr(f.read()), f.tell())
    with open(name, "rb") as f:
        print(" buffered", f.read(4))
os.remove(name)

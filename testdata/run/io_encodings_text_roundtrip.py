import os
name = "_kiln_test_io_encodings_text_roundtrip.txt"
def raw():
    with open(name, "rb") as f:
        return f.read()
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "cp1252", "UTF-16", "windows-1252"]:
    text = "h\u00e9llo\nw\u20acrld\r\nend" if "1252" in enc else "h\u00e9llo\nw\u20acrld \U0001f600\r\nend"
    with open(name, "w", encoding=enc) as f:
        print(enc, repr(f), f.encoding)
        print(" write", f.write(text[:3]), f.tell())
        print(" write", f.write(text[3:]), f.tell())
    print(" raw", raw())
    with open(name, encoding=enc) as f:
        print(" tell0", f.tell())
        print(" read", repr(f.read()), f.tell())
        f.seek(0)
        print(" readline", repr(f.readline()), f.tell())
        print(" read3", repr(f.read(3)), f.tell())
        print(" lines", f.readlines(), f.tell())
    with open(name, encoding=enc, newline="") as f:
        print(" list", list(f))
    with open(name, "a", encoding=enc) as f:
        f.write("+more")
    print(" appended", raw())
    with open(name, encoding=enc) as f:
        print(" all", repr(f.read()))
os.remove(name)

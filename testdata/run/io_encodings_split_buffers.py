import os
name = "_kiln_test_io_encodings_split_buffers.txt"
# Characters straddling the 8192-byte read buffers: odd offsets for utf-16,
# surrogate pairs, 4-byte units, and a utf-8-sig file whose BOM is followed
# by multi-byte characters.
for enc, prefix in [("utf-16", "a"), ("utf-16", ""), ("utf-16-be", "b"), ("utf-32", "xy"), ("utf-32-be", "z"),
                    ("utf-8-sig", "q"), ("utf-8-sig", "qq"), ("cp1252", "")]:
    if enc == "cp1252":
        unit = "\u20ac\u00e9\u2122abc\n"
    else:
        unit = "\u00e9\U0001f600\u4e2d\n"
    text = prefix + unit * 3000
    with open(name, "w", encoding=enc) as f:
        f.write(text)
    size = os.path.getsize(name)
    with open(name, encoding=enc) as f:
        got = f.read()
    print(enc, repr(prefix), size, got == text, len(got))
    with open(name, encoding=enc) as f:
        lines = f.readlines()
    print(" lines", len(lines), lines[1] == unit, "".join(lines) == text)
    with open(name, encoding=enc) as f:
        parts = []
        while True:
            c = f.read(7)
            if not c:
                break
            parts.append(c)
        print(" chunks", len(parts), "".join(parts) == text, f.tell() == size)
    with open(name, encoding=enc) as f:
        n = 0
        for line in f:
            n += 1
        print(" iter", n, f.tell() == size)
os.remove(name)

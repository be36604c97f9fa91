import os
name = "_kiln_test_io_encodings_errors.txt"
def raw():
    with open(name, "rb") as f:
        return f.read()
def put(b):
    with open(name, "wb") as f:
        f.write(b)

# Encoding errors on write, with each handler.
for enc in ["cp1252", "utf-16", "utf-8-sig"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            with open(name, "w", encoding=enc, errors=errors) as f:
                print(enc, errors, f.errors, f.write("a\u0100b" if enc == "cp1252" else "a\udc80b"))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
        print(" ", raw())

# Decoding errors on read.
cases = [
    ("cp1252", b"ab\x81cd\x9d"),
    ("utf-16-le", b"a\x00b\x00\x00\xdcc\x00"),
    ("utf-16-le", b"a\x00b\x00c"),
    ("utf-16", b"\xff\xfea\x00\x00\xd8"),
    ("utf-32-le", b"a\x00\x00\x00\x00\x00\x11\x00"),
    ("utf-32", b"\xff\xfe\x00\x00a\x00\x00"),
    ("utf-8-sig", b"\xef\xbb\xbfab\xff"),
]
for enc, data in cases:
    put(data)
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            with open(name, encoding=enc, errors=errors) as f:
                print(enc, errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError", e)

# BOM handling: a big-endian BOM read by "utf-16", a file without BOM,
# a utf-8-sig file without BOM, a BOM alone.
for enc, data in [("utf-16", b"\xfe\xff\x00a\x00b"), ("utf-16", b"a\x00b\x00"), ("utf-32", b"\x00\x00\xfe\xff\x00\x00\x00a"),
                  ("utf-8-sig", b"plain"), ("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-8-sig", b"\xef\xbb"),
                  ("utf-16", b""), ("utf-8", b"\xef\xbb\xbfkept")]:
    put(data)
    with open(name, encoding=enc) as f:
        try:
            print(enc, data, ascii(f.read()), f.tell())
        except UnicodeError as e:
            print(enc, data, type(e).__name__, e)

# The str codecs agree with the files.
print("ab".encode("utf-16"), "ab".encode("utf-32"), "ab".encode("utf-8-sig"), "\u20ac".encode("cp1252"))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xef\xbb\xbfab".decode("utf-8-sig"), b"\x80".decode("cp1252"))
os.remove(name)

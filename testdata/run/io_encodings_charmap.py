# The single-byte codecs of CPython that open(), str.encode and
# bytes.decode know beyond latin-1 and cp1252: every byte of each, their
# aliases, their errors, and text files written and read back with them.
import os

CODECS = ["cp037", "cp437", "cp850", "cp852", "cp855", "cp858", "cp860", "cp862", "cp863",
          "cp865", "cp866", "cp1140", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5",
          "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_10", "iso8859_13",
          "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "mac_roman",
          "mac_cyrillic", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254",
          "cp1255", "cp1256", "cp1257", "cp1258"]
allb = bytes(range(256))
for enc in CODECS:
    text = allb.decode(enc, "replace")
    undefined = [hex(b) for b in range(256) if text[b] == "\ufffd"]
    back = allb.decode(enc, "ignore").encode(enc)
    print(enc, ascii(text[128:]), undefined, len(back))
    assert text.replace("\ufffd", "").encode(enc) == back

for name in ["ISO-8859-2", "iso8859-2", "latin2", "L2", "iso 8859 2", "ISO_8859-15", "latin9",
             "IBM437", "437", "cp-437", "KOI8-R", "koi8_u", "windows-1251", "Windows_1256",
             "macroman", "Macintosh", "mac-cyrillic", "cyrillic", "greek", "hebrew", "arabic",
             "latin_9", "UTF--8", "utf 8", "Latin-1", "iso8859", "US-ASCII", "utf_16LE", "x-unknown", "", "."]:
    try:
        print(repr(name), "\u00e9\u0436".encode(name, "replace"))
    except LookupError as e:
        print(repr(name), "LookupError", e)

for call in [lambda: "\u0100".encode("iso8859_15"), lambda: b"\xa1".decode("iso8859_6"),
             lambda: b"ab\x98cd".decode("cp1251"), lambda: "a\u20ac\u0100b".encode("koi8_r"),
             lambda: "\u2603".encode("cp437"), lambda: b"\xca".decode("cp1255")]:
    try:
        print(repr(call()))
    except UnicodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end)

print("\u0436\u0444".encode("koi8_r"), b"\xd6\xc6".decode("koi8_r"), "\u2591\u00e9".encode("cp437"))
print(b"\x98".decode("cp1251", "backslashreplace"), "\u0100".encode("cp1250", "xmlcharrefreplace"))
print(b"\x81\x8d".decode("cp1250", "surrogateescape").encode("cp1250", "surrogateescape"))

name = "_kiln_test_io_encodings_charmap.txt"
for enc, text in [("cp437", "\u2554\u2550\u2557 \u00e9\n\u2591\u2592\u2593\n"),
                  ("koi8-r", "\u041f\u0440\u0438\u0432\u0435\u0442\n\u043c\u0438\u0440\n"),
                  ("iso-8859-15", "\u20ac 5\n\u0153uvre\n"),
                  ("cp1251", "\u0416\u0443\u043a\r\n\u0437\u0432\u0435\u0440\u044c\n"),
                  ("mac_roman", "caf\u00e9 \u2122\n")]:
    with open(name, "w", encoding=enc) as f:
        print(f.encoding, f.write(text), f.tell())
    with open(name, "rb") as f:
        print(" raw", f.read())
    with open(name, encoding=enc) as f:
        first = f.readline()
        mark = f.tell()
        rest = f.read()
        f.seek(mark)
        print(" ", ascii(first), mark, ascii(rest), f.read() == rest)
    with open(name, "a", encoding=enc) as f:
        f.write("+")
    with open(name, encoding=enc, newline="") as f:
        print(" ", ascii(f.read()))
with open(name, "wb") as f:
    f.write(b"ok \x98 here")
try:
    with open(name, encoding="cp1251") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(name, encoding="cp1251", errors="replace") as f:
    print(ascii(f.read()))
try:
    open(name, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
os.remove(name)

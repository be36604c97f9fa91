"""Write testdata/checksums.txt: for every block of 4096 code points, the
CRC-32 of what CPython 3.12's unicodedata says of each code point in it
(name, properties, the four normal forms of the character alone).
ucd_test.go computes the same lines from package ucd and compares.

    python3.12 gen_checksums.py
"""
import struct
import unicodedata as u
import zlib


def line(cp):
    c = chr(cp)
    num = u.numeric(c, None)
    num = "-" if num is None else "%016x" % struct.unpack("<Q", struct.pack("<d", num))[0]
    forms = ""
    if not 0xD800 <= cp <= 0xDFFF:
        forms = ";".join(" ".join("%X" % ord(x) for x in u.normalize(f, c)) for f in ("NFC", "NFD", "NFKC", "NFKD"))
    return "%X;%s;%s;%s;%s;%d;%d;%d;%d;%s;%s;%s\n" % (
        cp, u.name(c, ""), u.category(c), u.bidirectional(c), u.east_asian_width(c), u.combining(c),
        u.mirrored(c), u.decimal(c, -1), u.digit(c, -1), num, u.decomposition(c), forms)


with open("testdata/checksums.txt", "w") as f:
    for block in range(0, 0x110000, 0x1000):
        data = "".join(line(cp) for cp in range(block, block + 0x1000))
        f.write("%05X %08x\n" % (block, zlib.crc32(data.encode())))

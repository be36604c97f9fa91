# A binary record file reader/writer: struct packing into io.BytesIO, a
# header with a magic number, variable-length strings, checksums, and the
# errors of truncated or malformed input.
import io
import struct

MAGIC = b"KREC"
HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhdB?")


def write_file(records, version=2):
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, version, 0, len(records)))
    for rid, temp, value, flags, ok, label in records:
        buf.write(RECORD.pack(rid, temp, value, flags, ok))
        raw = label.encode("utf-8")
        buf.write(struct.pack("<H", len(raw)))
        buf.write(raw)
    body = buf.getvalue()
    checksum = sum(body) & 0xFFFFFFFF
    buf.write(struct.pack(">I", checksum))
    return buf.getvalue()


def read_file(data):
    f = io.BytesIO(data)
    head = f.read(HEADER.size)
    if len(head) < HEADER.size:
        raise ValueError(f"truncated header: {len(head)} bytes")
    magic, version, _, count = HEADER.unpack(head)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    out = []
    for i in range(count):
        rec = f.read(RECORD.size)
        rid, temp, value, flags, ok = RECORD.unpack(rec)
        (n,) = struct.unpack("<H", f.read(2))
        label = f.read(n).decode("utf-8")
        out.append((rid, temp, round(value, 6), flags, ok, label))
    (checksum,) = struct.unpack(">I", f.read(4))
    expect = sum(data[:-4]) & 0xFFFFFFFF
    return version, out, checksum == expect, f.tell(), len(f.read())


recs = [
    (1, -40, 3.25, 0x01, True, "alpha"),
    (2, 125, -0.1, 0xFF, False, "βeta"),
    (70000, 0, 1e300, 7, True, ""),
]
blob = write_file(recs)
print(len(blob), blob[:16].hex(), blob[-4:].hex(" "))
print(read_file(blob))
for bad in (blob[:5], b"XXXX" + blob[4:], blob[:30]):
    try:
        read_file(bad)
    except (ValueError, struct.error) as e:
        print(type(e).__name__, e)

print(HEADER.format, HEADER.size, RECORD.format, RECORD.size)
print(struct.calcsize("@bhilqd"), struct.calcsize("=bhilqd"), struct.calcsize("<5s3x2H"), struct.calcsize("0i"))
print(struct.pack(">bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1).hex())
print(struct.pack("<?xc3s", 2, b"z", b"abcdef"), struct.pack("5p", b"hello world"), struct.pack("p", b"x"))
print(struct.pack(">fde", 1.5, -2.25, 0.5).hex(), struct.unpack(">e", b"\x7c\x00"))
print(struct.unpack("<3h", struct.pack("<3h", 1, -2, 3)), struct.unpack("4s", b"ab\x00d"))
print(struct.pack("<N", 5) if False else struct.pack("@P", 0) == b"\x00" * struct.calcsize("P"))
print(list(struct.iter_unpack("<hb", bytes(range(9)))))
buf = bytearray(12)
struct.pack_into("<HI", buf, 2, 513, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from("<I", buf, offset=4), struct.unpack_from("<HI", memoryview(buf), 2))
s = struct.Struct(">2sI")
print(s.pack(b"ok", 9), s.unpack(b"ok\x00\x00\x00\x09"), list(s.iter_unpack(b"ab\x00\x00\x00\x01cd\x00\x00\x00\x02")))
print(repr(s).split(" at 0x")[0], s.format == ">2sI")
print(struct.pack("!h", 1), struct.pack("=q", 1)[:1], struct.pack("<?", []), struct.pack("<?", "x"))
print(struct.unpack("<?", b"\x05"), struct.unpack("c", b"Q"), struct.pack("<d", float("inf")).hex())

# io.BytesIO behaviour used by readers
b = io.BytesIO(b"line one\nline two\nlast")
print(b.readline(), b.readlines(), b.read(), b.tell(), b.seek(0), b.read(4), b.seek(-4, 2), b.read())
b.seek(0)
print(list(b), b.getbuffer().nbytes, b.readable(), b.seekable(), b.writable())
b = io.BytesIO()
print(b.write(b"hello"), b.seek(10), b.write(b"!"), b.getvalue())
print(b.seek(2), b.write(b"LL"), b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
print(b.read1(3), b.readinto(bytearray(2)), b.peek if hasattr(b, "peek") else "nopeek")
with io.BytesIO(b"ctx") as bb:
    print(bb.read())
print(bb.closed)
try:
    bb.read()
except ValueError as e:
    print("ValueError", e)
for bad in (lambda: io.BytesIO("str"),
            lambda: io.BytesIO().write("str"),
            lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 3),
            lambda: io.BytesIO(b"x").truncate(-1),
            lambda: io.BytesIO().read("1")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# struct errors
for fmt, args in [("<h", (70000,)), ("<H", (-1,)), ("<b", (200,)), ("<B", (256,)),
                  ("<i", (2**31,)), ("<I", (2**32,)), ("<q", (2**63,)), ("<Q", (-1,)),
                  ("<h", (1.5,)), ("<h", ("1",)), ("<f", ("x",)), ("<f", (1e300,)),
                  ("<e", (1e10,)), ("<c", (b"ab",)), ("<c", ("a",)), ("<s", (1,)),
                  ("<hh", (1,)), ("<h", (1, 2)), ("<z", (1,)), ("<3", ()), ("<?", ()),
                  ("<l", (None,)), ("<n", (1,)), ("@n", (2**70,))]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(fmt, type(e).__name__, e)
for fmt, data in [("<h", b"\x01"), ("<h", b"\x01\x02\x03"), ("<2h", b""), ("<x", b"a")]:
    try:
        print(fmt, struct.unpack(fmt, data))
    except struct.error as e:
        print(fmt, "error", e)
for bad in (lambda: struct.unpack_from("<I", b"abc", 1),
            lambda: struct.unpack_from("<I", b"abcdef", -2),
            lambda: struct.unpack_from("<I", b"abcdef", -9),
            lambda: struct.pack_into("<I", bytearray(3), 0, 1),
            lambda: struct.pack_into("<I", bytearray(8), 6, 1),
            lambda: struct.pack_into("<I", b"immutable", 0, 1),
            lambda: list(struct.iter_unpack("<h", b"abc")),
            lambda: struct.iter_unpack("", b""),
            lambda: struct.Struct(5),
            lambda: struct.calcsize("<Z"),
            lambda: struct.pack(),
            lambda: struct.unpack("<h"),
            lambda: struct.Struct("<h").pack(1, 2)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

import struct

values = {
    "b": [-128, -1, 0, 1, 127], "B": [0, 1, 255], "h": [-32768, -2, 300, 32767],
    "H": [0, 65535, 4660], "i": [-2**31, -5, 2**31 - 1], "I": [0, 2**32 - 1, 305419896],
    "l": [-2**31, 7], "L": [2**32 - 1, 9], "q": [-2**63, -3, 2**63 - 1],
    "Q": [0, 2**64 - 1, 2**63], "?": [True, False], "c": [b"a", b"\xff"],
    "d": [0.0, -0.0, 1.5, -2.25, 1e300, float("inf")], "f": [0.1, -3.5, 1e-40],
    "e": [0.1, 65504.0, -2.0, 6e-8, 1e-10],
}
for order in ["@", "=", "<", ">", "!"]:
    for code, vals in values.items():
        fmt = order + code
        for v in vals:
            packed = struct.pack(fmt, v)
            back = struct.unpack(fmt, packed)
            print(fmt, repr(v), packed.hex(), back)

for code, vals in [("n", [-1, 2**62]), ("N", [0, 2**64 - 1]), ("P", [0, 4096, -1])]:
    for v in vals:
        p = struct.pack(code, v)
        print(code, v, p.hex(), struct.unpack(code, p))

# Counts, strings and padding.
print(struct.pack("3h", 1, 2, 3).hex(), struct.unpack("<3h", bytes(range(6))))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"abc"), struct.unpack("0s", b""))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("p", b"zz"), struct.pack("0p", b"x"), struct.pack("300p", b"y" * 290)[:3])
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("3p", b"\x01xy"))
print(struct.pack("x3x?x", True), struct.unpack("x3x?x", b"\x00\x00\x00\x00\x01\x00"))
print(struct.pack("s", bytearray(b"q")))
print(struct.pack("?", []), struct.pack("?", "yes"), struct.unpack("??", b"\x00\x07"))
print(struct.pack(b"<hh", 1, -1), struct.calcsize(b"q"))
print(struct.pack("< h  h ", 1, 2), struct.pack("<h\th", 3, 4))

class Idx:
    def __index__(self):
        return 42

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack("<i", Idx()), struct.pack("<d", Idx()), struct.pack("<d", Flt()), struct.pack("<i", True))

# Struct objects, pack_into/unpack_from, iter_unpack.
s = struct.Struct("<ih2s")
print(s.format, s.size, type(s).__name__)
rec = s.pack(7, -2, b"ok")
print(rec, s.unpack(rec), s.unpack_from(b"xx" + rec, 2), s.unpack_from(buffer=rec))
buf = bytearray(12)
s.pack_into(buf, 1, 1, 2, b"xy")
print(buf)
struct.pack_into("<h", buf, -2, -1)
print(buf)
mv = memoryview(buf)
struct.pack_into(">H", mv, 0, 0xABCD)
print(buf[:2], struct.unpack_from(">H", mv))
it = struct.iter_unpack("<hb", bytes(range(9)))
print(it.__length_hint__(), next(it), list(it))
print(list(s.iter_unpack(rec * 2)))
print(struct.Struct(b">q").format, struct.unpack("<I", memoryview(b"\x01\x02\x03\x04")))
print(struct.error.__module__, struct.error.__name__, struct.error.__mro__[1:])

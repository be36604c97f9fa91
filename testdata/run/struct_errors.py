import struct

def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)

for fmt, v in [("b", 200), ("b", -129), ("B", 300), ("B", -1), ("h", 70000), ("H", -1),
               ("i", 2**40), ("I", -1), ("l", 2**70), ("L", -1), ("q", 2**70), ("Q", -1),
               ("n", 2**70), ("N", -1), ("P", 2**70), ("<b", 200), ("<l", 2**40), ("<L", -1),
               ("<q", 2**70), (">Q", 2**64), ("i", "x"), ("i", 1.5), ("i", None), ("f", "x"),
               ("d", None), ("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("s", "abc"), ("p", 1), ("e", 1e6),
               ("<e", 65520.0), ("<f", 1e300), ("<d", 10**400), ("f", 1e300)]:
    check("pack %s %r" % (fmt, v), lambda: struct.pack(fmt, v))

for fmt in ["z", "<n", "=P", ">N", "3", "i3", "99999999999999999999i", "3 i", "%", "<<i", " <i"]:
    check("calcsize %r" % fmt, lambda: struct.calcsize(fmt))

check("pack no values", lambda: struct.pack("i"))
check("pack extra", lambda: struct.pack("i", 1, 2))
check("pack nothing", lambda: struct.pack())
check("pack int fmt", lambda: struct.pack(3, 1))
check("Struct int", lambda: struct.Struct(3))
check("unpack short", lambda: struct.unpack("i", b""))
check("unpack long", lambda: struct.unpack("i", b"12345"))
check("unpack str", lambda: struct.unpack("i", "abcd"))
check("unpack_from", lambda: struct.unpack_from("i", b"", 0))
check("unpack_from 4", lambda: struct.unpack_from("i", b"abcdef", 4))
check("unpack_from -10", lambda: struct.unpack_from("i", b"abcd", -10))
check("unpack_from -2", lambda: struct.unpack_from("i", b"abcd", -2))
check("unpack_from -4", lambda: struct.unpack_from("i", b"abcdabcd", offset=-4))
check("unpack_from -3 of 2", lambda: struct.unpack_from("i", b"ab", -3))
b = bytearray(5)
check("pack_into 2", lambda: struct.pack_into("i", b, 2, 1))
check("pack_into -10", lambda: struct.pack_into("i", b, -10, 1))
check("pack_into -2", lambda: struct.pack_into("i", b, -2, 1))
check("pack_into -4", lambda: struct.pack_into("i", b, -4, 1))
print(b)
check("pack_into bytes", lambda: struct.pack_into("i", b"xxxx", 0, 1))
check("pack_into no buffer", lambda: struct.pack_into("i"))
check("pack_into no offset", lambda: struct.pack_into("i", b))
check("pack_into no values", lambda: struct.pack_into("i", b, 0))
check("pack_into bad value", lambda: struct.pack_into("<hh", b, 0, 1, "x"))
print(b)
check("iter_unpack", lambda: list(struct.iter_unpack("i", b"abcdef")))
check("iter_unpack 0", lambda: list(struct.iter_unpack("", b"")))
check("Struct pack", lambda: struct.Struct("i").pack(1, 2))
check("Struct unpack", lambda: struct.Struct("i").unpack(b"a"))
try:
    struct.pack("<h", 99999)
except struct.error as e:
    print("caught struct.error:", e, isinstance(e, Exception))
struct.unpack("<h", b"x")

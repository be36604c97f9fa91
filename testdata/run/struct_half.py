import math
import struct

# Half floats: rounding to nearest even, subnormals, overflow and specials.
for x in [0.0, -0.0, 1.0, 1.0009765625, 1.00048828125, 1.00146484375, 65504.0, 65519.99,
          6.103515625e-05, 6.097555160522461e-05, 5.960464477539063e-08, 2.9802322387695312e-08,
          2.98023223876953125e-08 * 1.0000001, 1e-9, -1e-9, 0.333333, 2048.5, 2049.0, 1e5 / 3,
          float("inf"), float("-inf")]:
    p = struct.pack("<e", x)
    print(repr(x), p.hex(), struct.unpack("<e", p)[0], struct.unpack(">e", p[::-1])[0])
p = struct.pack("<e", float("nan"))
print(p.hex(), math.isnan(struct.unpack("<e", p)[0]))
for bits in [0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8001, 0xc000]:
    print(hex(bits), struct.unpack("<e", struct.pack("<H", bits))[0])
for x in [0.1, 16777217.0, 3.4028235e38, 1.4e-45, 1e-46]:
    p = struct.pack("<f", x)
    print(repr(x), p.hex(), struct.unpack("<f", p)[0])
try:
    struct.pack("<e", 65520.0)
except OverflowError as e:
    print("OverflowError", e)

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f"{getattr(f, '__name__', f)}{a}{k if k else ''} -> {r!r}")
    except Exception as e:
        print(f"{getattr(f, '__name__', f)}{a}{k if k else ''} !! {type(e).__name__}: {e}")

for s, b in [("10", 10), ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("z", 36), ("Z", 36), ("0b101", 0), ("0o17", 0), ("017", 0), ("0", 0), ("00", 0), ("1_000", 0), ("1__000", 10), ("_1", 10), ("1_", 10),
             (" 12 ", 10), ("+12", 10), ("-0x10", 16), ("- 12", 10), ("12", 1), ("12", 37), ("12", -1), ("", 10), ("  ", 10), ("٣", 10), ("１２", 10), ("1e3", 10), ("12.0", 10), ("0b", 0), ("0x", 16), ("9" * 5000, 10), ("0b2", 2), ("0B11", 2), ("0O7", 8), ("0XAb", 16), ("1\x00", 10), ("12", 2)]:
    t(int, s, b)
t(int, b"12")
t(int, bytearray(b"  -7 "))
t(int, b"12", 16)
t(int, 12, 10)
t(int, 3.99)
t(int, -3.99)
t(int, float("inf"))
t(int, float("nan"))
t(int, "12", base=8)
t(int, x="12")
t(int, None)
t(int, [1])
t(int, 1e100)
for s in ["1.5", " -1.5e3 ", "inf", "-Infinity", "nan", "-nan", "+NaN", "1_000.5", "1__0", "1.", ".5", ".", "e5", "1e", "0x10", "1,5", "", "  ", "١.٥", "1.5j", "infinit", "1e400", "-1e400", "1e-400", "\u00a01.5\u2003", "1_", "_1", "1.5_"]:
    t(float, s)
t(float, b"1.5")
t(float, None)
t(float, "x" * 300)
t(float, 10**400)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1e16 + 1, 5e-324]:
    print(x, round(x), round(x, 1), round(x, 2), round(-x, 0), round(x, -1))
for n in [5, 15, 25, -25, 125, 1234567, -1234567, 10**30 + 5 * 10**10]:
    print(n, round(n, -1), round(n, -2), round(n, 2), round(n, -50))
t(round, 1.5, None)
t(round, 1.5, 1.0)
t(round, "1.5")
t(round, float("inf"))
t(round, float("nan"))
t(round, float("inf"), 2)
t(round, 1e300, -300)
t(round, 1.23456, 400)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5), (-0.0, 1), (0.0, -1), (5, float("inf")), (-5, float("inf")), (5.0, float("-inf")), (10**30, 7), (-10**30, 7), (1, -10**30)]:
    try:
        print(a, b, a % b, a // b, divmod(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (10**30, 0)]:
    for op in ["%", "//", "/", "divmod"]:
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
            print(a, op, b, r)
        except Exception as e:
            print(a, op, b, type(e).__name__, e)
for args in [(2, 10), (2, -1), (2, 10, 7), (2, -1, 7), (3, -2, 7), (2, -1, 4), (2, 10, 0), (2, 10, -7), (-2, 3, 5), (2, 10, 1), (2.0, 3, 5), (2, 3.0, 5), (0, -1), (0.0, -1), (-8, 1/3), (2, 1000, 10**9 + 7), (10, -3), (-2, 0.5), (0, 0), (2, 10**10, 1), (7, -1, 49)]:
    t(pow, *args)
for n in [0, 1, -1, 255, -256, 2**64, -(2**64) - 1, 2**100 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer() if hasattr(n, "is_integer") else "")
for x in [0.5, -0.75, 1e300, 0.1, 3.0, -0.0]:
    print(x, x.as_integer_ratio(), x.is_integer(), x.hex(), float.fromhex(x.hex()))
t(float("inf").as_integer_ratio)
t(float("nan").as_integer_ratio)
for n, l, o, s in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 1, "big", True), (255, 1, "big", True), (-129, 1, "big", True), (256, 1, "big", False), (-1, 2, "little", False), (0, 0, "big", False), (1, 0, "big", False), (1, -1, "big", False), (5, 2, "middle", False)]:
    t(n.to_bytes, l, o, signed=s)
t((65535).to_bytes)
t((1).to_bytes, 1)
t((1).to_bytes, length=1, byteorder="big")
t(int.from_bytes, b"\x01\x00", "big")
t(int.from_bytes, b"\x01\x00", "little")
t(int.from_bytes, b"\xff\xff", "big", signed=True)
t(int.from_bytes, [1, 2], "big")
t(int.from_bytes, "ab", "big")
t(int.from_bytes, b"\x01", "medium")
t(int.from_bytes, b"")
t(int.from_bytes, [256])
t(float.fromhex, "0x1.8p1")
t(float.fromhex, "zz")
t(float.fromhex, "0x1p99999")
t(float.fromhex, " -0X1.FFFFFFFFFFFFFp+1023 ")
print(int.__new__(int, 5), (5).__index__(), (-5).__abs__(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(True + True, True * 3, -True, ~True, True / 2, True // 2, divmod(True, 2), True ** 0.5)
print(hex(-255), oct(-8), bin(-5), hex(0), format(-255, "#x"))
t(hex, 1.5)
t(chr, -1)
t(chr, 0x110000)
t(ord, "ab")
t(ord, "")
print(1 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 1e22, 1e21, 9007199254740993, float(9007199254740993))
print(3 ** -1, (-8) ** (1/3), 10 ** 20, 10.0 ** 20, 2 ** 0.5, (-2) ** 2, -2 ** 2, 0 ** 0, 0.0 ** 0)
t(lambda: 10.0 ** 400)
t(lambda: 2 ** -10000)
t(lambda: (-1.0) ** 0.5)
t(lambda: 0.0 ** -1)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 << 10**20)
t(lambda: 1.5 << 1)
t(lambda: int("1" * 5000))
t(lambda: str(10 ** 5000))
import sys
print(sys.get_int_max_str_digits(), sys.int_info.str_digits_check_threshold)
sys.set_int_max_str_digits(1000)
t(lambda: len(str(10 ** 1500)))
t(lambda: int("7" * 1200))
t(lambda: f"{10 ** 1500:d}")
t(sys.set_int_max_str_digits, 100)
t(sys.set_int_max_str_digits, maxdigits=0)
print(len(str(10 ** 6000)), len(repr(10 ** 6000)))
sys.set_int_max_str_digits(4300)
t(lambda: str(10 ** 5000))

# Audit of builtins people use a lot (gaps2): int()/float() parsing and its errors, round(), divmod() and pow() on floats.
import sys, io
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for s in ["", " ", "12", " 12 ", "1_000", "1__0", "_1", "1_", "0x1f", "0b101", "0o17", "017", "00", "+-1", "١٢٣",
          "1e3", "1.0", "12abc", "  -7  ", "\t+8\n", "∞", "0_0", "9" * 30, "1\x00", "一"]:
    t(f"int({s!r})", lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("10", 2), ("2", 2), ("0b11", 0), ("011", 0), ("0", 0),
             ("11", 1), ("11", 37), ("11", -1), ("  0x_1 ", 0), ("0x", 16), ("1_0", 0), ("ZZ", 36)]:
    t(f"int({s!r}, {b})", lambda: int(s, b))
t("int(b'12')", lambda: int(b"12"))
t("int(bytearray(b' 3 '))", lambda: int(bytearray(b" 3 ")))
t("int(b'x')", lambda: int(b"x"))
t("int(12, 10)", lambda: int(12, 10))
t("int(None)", lambda: int(None))
t("int([])", lambda: int([]))
t("int(3.9)", lambda: int(-3.9))
t("int(inf)", lambda: int(float("inf")))
t("int(nan)", lambda: int(float("nan")))
t("int('1', base='2')", lambda: int("1", base="2"))
t("int(x='1')", lambda: int(x="1"))
t("int('12', base=0)", lambda: int("12", base=0))
t("int(base=10)", lambda: int(base=10))
for s in ["", " ", "1.5", " -1.5e3 ", "1_0.5", "1__0", "_1", "inf", "-Infinity", "nan", "-nan", "+NaN", "1e", "e5",
          "0x10", "1.2.3", "1,5", "١.٥", "1e500", "-1e500", "1e-500", ".5", "5.", ".", "infinity", "infinit", "1_e5", "1e_5", "1.0j"]:
    t(f"float({s!r})", lambda: float(s))
t("float(b'1.5')", lambda: float(b"1.5"))
t("float(None)", lambda: float(None))
t("float(10**400)", lambda: float(10**400))
t("float('  ')", lambda: float("\u2003 3.5 \u2003"))
# round
for args in [(2.5,), (3.5,), (-0.5,), (2.675, 2), (1234.5678, -2), (1234, -2), (1250, -2), (-1250, -2), (5, 0), (0.125, 2),
             (float("inf"),), (float("nan"),), (float("inf"), 2), (1e300, -300), (1.5, None), (True,), (10**20 + 0.5,),
             (2.5, 0), (25, -1), (35, -1), (-35, -1), (1.0, 400), (1.0, -400), (123, 1.0)]:
    t(f"round{args!r}", lambda: round(*args))
class R:
    def __round__(self, n=None): return ("R", n)
t("round(R())", lambda: round(R()))
t("round(R(), 3)", lambda: round(R(), 3))
t("round('x')", lambda: round("x"))
t("round(number=1.5, ndigits=0)", lambda: round(number=1.5, ndigits=0))
# divmod
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1, 0.0), (5.0, float("inf")), (-5.0, float("inf")),
             (float("inf"), 3), (float("nan"), 2), (1e308, 1e-308), (7, 2), (-7, 2), (7, -2), (True, 2), (2**64, 3.0), (1, 0), (0.0, -1)]:
    t(f"divmod({a!r}, {b!r})", lambda: divmod(a, b))
t("divmod str", lambda: divmod("a", 1))
t("5.0 % -0.0", lambda: 5.0 % -0.0)
t("-0.0 // 1", lambda: -0.0 // 1)
t("-1e-300 % 1e300", lambda: -1e-300 % 1e300)
t("pow float neg frac", lambda: (-8.0) ** (1/3))
t("pow(0.0, -1)", lambda: 0.0 ** -1)
t("pow(2, -1, 5)", lambda: pow(2, -1, 5))
t("pow(2, -1, 4)", lambda: pow(2, -1, 4))
t("pow(2, 3, 0)", lambda: pow(2, 3, 0))
t("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))

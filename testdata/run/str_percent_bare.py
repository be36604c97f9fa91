# Bare %s, %d and %i conversions (no flags, width or precision), which the
# formatter takes without parsing a spec, with every kind of argument
# beside the str and small-int cases, and the errors they raise.


class S(str):
    def __str__(self):
        return "S.__str__"


class I(int):
    def __repr__(self):
        return "I.__repr__"


class Idx:
    def __index__(self):
        return 7


class Num:
    def __int__(self):
        return 9


class Str:
    def __str__(self):
        return "Str.__str__"


cases = [
    ("%s:%d;", ("item-1", 6)),
    ("%s|%i", ("x", -12)),
    ("%s", S("sub")),
    ("%s", (S("sub"),)),
    ("%d", I(5)),
    ("%i", True),
    ("%d", False),
    ("%d", 2 ** 70),
    ("%i", -(2 ** 64)),
    ("%d", 3.99),
    ("%i", -2.5),
    ("%s", 3.25),
    ("%s", None),
    ("%s", [1, "a"]),
    ("%s", Str()),
    ("%s %s", (1, (2, 3))),
    ("%s", ((1, 2),)),
    ("%d%%", 50),
    ("%(a)s-%(b)d", {"a": "A", "b": 4}),
    ("%(a)i", {"a": I(3)}),
    ("%s%s%s", ("a", "", "c")),
    ("%d", Idx()),
    ("%d", Num()),
    ("%i", "12"),
    ("%d", [1]),
    ("%s %s", ("only one",)),
    ("%s", ("a", "b")),
    ("%d %d", (1,)),
    ("%(a)s", ("not", "a mapping")),
    ("é%sü%dß", ("ö", 1)),
    ("%s", "é"),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

bcases = [
    (b"%s:%d;", (b"item", 4)),
    (b"%i", True),
    (b"%s", bytearray(b"ba")),
    (b"%s", "str"),
    (b"%d", 2 ** 65),
    (b"%d", 1.5),
    (b"%s", memoryview(b"mv")),
]
for fmt, args in bcases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

# The loop shape of the benchmark, with its results checked.
parts = []
for i in range(2000):
    s = "item-" + str(i)
    parts.append("%s:%d;" % (s, len(s)))
text = "".join(parts)
print(len(text), text[:40], text[-20:])

# str % int, the right operand alone: str's own slot, and the cases that
# must still dispatch (a str subclass with its own __mod__, an int
# subclass with __rmod__).


class M(str):
    def __mod__(self, other):
        return "M.__mod__"


class R(int):
    def __rmod__(self, other):
        return "R.__rmod__"


for fmt, arg in [("w%d", 5), ("%s", 7), ("%c", 65), ("%x", 255), ("abc", 5), ("%d %d", 5),
                 ("%(a)d", 5), (M("%d"), 5), ("%d", R(4)), ("%5.1f", 3), ("%r", -1)]:
    try:
        print(repr(fmt), "%", repr(arg), "->", repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), "%", repr(arg), "->", type(e).__name__, e)
s = "n=%d"
s %= 42
print(s)
print(["w%d" % (x % 997) for x in range(1000, 1010)])

# The strs Kiln writes in place (concatenation, join, % formatting,
# f-strings, str(int)) at the lengths where their memory changes shape
# (empty, 1, 16, 17, 32, 33, 64, 65 bytes), with non-ASCII text, lone
# surrogates, identity of results CPython shares, and the errors.


def show(label, s):
    print(label, len(s), ascii(s[:6]), ascii(s[-6:]), s.isascii(), hash(s) == hash(s[:] + ""))


for n in (0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 200):
    a = "x" * (n // 2)
    b = "y" * (n - n // 2)
    show("concat %d" % n, a + b)
    show("join %d" % n, "".join([a, b]))
    show("percent %d" % n, "%s%s" % (a, b))
    show("fstring %d" % n, f"{a}{b}")

# Non-ASCII and surrogates survive every path.
u = "\u00fc\u20ac\U0001f600"
sur = "a\udc80b"
show("concat u", u + "x" + u)
show("concat sur", sur + sur)
show("join u", "-".join([u, "ab", u]))
show("join sur", "".join([sur, "z"]))
show("percent u", "%s|%s" % (u, sur))
show("percent fmt u", "\u00e9%d\u00e9%s" % (7, u))
show("percent fmt sur", "\udc80%s\udc80" % "q")
show("fstring u", f"{u}{sur}{u}")
print(ascii("<%s>" % sur), ascii(f"<{sur}>"), ascii(sur + "" + sur))
print(("%s" % u) == u, ("\u00fc" + "x").upper(), len("\u00fc" + "x"))

# Lengths after building are code point counts.
for s in ("ab" + "\u00fc", "".join(["\u00fc"] * 20), "%s%s" % ("\u20ac" * 9, "a" * 9), f"{u * 7}!"):
    print(len(s), s[-1] == s[len(s) - 1], ascii(s[3:5]))

# CPython returns the operand itself for these.
s = "hello world"
print(s + "" is s, "" + s is s, "".join([s]) is s, "-".join((s,)) is s)


class S(str):
    pass


t = S("sub")
r = t + ""
print(type(r).__name__, r, type("".join([t])).__name__, type("%s" % t).__name__)
print(type(f"{t}").__name__, type(t + t).__name__)

# join of the usual iterables.
print("-".join(x for x in "abc"), ",".join({"k": 1, "j": 2}), "".join([]), "+".join(("a",)))
print(", ".join(map(str, range(12))), "".join(iter(["x", "y"])))
for bad in (["a", 1], ("a", b"b"), [None], 5):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)


class Items:
    def __getitem__(self, i):
        if i < 3:
            return "i%d" % i
        raise IndexError(i)


print("/".join(Items()))

# % formatting: flags, widths, *, mapping keys, errors with their indexes.
print("%5s|%-5s|%.2s|%*d|%-*d|%05d|%+d|% d" % ("ab", "cd", "efgh", 4, 7, 4, 7, 42, 5, 5))
print("%(a)s %(\u00fc)s %(b)d%%" % {"a": "A", "\u00fc": "U", "b": 3})
print("%s" % 0, "%d" % -12345678901234567890, "%i|%u" % (3, 4), "%s" % [1, "a"], "%r" % "q")
print("%x %X %o %#x %e %.3f %g %c %c" % (255, 255, 8, 255, 1.5, 2.0, 0.5, 65, "\u20ac"))
print("%s %s" % (True, None), "%d" % True, "%s" % (("tuple",),), "%.1s" % "\u00fcx")
print("w%d" % 7 + "v%d" % -7, "%s-%s" % ("a" * 40, "b" * 40))
for fmt, args in (("%s %s", ("a",)), ("%s", ("a", "b")), ("%", ()), ("%(k)s", ("x",)),
                  ("\u00e9\u00e9%y", 1), ("ab%\u20ac", 1), ("%5%", ()), ("%d", "x"),
                  ("%*d", ("a", 1)), ("%(a", {"a": 1}), ("%c", 1 << 30), ("%c", "ab")):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)

# f-strings of ints, bools and specs.
i, neg, big = 12345, -9, 10 ** 30
print(f"{i}|{neg}|{big}|{True}|{False}|{i:>8}|{i:,}|{neg:05d}|{0}")
print(f"{i}{i}{i}{i}{i}{i}{i}{i}", f"[{'x' * 70}]"[-3:], f"{'':>0}" == "")

# str(int) and its use as a key.
d = {}
for k in (0, 7, -7, 10 ** 15, -(10 ** 17), 2 ** 62, 2 ** 63):
    sk = str(k)
    d[sk] = len(sk)
    print(sk, len(sk), sk.isascii(), sk.isdigit())
print(sorted(d.items()))
print(d.get("7"), d.get("-" + "7"), d.get("1" + "0" * 15))

# A % conversion after flags or a width takes an argument, then is rejected.
for fmt, args in (("%5%", (1, 2)), ("%-%", ()), ("%-%", (1,)), ("%.%", ()), ("%.2%", (1,)),
                  ("%\x1f", 1), ("%\n", 1), ("a%(x)%", {"x": 1}), ("%*%", (1,)), ("%*%", (1, 2)),
                  ("%\x7f", 1), ("\u00fc%\u00fc", 1), ("%%|%%", ())):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# upper, lower and replace write their results directly.
for s in ("", "a", "item-12345", "Item_ABC-xyz[]@`{", "x" * 70, "stra\u00dfe", "\u00e9t\u00e9", "a\udc80b"):
    u, l = s.upper(), s.lower()
    print(ascii(u), ascii(l), len(u), len(l), u.isascii(), u.lower() == l)
for s, old, new, *count in (("item-1", "-", "_"), ("a-b-c-d", "-", "", 2), ("aaaa", "aa", "b"),
                            ("aaa", "a", "aa", 0), ("abc", "x", "y"), ("abc", "abc", ""),
                            ("abc", "", "-"), ("abc", "", "-", 2), ("\u00fc-\u00fc", "-", "\u20ac"),
                            ("a\udc80b", "\udc80", "X"), ("xyx", "x", "\udc80"), ("ab" * 40, "b", "cd", 30),
                            ("abab", "ab", "ab" * 20, -1), ("hello", "l", "L", 99)):
    r = s.replace(old, new, *count)
    print(ascii(r), len(r), r.isascii(), r == s.replace(old, new, *count))
try:
    "a".replace("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)

# The instruction pairs the interpreter runs as one when the temporary
# between them dies (vm/runtime/fused_temps.go): "fmt" % (a, b), s[i:j]
# and for a, b in zip(...) / enumerate(...), with the cases that must take
# the general path (subclasses, odd bounds, temporaries read again) and the
# errors, which are the second instruction's.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    def __mod__(self, other):
        return "S.__mod__ %r" % (other,)


class Loud:
    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        return "Loud()"


def percent():
    out = []
    for i in range(40):
        s = "item-" + str(i)
        out.append("%s:%d;" % (s, len(s)))
        out.append("%-6s|%5.1f|%x|%r" % (s, i / 3, i, s))
    print("".join(out))
    print("%s" % ((1, 2),))
    print(S("x%s") % (1, 2))
    t = (3, 4)
    print("%d-%d" % t, t)
    print("%s+%s" % (u := (5, 6)), u)
    show(lambda: "%s %s" % (1,))
    show(lambda: "%s" % (1, 2))
    show(lambda: "%(a)s" % (1,))
    show(lambda: "%d" % ("x",))
    show(lambda: "%s %s" % (1, Loud()))
    show(lambda: "%*d|" % (5, 42))
    show(lambda: "caf\u00e9 %s %c" % ("na\u00efve", 0x263A))
    show(lambda: b"%s-%d" % (b"ab", 7))


class T(str):
    def __getitem__(self, key):
        return "T[%r]" % (key,)


def slices():
    s = "hello, world"
    u = "caf\u00e9 na\u00efve \U0001F600 end"
    n = len(s)
    acc = []
    for i in range(-n - 2, n + 3):
        for j in (None, -1, 0, 3, i + 2, n + 5):
            acc.append(s[i:j])
            acc.append(u[i:j])
            acc.append(s[:j])
            acc.append(u[j:])
    print(len(acc), "|".join(acc[:40]), "|".join(acc[-40:]))
    print(repr(s[True:5]), repr(s[2 ** 70:]), repr(s[-2 ** 70:3]), repr(u[1:2 ** 64]))
    print(T("abc")[1:2], "abc"[::2], "abcdef"[1:5:2])
    lst = list(range(10))
    print(lst[2:5], lst[-3:], lst[:-7], lst[5:2], lst[None:None])
    print((1, 2, 3)[1:], bytearray(b"xyz")[1:2], b"xyz"[:2], range(10)[2:4])
    show(lambda: s[1.5:2])
    show(lambda: 5[1:2])
    show(lambda: s["a":])
    pieces = []
    src = "v1 = (v2 + 10) * v3;" * 20
    i = 0
    while i < len(src):
        j = i + 1
        while j < len(src) and src[j].isalnum():
            j += 1
        pieces.append(src[i:j])
        i = j
    print(len(pieces), pieces[:12])


class Z(zip):
    def __next__(self):
        return ("z",) + super().__next__()


def gen_then_raise():
    yield 1
    yield 2
    raise KeyError("gen")


def unpacking():
    a = ["x", "y", "z", "w"]
    b = [1, 2, 3]
    for p, q in zip(a, b):
        print(p, q, end="; ")
    print()
    for p, q, r in zip(a, b, "uvw"):
        print(p, q, r, end="; ")
    print()
    for i, x in enumerate(a, 10):
        print(i, x, end="; ")
    print()
    for i, (p, q) in enumerate(zip(a, b)):
        print(i, p, q, end="; ")
    print()
    for i, x in enumerate("ab", 2 ** 63 - 1):
        print(i, x, end="; ")
    print()
    for pair in zip(a, b):
        p, q = pair
        print(pair, p, q, end="; ")
    print()
    for z, p, q in Z(a, b):
        print(z, p, q, end="; ")
    print()
    words = "the quick brown fox jumps over the lazy dog".split()
    pairs = {}
    for x, y in zip(words, words[1:]):
        key = x + " " + y
        pairs[key] = pairs.get(key, 0) + 1
    print(sorted(pairs.items()))
    show(lambda: [(p, q) for p, q in zip(a, b, "uv")])
    show(lambda: [(p, q) for p, q, r in zip(a, b)])
    show(lambda: [(p, q) for p, q in zip(a, b, strict=True)])
    show(lambda: [(p, q) for p, q in zip(gen_then_raise(), a)])
    show(lambda: [(i, x) for i, x, y in enumerate(a)])
    show(lambda: [i for i, x in enumerate(gen_then_raise())])
    got = []
    try:
        for p, q in zip(a, gen_then_raise()):
            got.append((p, q))
    except KeyError as e:
        print("KeyError", e, got)
    it = zip(a, b)
    for p, q in it:
        if q == 2:
            break
    print(next(it), list(it))


class Eq:
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return other == "b"


def concat_and_in():
    out = []
    for i in range(-3, 300, 7):
        out.append("item-" + str(i))
        out.append(str(i) + "-x")
        out.append("" + str(i))
        out.append("caf\u00e9 " + str(i))
        k = "v" + str(i * 10 ** 17)
        out.append(k)
    print(out[:10], out[-10:], len(out))
    t = str(42)
    print("a" + t, t, str(True) + "!", "x" + str(2 ** 70))
    show(lambda: 1 + str(5))
    show(lambda: str(5) + 1)
    words = ["+", "-", "*", "x", "", "b"]
    tup = ("+", "-")
    for w in words:
        print(w in ("+", "-"), w not in ("*", "/"), w in tup, w in ("x", 1, "b"), w in (), end="; ")
    print()
    print("b" in ("a", Eq()), "c" in ("a", Eq()))
    print(S("+") in ("+", "-"), "+" in (S("+"),))
    for x, y in (("ab", "ab"), ("ab", "a" + "b"), ("é", "\u00e9"), ("a", S("a")), ("a", 1), ("", "")):
        print(x == y, x != y, end="; ")
        if x == y:
            print("eq", end="; ")
    print()


percent()
slices()
unpacking()
concat_and_in()


def fail(a, b):
    return ("%s and %s" %
            (a, b, a)) + "!"


try:
    fail(1, 2)
except TypeError:
    import traceback
    traceback.print_exc()
print(fail(1, 2))

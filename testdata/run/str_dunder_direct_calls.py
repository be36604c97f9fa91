def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f"{getattr(f, '__qualname__', f)}{a}{k if k else ''} -> {r!r}")
    except Exception as e:
        print(f"{getattr(f, '__qualname__', f)}{a}{k if k else ''} !! {type(e).__name__}: {e}")
# str's dunders called directly return NotImplemented only for
# reflected-capable types; CPython raises for these.
t("abc".__mul__, 2.0)
t("abc".__add__, 1)
t("abc".__rmul__, 2.0)

# The sequence concat/repeat slot wrappers of str, bytes, bytearray, list
# and tuple raise TypeError when called directly with a wrong operand; only
# __mod__/__rmod__ (a number slot) return NotImplemented.
for o in ("abc", b"abc", bytearray(b"ab"), [1], (1,)):
    for d in ("__mul__", "__rmul__", "__add__", "__imul__", "__iadd__",
              "__mod__", "__rmod__"):
        f = getattr(o, d, None)
        if f is None:
            continue
        for a in (2.0, 1, "x", None, [2], (2,), b"x"):
            if d in ("__imul__", "__iadd__"):
                f = getattr(type(o)(o), d)
            t(f, a)

# Argument counts, and the operators themselves still dispatch.
for o in ("abc", b"abc", bytearray(b"ab"), [1], (1,)):
    t(o.__mul__)
    t(o.__mul__, 1, 2)
    t(o.__rmul__, x=1)
    t(o.__add__)
    if not isinstance(o, (list, tuple)):
        t(o.__rmod__)
class N:
    def __repr__(self):
        return "N()"
    def __index__(self):
        return 2
    def __rmod__(self, other):
        return "N.__rmod__"
t("ab".__mul__, N())
t(b"ab".__rmul__, N())
t([1].__imul__, N())
t(lambda: "%s" % N())
t(lambda: b"%s" % N())
t(lambda: "ab" * N())
t(str.__rmod__, "x", "%s")
t(bytes.__rmod__, b"x", bytearray(b"%s"))
t(bytearray.__rmod__, bytearray(b"x"), bytearray(b"%s"))

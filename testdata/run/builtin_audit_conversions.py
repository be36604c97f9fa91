# Audit of builtins people use a lot (gaps2): conversions through __int__/__index__/__trunc__/__float__ (the DeprecationWarnings
# of CPython 3.12), buffers to int/float, str-subclass sep/end in print, and other builtins.
import io, sys
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class T:
    def __trunc__(self): return 7
class I:
    def __index__(self): return 5
class IntF:
    def __int__(self): return 9
class BadInt:
    def __int__(self): return "x"
class SubInt(int): pass
class RetSub:
    def __int__(self): return SubInt(4)
class F:
    def __float__(self): return 2.5
class FSub(float): pass
class RetFSub:
    def __float__(self): return FSub(1.5)
class BadF:
    def __float__(self): return 1
class IdxOnly:
    def __index__(self): return 3
t("int(T())", lambda: int(T()))
t("int(I())", lambda: int(I()))
t("int(IntF())", lambda: int(IntF()))
t("int(BadInt())", lambda: int(BadInt()))
t("int(RetSub())", lambda: type(int(RetSub())))
t("float(F())", lambda: float(F()))
t("float(RetFSub())", lambda: type(float(RetFSub())))
t("float(BadF())", lambda: float(BadF()))
t("float(IdxOnly())", lambda: float(IdxOnly()))
t("complex(IdxOnly())", lambda: complex(IdxOnly()))
t("int('5', I())", lambda: int("5", I()))
t("str subclass int", lambda: int(type("S", (str,), {})("12")))
t("int memoryview", lambda: int(memoryview(b"12")))
t("float memoryview", lambda: float(memoryview(b"1.5")))
t("int with underscores base 16", lambda: int("f_f", 16))
t("int huge str", lambda: int("1" * 5000))
t("str huge int", lambda: len(str(10 ** 5000)))
t("int 4300 digits", lambda: len(str(int("1" * 4300))))
t("sys.set_int_max_str_digits", lambda: sys.get_int_max_str_digits())
t("round(I())", lambda: round(I()))
t("round(1.5, I())", lambda: round(1.5, I()))
t("round(T())", lambda: round(T()))
t("divmod(I(), 2)", lambda: divmod(I(), 2))
t("sorted key cmp error", lambda: sorted([1, 2, 3], key=lambda x: x if x != 2 else "2"))
t("sorted mutated", lambda: (lambda l: l.sort(key=lambda x: l.append(1) or x))([3, 1]))
t("min key default empty", lambda: min([], key=len, default=-1))
f = io.StringIO()
f.close()
t("print closed", lambda: print("x", file=f))
class S(str):
    def __str__(self): return "SS"
print("a", "b", sep=S("-"), end=S("!\n"))
print(S("val"), str(S("val")), f"{S('v')}", "%s" % S("v"), format(S("v")))
t("print sep bytes", lambda: print("a", sep=b"-"))
t("bool(I())", lambda: bool(I()))
t("hex(I())", lambda: hex(I()))
t("hex(3.0)", lambda: hex(3.0))
t("bin(-5)", lambda: bin(-5))
t("oct(IdxOnly())", lambda: oct(IdxOnly()))
t("chr(I())", lambda: chr(I()))
t("chr(-1)", lambda: chr(-1))
t("chr(0x110000)", lambda: chr(0x110000))
t("ord('ab')", lambda: ord("ab"))
t("ord(b'')", lambda: ord(b""))
t("abs('x')", lambda: abs("x"))
t("sum strs", lambda: sum(["a", "b"], ""))
t("sum bytes", lambda: sum([b"a"], b""))
t("sum floats", lambda: sum([0.1] * 10))
t("sum start kw", lambda: sum([1, 2], start=10))
t("enumerate start", lambda: list(enumerate("ab", start=-1)))
t("zip strict", lambda: list(zip([1, 2], [3], strict=True)))
t("zip strict 2", lambda: list(zip([1], [3, 4], strict=True)))
t("zip strict 3", lambda: list(zip([1], [3], [5, 6], strict=True)))
t("range len huge", lambda: len(range(10 ** 20)))
t("range index", lambda: range(0, 10, 3).index(9))
t("range index missing", lambda: range(0, 10, 3).index(4))
t("range repr", lambda: [range(5), range(1, 5), range(1, 5, 2), range(-1)])
t("slice repr", lambda: [slice(1), slice(1, 2), slice(1, 2, 3)])
t("isinstance tuple nested", lambda: isinstance(1, (str, (int, float))))
t("isinstance union", lambda: isinstance(1, int | str))
t("isinstance bad", lambda: isinstance(1, 1))
t("issubclass bad", lambda: issubclass(1, int))
t("getattr default", lambda: getattr(1, "nope", "d"))
t("getattr non-str", lambda: getattr(1, 2))
t("hash float int eq", lambda: [hash(1.0) == hash(1), hash(-1), hash(-2), hash(float("inf")), hash(0.5)])
t("iter sentinel", lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
t("iter non-callable", lambda: iter(1, 2))
t("next default", lambda: next(iter([]), "d"))
t("next non-iter", lambda: next([1]))
t("reversed non-seq", lambda: reversed({1: 2}.items()) and "ok")
t("reversed set", lambda: reversed({1}))
t("all/any", lambda: [all([]), any([]), all([0, 1]), any(x > 1 for x in [1, 2])])
t("map multi", lambda: list(map(pow, [2, 3], [3, 2, 1])))
t("filter None", lambda: list(filter(None, [0, 1, "", "a"])))
t("vars no dict", lambda: vars(1))
t("dir module sample", lambda: "path" in dir(sys))
t("repr recursion", lambda: (lambda l: (l.append(l), repr(l))[1])([1]))
t("dict repr recursion", lambda: (lambda d: (d.__setitem__("k", d), repr(d))[1])({}))
t("ascii", lambda: ascii("é\n\x00\u2028😀"))
t("callable", lambda: [callable(len), callable(1), callable(int)])
import operator
class SubInt2(int): pass
class I2:
    def __index__(self): return SubInt2(4)
print(type(operator.index(I2())))
print([1, 2, 3, 4, 5][I2()])
print(int(I2()), type(int(I2())))

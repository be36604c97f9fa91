# Errors of calls with *args and **kwargs, as CPython 3.12 words them: a
# lone f(*x) names the callee, a built argument list says "Value after *";
# ** merges name the callee for non-mappings and duplicate keys, and keys
# are checked to be strs only by the call.


def f(*a, **k):
    return a, k


class KeysNotIterable:
    def keys(self):
        return 5


class KeysRaise:
    def __init__(self, exc):
        self.exc = exc

    def keys(self):
        raise self.exc


class GetItemRaises:
    def __init__(self, exc):
        self.exc = exc

    def keys(self):
        return ['a']

    def __getitem__(self, k):
        raise self.exc


class DupKeys:
    def keys(self):
        return ['a', 'a']

    def __getitem__(self, k):
        return 1


class Mapping:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, k):
        return k * 2


class IterNone:
    __iter__ = None


class IterRaises:
    def __iter__(self):
        raise TypeError("iter raised")


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError


class S(str):
    pass


a = [1]
order = []


def note(tag, v):
    order.append(tag)
    return v


cases = [
    "f(*5)", "f(1, *5)", "f(*a, *5)", "f(*5, 1)", "f(*a, 1, *5)", "f(1, *5, 2)",
    "f(*None)", "f(*a, *None)", "f(*5, **{})", "f(*5, **5)", "f(*a, **5)",
    "f(**5)", "f(**{}, **5)", "f(a=1, **5)", "f(1, **5)", "f(**[])",
    "f(**{'a': 1}, **[])", "f(**{1: 2})", "f(**{}, **{1: 2})", "f(a=1, **{1: 2})",
    "f(**{1: 2}, a=1)", "f(**{1: 2}, **5)", "f(**{1: 2}, **{1: 3})",
    "f(a=1, **{'a': 2})", "f(**{'a': 1}, **{'a': 2})", "f(**{'a': 1}, a=2)",
    "f(**{S('a'): 1}, a=2)", "f(a=2, **{S('a'): 1})",
    "f(**KeysNotIterable())", "f(a=1, **KeysNotIterable())", "{**KeysNotIterable()}",
    "dict(KeysNotIterable())", "dict().update(KeysNotIterable())",
    "f(**KeysRaise(AttributeError('inner')))", "{**KeysRaise(AttributeError('inner'))}",
    "f(**KeysRaise(ValueError('inner')))",
    "f(**GetItemRaises(KeyError()))", "f(**GetItemRaises(KeyError(1, 2)))",
    "f(**GetItemRaises(KeyError(1)))", "f(**GetItemRaises(KeyError('x')))",
    "{**GetItemRaises(KeyError('x'))}", "f(**GetItemRaises(AttributeError('x')))",
    "f(**DupKeys())", "f(a=1, **DupKeys())", "f(**Mapping())", "f(1, **Mapping(), z=3)",
    "f(*IterNone())", "f(1, *IterNone())", "f(*IterRaises())", "f(1, *IterRaises())",
    "f(*Seq())", "f(1, *Seq())", "f(1, *'ab')", "[*5]", "(*5,)", "{**5}",
    "{'a': 1, **5}", "print(*5)", "print(1, *5)", "print(**{1: 2})",
    "[].append(*5)", "[].append(1, *5)", "len(*5)", "len(**5)", "int(**{1: 2})",
    "int(x=1, **5)", "max(*5)", "(lambda: 0)(**{'a': 1}, **{'a': 1})",
    "f(*(x for x in 5))",
]
for case in cases:
    try:
        print(case, "->", eval(case))
    except Exception as e:
        print(case, "->", type(e).__name__, e)

# The star argument of a lone f(*x) is made a tuple after the keywords
# are evaluated (CPython passes it to CALL_FUNCTION_EX as it is).
try:
    f(*note("star", 5), k=note("kw", 1))
except TypeError as e:
    print(order, e)
order.clear()
try:
    f(1, *note("star", 5), k=note("kw", 1))
except TypeError as e:
    print(order, e)


def gen():
    order.append("gen runs")
    yield 1


order.clear()
print(f(*gen(), k=note("kw", 1)), order)

try:
    class C(*5):
        pass
except TypeError as e:
    print("class C(*5):", e)

# copy.copy, copy.deepcopy and __reduce__/__setstate__ of the builtin
# iterators, as CPython 3.12 reduces them.
import copy
import re
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
def make():
    l = [1, 2, 3]
    d = {1: 2, 3: 4}
    return {"list": iter(l), "rev": reversed(l), "tuple": iter((1, 2)), "range": iter(range(1, 10, 2)),
         "bigrange": iter(range(2**70, 2**70 + 5)), "negrange": iter(range(10, 0, -3)), "str": iter("héllo"), "astr": iter("abc"),
         "bytes": iter(b"ab"), "ba": iter(bytearray(b"ab")), "set": iter({1, 2}), "dictk": iter(d),
         "dictv": iter(d.values()), "dicti": iter(d.items()), "rdict": reversed(d), "rdictv": reversed(d.values()),
         "enum": enumerate([7, 8], 5), "zip": zip([1, 2], [3]), "zips": zip([1, 2], [3, 4], strict=True),
         "map": map(abs, [-1, -2]), "filter": filter(None, [0, 1, 2]), "reversed": reversed("abc"),
         "callable": iter([1, 2, 3, None].pop, 1), "seq": iter(Seq()), "empty": iter([])}
def show(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(show(y) for y in x) + ("," if len(x) == 1 else "") + ")"
    if type(x).__name__.endswith("iterator") or type(x).__name__ in ("enumerate", "zip", "map", "filter", "reversed"):
        return "<" + type(x).__name__ + ">"
    return re.sub(" at 0x[0-9a-f]+", "", repr(x))
for name in make():
    for stage in ("fresh", "after next", "exhausted"):
        it = make()[name]
        if stage != "fresh":
            next(it, None)
        if stage == "exhausted":
            for _ in it: pass
        try:
            print(name, stage, show(it.__reduce__()))
        except Exception as e:
            print(name, stage, "ERR", type(e).__name__, e)
        try:
            c = copy.copy(it)
            print("  copy:", type(c).__name__, list(c), "orig:", list(it))
        except Exception as e:
            print("  copy ERR", type(e).__name__, e)
    it = make()[name]
    next(it, None)
    try:
        c = copy.deepcopy(it)
        print("  deepcopy:", type(c).__name__, list(c), "orig:", list(it))
    except Exception as e:
        print("  deepcopy ERR", type(e).__name__, e)
print(list(copy.deepcopy(iter([]))))
it = iter([1, 2, 3])
it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = iter("héllo"); it.__setstate__(2); print(list(it))
it = reversed("abc"); it.__setstate__(1); print(list(it))
it = iter(b"abc"); it.__setstate__(1); print(list(it))
it = iter(Seq()); it.__setstate__(1); print(list(it))
try:
    iter([]).__setstate__("a")
except TypeError as e:
    print(e)
z = zip([1], [2]); z.__setstate__(True); print(z.__reduce__()[2:])

# Audit of builtins people use a lot (gaps2): sorted/min/max with key/default, print(sep/end/file/flush),
# slicing with negative steps, dict view set operations, f-string = and !r with specs.
import sys, io
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

# sorted/min/max
t("sorted key None", lambda: sorted([3, 1, 2], key=None))
t("sorted reverse stable", lambda: sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda p: p[0], reverse=True))
t("sorted positional key", lambda: sorted([1], len))
t("sorted no args", lambda: sorted())
t("sorted mixed", lambda: sorted([1, "a"]))
t("sorted reverse str", lambda: sorted([1, 2], reverse="yes"))
t("sorted reverse float", lambda: sorted([1, 2], reverse=1.0))
t("sorted bad kw", lambda: sorted([1], cmp=None))
t("list.sort positional", lambda: [2, 1].sort(None))
t("min empty", lambda: min([]))
t("min empty default", lambda: min([], default="d"))
t("min default with args", lambda: min(1, 2, default=0))
t("max key", lambda: max(["aa", "b", "ccc"], key=len))
t("max key ties", lambda: max([(1, "x"), (1, "y")], key=lambda p: p[0]))
t("min ties", lambda: min([(1, "x"), (1, "y")], key=lambda p: p[0]))
t("max no args", lambda: max())
t("max one non-iterable", lambda: max(5))
t("max bad kw", lambda: max([1], bogus=1))
t("max key None", lambda: max([1, 3, 2], key=None))
t("min two args key", lambda: min("b", "aa", key=len))
t("max nan", lambda: max([float("nan"), 1, 2]))
t("max 1 nan", lambda: max([1, float("nan"), 2]))
t("min mixed", lambda: min([1, "a"]))
t("max empty str", lambda: max(""))
t("max gen default", lambda: max((x for x in []), default=None))
t("min key raises", lambda: min([1, 2], key=lambda x: 1 / 0))
# print
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print()
print(1, 2, 3, sep="--", end="!\n")
buf = io.StringIO()
print("to", "buf", file=buf, flush=True)
print(repr(buf.getvalue()))
print(file=None)
t("print sep int", lambda: print("a", sep=1))
t("print end int", lambda: print("a", end=1))
t("print file int", lambda: print("a", file=1))
t("print bad kw", lambda: print("a", bogus=1))
class W:
    def write(self, s): sys.stdout.write("<" + s + ">")
print("q", "r", file=W())
print()
class WF:
    def write(self, s): pass
t("print flush no flush method", lambda: print("z", file=WF(), flush=True))
t("print flush True stdout", lambda: print("flushed", flush=True))
# slicing with negative steps
s = "abcdefgh"
L = list(range(8))
for sl in [slice(None, None, -1), slice(None, None, -2), slice(5, 1, -1), slice(1, 5, -1), slice(-1, -9, -1), slice(-1, -10, -3),
           slice(100, None, -1), slice(None, -100, -1), slice(3, None, -1), slice(None, 3, -1), slice(-3, None, -2), slice(7, 0, -3)]:
    print(sl, repr(s[sl]), L[sl], tuple(L)[sl], bytes(s, "ascii")[sl], range(8)[sl])
t("step 0", lambda: s[::0])
t("slice step 0 range", lambda: range(5)[::0])
L2 = list(range(10))
L2[::-2] = "abcde"
print(L2)
t("ext slice assign size", lambda: L2.__setitem__(slice(None, None, -2), [1, 2]))
L3 = list(range(10))
del L3[::-3]
print(L3)
L4 = list(range(6))
L4[4:1:-1] = ["x", "y", "z"]
print(L4)
print(slice(None, None, -1).indices(5), slice(-100, 100, -2).indices(7))
t("indices neg", lambda: slice(1).indices(-1))
print("hello"[::-1][1:3], [1, 2, 3][-1:-4:-1])
# dict views set operations
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 30, "d": 40}
print(d1.keys() & d2.keys(), d1.keys() | d2.keys(), d1.keys() - d2.keys(), d1.keys() ^ d2.keys())
print(d1.keys() & ["a", "z"], ["a", "z"] & d1.keys(), {"a"} | d1.keys(), d1.keys() - {"a"})
print(d1.items() & {("a", 1), ("b", 5)}, d1.items() | {("z", 0)} == {("a", 1), ("b", 2), ("c", 3), ("z", 0)})
print(d1.keys() == {"a", "b", "c"}, d1.keys() < {"a", "b", "c", "d"}, d1.keys() <= d1.keys(), d1.items() > {("a", 1)})
print(d1.keys().isdisjoint(["x"]), d1.items().isdisjoint({("a", 1)}), "a" in d1.keys(), ("a", 1) in d1.items())
t("values &", lambda: d1.values() & d2.values())
t("keys & int", lambda: d1.keys() & 5)
t("items unhashable", lambda: d1.items() & [("a", [1])])
t("keys - list unhashable", lambda: d1.keys() - [[1]])
print(type(d1.keys() & d2.keys()).__name__, type(d1.items() | d2.items()).__name__)
print(reversed(d1.keys()).__class__.__name__, list(reversed(d1.items())), list(reversed(d1.values())))
print(d1.keys().mapping, repr(d1.keys()), repr(d1.values()), repr(d1.items()))
print(d1.keys() == d1.keys(), d1.values() == d1.values(), d1.items() == d1.items())
t("hash keys", lambda: hash(d1.keys()))
# f-strings
x = 3.14159
name = "kiln"
print(f"{x=}", f"{x = :.2f}", f"{name=!r:>10}", f"{name!r:^12}", f"{name=!s}", f"{x!r:>12}", f"{x=:10.3}", f"{x = }")
print(f"{name!a}", f"{'é'!a:>8}", f"{1+1=}", f"{ x  =  }", f"{[1, 2]=}", f"{name=:*^10}", f"{3*4 = :#x}")
w = 10
p = 3
print(f"{x:{w}.{p}f}|", f"{x:{'>'}{w}}|", f"{name=:{w}}|", f"{{x}}", f"{x!r}", f"{'a' 'b'=}")
t("fstring bad conversion spec", lambda: eval('f"{x!r:{w}}"'))
t("fstring format error", lambda: f"{name:d}")
t("fstring =!s format", lambda: f"{x=!s:.3}")
d = {"k": 1}
print(f"{d['k']=}", f"{d=}", f"{(lambda: 5)()=}")

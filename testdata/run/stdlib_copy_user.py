# copy and deepcopy of user classes: __slots__, __copy__/__deepcopy__,
# __reduce_ex__, __getstate__/__setstate__, recursion, subclasses of
# builtins, memo.
import copy
class A:
    def __init__(self): self.x = [1, [2]]; self.y = {"k": [3]}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x[1] is a.x[1], c.y == a.y)
class S:
    __slots__ = ("p", "q")
s = S(); s.p = [1]; s2 = copy.deepcopy(s); print(s2.p, s2.p is s.p, hasattr(s2, "q"))
class C:
    def __copy__(self): print("copy called"); return "copied"
    def __deepcopy__(self, memo): print("deepcopy called", type(memo)); return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
class R:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto): print("reduce_ex", proto); return (R, (self.v * 2,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)
class St:
    def __init__(self): self.a = 1
    def __getstate__(self): return {"a": 99}
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st)
print(copy.copy(St()).a, copy.deepcopy(St()).a)
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m is l)
t = (1, [2]); u = (1, 2); print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy(u) is u)
print(copy.copy(int), copy.deepcopy(len), copy.copy(None))
import types
f = lambda: 1
print(copy.deepcopy(f) is f)
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError("nope")
try: copy.copy(NoCopy())
except TypeError as e: print("TypeError", e)
print(copy.error, copy.Error)
from collections import OrderedDict, defaultdict
d = defaultdict(list, a=[1]); d2 = copy.deepcopy(d); print(d2, d2["a"] is d["a"], d2.default_factory)
print(copy.copy(OrderedDict(a=1)))
print(copy.replace if hasattr(copy, "replace") else "no replace")
class Sub(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"
x = Sub([1, [2]]); y = copy.deepcopy(x); print(type(y).__name__, y, y.tag, y[1] is x[1])
memo = {}; z = [1]; copy.deepcopy([z, z], memo); print(len(memo) > 0)
print(copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.copy(bytearray(b"ab")))
import weakref
class W: pass
w = W(); r = weakref.ref(w); print(copy.copy(r) is r, copy.deepcopy(r) is r)

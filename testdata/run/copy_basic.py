import copy
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
a = [1, [2, 3], {'k': [4]}, (5, [6]), P(7, [8])]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c[3] is a[3], c[4].y is a[4].y, c)
t = (1, 2, "x"); print(copy.deepcopy(t) is t, copy.copy(t) is t)
fs = frozenset([1, 2]); print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs))
r = [1]; r.append(r); d = copy.deepcopy(r); print(d[1] is d, d is not r)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(St()).v, copy.deepcopy(St()).v)
class L(list): pass
class D(dict): pass
l = L([1, [2]]); l.attr = 'a'; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.attr, l2[1] is l[1])
dd = D(a=[1]); print(copy.copy(dd), type(copy.deepcopy(dd)).__name__)
print(copy.copy(3+4j), copy.deepcopy({1, 2}), copy.copy(bytearray(b'ab')), copy.deepcopy(range(3)))
def g(): yield 1
try: copy.copy(g())
except TypeError as e: print("TypeError", e)
try: copy.deepcopy(g())
except TypeError as e: print("TypeError", e)
import types
m = types.MethodType(lambda self: self, [1])
print(copy.deepcopy(m)() == [1])
print(copy.Error, copy.error is copy.Error, copy.__all__)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
print(copy.copy(slice(1, 2)), copy.deepcopy(slice(1, [2])))
class I(int): pass
i = I(5); i.z = 1; j = copy.copy(i); print(j, type(j).__name__, j.z)

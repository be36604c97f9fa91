# collections.abc: isinstance for builtin types, hooks, mixins, registration.
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Set, MutableSet

cases = [[], (), {}, set(), frozenset(), 'x', b'x', range(3), iter([]), 3, None, (x for x in []), len, [].append]
abcs = [cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container, cabc.Hashable, cabc.Callable, cabc.Collection,
        cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping, cabc.Set, cabc.MutableSet,
        cabc.Reversible, cabc.Generator]
for obj in cases:
    print(type(obj).__name__, ''.join('1' if isinstance(obj, a) else '.' for a in abcs))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.ItemsView), isinstance({}.values(), cabc.ValuesView))
print(cabc.Mapping, cabc.Sequence.__module__, issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence))

class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
s = Seq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, cabc.Reversible))

class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2); m.setdefault('c', 3)
print(dict(m), m.get('z'), 'a' in m, m.pop('a'), m.popitem(), list(m.keys()), list(m.items()), list(m.values()), m == {'c': 3})
print(type(m.keys()).__name__, isinstance(m, dict))

class S(Set):
    def __init__(self, it): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = S('abc'), S('bcd')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S('abcd'), a == S('cba'), a.isdisjoint('xyz'))

class NoHash:
    __hash__ = None
class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(NoHash(), Hashable), isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), cabc.Collection))

class MyABC(Iterable):
    pass
try:
    MyABC()
except TypeError as e:
    print(e)
try:
    Mapping()
except TypeError as e:
    print(e)
class Virtual: pass
Sized.register(Virtual)
print(isinstance(Virtual(), Sized), issubclass(Virtual, Sized))
try:
    Sized.register(3)
except TypeError as e:
    print(e)

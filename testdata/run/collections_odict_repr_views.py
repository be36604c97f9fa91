# An OrderedDict prints itself as "..." inside itself (odict_repr has its own
# recursion guard), and its views are odict_keys, odict_values, odict_items.
from collections import OrderedDict
od = OrderedDict()
od['self'] = od
print(repr(od))
od2 = OrderedDict(a=1, b=[od])
print(od2)
print(OrderedDict())
o = OrderedDict(x=1, y=2)
for v in (o.keys(), o.values(), o.items()):
    print(repr(v), type(v).__name__, type(v).__qualname__, type(v).__module__, list(reversed(v)), len(v))
print(OrderedDict().keys(), OrderedDict().values(), OrderedDict().items())
print(o.keys() == {'x', 'y'}, o.keys() & {'x'}, sorted(o.items() | {(0, 0)}, key=repr), sorted(o.items() ^ OrderedDict(x=1, z=3).items()), o.keys() - {'x'})
print(isinstance(o.keys(), type({}.keys())), issubclass(type(o.values()), type({}.values())))
class Sub(OrderedDict): pass
s = Sub(a=1)
s['me'] = s
print(s, s.keys(), s.values())
r = OrderedDict(); r['v'] = r.values(); print(r)
r = OrderedDict(); r['k'] = r.items(); print(r)
print(type(o.keys()))
print(type(o.keys()).__mro__)
print(o.values().mapping if hasattr(o.values(), 'mapping') else None)
class R(OrderedDict):
    def __repr__(self):
        return "R!"
print(R(a=1), [R()], OrderedDict(r=R()))
print(OrderedDict.__repr__(R(a=R())))
d = {}
d['od'] = OrderedDict(d=d)
print(d)
print(OrderedDict.keys, OrderedDict.__repr__.__name__)

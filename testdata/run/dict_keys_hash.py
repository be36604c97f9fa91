class Key:
    def __init__(self, name): self.name = name
    def __hash__(self): return hash(len(self.name))
    def __eq__(self, other): return isinstance(other, Key) and self.name == other.name
    def __repr__(self): return f'Key({self.name!r})'
d = {Key('ab'): 1, Key('cd'): 2, Key('abc'): 3}
print(d[Key('cd')], len(d), Key('ab') in d, Key('zz') in d)
d[(1, 2)] = 'tuple'
d[frozenset([1])] = 'frozen'
d[None] = 'none'
d[3.0] = 'float'
print(d[3], d[(1, 2)], d[frozenset({1})], d[None])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(e)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)

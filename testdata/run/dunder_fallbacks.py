class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
o = OnlyGetitem()
print(list(o), 20 in o, 25 in o, list(reversed([*o])), sorted(o, reverse=True))
class OnlyIter:
    def __iter__(self):
        yield from 'abc'
print('b' in OnlyIter(), 'z' in OnlyIter(), list(enumerate(OnlyIter())))
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) in [OnlyEq(0), OnlyEq(1)])
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f'L{self.v}'
print(OnlyLt(2) > OnlyLt(1), sorted([OnlyLt(3), OnlyLt(1)]), max(OnlyLt(1), OnlyLt(5)))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
class OnlyLen:
    def __len__(self): return 0
print(bool(OnlyLen()), not OnlyLen())
class NoContainsNoIter:
    pass
try:
    1 in NoContainsNoIter()
except TypeError as e:
    print(e)
class RaddOnly:
    def __radd__(self, other): return f'radd({other})'
print(sum([RaddOnly()]), 5 + RaddOnly())
class IndexOnly:
    def __index__(self): return 2
print('abc'[IndexOnly()], [1, 2, 3][:IndexOnly()], int(IndexOnly()), float(IndexOnly()) if hasattr(float, '__index__') else 'n/a')

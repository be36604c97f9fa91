class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], 'abcdef'[Idx(1):Idx(4)], hex(Idx(255)), bin(i), oct(i), range(Idx(3)), i.__index__())
print(bytes(Idx(3)), [0] * Idx(2), 'ab' * Idx(2))
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return f'round({n})'
    def __trunc__(self): return 3
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class H:
    def __hash__(self): return 12345
print(hash(H()))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Sized:
    def __length_hint__(self): return 5
print(len(list(iter([1, 2]))))
class Dir:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(Dir()))

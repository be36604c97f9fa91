# Generated comparisons and hashes with NaN fields, fields of mixed
# types and unhashable fields: they behave as tuples of the fields do.
from dataclasses import dataclass, field, replace

nan = float('nan')


@dataclass(order=True, frozen=True)
class P:
    x: object
    y: object = 0


a, b = P(nan, 1), P(nan, 2)
print(a == a, a == b, a < b, (nan, 1) < (nan, 2), a <= a, P(1, nan) == P(1, nan))
n = P(nan)
print(n == n, [n] == [n], (nan,) == (nan,), n != n)
print(P(1, 'a') < P(2, 0), P(1.0, 2) == P(1, 2.0), hash(P(1.0, 2)) == hash(P(1, 2.0)))
for left, right in ((P(1, 'a'), P(1, 2)), (P('a'), P(1)), (P(None), P(None))):
    try:
        print(left < right)
    except TypeError as e:
        print('TypeError:', e)
print(P(1) == 1, P(1).__lt__(1), P(1).__eq__((1, 0)))
try:
    P(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)
for v in ([1], {1: 2}, {1}):
    try:
        hash(P(v))
    except TypeError as e:
        print('TypeError:', e)
print(hash(P((1, 2))) == hash(((1, 2), 0)), hash(P(1, 2)) == hash((1, 2)))


@dataclass(order=True)
class R:
    v: object
    log: list = field(default_factory=list, compare=False)


class Loud:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print('eq', self.k, other.k)
        return self.k == other.k

    def __lt__(self, other):
        print('lt', self.k, other.k)
        return self.k < other.k


items = [R(Loud(k)) for k in (3, 1, 2)]
print([r.v.k for r in sorted(items)])
print(replace(R(5), v=6), replace(P(1, 2), y=3))
try:
    replace(P(1), z=2)
except TypeError as e:
    print('TypeError:', e)

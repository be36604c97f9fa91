# The generated __eq__/__lt__/__le__/__gt__/__ge__ compare the compared
# fields as tuples do: identity before ==, the first unequal field
# decides with the operator, then the number of fields; NaN, fields whose
# comparisons raise or return non-bools, no fields, NotImplemented for
# other classes, and a traceback through the generated method.
import math
from dataclasses import dataclass, field


@dataclass(order=True)
class P:
    x: object
    y: object = 0
    note: str = field(default="", compare=False)


nan = float("nan")
print(P(nan) == P(nan), P(nan, 1) == P(nan, 1))
p = P(nan)
print(p == p, p <= p, p < p)
print(P(1, 2) < P(1, 3), P(1, 3) < P(1, 2), P(1, 2) <= P(1, 2), P(2, 0) > P(1, 9), P(1, 2) >= P(1, 2))
print(P(1, "a") == P(1, "a", note="other"), P(1) != P(2))
print(sorted([P(3, 1), P(1, 2), P(1, 1), P(2, 5)]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return "yes" if self.v < other.v else ""

    def __repr__(self):
        return f"Loud({self.v})"


print(P(Loud(1), Loud(2)) < P(Loud(1), Loud(3)))
print(P(Loud(1), Loud(2)) == P(Loud(1), Loud(2)))
print(P(Loud(1), Loud(5)) > P(Loud(2), Loud(0)))


@dataclass(order=True)
class Empty:
    pass


print(Empty() == Empty(), Empty() < Empty(), Empty() <= Empty())


@dataclass
class Q:
    x: int


print(P(1) == Q(1), P(1).__eq__(Q(1)), P(1).__lt__(1))
try:
    P(1) < Q(1)
except TypeError as e:
    print(e)


class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")


try:
    P(Bad()) == P(Bad())
except ValueError as e:
    print("ValueError", e)
try:
    P(1, [1]) < P(1, "s")
except TypeError as e:
    print(e)


@dataclass(frozen=True, order=True)
class K:
    a: int
    b: int


print(K(1, 2) < K(1, 3), hash(K(1, 2)) == hash((1, 2)), K(1, 2) == K(1, 2))
print(P(None, 1) < P(None, 2), P(math.inf) > P(1e308))
P(1, {}) < P(1, {})


@dataclass(frozen=True)
class H:
    a: object
    b: object = "x"


@dataclass(frozen=True)
class H0:
    pass


print(hash(H(1)) == hash((1, "x")), hash(H(-1, -1)) == hash((-1, -1)), hash(H0()) == hash(()))
print(hash(H((1, 2), 3.5)) == hash(((1, 2), 3.5)), len({H(1), H(1), H(2)}))
print(H.__hash__.__qualname__, P.__lt__.__qualname__, P.__eq__.__name__)
try:
    hash(H([1]))
except TypeError as e:
    print(e)
hash(H(1, {}))

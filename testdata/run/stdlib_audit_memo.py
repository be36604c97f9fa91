# A memoizing puzzle solver built on functools: lru_cache and cache with
# their statistics, partial and partialmethod, reduce, total_ordering,
# singledispatch, cached_property, wraps, cmp_to_key.
import functools
from functools import lru_cache, partial, reduce


@lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways.cache_info())
ways.cache_clear()
print(ways.cache_info(), ways.__wrapped__.__name__, ways.cache_parameters())


@lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1]:
    square(x)
print(square.cache_info())
print(square(2.0), square(2), square.cache_info().hits)


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info(), kind.cache_parameters())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def bare(a, b=2, *, c=3):
    return a + b + c


print(bare(1), bare(1, b=2), bare(1, 2), bare(a=1), bare.cache_info())
try:
    bare([1])
except TypeError as e:
    print("TypeError", e)
print(lru_cache(maxsize=0)(lambda x: x)(5))
try:
    lru_cache(maxsize="3")
except TypeError as e:
    print("TypeError", e)


# knapsack with an explicit memo keyed on a tuple
items = [(12, 4), (2, 2), (1, 1), (4, 10), (1, 2)]


@lru_cache(maxsize=None)
def best(i, cap):
    if i == len(items):
        return 0, ()
    w, v = items[i]
    skip = best(i + 1, cap)
    if w > cap:
        return skip
    val, chosen = best(i + 1, cap - w)
    take = (val + v, (i,) + chosen)
    return max(skip, take)


print(best(0, 15), best.cache_info().currsize)

power = partial(pow, exp=2)
cube = partial(pow, exp=3)
print(power(7), cube(2), power.func is pow, power.args, power.keywords)
p2 = partial(partial(max, 3), 9, key=abs)
print(p2(-20), p2.args, p2.keywords, repr(partial(int, base=2)))
print(partial(int, "101", base=2)(), partial(sorted, key=len)(["ccc", "a", "bb"]))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)


class Cell:
    def __init__(self):
        self.state = None

    def set(self, value):
        self.state = value

    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False)


c = Cell()
c.on()
print(c.state, end=" ")
c.off()
print(c.state)

print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(1, [1, 2])
except TypeError as e:
    print("TypeError", e)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9.9"))
try:
    Version("1.0") <= 3
except TypeError as e:
    print("TypeError", e)


def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi"], key=functools.cmp_to_key(compare)))
K = functools.cmp_to_key(compare)
print(K("ab") < K("abc"), K("b") == K("b"))


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


@describe.register(bool)
def _(obj):
    return f"bool {obj}"


print(describe(3), describe(True), describe("s"), describe([1, False, 2.5]))
print(describe.dispatch(float).__name__, sorted(k.__name__ for k in describe.registry))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return round(3.14159 * self.r ** 2, 3)


ci = Circle(2)
print(ci.area, ci.area, "area" in vars(ci))
del ci.area
print(ci.area)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def documented(x):
    """Return x doubled."""
    return 2 * x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__qualname__, documented(4))
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)

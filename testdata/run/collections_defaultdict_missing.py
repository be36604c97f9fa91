# defaultdict's __missing__: the factory's value is stored and returned,
# a factory that raises leaves no entry, a None factory raises
# KeyError(key) from the subscript itself, and subclasses may override
# __missing__ or __setitem__.
from collections import defaultdict

d = defaultdict(int)
for w in "a b a c b a".split():
    d[w] += 1
print(sorted(d.items()))

groups = defaultdict(list)
for n in range(10):
    groups[n % 3].append(n)
print(dict(groups))

calls = []
def factory():
    calls.append(1)
    if len(calls) == 2:
        raise ValueError("factory failed")
    return len(calls)

d = defaultdict(factory)
print(d["x"], d["x"])
try:
    d["y"]
except ValueError as e:
    print("ValueError:", e, "y" in d)
print(d["z"], sorted(d))

d = defaultdict(None)
for key in (1, (1, 2), "k", None):
    try:
        d[key]
    except KeyError as e:
        print(repr(e), e.args)
print(d.get("k"), "k" in d, len(d))

d = defaultdict(lambda: "v")
print(d.__missing__("direct"), dict(d))
try:
    d.__missing__()
except TypeError as e:
    print("TypeError:", e)
print(defaultdict.__missing__)

d = defaultdict(int)
d.default_factory = list
d[1].append(2)
d.default_factory = None
try:
    d[2]
except KeyError as e:
    print("KeyError", e)
print(dict(d))


class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value * 10)


d = Logged(lambda: 4)
print(d["a"], d["a"])


class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2


d = Missing(int)
print(d[21], len(d))


class GoMissing(dict):
    __missing__ = dict.get  # a method in Go of the dict's own type


print(GoMissing()[1], list(reversed(defaultdict(int, {1: 2, 3: 4}))))

d = defaultdict(None)
d["missing"]

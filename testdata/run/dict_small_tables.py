# Dicts around the size where they gain a hash index (small dicts are
# scanned linearly): insertion order, deletion holes, re-insertion, equal
# keys of different types, colliding hashes, __eq__ that mutates the dict,
# popitem, copies, and mutation during iteration.
for n in range(0, 20):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    for i in range(0, n, 3):
        del d["k%d" % i]
    for i in range(0, n, 6):
        d["k%d" % i] = -i
    assert all(d["k%d" % i] == (i if i % 3 else -i) for i in range(n) if i % 6 == 0 or i % 3)
    print(n, len(d), list(d)[:6], "k5" in d, d.get("k0"), d.copy() == d)

d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0: 0, False: 1, 0.0: 2})


class Same:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Same) and self.name == other.name

    def __repr__(self):
        return "Same(%s)" % self.name


d = {Same(c): c for c in "abcdefghijkl"}
print(len(d), d[Same("k")], Same("z") in d)
for c in "acegik":
    del d[Same(c)]
print(list(d.values()))


class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
        return False


for size in (3, 12):
    d = {Mutator(None): 0}
    for i in range(size):
        d[i * 64 + 1] = i
    probe = Mutator(d)
    print(size, probe in d, len(d))

for size in (4, 8, 9, 16):
    d = dict.fromkeys(range(size))
    try:
        for k in d:
            d[k + 100] = 1
    except RuntimeError as e:
        print(size, e)
    d = dict.fromkeys(range(size))
    try:
        for k in d:
            del d[k]
    except RuntimeError as e:
        print(size, e, len(d))
    d = dict.fromkeys("abcdefghij"[:size])
    out = []
    while d:
        out.append(d.popitem()[0])
    print(size, "".join(out))


class P:
    pass


objs = []
for n in (1, 5, 8, 9, 10, 20):
    p = P()
    for i in range(n):
        setattr(p, "a%d" % i, i)
    del p.a0
    p.a0 = "again"
    objs.append(p)
    print(n, list(vars(p))[-3:], p.a0, getattr(p, "a%d" % (n - 1)))
kw = (lambda **k: k)(**{"x%d" % i: i for i in range(10)})
print(kw, {**kw, "x3": 33} == {**kw, "x3": 33})

# Small int keys meet equal keys of other types: True == 1 == 1.0, big
# ints and int subclasses of the same hash, floats. Kiln probes small int
# keys by their bits (dict_intkey.go) and must give CPython's answers.
import sys
from collections import defaultdict, Counter

d = {True: "t", 2.0: "two", 3: "three"}
print(d[1], d.get(1), 1 in d, d[2], 2 in d, d.get(2.5), 0 in d, d.get(False, "none"))
d[1] = "one"
d[2] = "deux"
print(d, len(d))
d[False] = "f"
print(d[0], 0 in d, d.pop(0), d)

M = sys.hash_info.modulus
big = {M + 5: "big"}
print(hash(M + 5) == hash(5), 5 in big, big.get(5), (M + 5) in big)
big[5] = "small"
print(sorted(big.items()))


class MyInt(int):
    calls = 0

    def __eq__(self, other):
        MyInt.calls += 1
        return int(self) == other

    __hash__ = int.__hash__


m = {MyInt(7): "mine"}
print(7 in m, m[7], m.get(7), MyInt.calls)
m[7] = "replaced"
print(list(m.items()), type(next(iter(m))).__name__, MyInt.calls)


class Liar:
    def __hash__(self):
        return 11

    def __eq__(self, other):
        print("eq called with", other)
        return other == 11


liar = {Liar(): "liar", 12: "twelve"}
print(11 in liar, liar.get(11), liar[12], 13 in liar)

# Many keys, deletions, negative and large ints, -1 (hash -2).
big_d = {}
for i in range(-50, 3000):
    big_d[i * 37] = i
for i in range(0, 3000, 3):
    del big_d[i * 37]
print(len(big_d), big_d.get(-1), -37 in big_d, big_d.get(37 * 2999), big_d.get(37 * 2997, "gone"))
neg = {-1: "m1", -2: "m2", 2**62: "huge", -(2**63): "min"}
print(neg[-1], neg[-2], neg[2**62], neg[-(2**63)], hash(-1), hash(-2), -3 in neg)

dd = defaultdict(list)
for w in ["a", "bb", "cc", "ddd", "e"]:
    dd[len(w)].append(w)
print(sorted(dd.items()), dd[4], 4 in dd, 5 in dd)
c = Counter([1, 2, 2, True, 3.0, 3])
print(c, c[1], c[3], c[4], c.most_common(2))
try:
    {1: 2}[2]
except KeyError as e:
    print("KeyError", e)


# Subclasses that define [] , in or []= themselves, also after the fact.
class Logged(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return dict.__getitem__(self, k)

    def __contains__(self, k):
        print("contains", k)
        return dict.__contains__(self, k)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)


lg = Logged({1: "a"})
lg[2] = "b"
print(lg[1], 2 in lg, 3 not in lg, lg)


class Plain(dict):
    pass


p = Plain({1: "x"})
for i in range(3):
    p[i] = p.get(i, "") + "y"
    print(p[i], i in p, (i + 10) in p)
Plain.__getitem__ = lambda self, k: "patched %r" % (k,)
Plain.__contains__ = lambda self, k: k == 99
Plain.__setitem__ = lambda self, k, v: print("patched set", k, v)
p[5] = "z"
print(p[1], 1 in p, 99 in p, dict(p))
del Plain.__getitem__, Plain.__contains__, Plain.__setitem__
p[5] = "w"
print(p[1], 1 in p, 99 in p, p[5])


class Missing(dict):
    def __missing__(self, k):
        return "missing %r" % (k,)


ms = Missing({1: "one"})
print(ms[1], ms[2], 2 in ms, ms)
ms[2] = "two"
print(ms[2], ms.get(3), ms)

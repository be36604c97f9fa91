# Instances whose attribute dict is allocated with the object, sized by
# what earlier instances held: dicts that grow past that size, shrink,
# are replaced or shared, and instances whose class gains a __del__
# through __class__ assignment (the dict then moves out of the block).
import gc


class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)


for n in (0, 1, 2, 3, 5, 8, 9, 12, 3, 0, 20, 2):
    ps = [P(n) for _ in range(3)]
    for p in ps:
        p.extra = n
    print(n, [sorted(vars(p)) == sorted([f"a{i}" for i in range(n)] + ["extra"]) for p in ps],
          ps[0].__dict__.get("a1"), ps[-1].extra)

p = P(3)
d = p.__dict__
del p.a0
p.a0 = "back"
print(list(d), d is p.__dict__)
p.__dict__ = {"z": 1}
print(vars(p), list(d))
d["q"] = 2
print(hasattr(p, "q"), vars(p))

log = []


class WithDel:
    def __del__(self):
        log.append(sorted(vars(self).items()))


q = P(4)
q.tag = "moved"
q.__class__ = WithDel
print(type(q).__name__, q.a2, q.tag)
q.later = 5
del q
gc.collect()
print(log)


class Direct:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __del__(self):
        log.append(("direct", self.x + self.y))


log.clear()
objs = [Direct() for _ in range(4)]
objs[0].self = objs[0]
del objs
gc.collect()
print(sorted(log))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Cmp({self.v})"


xs = [Cmp(v) for v in (3, 1, 2)]
print(sorted(xs), Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), len({Cmp(1), Cmp(1)}))
Cmp.__lt__ = lambda self, other: self.v > other.v
print(sorted(xs))
del Cmp.__lt__
try:
    sorted(xs)
except TypeError as e:
    print(e)


class Sub(Cmp):
    def __eq__(self, other):
        return "sub"


print(Sub(1) == Sub(2), Sub(1) == Cmp(1), Cmp(1) == Sub(1))
print(getattr(xs[0], "v"), getattr(xs[0], "nope", "default"), hasattr(xs[0], "v"), hasattr(xs[0], "w"))


class S(str):
    pass


print(getattr(xs[0], S("v")), hasattr(xs[0], S("v")))
try:
    getattr(xs[0], "missing")
except AttributeError as e:
    print(e)

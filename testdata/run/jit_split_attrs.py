# Compiled loops over split-keys instances (jit/record_split.go): reads
# and stores of ints, floats, bools, None and objects at a value's
# position, guarded by the class, a null dict word and the count; and
# every way out: an attribute changing kind in the middle of a loop, an
# instance making its real dict (vars(), an attribute out of order) in
# the middle, a missing attribute raising inside, an int overflowing, a
# method shadowed by an attribute added while the loop runs.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.flag = False
        self.link = None


def walk(vs, n):
    s = 0.0
    for i in range(n):
        v = vs[i % len(vs)]
        s += v.x * v.y
        v.x += 1
        v.flag = not v.flag
        if v.link is None:
            s += 1
    return s


vs = [V(i, 0.5) for i in range(8)]
print(walk(vs, 4000), [v.x for v in vs], [v.flag for v in vs][:3])

# A value changing kind in the middle of the loop.
def kinds(vs, n):
    s = 0
    for i in range(n):
        v = vs[i % len(vs)]
        if i == n // 2:
            v.x = 1.5
        s += v.x
    return s


print(kinds([V(i, 0) for i in range(4)], 3000))

# Instances making their dict in the middle of the loop.
def dicts(vs, n):
    s = 0
    for i in range(n):
        v = vs[i % len(vs)]
        if i == 1000:
            vars(v)
        if i == 1500:
            vs[1].__dict__['x'] = 100
        if i == 2000:
            w = V.__new__(V)
            w.y = 2
            w.x = 1
            w.flag = True
            w.link = None
            vs[2] = w
        s += v.x + v.y
        v.y += 1
    return s


ds = [V(i, i) for i in range(4)]
print(dicts(ds, 3000), [vars(v) for v in ds])

# A missing attribute inside the loop.
def missing(vs, n):
    s = 0
    for i in range(n):
        v = vs[i % len(vs)]
        try:
            s += v.x + v.extra
        except AttributeError as exc:
            s += 1
            if i == 5:
                print('AttributeError:', exc)
        if i == 2000:
            vs[0].extra = 10
    return s


print(missing([V(i, 0) for i in range(4)], 3000))

# An int attribute overflowing.
def grow(v, n):
    for i in range(n):
        v.x = v.x * 3 + 1
    return v.x


print(grow(V(1, 0), 60) % 1000003)

# Objects in attributes: a linked chain rewired while walking it.
def chain(n):
    nodes = [V(i, 1) for i in range(10)]
    for a, b in zip(nodes, nodes[1:]):
        a.link = b
    total = 0
    for i in range(n):
        a = nodes[i % 9]
        b = a.link
        total += b.x
        a.link, b.link = b.link, a
        a.link = b
    return total


print(chain(3000))

# A method shadowed by an attribute added while the loop runs.
class M:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def methods(ms, n):
    s = 0
    for i in range(n):
        m = ms[i % len(ms)]
        if i == 2000:
            ms[1].get = lambda: 1000
        s += m.get()
    return s


print(methods([M(i) for i in range(3)], 3000))

# Subclasses with their own names, polymorphic in one loop.
class Base:
    def __init__(self):
        self.a = 1


class Sub1(Base):
    def __init__(self):
        self.b = 2
        super().__init__()


class Sub2(Base):
    def __init__(self):
        super().__init__()
        self.b = 3


def poly(objs, n):
    s = 0
    for i in range(n):
        o = objs[i % len(objs)]
        s += o.a
        o.a += 1
    return s


objs = [Base(), Sub1(), Sub2(), Sub1(), Sub2()]
print(poly(objs, 3000), [vars(o) for o in objs])

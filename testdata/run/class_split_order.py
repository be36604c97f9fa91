# Split-keys instances (vm/runtime/instance_split.go): attributes added in
# the class's order stay in the instance's block; out of order, past the
# class's names, or past the room learnt, the instance makes its real
# dict. Every path must read and write the same attributes either way.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
print(a.x, a.y, b.x, b.y, vars(a))

# Out of the class's order: y first.
c = P.__new__(P)
c.y = 10
c.x = 20
print(c.x, c.y, vars(c), list(vars(c)))

# More attributes than the first instances had, then the next instance.
d = P(5, 6)
d.z = 7
d.w = 8
print(d.x, d.y, d.z, d.w, vars(d))
e = P(9, 9)
print(vars(e), hasattr(e, 'z'))
e.z = 1
print(vars(e))

# Many attributes: past the names a split instance can hold.
class Wide:
    pass


w = Wide()
for i in range(24):
    setattr(w, f'a{i}', i)
print(len(vars(w)), w.a0, w.a23, getattr(w, 'a12'))
w2 = Wide()
for i in range(24):
    setattr(w2, f'a{i}', -i)
print(sum(vars(w2).values()))

# setattr in __init__ against later, and replacing values.
class Q:
    def __init__(self):
        setattr(self, 'first', 1)

    def later(self):
        self.second = 2
        self.first += 10


qs = [Q() for _ in range(3)]
qs[1].later()
print([vars(q) for q in qs])
qs[2].second = 'x'
qs[2].first = None
print(vars(qs[2]), qs[2].first, qs[2].second)

# getattr with defaults, hasattr, AttributeError messages.
print(getattr(a, 'nope', 'default'), hasattr(a, 'x'), hasattr(a, 'nope'))
try:
    a.nope
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    del a.nope
except AttributeError as exc:
    print('AttributeError:', exc)

# Two classes and a subclass: each has its own names.
class A:
    def __init__(self):
        self.p = 1
        self.q = 2


class B:
    def __init__(self):
        self.q = 3
        self.p = 4


class C(A):
    def __init__(self):
        self.r = 0
        super().__init__()


objs = [A(), B(), C(), A(), B(), C()]
print([vars(o) for o in objs])
print([(o.p, o.q) for o in objs], objs[2].r)

# A str subclass as an attribute name, and a name made at run time.
class S(str):
    pass


t = P(1, 2)
setattr(t, S('y'), 30)
setattr(t, ''.join(['x']), 40)
print(vars(t), type(list(vars(t))[0]).__name__)

# Methods shadowed by instance attributes, before and after.
class M:
    def __init__(self):
        self.v = 1

    def get(self):
        return 'method'


m1, m2 = M(), M()
m2.get = lambda: 'attribute'
print(m1.get(), m2.get(), M().get())

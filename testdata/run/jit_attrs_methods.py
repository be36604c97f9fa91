# Instance attributes and method calls in compiled loops: attributes read
# from the instance dict, small methods inlined, and every way the guards
# can fail (another class, another attribute order, a value of another
# kind, a class attribute added or rebound, an instance attribute
# shadowing a method, a deleted attribute, an exception in a method).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return self.x * k


class Q(P):
    pass


def attr_sum(ps):
    s = 0.0
    for p in ps:
        s += p.x + p.y
    return s


def method_sum(ps):
    s = 0.0
    for p in ps:
        s += p.norm2() + p.scaled(2.0)
    return s


def make(n):
    return [P(i * 0.5, 1.5) for i in range(n)]


ps = make(3000)
print(attr_sum(ps), method_sum(ps))

ps = make(3000)
ps[2500].x = 3  # an int among floats
print(attr_sum(ps), method_sum(ps))

ps = make(3000)
ps[2600] = Q(1.0, 2.0)  # a subclass
print(attr_sum(ps), method_sum(ps))

ps = make(3000)
odd = P.__new__(P)
odd.y = 1.0  # attributes in the other order
odd.x = 2.0
ps[2700] = odd
print(attr_sum(ps), method_sum(ps))

ps = make(3000)
ps[2800].norm2 = lambda: 100.0  # shadows the method
print(attr_sum(ps), method_sum(ps))

ps = make(3000)
old = P.norm2
P.norm2 = lambda self: 1.0  # the class attribute rebound
print(method_sum(ps))
P.norm2 = old
P.x = 7.0  # a class attribute of the name of an instance attribute
print(attr_sum(ps), method_sum(ps))
del P.x
print(attr_sum(ps))

ps = make(3000)
del ps[2900].y
try:
    attr_sum(ps)
except AttributeError as e:
    print("AttributeError:", e)


class R:
    def __init__(self, v):
        self.v = v

    def inv(self):
        return 1 / self.v


def inv_sum(rs):
    s = 0.0
    for r in rs:
        s += r.inv()
    return s


print(inv_sum([R(2.0)] * 3000))
try:
    inv_sum([R(2.0)] * 3000 + [R(0.0)])
except ZeroDivisionError:
    import traceback
    traceback.print_exc()


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Dyn:
    def __getattr__(self, name):
        return 1.0


class Prop:
    @property
    def a(self):
        return 2.0


def a_sum(xs):
    s = 0.0
    for x in xs:
        s += x.a
    return s


print(a_sum([Slotted(1.0)] * 2000), a_sum([Dyn()] * 2000), a_sum([Prop()] * 2000))


# Attribute stores: an int or a float replacing one of the same kind.
class Acc:
    def __init__(self, x):
        self.x = x
        self.n = 0

    def bump(self, k):
        self.x /= k
        self.n += 1


def bump_all(accs):
    for a in accs:
        a.bump(2.0)


accs = [Acc(float(i)) for i in range(3000)]
bump_all(accs)
bump_all(accs)
print(sum(a.x for a in accs), sum(a.n for a in accs))
accs[2000].x = 5  # an int now: the kind guard fails, the interpreter stores
accs[2100].n = 2**62  # the add overflows into a big int
accs[2200].n = True
bump_all(accs)
print(sum(a.x for a in accs), sum(a.n for a in accs), accs[2000].x, accs[2100].n, accs[2200].n)
d = vars(accs[5])
bump_all(accs)
print(d, accs[5].__dict__ is d)


class Watched:
    def __init__(self):
        self.v = 0

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if name == "v" else value)


def count_up(ws):
    for w in ws:
        w.v += 1


ws = [Watched() for i in range(2000)]
count_up(ws)
count_up(ws)
print(sum(w.v for w in ws))

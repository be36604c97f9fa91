# weakref.ref and proxy: identity sharing, callbacks, hash and equality,
# the types that refuse weak references, and errors.
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def m(self):
        return self.n


def make_refs(log):
    c = C(1)
    r1 = weakref.ref(c)
    r2 = weakref.ref(c)
    r3 = weakref.ref(c, lambda r: log.append('cb3'))
    r4 = weakref.ref(c, lambda r: log.append('cb4'))
    print(r1 is r2, r3 is r4, r1() is c, weakref.getweakrefcount(c))
    refs = weakref.getweakrefs(c)
    print([r is r1 for r in refs], [r is r3 for r in refs], [r is r4 for r in refs])
    print(r3.__callback__ is not None, r1.__callback__)
    print(hash(r1) == hash(1), r1 == r3)
    return r1, r3, r4


log = []
r1, r3, r4 = make_refs(log)
gc.collect()
print(log, r1(), r3(), r3.__callback__, weakref.getweakrefcount(r1))
print(r1 == r1, r1 == r3, r1 != r3, hash(r1) == hash(1))

dead = weakref.ref(C(3))
gc.collect()
try:
    hash(dead)
except TypeError as e:
    print('TypeError', e)

a, b = C(2), C(2)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, ra == 1, ra == weakref.proxy(a))
try:
    ra < rb
except TypeError as e:
    print('TypeError', e)
print(bool(ra), ra.__callback__)
try:
    ra.__callback__ = 1
except AttributeError as e:
    print('AttributeError', e)

for args in [(), (a, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    weakref.ref(a, callback=None)
except TypeError as e:
    print('TypeError', e)


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class FromSlotted(Slotted):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


def f():
    pass


def g():
    yield 1


for obj in [1, 1.5, 1j, True, None, 'a', b'a', bytearray(), (), [], {}, set(), frozenset(),
            object(), C(0), Slotted(), SlottedWeak(), FromSlotted(), MyInt(1), MyTuple(),
            MyList(), MyStr(), f, len, C, int, g(), range(3), slice(1), property(),
            iter([]), NotImplemented, ValueError(), enumerate([]), {}.keys()]:
    try:
        weakref.ref(obj)
        result = 'ok'
    except TypeError as e:
        result = str(e)
    print(type(obj).__name__, result)
for bad in [weakref.proxy, weakref.getweakrefcount, weakref.getweakrefs]:
    try:
        print(bad(1))
    except TypeError as e:
        print('TypeError', e)

print(weakref.ref, weakref.ReferenceType is weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.ref.__name__, weakref.ref.__module__, weakref.ProxyTypes)
print(repr(weakref.ref(a)).startswith('<weakref at 0x'), "; to 'C' at 0x" in repr(weakref.ref(a)))
print("; to 'function' at 0x" in repr(weakref.ref(f)), repr(weakref.ref(f)).endswith(' (f)>'))
print(repr(dead).endswith('; dead>'))


class R(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


class RN(weakref.ref):
    __slots__ = ('extra',)

    def __new__(cls, ob, extra):
        self = super().__new__(cls, ob)
        self.extra = extra
        return self

    def __init__(self, ob, extra):
        super().__init__(ob)


rr = R(a, None)
rr.tag = 'tagged'
rn = RN(a, 7)
print(rr.tag, rr() is a, rr is weakref.ref(a), rn.extra, rn() is a, R.__mro__)
gc.collect()
print(isinstance(rr, weakref.ref), weakref.getweakrefcount(a))


def order():
    x = C(5)
    names = {}

    def mk(n, cb=True):
        r = weakref.ref(x, (lambda r: print('callback', n)) if cb else None)
        names[id(r)] = n
        return r

    p = weakref.proxy(x)
    names[id(p)] = 'proxy'
    keep = [mk('cb1'), mk('plain', False), mk('cb2'), mk('cb3')]
    print([names[id(r)] for r in weakref.getweakrefs(x)])
    return keep, p


keep = order()
gc.collect()
print([r() for r in keep[0]])


class Failing:
    def __call__(self, r):
        raise ValueError('in callback')

    def __repr__(self):
        return '<Failing>'


failing = Failing()


def drop_with_failing_callback():
    x = C(9)
    return weakref.ref(x, failing)


fr = drop_with_failing_callback()
gc.collect()
print('after failing callback', fr())

# obj.method(args) on builtin types and their subclasses, with each call
# site run many times so that its method cache is warm before the type,
# the instance dict or the class dict changes under it.
from collections import deque, OrderedDict


def push(q, v):
    q.append(v)
    return q


def first_keys(objs):
    out = []
    for o in objs:
        out.append(o.copy())
    return out


class PlainList(list):
    pass


class LoudList(list):
    def append(self, v):
        list.append(self, v * 10)


class CountingDeque(deque):
    calls = 0

    def append(self, v):
        CountingDeque.calls += 1
        super().append(v)


# One site, many receiver types: list, deque, subclasses with and without
# an override, interleaved.
objs = [[], deque(), PlainList(), LoudList(), CountingDeque()]
for i in range(300):
    push(objs[i % len(objs)], i)
for o in objs:
    print(type(o).__name__, len(o), list(o)[:4])
print("CountingDeque.calls", CountingDeque.calls)

# An instance attribute shadows the method on a Python subclass of list,
# after the site has run with the plain method; then it is deleted.
p = PlainList()
for i in range(100):
    push(p, i)
p.append = lambda v: print("shadowed append", v)
push(p, 1000)
del p.append
push(p, 1001)
print(len(p), p[-1])

# A class attribute added to the subclass after the site is warm, then
# removed: the inherited list.append comes back.
q = PlainList()
for i in range(100):
    push(q, i)
PlainList.append = lambda self, v: print("class append", v)
push(q, 7)
del PlainList.append
push(q, 8)
print(len(q), q[-1])

# __getattribute__ on a subclass of dict sees every method lookup.
class Watched(dict):
    def __getattribute__(self, name):
        if name == "get":
            return lambda k, d=None: ("watched", k)
        return super().__getattribute__(name)


def lookup(d, k):
    return d.get(k, 0)


ds = [{1: 2}, Watched({1: 2}), OrderedDict({1: 3})]
res = []
for i in range(90):
    res.append(lookup(ds[i % 3], 1))
print(res[:6])

# Descriptors in place of methods on subclasses: property, staticmethod,
# classmethod, and a data descriptor with __get__ and __set__.
class Desc:
    def __get__(self, obj, owner):
        return lambda *a: ("desc", type(obj).__name__, a)

    def __set__(self, obj, val):
        raise AttributeError("read-only")


class WithProp(list):
    @property
    def append(self):
        return lambda v: print("property append", v)


class WithStatic(list):
    @staticmethod
    def append(v):
        print("static append", v)


class WithClassmethod(list):
    @classmethod
    def append(cls, v):
        print("classmethod append", cls.__name__, v)


class WithDesc(list):
    append = Desc()


for cls in (list, WithProp, WithStatic, WithClassmethod, WithDesc, list):
    o = cls()
    r = push(o, 5)
    print(cls.__name__, list(o), r is o)

w = WithDesc()
try:
    w.append = 3
except AttributeError as e:
    print("AttributeError:", e)
print(w.append(1, 2))

# Builtin objects with an instance dict: a function attribute shadows a
# method of the function type.
def f():
    pass


def same(o):
    return o.__eq__(o)


for i in range(50):
    same(f)
f.__eq__ = lambda o: "instance eq"
print(same(f))
del f.__eq__
print(same(f))

# Immediates and inherited methods: int, bool (int's methods), float.
def bits(x):
    return x.bit_length()


print([bits(x) for x in (5, True, 1 << 70, False, -9, 255)])
print([x.is_integer() for x in (1.0, 1.5, 2.0)])

# The same site on a type without the method: the cached method of the
# previous type must not be called.
print([len(c) for c in first_keys([[1, 2], {3: 4}, {5}, bytearray(b"ab")])])
try:
    first_keys([[1], (1, 2)])
except AttributeError as e:
    print("AttributeError:", e)

# str methods and a str subclass overriding one.
class Shout(str):
    def upper(self):
        return "SHOUT " + str.upper(self)


def up(s):
    return s.upper()


print([up(s) for s in ("ab", Shout("cd"), "ef", Shout("gh"))])

# Errors raised by a cached builtin method keep their messages.
d = {}
for i in range(20):
    d.get(i)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
dq = deque()
for i in range(20):
    dq.append(i)
    dq.popleft()
try:
    dq.popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Module attributes at a warm site: rebound, deleted, and served by a
# module __getattr__; a module subclass with __getattribute__.
import math
import types


def root(m, x):
    return m.sqrt(x)


for i in range(50):
    root(math, 4.0)
saved = math.sqrt
math.sqrt = lambda x: ("patched", x)
print(root(math, 9.0))
del math.sqrt
try:
    root(math, 9.0)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
print(root(math, 9.0))

m = types.ModuleType("lazy")
m.__getattr__ = lambda name: (lambda x: ("lazy", name, x))
print(root(m, 2))
m.sqrt = lambda x: ("own", x)
print(root(m, 3))


class Logged(types.ModuleType):
    def __getattribute__(self, name):
        if name == "sqrt":
            return lambda x: ("logged", x)
        return super().__getattribute__(name)


print(root(Logged("logged"), 5))
print(root(math, 16.0))

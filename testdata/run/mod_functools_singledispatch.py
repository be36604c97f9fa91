# functools.singledispatch: dispatch along the MRO composed with the
# registered ABCs (explicit and virtual subclasses), ambiguity errors,
# register() with annotations and union types, and the dispatch cache.
import abc
import collections
import collections.abc as c
from functools import singledispatch, singledispatchmethod


@singledispatch
def f(x):
    return "object"


f.register(c.Sized, lambda x: "Sized")
f.register(c.Sequence, lambda x: "Sequence")
f.register(c.Mapping, lambda x: "Mapping")
f.register(c.Set, lambda x: "Set")
f.register(int, lambda x: "int")

for v in [1, True, 2.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), collections.OrderedDict(), range(3), b"b",
          collections.deque(), collections.Counter(), memoryview(b"x"), None]:
    print(type(v).__name__, f(v))


class MySized:
    def __len__(self):
        return 0


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


print("MySized", f(MySized()))


@singledispatch
def g(x):
    return "object"


g.register(c.Iterable, lambda x: "Iterable")
g.register(c.Container, lambda x: "Container")
try:
    g(Both())
except RuntimeError as e:
    print("RuntimeError:", e)
g.register(c.Collection, lambda x: "Collection")
print("Both", g(Both()))
c.Sized.register(Both)


class Seq(list):
    pass


print("Seq", f(Seq()), g(Seq()))


# Virtual subclass registered after the first dispatch: the cache follows.
class Virtual:
    pass


print("Virtual", f(Virtual()))
c.Mapping.register(Virtual)
print("Virtual", f(Virtual()))


# ABCs of one's own, with explicit and virtual subclasses.
class P(abc.ABC):
    pass


class Q(abc.ABC):
    pass


class R:
    pass


P.register(R)
Q.register(R)


@singledispatch
def h(x):
    return "object"


h.register(P, lambda x: "P")
h.register(Q, lambda x: "Q")
try:
    h(R())
except RuntimeError as e:
    print("RuntimeError:", e)


class S(R, P):
    pass


print("S", h(S()))


class T(P, Q):
    pass


print("T", h(T()))
print([k.__name__ for k in h.registry])
print(h.dispatch(T) is h.registry[P], h.dispatch(int) is h.registry[object])


# register with annotations, unions and errors.
@singledispatch
def k(x):
    return "object"


@k.register
def _(x: int):
    return "int"


@k.register
def _(x: "float"):
    return "float"


@k.register
def _(x: str | bytes):
    return "str|bytes"


@k.register(list | tuple)
def _(x):
    return "list|tuple"


@k.register(dict)
def _(x):
    return "dict"


for v in [1, 1.5, "s", b"b", [1], (1,), {}, None]:
    print(type(v).__name__, k(v))

for bad in [lambda: k.register(1, lambda x: x), lambda: k.register(lambda x: x),
            lambda: k.register(int | list[int], lambda x: x)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])


def ann_not_class(x: "list[int]"):
    pass


def ann_union_not_classes(x: int | list[int]):
    pass


for fn in (ann_not_class, ann_union_not_classes):
    try:
        k.register(fn)
    except TypeError as e:
        print("TypeError:", e)

try:
    k()
except TypeError as e:
    print("TypeError:", e)
print(k.__name__, k.__wrapped__.__name__)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "object"

    @area.register
    def _(self, arg: int):
        return "int %d" % arg

    @area.register(c.Sequence)
    def _(self, arg):
        return "Sequence %d" % len(arg)


s = Shape()
print(s.area(3), s.area([1, 2]), s.area("abc"), s.area(1.0))

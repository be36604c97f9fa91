# What type.__new__ puts in a class's __dict__, in CPython's order: the
# namespace, the members of __slots__, the __dict__ and __weakref__
# descriptors where the base lacks them, then __doc__.
import weakref


class Plain:
    x = 1

    def method(self):
        pass


class Child(Plain):
    y = 2


class Slotted:
    __slots__ = ("b", "a")


class SlottedWeak:
    __slots__ = ("__weakref__", "v")


class SlottedDict(Slotted):
    __slots__ = ("__dict__",)


class Documented:
    "A docstring comes first."
    z = 3


class Error(Exception):
    pass


class Number(int):
    pass


class Pair(tuple):
    pass


for cls in (Plain, Child, Slotted, SlottedWeak, SlottedDict, Documented, Error, Number, Pair):
    print(f"{cls.__name__:<12}", list(cls.__dict__))
print(Plain.__dict__["__dict__"], Plain.__dict__["__weakref__"], Error.__weakref__)
p = Plain()
print("no weakref yet:", p.__weakref__)
r = weakref.ref(p)
print("first weakref:", p.__weakref__ is r, SlottedWeak().__weakref__)
for attempt in (lambda: setattr(p, "__weakref__", 1), lambda: Slotted().__weakref__, lambda: Number(1).__weakref__):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(Plain.__doc__, Documented.__doc__, Slotted.a, Slotted.b)

# Enums mixed with a data type (int, str, float, a dataclass) show as enum
# members; class attributes set after creation (plain assignment,
# type.__setattr__, a metaclass's __setattr__ through super()) change the
# class's behaviour and that of subclasses made earlier.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
from dataclasses import dataclass


class Color(int, Enum):
    RED = 1
    GREEN = 2


class Letter(str, Enum):
    A = "a"
    B = "b"


class Ratio(float, Enum):
    HALF = 0.5


@dataclass
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    ORIGIN = 0, 0
    ONE = 1, 1


@dataclass(repr=False)
class Plain:
    v: int

    def __repr__(self):
        return "Plain!"


class PlainE(Plain, Enum):
    P = 3


class Num(IntEnum):
    ONE = 1


class Word(StrEnum):
    HI = auto()


class Perm(Flag):
    R = 4
    W = 2


class IPerm(IntFlag):
    R = 4
    W = 2


for m in (Color.RED, Letter.A, Ratio.HALF, Corner.ORIGIN, Corner.ONE,
          PlainE.P, Num.ONE, Word.HI, Perm.R, Perm.R | Perm.W, IPerm.R,
          IPerm.R | IPerm.W):
    print(repr(m), str(m), format(m), "{}".format(m), f"{m!r}", "%s" % (m,),
          [m])
    print(" ", type(m).__repr__.__qualname__, type(m).__str__.__qualname__,
          type(m).__format__.__qualname__)
print(Color.RED + 1, Color.RED == 1, hash(Color.RED) == hash(1))
print(Letter.A.upper(), Letter.A == "a", f"{Letter.B:>3}|")
print(Corner.ONE.x, Corner.ONE.value, Corner(Point(1, 1)))
print(format(Num.ONE, "03d"), format(Color.GREEN, ""), f"{Ratio.HALF}")


# Assigning dunders after the class exists.
class Base(int):
    pass


class Derived(Base):
    pass


d = Derived(7)
type.__setattr__(Base, "__repr__", lambda self: "Base-repr")
print(repr(d), str(d), [d])
Base.__str__ = lambda self: "Base-str"
print(repr(d), str(d), format(d), f"{d}")
type.__setattr__(Base, "__format__", lambda self, spec: "fmt:" + spec)
print(format(d, "x"), f"{d:>4}")
type.__setattr__(Base, "__eq__", lambda self, other: "eq")
print(d == 1, d != 1)
type.__setattr__(Base, "__hash__", lambda self: 42)
print(hash(d))
type.__delattr__(Base, "__repr__")
print(repr(d))
type.__delattr__(Base, "__str__")
print(str(d))


class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("Meta.__delattr__", name)
        super().__delattr__(name)


class WithMeta(str, metaclass=Meta):
    pass


class WithMetaChild(WithMeta):
    pass


w = WithMetaChild("w")
WithMeta.__repr__ = lambda self: "meta-repr"
WithMeta.__len__ = lambda self: 99
print(repr(w), len(w), [w])
del WithMeta.__repr__
print(repr(w))


class Plain2:
    pass


for call in (lambda: object.__setattr__(Plain2, "x", 1),
             lambda: object.__delattr__(Plain2, "x"),
             lambda: object.__setattr__(int, "x", 1),
             lambda: type.__setattr__(int, "x", 1),
             lambda: type.__setattr__(Plain2(), "x", 1),
             lambda: type.__delattr__(Plain2, "missing"),
             lambda: type.__setattr__(Plain2, 1, 2),
             lambda: type.__setattr__(Plain2, "x"),
             lambda: type.__delattr__(Plain2),
             lambda: object.__setattr__(Plain2(), "x", 1, k=2),
             lambda: setattr(Color, "RED", 3)):
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)
print(type.__setattr__, type.__delattr__)


# A str subclass's own __str__ decides format() with an empty spec.
class Shout(str):
    def __str__(self):
        return "SHOUT"


class Fmt(str):
    def __format__(self, spec):
        return "fmt[" + spec + "]"


sh = Shout("quiet")
print(f"{sh}", f"{sh!s}", "{}".format(sh), format(sh), f"{sh:>7}|", "%s" % sh)
fm = Fmt("f")
print(f"{fm}", f"{fm:>3}", format(fm, "x"), str(fm))
Shout.__str__ = lambda self: "CHANGED"
print(f"{sh}", format(sh, ""))

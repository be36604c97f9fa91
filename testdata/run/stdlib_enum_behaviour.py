# enum: lookups, aliases, Flag/IntFlag arithmetic and reprs, auto, the
# functional API, _missing_, definition errors, member dir().
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C(Enum):
    R = 1
    G = 2
    B = 3
    ALIAS = 1
t(lambda: list(C)); t(lambda: C(4)); t(lambda: C["X"]); t(lambda: C.ALIAS is C.R); t(lambda: list(C.__members__)); t(lambda: repr(C)); t(lambda: len(C))
t(lambda: C.R.name + str(C.R.value)); t(lambda: C.R < C.G); t(lambda: hash(C.R) == hash(C.R)); t(lambda: dir(C.R)[:3])
t(lambda: unique(C))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: Perm.R | Perm.W); t(lambda: ~Perm.R); t(lambda: Perm(7)); t(lambda: Perm(8)); t(lambda: Perm(0)); t(lambda: list(Perm(7))); t(lambda: Perm.R in Perm(6)); t(lambda: Perm.R + 1)
t(lambda: repr(Perm(0))); t(lambda: repr(Perm(9))); t(lambda: str(Perm(5)))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
t(lambda: (F.A, F.B, F.C)); t(lambda: repr(F.A | F.C)); t(lambda: repr(~F.A)); t(lambda: F(8)); t(lambda: repr(F(0))); t(lambda: bool(F(0))); t(lambda: list(F.A | F.B)); t(lambda: len(F.A | F.B))
class N(IntEnum):
    ONE = 1
    TWO = auto()
t(lambda: (N.TWO, N.TWO + 1, N(2), repr(N.TWO), f"{N.TWO}", N.TWO == 2)); t(lambda: N("1"))
class S(StrEnum):
    A = auto()
    B = "bee"
t(lambda: (S.A, repr(S.B), S("bee"), S.A.upper()))
t(lambda: enum.Enum("Dyn", "a b c")); t(lambda: list(enum.Enum("Dyn", [("x", 10), ("y", 20)]))); t(lambda: repr(enum.IntEnum("I2", {"p": 5}).p))
class WithMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A if v == 0 else None
t(lambda: WithMissing(0)); t(lambda: WithMissing(5))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print("TypeError", e)
try:
    class Sub(C): pass
except TypeError as e: print("TypeError", e)
t(lambda: setattr(C, "R", 5)); t(lambda: delattr(C, "R"))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
    @property
    def g(self): return 6.67e-11 * self.mass / self.radius ** 2
t(lambda: (Planet.EARTH.mass, round(Planet.EARTH.g, 2), repr(Planet.EARTH)))
class Ord(Enum):
    def __lt__(self, o): return self.value < o.value
    X = 1
    Y = 2
t(lambda: sorted([Ord.Y, Ord.X]))
t(lambda: enum.Enum.__members__ if False else C.R.__class__.__mro__)
t(lambda: isinstance(C.R, C)); t(lambda: type(C)); t(lambda: C.__members__["ALIAS"])
t(lambda: format(Perm.R, "d")); t(lambda: format(N.ONE, "x")); t(lambda: "%d %s %r" % (N.ONE, N.ONE, N.ONE)); t(lambda: "{:>6}|{!r}".format(C.R, C.R))

class C(Enum):
    R = 1
    ALIAS = 1
    def meth(self): pass
    @property
    def extra(self): return 1
class N(IntEnum):
    ONE = 1
class Fl(Flag):
    A = 1
print(dir(C.R)); print(dir(N.ONE)[-12:]); print(dir(Fl.A))
C.R.custom = 5; print(dir(C.R))

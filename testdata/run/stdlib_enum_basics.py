# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, lookups, reprs and error messages.
import enum
class P(enum.Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(repr(P.R|P.W), str(P.R|P.W), list(P.R|P.X), list(P), len(P), repr(P(0)), str(P(0)), repr(~P.R), repr(~P.RWX), P(0).name, (P.R|P.W).name)
print(list(P.__members__), P.RWX in list(P), P.R in P.RWX, format(P.R), f"{P.R|P.W}")
try: P(9)
except Exception as e: print(type(e).__name__, e)
try: P.R in 1
except Exception as e: print(type(e).__name__, e)
try: 1 in P.R
except Exception as e: print(type(e).__name__, e)
class I(enum.IntFlag):
    A = 1
    B = 2
print(repr(~I.A), repr(I(9)), str(I.A|I.B), repr(I.A|8), format(I.A), repr(I.A|I.B), repr(I(0)), I.A | 1, type(I.A+1))
class C(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
for v in (7, 'x', [1]):
    try: C(v)
    except Exception as e: print(type(e).__name__, e)
try: C['NOPE']
except Exception as e: print(type(e).__name__, repr(e))
try: enum.unique(C)
except Exception as e: print(type(e).__name__, e)
print(C, repr(C), C.CRIMSON, C.__members__, format(C.RED), f"{C.RED:>10}|", 1 in C, C.RED in C, 'RED' in C)
class S(enum.StrEnum):
    X = enum.auto()
    Y = 'yy'
print(repr(S.X), str(S.X), format(S.X), S.X == 'x', repr(enum.auto()))
try:
    class D(enum.Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try: C.RED = 5
except Exception as e: print(type(e).__name__, e)
try: del C.RED
except Exception as e: print(type(e).__name__, e)
try:
    class E(C): pass
except Exception as e: print(type(e).__name__, e)
class Miss(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 'bad'
try: Miss(3)
except Exception as e: print(type(e).__name__, e, repr(e.__context__))
print(enum.EnumMeta is enum.EnumType, type(C), enum.Flag, P, repr(P))
print(enum.Enum('Animal', 'ANT BEE'), list(enum.Enum('Animal', 'ANT BEE')), list(enum.Enum('A2', ['x','y'])), list(enum.IntEnum('A3', [('x', 5)])))

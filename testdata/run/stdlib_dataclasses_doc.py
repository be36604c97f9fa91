# dataclasses: the default __doc__, the class's call signature taken from the
# __init__ it uses (generated, its own, or inherited).
from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    y: str = 'a'
@dataclass(init=False)
class B(A):
    z: int = 0
print(B.__doc__)
@dataclass
class C:
    x: int
    def __init__(self, q, *args, r=3, **kw):
        self.x = q
print(C.__doc__)
class Base:
    def __init__(self, a, b: 'int' = 2): pass
@dataclass(init=False)
class D(Base):
    v: int = 1
print(D.__doc__)
@dataclass
class E:
    f: list[int] = field(default_factory=list)
    g: 'str' = 'x'
    h: object = None
    i: A = None
print(E.__doc__)
@dataclass
class F:
    x: int
    def __init__(self, a: int, /, b, *c: int, d: str = 'q', e, **f: float):
        pass
print(F.__doc__)
@dataclass
class G:
    x: int
    def __init__(self, *, k): pass
print(G.__doc__)

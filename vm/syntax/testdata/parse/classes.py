class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=Meta):
    """Docstring."""

class D(*bases, **kw): pass

@dataclass
class E:
    a: int
    b: str = "x"

    @property
    def prop(self):
        return self.a

    @staticmethod
    def static():
        pass

class F(Generic[T]):
    class Inner:
        pass

class G[T, *Ts, **P]:
    pass

class H[T: int](Base[T]): pass
class Empty(): pass

# PEP 695 annotation scopes: what they see, and what they forbid.
X = "global"

# An annotation scope in a class body sees the class namespace first,
# when it runs: lazily evaluated scopes see later rebindings.
class A:
    X = int
    def m[T: X](self, x: X) -> T: pass
    type Y = X
    type Z[U: X] = (X, U)
    class B[V](list[X]): pass
    def n[T](self, x=X): return x
    X = float
print(A.m.__type_params__[0].__bound__, A.m.__annotations__)
print(A.Y.__value__, A.Z.__value__, A.Z.__type_params__[0].__bound__)
print(A.B.__orig_bases__, A.n(None))

# The class namespace wins over an enclosing function's variable, which
# is used when the class does not bind the name.
def f():
    X = 1
    class C:
        X = 2
        type Y = X
    return C.Y.__value__
def g():
    X = 1
    class C:
        type Y = X
    return C.Y.__value__
print(f(), g())

# A type parameter shadows a class attribute in the scope that binds it;
# a nested lazy scope looks in the class first.
class D:
    U = 5
    type Z[U] = U
    def m[U](self, x: U): pass
print(D.Z.__value__, D.m.__annotations__)

# The type parameters are not class attributes.
class E[T]:
    pass
print(hasattr(E, "T"), E.__type_params__)

# Type parameters close over the enclosing function's variables.
def outer(bound):
    def inner[T: bound](x: T) -> T:
        return x
    return inner
print(outer(str).__type_params__[0].__bound__)

# A bound is evaluated once, on first use, and may raise.
calls = []
def make_bound():
    calls.append(1)
    return int
def h[T: make_bound()](): pass
(T,) = h.__type_params__
print(calls, T.__bound__, T.__bound__, calls)
def bad[T: 1 / 0](): pass
try:
    bad.__type_params__[0].__bound__
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Generic methods still reach __class__ through super().
class Base:
    def hello(self): return "base"
class Derived(Base):
    def hello[T](self) -> T:
        return "derived+" + super().hello()
print(Derived().hello())

# Errors CPython reports when compiling.
for src in [
    "def f[T: (yield)](): pass",
    "def f[T: (x := 1)](): pass",
    "type X = (yield)",
    "def g():\n    def f[T](x: (yield)): pass",
    "async def g():\n    def f[T](x: (await y)): pass",
    "def f[T, T](): pass",
    "class A:\n    def k[T](self, x: (lambda: T)): pass",
    "class A:\n    type X = [y for y in T]",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# Defaults are evaluated outside the annotation scope.
try:
    def k[Q](x=Q): pass
except NameError as e:
    print("NameError:", e)

# Type alias objects.
type Pt = tuple[float, float]
try:
    Pt[int]
except TypeError as e:
    print("TypeError:", e)
from typing import TypeAliasType, TypeVar
Manual = TypeAliasType("Manual", list[int])
print(Manual, Manual.__value__, Manual.__type_params__, Manual.__module__)
print(TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True), TypeVar("S", int, str).__constraints__)

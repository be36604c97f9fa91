# PEP 695: type aliases, generic functions and classes, annotation scopes.
import typing
from typing import TypeAliasType, TypeVar, TypeVarTuple, ParamSpec, Generic

# -- type aliases: lazily evaluated
type Alias = list[int]
print(type(Alias).__name__, type(Alias) is TypeAliasType)
print(Alias, repr(Alias), Alias.__name__, Alias.__module__)
print(Alias.__value__, Alias.__type_params__)

type Later = Undefined          # not evaluated until __value__ is read
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = int
print(Later.__value__)

type ListOrSet[T] = list[T] | set[T]
print(ListOrSet.__name__, ListOrSet.__type_params__)
(T1,) = ListOrSet.__type_params__
print(type(T1).__name__, T1.__name__, repr(T1), ListOrSet.__value__)
print(ListOrSet[int])

# -- generic functions
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2, 1]), first.__type_params__, first.__name__, first.__qualname__)
print(first.__annotations__)
(T2,) = first.__type_params__
print(T2 is T1, T2.__bound__, T2.__name__)

def pair[K: str, V: (int, float)](k: K, v: V) -> dict[K, V]:
    return {k: v}
print(pair("a", 1))
K, V = pair.__type_params__
print(K.__bound__, V.__bound__, V.__constraints__, K.__constraints__)

def many[*Ts, **P](*args: *Ts) -> None: pass
Ts, P = many.__type_params__
print(type(Ts).__name__, repr(Ts), Ts.__name__, type(P).__name__, repr(P), P.__name__)

def plain(x): return x
print(plain.__type_params__)

# defaults are evaluated outside the annotation scope; decorators too
def deco(fn):
    print("decorating", fn.__name__, fn.__type_params__)
    return fn
@deco
def withdefault[T](x: T = 5) -> T:
    return x
print(withdefault(), withdefault.__defaults__)

# lazy bounds
def lazy[T: NotYet](): pass
(LT,) = lazy.__type_params__
NotYet = float
print(LT.__bound__)

# type params are invisible outside
try:
    T
except NameError as e:
    print("NameError:", e)

# -- generic classes
class Pair[T]:
    def __init__(self, a: T, b: T):
        self.a, self.b = a, b
    def swap(self) -> "Pair[T]":
        return Pair(self.b, self.a)
    def kind(self):
        return T
p = Pair(1, 2).swap()
print(p.a, p.b, Pair.__type_params__, p.kind())
print(Pair.__mro__)
print(Pair.__orig_bases__, Pair.__bases__)
print(Pair.__parameters__)
print(Pair[int], Pair[int].__origin__ is Pair, Pair[int].__args__)
print(Pair[int](3, 4).a)
print(Pair.__qualname__, Pair.__name__, Pair.__module__)
print(Pair.__type_params__[0] is p.kind())

class Base: pass
class Multi[T: int, *Ts, **P](Base):
    x: T
print(Multi.__type_params__, Multi.__mro__)
print(Multi.__orig_bases__)
print(Multi.__type_params__[0].__bound__)
print(Multi.__annotations__)

class Plain: pass
print(Plain.__type_params__)

# generic methods in classes and nested generics
class Outer:
    def method[U](self, u: U) -> U:
        return u
    class Inner[V]:
        pass
print(Outer().method(7), Outer.method.__qualname__, Outer.method.__type_params__)
print(Outer.Inner.__qualname__, Outer.Inner.__type_params__)

def outer[A]():
    def inner[B](a: A, b: B):
        return (A, B)
    return inner
inn = outer()
print(inn.__qualname__, inn.__type_params__, inn(1, 2))

# generic alias in a function, closing over a local
def make():
    local = int
    type Local = list[local]
    return Local
print(make().__value__)

# TypeVar created directly
X = TypeVar("X")
print(X, X.__name__, X.__bound__)
print(typing.Generic, Generic[X])
class Old(Generic[X]): pass
print(Old.__mro__, Old.__parameters__, Old[int])

# type statement soft keyword still works as a name
type = 3
print(type)

# unions with type variables are typing.Union; with aliases, types.UnionType
def opt[T, **P](x: T | None, y: int | T, z: T | int | str, p: P | None) -> list[T] | None: pass
print(opt.__annotations__)
T3 = opt.__type_params__[0]
print(T3 | list[int], (int | str) | T3, T3 | T3, (T3 | None) == (None | T3))
print((T3 | int).__args__, (T3 | int).__parameters__)
print(Alias | None, None | Alias, (Alias | None).__class__.__name__, Alias | T3)
try:
    Ts | None
except TypeError as e:
    print("TypeError:", e)

# __annotations__ of classes (own only, made empty on first use, settable and deletable on
# Python classes, absent on builtin types), of modules and of functions, as CPython 3.12.
import sys
class A:
    x: int
    y: str = "a"
    def f(self): pass
class B(A):
    z: float
class C(A):
    pass
class D:
    pass
print(A.__annotations__)
print(B.__annotations__)
print(C.__annotations__)
print(D.__annotations__)
print("__annotations__" in D.__dict__, "__annotations__" in C.__dict__)
print(D.__annotations__ is D.__annotations__)
D.__annotations__["q"] = 1
print(D.__annotations__, "__annotations__" in D.__dict__)
del D.__annotations__
print("__annotations__" in D.__dict__)
try:
    del D.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(D.__annotations__)
C.__annotations__ = {"w": bytes}
print(C.__annotations__, A.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    type.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError", e)
print(type(A.__dict__["__annotations__"]))
a = A()
print(a.__annotations__)
try:
    A().__dict__["__annotations__"]
except KeyError as e:
    print("KeyError", e)
mod = sys.modules[__name__]
print(sorted(mod.__annotations__) if hasattr(mod, "__annotations__") else "no module annotations")
g: int = 3
print(__annotations__)
print(mod.__annotations__)
import types
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m2 = types.ModuleType("m2")
print("__annotations__" in m2.__dict__)
def fn(a: int, b: "str" = "x") -> None: pass
print(fn.__annotations__)
def fn2(): pass
print(fn2.__annotations__)
fn2.__annotations__ = {"r": 1}
print(fn2.__annotations__)
try:
    fn2.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
del fn2.__annotations__
print(fn2.__annotations__)
class E:
    __annotations__ = {"manual": 1}
print(E.__annotations__)
F2 = type("F2", (), {})
class F:
    a: int
    a: str
    (b): int
    F2.d: int if False else 0
print(F.__annotations__)
class G(metaclass=type):
    x: "forward"
print(G.__annotations__)
class H:
    def __init_subclass__(cls): print("sub", cls.__annotations__)
class I(H):
    k: list[int]
print(type.__dict__["__annotations__"])
try:
    D.__annotations__ = 5
    print(D.__annotations__)
except TypeError as e:
    print("TypeError", e)
class J:
    x: int
    print("in body", __annotations__)
    y: "J"
print(J.__annotations__)
class K(J):
    print("K body has", "__annotations__" in dir())
print(K.__annotations__, vars(K).get("__annotations__"))
import dataclasses
@dataclasses.dataclass
class P(J):
    z: int = 0
print([f.name for f in dataclasses.fields(P)], P.__annotations__)
print(type(K).__dict__["__annotations__"].__get__(K))

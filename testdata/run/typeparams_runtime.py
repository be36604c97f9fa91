# PEP 695 at run time: metaclasses, star bases, generators, __module__,
# Generic subclasses, recursive aliases, and a traceback from a lazy bound.
import typing
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta", name, [b.__name__ for b in bases], sorted(k for k in ns if k.startswith("__type")), kw)
        return super().__new__(m, name, bases, ns)
class A[T](metaclass=Meta, flag=1): pass
bases = (int,)
class B[T](*bases): pass
print(B.__mro__, B(3))
def gen[T](n: T):
    yield from range(n)
print(list(gen(3)), gen.__type_params__)
async def co[T](): return 1
print(co.__type_params__)
def tb[T: 1 / 0](): pass
(T,) = A.__type_params__
print(isinstance(T, typing.TypeVar), T.__module__, typing.TypeVar("X").__module__)
print(type(T), type(A.__type_params__))
def f[T](): pass
f.__type_params__ = ()
print(f.__type_params__)
class G[T]:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class H(G[int], x=1): pass
print(H.__mro__, H.__orig_bases__, H.__parameters__)
type Rec = list[Rec]
print(Rec.__value__)
print(typing.Generic.__mro__)
class Two[K, V]: pass
class Var[*Ts]: pass
for make in [lambda: Two[int], lambda: Two[int, str, bytes], lambda: Two[int, str], lambda: Var[int, str, float], lambda: Var[()]]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
tb.__type_params__[0].__bound__

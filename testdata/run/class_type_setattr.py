# type.__setattr__/__delattr__ called directly, from a metaclass, from
# __init_subclass__, replaced on the metaclass; slots of subclasses made
# earlier follow, also in a loop the JIT compiles.
class M(type):
    def __setattr__(cls, n, v):
        type.__setattr__(cls, n, v)
class A(metaclass=M): pass
class B(A): pass
A.__repr__ = lambda s: "A!"
print(repr(B()))
M.__setattr__ = lambda cls, n, v: type.__setattr__(cls, n + "_x", v)
A.foo = 1
print(A.foo_x)
del M.__setattr__
A.bar = 2; print(A.bar)
class C:
    def __init_subclass__(cls):
        cls.__repr__ = lambda s: "sub " + type(s).__name__
class D(C): pass
print(repr(D()))
type.__setattr__(A, "__setattr__", lambda s, n, v: object.__setattr__(s, n, v * 2))
b = B(); b.q = 3; print(b.q)
type.__setattr__(A, "__getattribute__", lambda s, n: "GA")
print(b.anything)
type.__delattr__(A, "__getattribute__"); print(b.q)
class Sl:
    __slots__ = ("a",)
type.__setattr__(Sl, "__eq__", lambda s, o: True); print(Sl() == 1)
for i in range(2000):
    type.__setattr__(A, "__len__", lambda s, i=i: i)
print(len(b))
import sys
sys.setrecursionlimit(100)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as e: print("RecursionError")

class I(int): pass
x = I(3)
out = []
for i in range(500):
    if i == 250:
        type.__setattr__(I, "__repr__", lambda s: "changed")
        type.__setattr__(I, "__add__", lambda s, o: "added")
    out.append((repr(x), x + 1))
print(out[0], out[249], out[250], out[-1])

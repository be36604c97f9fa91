import copyreg
class A:
    def __init__(self): self.x=[1,2]
class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self.__b = 2
class L(list): pass
class D(dict): pass
class I(int): pass
a=A()
r = a.__reduce_ex__(4)
print(r[0].__name__, r[1:3], r[3:])
r = S().__reduce_ex__(2); print(r[0].__name__, r[1:3], r[3:])
r = L([1,2]).__reduce_ex__(2); print(r[0].__name__, r[1:3], list(r[3]), r[4])
r = D(a=1).__reduce_ex__(2); print(r[0].__name__, r[1:3], r[3], list(r[4]))
r = I(5).__reduce_ex__(2); print(r[0].__name__, r[1:])
print((5).__reduce_ex__(2)[1:])
print(A().__reduce__()[0].__name__, A().__reduce__()[1:])
print(I(7).__reduce__()[0].__name__, I(7).__reduce__()[1:])
try: S().__reduce__()
except TypeError as e: print(e)
def g(): yield 1
try: g().__reduce_ex__(4)
except TypeError as e: print(e)
print(copyreg._slotnames(S), S.__slotnames__)
print(A().__getstate__(), object().__getstate__(), S().__getstate__())
class G:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
r = G().__reduce_ex__(4); print(r[0].__name__, r[1][1:], r[2:])
class Bad:
    def __getnewargs__(self): return 5
try: Bad().__reduce_ex__(4)
except TypeError as e: print(e)
print(copyreg.dispatch_table[complex](3+4j))

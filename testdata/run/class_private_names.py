class C:
    def m(self, __x): return __x
    def n(self):
        try: return self.m(__x=1)
        except TypeError as e: return str(e)
    def __f(self): pass
    __y: int = 3
    import os.path as __p
    def k(self, __z: int): return 1
print(C().n(), C.m.__code__.co_varnames)
print(C._C__f.__name__, C._C__f.__qualname__, C.__annotations__, C.k.__annotations__)
print(C.__dict__.get('_C__p') is not None)
class __D:
    class __E:
        __q = 1
        def g(self): return self.__q
print(_D__E if False else 0, __D.__dict__.get('_D__E'), __D._D__E._E__q)
class ___:
    __r = 1
print(___.__dict__.get('__r'))
try:
    class F:
        def h(self): return __undefined
    F().h()
except NameError as e: print(e)

class G:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = 1
        self.__b = 2
    def get(self):
        return self.__b
    def __kw(self, *, __k=5):
        return __k
    def call(self):
        return self.__kw()
g = G()
print(g.get(), g._G__b, sorted(n for n in G.__dict__ if 'b' in n or 'kw' in n))
print(g.call(), G._G__kw.__kwdefaults__)
def outer():
    __local = 1
    return __local
print(outer())
class H:
    def f(self):
        __v = 10
        def inner():
            nonlocal __v
            __v += 1
            return __v
        return inner(), [__w for __w in range(2)], f.__code__.co_varnames if False else 0
    def g(self):
        global __gv
        __gv = 3
print(H().f())
H().g()
print(sorted(k for k in globals() if 'gv' in k))
try:
    del H().__missing
except AttributeError as e:
    print(e)

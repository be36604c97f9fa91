# functools: lru_cache (cache_info, eviction, typed, cache_clear), cache, singledispatch.
import functools as f

calls = []
@f.lru_cache(maxsize=2)
def g(x):
    calls.append(x)
    return x * 2
for x in [1, 1, 2, 3, 1, 3]:
    g(x)
print(calls, g.cache_info(), g.__name__, g.__wrapped__.__name__)
g.cache_clear(); print(g.cache_info(), g.cache_parameters())

@f.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@f.cache
def h(x, y=0):
    return x + y
print(h(1), h(1), h(1, y=2), h(1.0), h.cache_info())

@f.lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@f.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1); print(z.cache_info())

class M:
    @f.lru_cache
    def m(self, x):
        return x * 3
print(M().m(3), M.m.cache_info().misses)
try:
    f.lru_cache('x')
except TypeError as e:
    print(e)

@f.singledispatch
def d(x):
    return 'object'
@d.register
def _(x: int):
    return 'int'
@d.register(list)
@d.register(tuple)
def _(x):
    return 'sequence'
@d.register
def _(x: float | complex):
    return 'number'
class Mine(list):
    pass
print(d(1), d(True), d([]), d(()), d('s'), d(1.5), d(2j), d(Mine()))
print(d.dispatch(bool).__name__, sorted(k.__name__ for k in d.registry))
import collections.abc
@d.register(collections.abc.Mapping)
def _(x):
    return 'mapping'
print(d({}), d(set()))
try:
    d()
except TypeError as e:
    print(e)
try:
    d.register(3, lambda x: x)
except TypeError as e:
    print(e)

class Fmt:
    @f.singledispatchmethod
    def show(self, arg):
        return 'any'
    @show.register
    def _(self, arg: int):
        return 'int %d' % arg
print(Fmt().show(5), Fmt().show('x'))

# functools: partial, reduce, wraps, total_ordering, cmp_to_key, cached_property.
import functools as f

p = f.partial(int, '10', base=2)
print(p, p(), p.func, p.args, p.keywords, repr(f.partial(p, 3)), f.partial(f.partial(int, 1), 2).args)
add = lambda a, b, c=0: a + b + c
q = f.partial(add, 1, c=10); print(q(2), q(2, c=0), f.partial(q, 5)())
class MyPartial(f.partial):
    pass
print(type(MyPartial(add, 1)).__name__, MyPartial(add, 1)(2))
print(f.reduce(lambda a, b: a + b, range(5)), f.reduce(lambda a, b: a * b, [], 1), f.reduce(max, [3, 9, 2]))
print(sorted([3, 1, 2], key=f.cmp_to_key(lambda a, b: b - a)))

@f.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V.__gt__.__name__)
@f.total_ordering
class G:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __ge__(s, o): return s.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2))

class C:
    def __init__(self): self.n = 0
    @f.cached_property
    def x(self):
        self.n += 1
        return self.n * 100
c = C(); print(c.x, c.x, c.n, 'x' in c.__dict__)
del c.x; print(c.x, C.x.attrname)

def deco(fn):
    @f.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def hello(name: str) -> str:
    "Say hello."
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)

def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: f.reduce(lambda a, b: a, []))
show(lambda: f.partial(1))
show(lambda: f.total_ordering(type('N', (), {})))
class Slotted:
    __slots__ = ()
    @f.cached_property
    def y(self): return 1
show(lambda: Slotted().y)
class MyP(f.partial):
    pass
mp = MyP(int, '7'); print(repr(mp), repr(f.partial(mp, base=8)), f.partial(mp, base=8)())
mp.note = 1; print(f.partial(mp).func is mp, mp.note, f.partial(max, 1, 2)(3, key=None))
kw = f.partial(sorted, key=len, reverse=True); print(kw(['aa', 'b', 'ccc']), kw(['aa', 'b'], reverse=False), kw.keywords)
show(lambda: f.partial())
show(lambda: f.partial(int)(1, 2, 3))
rec = f.partial(print); rec.args
print(f.partial.__name__, f.partial.__module__, isinstance(p, f.partial), f.partial[int])

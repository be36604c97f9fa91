# functools (singledispatch with annotations and unions, partial, lru_cache,
# total_ordering, cached_property, wraps), weakref (ref, finalize, also at
# exit, weak containers, proxy) and itertools/operator edge cases.
import functools, weakref, itertools, operator, gc
from functools import singledispatch, singledispatchmethod
@singledispatch
def show(x): return "object"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
@show.register
def _(x: str | bytes): return "strbytes"
print(show(1), show([]), show("s"), show(b"b"), show(1.0), show(True))
print(sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__)
try:
    @show.register
    def _(x): return 1
except TypeError as e: print("TypeError", str(e).split(" at ")[0])
try: show.register(3)
except TypeError as e: print("TypeError", e)
try: show()
except TypeError as e: print("TypeError", e)
class A:
    @singledispatchmethod
    def m(self, x): return "base"
    @m.register
    def _(self, x: int): return "int-m"
print(A().m(1), A().m("x"))
p = functools.partial(int, base=2); print(p("101"), repr(p), p.func, p.args, p.keywords)
p2 = functools.partial(p, "11"); print(p2(), repr(p2))
try: functools.partial()
except TypeError as e: print("TypeError", e)
try: functools.partial(1)
except TypeError as e: print("TypeError", e)
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
[sq(i) for i in (1, 2, 1, 3, 1)]; print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
try: functools.lru_cache(maxsize="x")
except TypeError as e: print("TypeError", e)
print(functools.reduce(operator.add, [1, 2, 3], 10))
try: functools.reduce(operator.add, [])
except TypeError as e: print("TypeError", e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e: print("ValueError", e)
class CP:
    @functools.cached_property
    def val(self): print("computing"); return 42
c = CP(); print(c.val, c.val, CP.val.__class__.__name__)
keyf = functools.cmp_to_key(lambda a, b: b - a); print(sorted([3, 1, 2], key=keyf))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(): "doc here"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
# weakref
class O:
    def __repr__(self): return "O()"
o = O(); r = weakref.ref(o); print(r() is o, repr(r).split(" at ")[0])
f = weakref.finalize(o, print, "finalized o"); print(f.alive, f.atexit)
del o; gc.collect(); print("after del", f.alive, r())
wvd = weakref.WeakValueDictionary(); k = O(); wvd["a"] = k; print(len(wvd), list(wvd.keys())); del k; gc.collect(); print(len(wvd))
ws = weakref.WeakSet(); kk = O(); ws.add(kk); print(len(ws), kk in ws)
wkd = weakref.WeakKeyDictionary(); wkd[kk] = 1; print(wkd[kk])
try: weakref.ref(1)
except TypeError as e: print("TypeError", e)
try: weakref.ref([])
except TypeError as e: print("TypeError", e)
keep = O()
weakref.finalize(keep, print, "finalized at exit 1")
weakref.finalize(keep, print, "finalized at exit 2")
fx = weakref.finalize(keep, print, "detached"); print(fx.detach()[2])
pr = weakref.proxy(keep); print(repr(pr).split(" at ")[0], pr.__repr__())
# itertools / operator
for call in [lambda: list(itertools.islice(range(10), -1)), lambda: list(itertools.islice(range(10), 1, 8, 0)), lambda: itertools.batched("abc", 0),
             lambda: list(itertools.batched("abcde", 2)), lambda: list(itertools.pairwise("abcd")), lambda: list(itertools.accumulate([1, 2, 3], initial=10)),
             lambda: itertools.repeat(1, -1), lambda: list(itertools.combinations(range(4), 5)), lambda: itertools.permutations("ab", -1),
             lambda: list(itertools.zip_longest("ab", "c", fillvalue="-")), lambda: list(itertools.product("ab", repeat=2)), lambda: itertools.product("a", repeat=-1),
             lambda: [(k, list(g)) for k, g in itertools.groupby("aabbbc")], lambda: itertools.tee([], -1), lambda: list(itertools.compress("abc", [1, 0, 1])),
             lambda: next(itertools.count(1.5, 0.5)), lambda: repr(itertools.count(5)), lambda: repr(itertools.repeat("x", 3)), lambda: type(itertools.chain(1)).__name__,
             lambda: list(itertools.chain(1)), lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.itemgetter(1, 0)("ab"),
             lambda: repr(operator.itemgetter(1)), lambda: repr(operator.attrgetter("a.b")), lambda: repr(operator.methodcaller("f", 1, k=2)), lambda: operator.methodcaller(),
             lambda: operator.index(1.5), lambda: operator.length_hint([1, 2]), lambda: operator.length_hint(iter([]), "x"), lambda: operator.concat(1, 2),
             lambda: operator.countOf([1, 1, 2], 1), lambda: operator.indexOf([1], 2), lambda: operator.call(len, "abc"), lambda: list(itertools.starmap(pow, [(2, 3)])),
             lambda: list(itertools.filterfalse(None, [0, 1, 2])), lambda: list(itertools.takewhile(lambda x: x < 2, [1, 2, 1])), lambda: list(itertools.dropwhile(lambda x: x < 2, [1, 2, 1])),
             lambda: list(itertools.combinations_with_replacement("ab", 2)), lambda: list(itertools.cycle([]))]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)

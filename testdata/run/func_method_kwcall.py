# obj.method(..., key=value): GETATTR then CALLKW, which Kiln runs without
# binding the method when only the call reads it. Every kind of attribute
# that may sit behind the name, and the errors, as CPython has them.
from collections import OrderedDict
import math
import sys


class C:
    def m(self, a, k=0, *rest, **kw):
        return ("m", type(self).__name__, a, k, rest, sorted(kw.items()))

    @staticmethod
    def s(a, k=0):
        return ("s", a, k)

    @classmethod
    def c(cls, a, k=0):
        return ("c", cls.__name__, a, k)

    @property
    def p(self):
        return lambda a, k=0: ("p", a, k)

    def gen(self, n, step=1):
        for i in range(0, n, step):
            yield i


class D(C):
    pass


o, d = C(), D()
for obj in (o, d):
    print(obj.m(1, k=2), obj.m(1, 2, 3, z=4, y=5), obj.m(a=7))
    print(obj.s(1, k=2), obj.c(1, k=2), obj.p(1, k=2))
    print(list(obj.gen(10, step=3)))

# An instance attribute shadows the method; a class attribute that is not
# a function is called as it is.
o.m = lambda a, k=0: ("instance", a, k)
print(o.m(1, k=2))
del o.m
print(o.m(1, k=2)[0])
C.plain = staticmethod(lambda **kw: sorted(kw))
print(o.plain(b=1, a=2))


class Getattribute:
    def __getattribute__(self, name):
        return lambda *a, **kw: ("getattribute", name, a, sorted(kw.items()))


class Getattr:
    def real(self, k=1):
        return ("real", k)

    def __getattr__(self, name):
        return lambda *a, **kw: ("getattr", name, a, sorted(kw.items()))


print(Getattribute().anything(1, k=2))
print(Getattr().real(k=5), Getattr().missing(1, k=2))

# Builtin methods, on builtin types and on subclasses of them.
xs = [3, 1, 2]
xs.sort(reverse=True)
print(xs, "a,b,c".split(sep=",", maxsplit=1), "x".encode(encoding="utf-8"))


class L(list):
    pass


ys = L([5, 9, 1])
ys.sort(key=lambda v: -v)
print(ys, math.isclose(1.0, 1.0 + 1e-12, rel_tol=1e-9))

od = OrderedDict.fromkeys("abcde")
print(od.popitem(last=False), od.popitem(last=True), od.popitem(False))
od.move_to_end("d", last=False)
print(list(od))
for i in range(6):
    od[i] = i
    if len(od) > 4:
        od.popitem(last=False)
print(list(od.items()))


# A method descriptor taken into an unrelated class, called with keywords.
class Stolen:
    popitem = OrderedDict.popitem
    sort = list.sort


for call in (lambda: Stolen().popitem(last=False), lambda: Stolen().sort(reverse=True)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# Keyword errors and errors raised inside the method.
for call in (lambda: od.popitem(lst=False), lambda: OrderedDict().popitem(last=False),
             lambda: o.m(1, a=2), lambda: o.s(1, q=2), lambda: xs.sort(rev=True)):
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


# Arguments with side effects, evaluated in order, between the lookup and
# the call.
log = []


def arg(v):
    log.append(v)
    return v


class Swap:
    def m(self, a, k=None):
        return ("Swap.m", a, k)


def rebinding():
    s = Swap()
    r = s.m(arg(1), k=(s := C()).s(2, k=3))
    return r, type(s).__name__


print(rebinding(), log)


# The method call is inside a loop, a generator and a traceback.
def loop(n):
    out = []
    q = OrderedDict()
    for i in range(n):
        q[i % 3, i] = i
        if len(q) > 2:
            out.append(q.popitem(last=False))
    return out


print(loop(6))


def failing(od):
    return od.popitem(last=False)


try:
    failing(OrderedDict())
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError", e, tb.tb_frame.f_code.co_name, tb.tb_lineno)


def frames(k=0):
    return sys._getframe(1).f_code.co_name


def caller():
    return o.m(frames(k=1), k=frames(k=2))


print(caller())
o.s(1, k=sys._getframe().f_lineno)
print(o.s(1, k=sys._getframe().f_lineno))


# popitem as a statement drops its pair; as an expression the pair is
# built; a __bool__ of `last` that pops (and keeps) from another dict
# while the first call starts.
def drops():
    od = OrderedDict((i, str(i)) for i in range(8))
    other = OrderedDict(a=1, b=2)
    seen = []

    class Last:
        def __bool__(self):
            seen.append(other.popitem(last=True))
            return False

    od.popitem(last=False)
    od.popitem(last=True)
    kept = od.popitem(last=False)
    od.popitem(last=Last())
    pairs = [od.popitem(last=False) for _ in range(1)]
    r = od.popitem(last=Last()), od.popitem(last=False)
    return list(od.items()), kept, seen, pairs, r, list(other.items())


print(drops())
try:
    OrderedDict().popitem(last=False)
except KeyError as e:
    print("KeyError", e)

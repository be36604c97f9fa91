# Split-keys instances made by compiled code (jit/record_alloc.go's pools
# of split instances): the values written, the count advanced, and the
# instances used afterwards by the interpreter: vars(), attributes added,
# deleted and out of order, __class__ assignment, weak references, and
# the loops that read them.
import gc
import weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = None


class Q:
    def __init__(self, x):
        self.x = x
        self.name = 'q'


def make(n):
    out = []
    for i in range(n):
        out.append(P(i, i * 0.5))
    return out


ps = make(2000)
print(len(ps), vars(ps[0]), vars(ps[-1]))


def total(ps):
    s = 0.0
    for p in ps:
        s += p.x + p.y
        if p.tag is None:
            s += 1
    return s


print(total(ps))
ps[10].extra = 1
ps[11].y = 'y'
del ps[12].x
ps[13].__class__ = Q
ps[14].tag = ps[15]
print(vars(ps[10]), vars(ps[11]), vars(ps[12]), vars(ps[13]), ps[14].tag.x)
try:
    print(total(ps))
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__, exc)
ps[11].y = 1.0
ps[12].x = 12
ps[13].y = 0
print(total([p for p in ps if type(p) is P]))

# Objects stored in new instances, dropped and collected.
def objects(n):
    last = None
    keep = []
    for i in range(n):
        q = Q(last)
        last = q
        if i % 500 == 0:
            keep.append(q)
    return last, keep


last, keep = objects(3000)
depth = 0
while last is not None:
    depth += 1
    last = last.x
print(depth, len(keep), [vars(k)['name'] for k in keep][:2])

refs = []


def weak(n):
    for i in range(n):
        p = P(i, 0)
        if i % 700 == 0:
            refs.append(weakref.ref(p))
    return p


alive = weak(2100)
gc.collect()
print([r() is None for r in refs], alive.x)

# An exception inside the loop that makes the instances.
def failing(n):
    out = []
    for i in range(n):
        try:
            out.append(P(10 // (i % 700 - 3), i))
        except ZeroDivisionError:
            out.append(None)
    return out


r = failing(2000)
print(sum(1 for p in r if p is None), vars(r[0]), vars(r[1999]))

# An int value overflowing as it is stored into a new instance.
def big(n):
    out = []
    v = 1
    for i in range(n):
        v = v * 7 + i
        out.append(P(v, i))
    return out


b = big(100)
print(b[-1].x % 1000003, b[20].y)

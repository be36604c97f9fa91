# Split-keys instances copied, pickled through __reduce_ex__, and weakly
# referenced.
import copy
import copyreg
import gc
import weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'


p = P(1, [2, 3])
c = copy.copy(p)
dc = copy.deepcopy(p)
print(c, dc, c.y is p.y, dc.y is p.y, vars(c), vars(dc))
c.x = 10
print(p, c)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is P, r[2])


def unpickle(r):
    # What pickle does with a __reduce_ex__(2) of an instance.
    obj = r[0](*r[1])
    if r[2] is not None:
        obj.__dict__.update(r[2])
    return obj


s = unpickle(p.__reduce_ex__(2))
print(s, vars(s), type(s) is P)
many = [P(i, str(i)) for i in range(5)]
back = [unpickle(m.__reduce_ex__(4)) for m in many]
print(back, [vars(b) for b in back][:2])
back[0].z = 1
print(vars(back[0]), vars(many[0]))
print(copy.deepcopy(many) == many, [vars(b) for b in copy.copy(many)][-1])

# Weak references to split instances.
class W:
    def __init__(self, v):
        self.v = v


w = W(5)
ref = weakref.ref(w)
print(ref() is w, ref().v)
w.v = 6
print(ref().v)
del w
gc.collect()
print(ref())
ws = [W(i) for i in range(4)]
refs = weakref.WeakValueDictionary({i: o for i, o in enumerate(ws)})
print(sorted(refs), refs[2].v)
del ws[:2]
gc.collect()
print(sorted(refs))

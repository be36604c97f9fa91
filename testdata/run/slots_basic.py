class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 9
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'yes'
print(s.only, Single.__slots__)

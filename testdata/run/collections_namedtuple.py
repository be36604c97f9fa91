# collections.namedtuple, UserList, UserString.
from collections import namedtuple, UserList, UserString

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, Point.__module__, isinstance(p, tuple), p == (1, 2))
x, y = p; print(x + y, hash(p) == hash((1, 2)), Point._field_defaults)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1]); print(P3(9), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', 'a def a _b', rename=True); print(R._fields)
E = namedtuple('E', ''); print(E(), E._fields)
S = namedtuple('S', 'one'); print(S(1), S._make('a'))
print(namedtuple('M', 'q', module='mymod').__module__)
match p:
    case Point(x, y):
        print('matched', x, y)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: p._replace(z=3))
show(lambda: Point._make([1]))
show(lambda: namedtuple('1a', 'x'))
show(lambda: namedtuple('A', 'def'))
show(lambda: namedtuple('A', '_x'))
show(lambda: namedtuple('A', 'x x'))
show(lambda: namedtuple('A', 'x', defaults=[1, 2]))
show(lambda: setattr(p, 'x', 3))

ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [9], ul * 2, ul == [0, 1, 2, 3])
ul.extend(UserList([7])); ul.insert(0, -1); print(ul.pop(), ul.index(1), ul.count(1), ul, 2 in ul)
us = UserString('Hello'); print(us, repr(us), us.upper(), us[1:3], us + '!', len(us), 'ell' in us, us.split('l'), us == 'Hello', type(us.lower()).__name__)

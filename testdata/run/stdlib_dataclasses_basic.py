# dataclasses: the generated __init__, __repr__ and __eq__, defaults,
# default_factory, fields(), __match_args__ and the class's __doc__.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(1, 3), p != Point(1, 2), p == (1, 2))
print(Point.__hash__)
print(Point.__doc__)
print(Point.__dataclass_params__)
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__, Point.__init__.__defaults__)
print(Point.__init__.__code__.co_varnames[:Point.__init__.__code__.co_argcount])
print(Point.y, 'x' in Point.__dict__)
print(sorted(Point.__dataclass_fields__))

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)


@dataclass()
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)


a = Inventory('a')
b = Inventory('a')
a.tags.append('x')
print(a, b, a.tags is b.tags, a == b)
b.tags.append('x')
b.secret = 'other'
print(a == b, a.count)
print(Inventory.__doc__)
for f in fields(Inventory):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING,
          f.init, f.repr, f.hash, f.compare, f.kw_only, f.metadata)
print(fields(a) == fields(Inventory), type(fields(a)).__name__)
print(is_dataclass(a), is_dataclass(Inventory), is_dataclass(1), is_dataclass(int))
print(isinstance(fields(a)[0], dataclasses.Field))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass
class Documented:
    """My own doc."""
    a: int


print(Documented.__doc__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 3


print(Bare().a, Bare() == Bare(), Bare.__hash__ is object.__hash__, repr(Bare.__doc__))
print(repr(Bare()).startswith('<__main__.Bare object at '))


class Outer:
    @dataclass
    class Inner:
        v: float


print(Outer.Inner(1.5), Outer.Inner.__init__.__qualname__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = None


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
print(child)
loop = Node(0)
loop.parent = loop
print(loop)
print([loop, loop])

nan = float('nan')
print(Point(nan) == Point(nan), Point(nan, 1) != Point(nan, 1))


@dataclass
class Selfish:
    self: int
    other: int = 2


print(Selfish(self=1), Selfish(3, 4))

match Point(1, 2):
    case Point(1, y):
        print('matched y =', y)

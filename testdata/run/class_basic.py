class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    @classmethod
    def origin(cls):
        return cls()
    @staticmethod
    def parse(s):
        return Point(*map(int, s.split(',')))
p = Point(3, 4)
print(p, p.dist2(Point.origin()), Point.parse('1,2'), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)), Point.__doc__, Point.__name__, Point.__qualname__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object), Point.__bases__)
print(hasattr(p, 'x'), getattr(p, 'z', 'none'), p.__dict__)
setattr(p, 'z', 5); delattr(p, 'x')
print(p.__dict__)
try:
    p.x
except AttributeError as e:
    print(e)
try:
    Point.nope
except AttributeError as e:
    print(e)
print(Point.dist2(Point(1, 1), Point(0, 0)), p.origin(), p.parse('5,6'))
class Empty: pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__module__, Empty.__mro__)

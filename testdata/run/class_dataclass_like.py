def record(*fields):
    """A class decorator that generates __init__, __repr__, __eq__ like a tiny dataclass."""
    def deco(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f'{cls.__name__} takes {len(fields)} arguments')
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f'unknown field {k!r}')
                if k in values:
                    raise TypeError(f'duplicate value for {k!r}')
                values[k] = v
            missing = [f for f in fields if f not in values]
            if missing:
                raise TypeError(f'missing {", ".join(missing)}')
            for k in fields:
                setattr(self, k, values[k])
        def __repr__(self):
            return f'{cls.__name__}(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        def __hash__(self):
            return hash(tuple(getattr(self, f) for f in fields))
        cls.__init__, cls.__repr__, cls.__eq__, cls.__hash__ = __init__, __repr__, __eq__, __hash__
        cls.__match_args__ = fields
        return cls
    return deco
@record('x', 'y')
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)
@record('name', 'tags')
class Item:
    pass
p = Point(1, y=-2)
print(p, p.norm1(), p == Point(1, -2), p != Point(0, 0), len({p, Point(1, -2)}))
print(Item('pen', ['office']))
match p:
    case Point(1, y):
        print('matched y =', y)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, z=3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

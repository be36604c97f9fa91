def namedtuple(name, fields):
    fields = tuple(fields.replace(',', ' ').split())
    def __new__(cls, *args, **kw):
        vals = list(args) + [kw.pop(f) for f in fields[len(args):] if f in kw]
        if kw or len(vals) != len(fields):
            raise TypeError(f'{name} expects {len(fields)} fields')
        return tuple.__new__(cls, vals)
    def __repr__(self):
        return f'{name}(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'
    def _asdict(self):
        return dict(zip(fields, self))
    def _replace(self, **kw):
        return type(self)(*[kw.get(f, v) for f, v in zip(fields, self)])
    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '_fields': fields, '__slots__': ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)
Point = namedtuple('Point', 'x, y')
p = Point(3, y=4)
print(p, p.x, p.y, p[0], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(y=10), Point._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(hash(p) == hash((3, 4)), {p: 'point'}[(3, 4)])
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print(e)

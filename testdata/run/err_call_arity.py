class Shape:
    def __init__(self, w, h=1):
        self.w, self.h = w, h
    def scale(self, factor, *, inplace=False):
        return factor
    @classmethod
    def square(cls, side):
        return cls(side, side)
    @staticmethod
    def unit():
        return Shape(1)
def free(a, b=2, *args, c, **kw):
    pass
calls = [
    lambda: Shape(), lambda: Shape(1, 2, 3), lambda: Shape(1, w=2), lambda: Shape(1, d=4),
    lambda: Shape(1).scale(), lambda: Shape(1).scale(1, 2), lambda: Shape(1).scale(1, inplace=1, x=2),
    lambda: Shape.scale(1), lambda: Shape.square(), lambda: Shape.square(1, 2), lambda: Shape.unit(1),
    lambda: free(), lambda: free(1), lambda: free(1, 2, 3), lambda: free(c=1),
    lambda: len(), lambda: len(1, 2), lambda: isinstance(1), lambda: abs(1, 2), lambda: divmod(1),
    lambda: [].append(1, 2), lambda: {}.get(1, 2, 3), lambda: 'x'.split(1), lambda: 'x'.replace('a'),
    lambda: int(1, 2, 3), lambda: sorted(), lambda: sorted([], None), lambda: max(key=len),
    lambda: getattr(1), lambda: setattr(1, 'a'), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: print(end=1), lambda: dict(1, 2), lambda: (lambda *, a: a)(1), lambda: (lambda a, /: a)(a=1),
]
for call in calls:
    try:
        call()
        print('no error?')
    except TypeError as e:
        print(e)

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, c, r): self.center, self.r = c, r
class Rect:
    def __init__(self, w, h): self.w, self.h = w, h
def area(s):
    match s:
        case Circle(Point(x=0, y=0), r):
            return f'circle at origin r={r}'
        case Circle(_, r=r) if r > 10:
            return 'big circle'
        case Circle(Point(x, y), r):
            return f'circle at ({x}, {y}) r={r}'
        case Rect(w=w, h=h) if w == h:
            return f'square {w}'
        case Rect(w=w, h=h):
            return f'rect {w}x{h}'
        case Point():
            return 'a point'
        case int(n) | float(n):
            return f'number {n}'
        case str() | bytes():
            return 'text'
        case [Point(x=x1), Point(x=x2)]:
            return f'two points, x={x1},{x2}'
        case _:
            return 'unknown'
shapes = [Circle(Point(0, 0), 1), Circle(Point(1, 2), 11), Circle(Point(1, 2), 3), Rect(2, 2), Rect(2, 3),
          Point(9, 9), 5, 2.5, 'hi', b'b', [Point(1, 0), Point(2, 0)], None]
for s in shapes:
    print(area(s))
try:
    match Rect(1, 2):
        case Rect(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
match True:
    case bool(b):
        print('bool self-match', b)

from . import shapes
from .shapes import Square as _Sq
calls = 0
def biggest(sides):
    global calls
    calls += 1
    return max((_Sq(s) for s in sides), key=shapes.area_of)

from .. import VERSION
from ..shapes import Square
from ..util import biggest
def depth_info():
    return f'{__name__} sees VERSION={VERSION}, biggest={biggest([2, 5, 3])!r}, Square={Square.__name__}'

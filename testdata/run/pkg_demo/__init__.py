"""A demo package used by the import_* programs."""
print('pkg_demo/__init__ running, __name__ =', __name__)
VERSION = (1, 2, 0)
from .shapes import Square, area_of
from . import util
__all__ = ['Square', 'area_of', 'VERSION', 'greet']
def greet(who):
    return f'hello {who} from {__name__}'
_private = 'hidden from star import'

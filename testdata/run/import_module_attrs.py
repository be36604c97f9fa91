import lib.stars as stars
import types
print(type(stars).__name__, isinstance(stars, types.ModuleType), stars.__name__, stars.__package__)
print(sorted(k for k in vars(stars) if not k.startswith('__')))
stars.injected = 'set from outside'
from lib.stars import injected
print(injected)
m = types.ModuleType('synthetic', 'doc here')
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
import sys
sys.modules['synthetic'] = m
import synthetic
print(synthetic is m)
print(hasattr(stars, '__file__'), stars.__spec__.name, stars.__loader__ is not None)
import math, os as operating_system, sys as _s
print(operating_system.sep, _s is sys)
def lazy():
    import lib.counter
    return lib.counter.bump()
print(lazy(), lazy())

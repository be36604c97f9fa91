try:
    import lib.raises
except ValueError as e:
    print('import failed:', e)
import sys
print('lib.raises' in sys.modules)
try:
    from pkg_demo import no_such_thing
except ImportError as e:
    print(str(e).split(' (')[0])
try:
    import pkg_demo.nope
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import lib.stars.deeper
except ModuleNotFoundError as e:
    print(e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
import importlib
try:
    importlib.import_module('..x', 'lib')
except ImportError as e:
    print(type(e).__name__, e)

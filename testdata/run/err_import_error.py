try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(e)
try:
    from os import path, nonexistent_fn
except ImportError as e:
    print(str(e).split(' (')[0], e.name, type(e).__name__)
try:
    __import__('')
except ValueError as e:
    print('ValueError', e)
print(issubclass(ModuleNotFoundError, ImportError))
import definitely_missing_package.sub

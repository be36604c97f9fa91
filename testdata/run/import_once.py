import sys
import lib.counter
import lib.counter as again
from lib import counter
from lib.counter import bump
print(lib.counter is again is counter, bump(), bump(), counter.count)
del sys.modules['lib.counter']
import lib.counter as fresh
print(fresh is counter, fresh.count, counter.count)
import importlib
mod = importlib.import_module('lib.counter')
print(mod is fresh)
m2 = importlib.import_module('.stars', 'lib')
print(m2.__name__, m2.public)
math = importlib.import_module('math')
print(math.floor(2.5))

from pkg_demo import *
print(sorted(n for n in dir() if not n.startswith('__')))
print(greet('star'), Square(2), VERSION)
from lib.stars import *
print(public, helper())
try:
    _hidden
except NameError as e:
    print(e)
from lib import stars
print(stars._hidden)

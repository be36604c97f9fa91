from cmd_pkg.show import show

show(globals())
from . import show as again  # a relative import works because __package__ is set
print("relative import", again.__name__)

from cmd_pkg.show import show

show(globals())
from .show import rel
print("relative import", rel.__name__)

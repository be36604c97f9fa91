"""Module docstring, dropped by -OO."""
import sys


def documented():
    "Function docstring."
    return 1


class Documented:
    "Class docstring."


print(sys.flags.optimize, __debug__, __doc__)
print(documented.__doc__, Documented.__doc__)
assert False, "asserts are gone under -O"
if __debug__:
    print("debug branch")
else:
    print("optimized branch")
exec("assert 0\nprint('exec ran', __debug__)")
print(eval("__debug__"), compile("assert 0", "<s>", "exec") is not None)

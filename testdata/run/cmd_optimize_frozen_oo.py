# -OO reaches the builtin modules written in Python as CPython's
# .opt-2.pyc: their asserts are gone and their docstrings too, but not
# those of the classes standing for C types.
import lib.optimize_frozen

lib.optimize_frozen.report()
assert False, 'the main program is optimized too'
print('end')

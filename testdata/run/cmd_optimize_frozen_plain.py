# Without -O the asserts of the builtin modules written in Python check
# their arguments (the reference for cmd_optimize_frozen and _oo).
import lib.optimize_frozen

lib.optimize_frozen.report()
assert False, 'the main program is optimized too'
print('end')

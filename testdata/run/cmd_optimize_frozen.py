# -O reaches the builtin modules written in Python as CPython's .opt-1.pyc:
# warnings.filterwarnings and simplefilter check their arguments with
# assert statements, which -O compiles out, so bad arguments pass.
import lib.optimize_frozen

lib.optimize_frozen.report()
assert False, 'the main program is optimized too'
print('end')

# -OO reaches the builtin modules written in Python as CPython's
# .opt-2.pyc: their asserts are gone and their docstrings too, but not
# those of the classes standing for C types.
import sys
import warnings

print(sys.flags.optimize, __debug__)
for call in (lambda: warnings.filterwarnings('bogus'),
             lambda: warnings.simplefilter('nonsense'),
             lambda: warnings.simplefilter('ignore', lineno=-1)):
    try:
        call()
        print('accepted')
    except AssertionError as e:
        print('AssertionError', e)
    finally:
        warnings.resetwarnings()
import enum, re, collections, json, dataclasses
print(enum.Enum.__doc__ is None, json.dumps.__doc__ is None, dataclasses.dataclass.__doc__ is None)
print(repr(re.RegexFlag.__doc__), repr(collections.OrderedDict.__doc__))
print(collections.defaultdict.__doc__.splitlines()[0])
assert False, 'the main program is optimized too'
print('end')

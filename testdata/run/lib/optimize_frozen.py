# The report of cmd_optimize_frozen, _oo and _plain, which run it under -O,
# -OO and neither: whether the asserts of the builtin modules written in
# Python check their arguments and which docstrings those modules keep.
import sys
import warnings


def report():
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

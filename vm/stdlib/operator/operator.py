"""Operator interface.

This module exports a set of functions implemented in Python
corresponding to the intrinsic operators of Python.  For example,
operator.add(x, y) is equivalent to the expression x+y.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _abs


def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return True if a else False
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b
def abs(a, /): return _abs(a)
def add(a, b, /): return a + b
def and_(a, b, /): return a & b
def floordiv(a, b, /): return a // b
def inv(a, /): return ~a
invert = inv
def lshift(a, b, /): return a << b
def mod(a, b, /): return a % b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def neg(a, /): return -a
def or_(a, b, /): return a | b
def pos(a, /): return +a
def pow(a, b, /): return a ** b
def rshift(a, b, /): return a >> b
def sub(a, b, /): return a - b
def truediv(a, b, /): return a / b
def xor(a, b, /): return a ^ b


def index(a, /):
    """Same as a.__index__()"""
    if isinstance(a, int):
        return int(a) if type(a) is bool else a
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    return method(a)


def concat(a, b, /):
    """Same as a + b, for a and b sequences."""
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b, /): return b in a


def countOf(a, b, /):
    """Return the number of items in a which are, or which equal, b."""
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b, /): del a[b]
def getitem(a, b, /): return a[b]
def setitem(a, b, c, /): a[b] = c


def indexOf(a, b, /):
    """Return the first index of b in a."""
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(*args, **kwargs):
    """Return an estimate of the number of items in obj."""
    # length_hint(obj, default=0, /), with argument clinic's messages.
    if kwargs:
        raise TypeError("length_hint() takes no keyword arguments")
    if not 1 <= len(args) <= 2:
        raise TypeError("length_hint expected %s, got %d" % (
            "at least 1 argument" if not args else "at most 2 arguments", len(args)))
    obj, default = args if len(args) == 2 else (args[0], 0)
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


def iadd(a, b, /):
    a += b
    return a
def iand(a, b, /):
    a &= b
    return a
def ifloordiv(a, b, /):
    a //= b
    return a
def ilshift(a, b, /):
    a <<= b
    return a
def imod(a, b, /):
    a %= b
    return a
def imul(a, b, /):
    a *= b
    return a
def imatmul(a, b, /):
    a @= b
    return a
def ior(a, b, /):
    a |= b
    return a
def ipow(a, b, /):
    a **= b
    return a
def irshift(a, b, /):
    a >>= b
    return a
def isub(a, b, /):
    a -= b
    return a
def itruediv(a, b, /):
    a /= b
    return a
def ixor(a, b, /):
    a ^= b
    return a


def iconcat(a, b, /):
    """Same as a += b, for a and b sequences."""
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


from _operator import attrgetter, itemgetter, methodcaller
# The Go versions of the functions above (CPython's _operator's), which
# show no frame of their own in tracebacks.
from _operator import (lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, add, and_,
                       floordiv, index, inv, invert, lshift, mod, mul, matmul, neg, or_, pos,
                       pow, rshift, sub, truediv, xor, concat, contains, countOf, delitem,
                       getitem, indexOf, setitem, call, iadd, iand, iconcat, ifloordiv,
                       ilshift, imod, imul, imatmul, ior, ipow, irshift, isub, itruediv, ixor)


for _name in __all__:
    if _name.startswith('i') and _name[1:] in ('add', 'and', 'concat', 'floordiv', 'lshift',
                                                'matmul', 'mod', 'mul', 'or', 'pow', 'rshift',
                                                'sub', 'truediv', 'xor'):
        globals()['__%s__' % _name] = globals()[_name]
for _name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'floordiv',
              'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or',
              'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains',
              'delitem', 'getitem', 'setitem', 'call'):
    globals()['__%s__' % _name] = globals()[_name if _name in globals() and _name not in ('not', 'and', 'or') else _name + '_']
del _name

# weakref.proxy forwards the numeric and conversion protocols to its referent.
import operator
import weakref

class N:
    def __init__(s, v): s.v = v
    def __bytes__(s): return b'xy'
    def __reversed__(s): return iter([3, 2])
    def __int__(s): return 7
    def __float__(s): return 2.5
    def __index__(s): return 5
    def __round__(s, n=None): return ('round', n)
    def __abs__(s): return 'abs'
    def __pow__(s, o, m=None): return ('pow', o, m)
    def __divmod__(s, o): return ('divmod', o)
    def __matmul__(s, o): return 'matmul'
    def __contains__(s, o): return o == 1
    def __iter__(s): return s
    def __next__(s):
        s.v -= 1
        if s.v < 0: raise StopIteration
        return s.v
    def __hash__(s): return 1
    def __format__(s, spec): return 'fmt' + spec
n = N(3)
p = weakref.proxy(n)
for f in [bytes, lambda x: list(reversed(x)), int, float, operator.index, round, lambda x: round(x, 2), abs, lambda x: pow(x, 2), lambda x: pow(x, 2, 5), lambda x: divmod(x, 3), lambda x: x @ 1, lambda x: 1 in x, lambda x: 2 in x, next, list, lambda x: format(x, 'q'), lambda x: [1,2,3,4,5,6][x], lambda x: x.__class__.__name__, lambda x: isinstance(x, N), lambda x: type(x).__name__]:
    try:
        r = f(p)
        if isinstance(r, list) and len(r) > 10: r = ('list', len(r), '__bytes__' in r)
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

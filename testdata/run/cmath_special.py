# cmath at infinities, NaNs, signed zeros and the extremes: C99 Annex G's
# special values with CPython's signs, and which inputs raise.
import cmath

vals = [float('-inf'), -2.5, -0.0, 0.0, 2.5, float('inf'), float('nan'), 1e-310, 1e308]


def show(x):
    return repr(x) if x == x else 'nan'


names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
         'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']
for n in names:
    f = getattr(cmath, n)
    print('--', n)
    for x in vals:
        row = []
        for y in vals:
            try:
                r = f(complex(x, y))
                row.append('%s,%s' % (show(r.real), show(r.imag)))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[:5])
        print(show(x), ' '.join(row))
print('-- rect / polar / phase / log(x, y)')
for x in vals:
    for y in vals:
        out = []
        for f in (cmath.rect, lambda a, b: cmath.polar(complex(a, b)),
                  lambda a, b: cmath.phase(complex(a, b)), cmath.log):
            try:
                out.append(repr(f(x, y)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        print(show(x), show(y), *out)

"""Regenerates libm_glibc.txt: sample arguments of the math functions
whose results come from the C library (and of gamma and lgamma, which
CPython computes itself from it), with the results CPython 3.12 gives on
glibc (x86-64), as hex floats: "fn arg... -> result".

    python3.12 gen_libm_glibc.py
"""
import math, random, sys
assert sys.version_info[:2] == (3, 12), sys.version
random.seed(20261130)
args = [math.pi, 1.0, 0.5, 27.0, 8.0, 1000.0, 1e-300, 3.0, 10.0, 0.1, 2.5]
for _ in range(40):
    args += [random.uniform(-10, 10), random.uniform(0, 1), 10 ** random.uniform(-300, 300),
             random.uniform(-1e6, 1e6), random.uniform(-800, 800)]
unary = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
         'acosh', 'exp', 'exp2', 'log', 'log2', 'log10', 'cbrt', 'gamma', 'lgamma']
out = []
for x in args:
    for fn in unary:
        try:
            r = getattr(math, fn)(x)
        except (ValueError, OverflowError):
            continue
        out.append('%s %s -> %s' % (fn, x.hex(), r.hex()))
    for fn, a in (('pow', (abs(x) % 50, x % 7)), ('pow', (x, 3.0)), ('atan2', (x, 3.0)), ('atan2', (-2.0, x))):
        try:
            r = getattr(math, fn)(*a)
        except (ValueError, OverflowError):
            continue
        out.append('%s %s -> %s' % (fn, ' '.join(v.hex() for v in a), r.hex()))
with open('libm_glibc.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')

# Writes cpython_grid.txt.gz: CPython 3.12's cmath results, bit for bit,
# over a grid of special and ordinary values and seeded random inputs.
# Run with CPython 3.12 (from this directory):
#   $(pyenv root)/versions/3.12.1/bin/python3.12 gen_cpython_grid.py
# Each line: function, the input's two parts and the result's two parts
# as 16 hex digits of their IEEE bits, or the exception's name.
import cmath
import gzip
import math
import random
import struct

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           1e-300, -1e-300, 1e-20, 1e-8, 0.5, -0.5, 0.9999999999999999, 1.0, -1.0,
           1.0000000000000002, 2.0, -2.0, math.pi, 10.0, 700.0, 710.0, -710.0, 1e10, 1e150,
           1e300, -1e300, 1.7976931348623157e308]
UNARY = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
         'cosh', 'tanh', 'asinh', 'acosh', 'atanh']


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def inputs():
    for x in SPECIAL:
        for y in SPECIAL:
            yield x, y
    rng = random.Random(20261201)
    for _ in range(300):
        yield rng.uniform(-10, 10), rng.uniform(-10, 10)
    for _ in range(300):
        yield (rng.choice((-1, 1)) * 10.0 ** rng.uniform(-300, 300),
               rng.choice((-1, 1)) * 10.0 ** rng.uniform(-300, 300))


def result(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return type(e).__name__
    if isinstance(r, float):
        return bits(r)
    return bits(r.real) + ' ' + bits(r.imag)


with gzip.open('cpython_grid.txt.gz', 'wt', compresslevel=9) as out:
    for x, y in inputs():
        z = complex(x, y)
        for name in UNARY:
            out.write('%s %s %s %s\n' % (name, bits(x), bits(y), result(getattr(cmath, name), z)))
        out.write('abs %s %s %s\n' % (bits(x), bits(y), result(abs, z)))
        out.write('phase %s %s %s\n' % (bits(x), bits(y), result(cmath.phase, z)))
        out.write('rect %s %s %s\n' % (bits(x), bits(y), result(cmath.rect, x, y)))

# cmath: constants, ordinary values, argument conversion, log with a base,
# polar and rect, isclose, and the error messages.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj), cmath.isnan(cmath.nanj))
for z in [1, -1, 2j, -2j, 1 + 1j, -3.5 + 0.25j, 0.5, 10, -0.0, 1e-20j]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.sin(z), cmath.cos(z), cmath.tan(z))
    print('  ', cmath.asin(z), cmath.acos(z), cmath.atan(z) if z not in (1j, -1j) else '')
    print('  ', cmath.sinh(z), cmath.cosh(z), cmath.tanh(z), cmath.asinh(z), cmath.acosh(z))
    if z not in (1, -1):
        print('  ', cmath.atanh(z), cmath.log(z) if z != 0 else '', cmath.log10(z) if z != 0 else '')
    print('  ', cmath.phase(z), cmath.polar(z))

# Branch cuts: the sign of a zero imaginary part picks the side.
print(cmath.sqrt(complex(-4, 0.0)), cmath.sqrt(complex(-4, -0.0)))
print(cmath.log(complex(-1, 0.0)), cmath.log(complex(-1, -0.0)))
print(cmath.asin(complex(2, 0.0)), cmath.asin(complex(2, -0.0)))
print(cmath.acos(complex(2, 0.0)), cmath.acos(complex(2, -0.0)))
print(cmath.atan(complex(0.0, 2)), cmath.atan(complex(-0.0, 2)))
print(cmath.atanh(complex(2, 0.0)), cmath.atanh(complex(2, -0.0)))
print(cmath.acosh(complex(0.5, 0.0)), cmath.acosh(complex(0.5, -0.0)))
print(cmath.asinh(complex(0.0, 2)), cmath.asinh(complex(-0.0, 2)))
print(cmath.phase(complex(-1, 0.0)), cmath.phase(complex(-1, -0.0)), cmath.phase(-0.0), cmath.phase(0.0))

print(cmath.log(100, 10), cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-8, -2), cmath.log(0, 2))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(-1, 0), cmath.rect(0, 1), cmath.rect(3, -0.0))
print(cmath.polar(3 + 4j), cmath.polar(-1), cmath.polar(complex(float('inf'), float('nan'))))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(1, float('inf'))), cmath.isinf(complex(float('-inf'), 0)),
      cmath.isnan(complex(0, float('nan'))), cmath.isinf(complex(float('nan'), float('inf'))))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j), cmath.isclose(1j, 1.001j, rel_tol=0.01),
      cmath.isclose(0, 1e-10j), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj),
      cmath.isclose(cmath.inf, cmath.infj), cmath.isclose(cmath.nan, cmath.nan))


class Cx:
    def __complex__(self):
        return 2 + 0j


class Fl:
    def __float__(self):
        return 4.0


class Ix:
    def __index__(self):
        return 9


print(cmath.sqrt(Cx()), cmath.sqrt(Fl()), cmath.sqrt(Ix()), cmath.sqrt(True), cmath.exp(10 ** 2))


class Bad:
    def __complex__(self):
        return 1


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


for f, args, kwargs in [
    (cmath.sqrt, ('a',), {}), (cmath.sqrt, (None,), {}), (cmath.sqrt, (Bad(),), {}),
    (cmath.sqrt, (1, 2), {}), (cmath.sqrt, (), {'z': 1}), (cmath.sqrt, (), {}), (cmath.sqrt, (10 ** 400,), {}),
    (cmath.log, (0,), {}), (cmath.log, (1, 1), {}), (cmath.log, (1, 0), {}), (cmath.log, (), {}),
    (cmath.log, (1, 2, 3), {}), (cmath.log10, (0j,), {}), (cmath.atanh, (1,), {}), (cmath.atanh, (-1,), {}),
    (cmath.exp, (1000,), {}), (cmath.exp, (complex(710, 1),), {}), (cmath.cosh, (1000,), {}),
    (cmath.sinh, (complex(-1000, 1),), {}), (cmath.cos, (1000j,), {}), (cmath.sin, (complex(1, 1000),), {}),
    (cmath.tan, (complex(1, 1000),), {}), (cmath.tanh, (complex(1000, 1),), {}),
    (cmath.exp, (complex(1, float('inf')),), {}), (cmath.cosh, (complex(float('inf'), float('inf')),), {}),
    (cmath.polar, (complex(1e308, 1e308),), {}), (cmath.phase, (complex(1e300, 1e-300),), {}),
    (cmath.rect, (1,), {}), (cmath.rect, (1j, 1), {}), (cmath.rect, (1, float('inf')), {}),
    (cmath.rect, (0, float('inf')), {}), (cmath.rect, (float('inf'), 0), {}),
    (cmath.isclose, (1, 2, 3), {}), (cmath.isclose, (1, 2), {'rel_tol': -1}), (cmath.isclose, (1,), {}),
    (cmath.isclose, (1, 2), {'abs_tol': 'x'}), (cmath.isnan, ('x',), {}),
]:
    attempt(f, *args, **kwargs)

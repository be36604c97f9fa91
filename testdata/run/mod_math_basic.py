import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 40))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(1, -0.0))
print(math.factorial(20), math.factorial(30), math.gcd(48, 18), math.gcd(0, 0), math.gcd(12, 18, 24), math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.pow(2, 10), math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(0), math.erf(0), math.gamma(5), math.lgamma(1))
print(math.cbrt(27), math.exp2(10), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0), math.sumprod([1, 2], [3, 4]))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5),
            lambda: math.acos(2), lambda: math.isqrt(-4), lambda: math.exp(1000), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

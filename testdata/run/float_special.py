import math
inf, nan = float('inf'), float('nan')
print(inf + 1, inf * -1, -inf < -1e308, inf == inf, inf - 1e308)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, math.isnan(nan * 2))
print(max(1, nan), max(nan, 1), min([nan, 3, 1]))
print(sorted([3.0, 1.0, 2.0]), 0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(float('1e309'), float('-1e309'), 1e-400, -1e-400)
print(5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2)
print(repr(-0.0), 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0 * 0), 1 / inf, -1 / inf)
print(int(1e18), int(1.9999999999999999))
for bad in [lambda: round(inf), lambda: int(nan), lambda: math.floor(inf)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float(2 ** 1023) * 2, 2.0 ** 1023 * 1.9999999)
print(f'{inf}', f'{nan:>6}', f'{-inf:+}', str(float('Infinity')), float('-NaN'))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 9007199254740993.0)

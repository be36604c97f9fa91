for c in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0,
          lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (1 + 1j) / 0,
          lambda: pow(0, -2), lambda: 10 ** 100 // 0]:
    try:
        c()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
import math
for c in [lambda: 10.0 ** 400, lambda: math.exp(1000), lambda: float(10 ** 400), lambda: 2 ** 10000 / 1.5,
          lambda: int(1e308) * 1.0 * 10, lambda: math.ldexp(1.0, 5000), lambda: [0] * (2 ** 70),
          lambda: 'x' * (2 ** 70), lambda: (1.5).as_integer_ratio() and int(float('inf'))]:
    try:
        print(c())
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(5 % 0)

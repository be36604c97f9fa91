print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.5 + 2, 3 * 0.5, 7 / 2.0, 2 ** 0.5, 10 ** -1)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5, -2))
print(round(7.0), type(round(7.5)), round(7.5, 0), type(round(7.5, 0)))
print(int(2.9), int(-2.9), float(7), float('  3.25 '), float('1e3'), float('-Infinity'), float('nan'))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((255.5).hex(), float.fromhex('0x1.8p1'), (1.0).hex())
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float('inf')
print(inf - inf, inf * 0, inf / inf == inf / inf, inf > 1e308)
print(max(1.0, 2), min(-0.0, 0.0), abs(-0.0))
print(3.7 // 1, 3.7 % 1 == 3.7 - 3, -3.7 // 1)
print(divmod(-7.5, 2), divmod(7.5, -2))
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate())
for bad in ['abc', '', '1.2.3', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    (-8.0) ** 0.5 + 1
    print('complex result:', (-8.0) ** 0.5)
except ValueError as e:
    print(e)

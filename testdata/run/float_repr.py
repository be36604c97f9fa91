# Shortest round-tripping repr and str of floats.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4,
        0.0001, 1.5e300, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, 100.0,
        1e22, 1e23, -0.0, 3.14159, 12345678901234567890.0, 0.000123, 9.999999999999999e15]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(repr(1e100), 1e-100, 2.5e-7)
print([0.5, 1.25, -2.75])
print(str(1.0), str(10.0), str(1e0), 1.0 * 10 ** 16)

roots = []
a, b, c = 1, 2, 5
disc = b * b - 4 * a * c
sq = disc ** 0.5
print(type(sq).__name__, sq)
r1 = (-b + sq) / (2 * a)
r2 = (-b - sq) / (2 * a)
print(r1, r2, r1 * r2, r1 + r2)
z = complex(0, 1)
print(z ** 2, z ** 3, z ** 4, (1 + 1j) ** 8, abs(1 + 1j))
print((3 + 4j) / (1 - 2j), (2j).real, (2j).imag, complex(2.5, -0.5) * 2)
vals = [1 + 2j, -1j, 3, 0.5 + 0j]
print(sum(vals), [v.conjugate() for v in vals])
print(complex('1e3-2.5e-1j'), complex('-j'), complex('  (1+2j)  '))
print(repr(complex(1, float('inf'))), repr(complex(float('nan'), 0)))
print(1j * 1j == -1, 2 + 0j == 2, {1 + 0j: 'x'}[1])

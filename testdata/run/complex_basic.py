z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z * 1j, z * z, z / 2, z - z, -z, +z)
print(complex(1, 2), complex('1+2j'), complex(' 3-4j '), complex(5), complex('j'), complex(1.5))
print(1j ** 2, (1 + 1j) ** 2, 2 ** (1j * 0))
print(z == 3 + 4j, z != 3, 1j == 1j, complex(3, 0) == 3)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(1e20j), repr(1 + 0j))
print(f'{z:.2f}', format(z, ''), f'{z:>20}|')
print(hash(3 + 0j) == hash(3))
try:
    z < z
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    complex('abc')
except ValueError as e:
    print(e)
print(type(z).__name__, isinstance(z, complex))

# Random formats and values for pack/unpack/calcsize (generated once by a
# seeded script; the expected output is CPython's).
import struct
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ' ' + str(e)
fmt = '<3Nh3b3P'
r = t(lambda: struct.pack(fmt, 127, 32767, 65535, -1, 4294967296, 65535, -129, 65535, 32767, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@p3N'
r = t(lambda: struct.pack(fmt, b'hello world', 32767, 128, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2P2b3bx'
r = t(lambda: struct.pack(fmt, 32767, -9223372036854775808, 127, 0, 256, 128, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0e'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!n2IBx'
r = t(lambda: struct.pack(fmt, 127, 255, 256, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3h0P0Bn'
r = t(lambda: struct.pack(fmt, 32767, 4294967296, 256, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>x0h3p'
r = t(lambda: struct.pack(fmt, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@I0lbP'
r = t(lambda: struct.pack(fmt, 255, 65535, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3?3i0Qp'
r = t(lambda: struct.pack(fmt, 1, 1, [], 127, 2147483648, 127, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2f'
r = t(lambda: struct.pack(fmt, 3.14159, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=b3P'
r = t(lambda: struct.pack(fmt, 32767, 128, 18446744073709551616, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0ni3q'
r = t(lambda: struct.pack(fmt, 128, -1, -1, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!s2q'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 0, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2l'
r = t(lambda: struct.pack(fmt, 1, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2?'
r = t(lambda: struct.pack(fmt, 'x', 'x'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 's3Q2n0N'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 1, 2147483648, 128, 4294967296, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3f'
r = t(lambda: struct.pack(fmt, 1.5, 10000000000.0, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<Ip0N2i'
r = t(lambda: struct.pack(fmt, -1, b'hello world', 128, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@QH'
r = t(lambda: struct.pack(fmt, 255, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'I'
r = t(lambda: struct.pack(fmt, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0n3P'
r = t(lambda: struct.pack(fmt, 255, -9223372036854775808, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2c'
r = t(lambda: struct.pack(fmt, b'', b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3lIc'
r = t(lambda: struct.pack(fmt, -1, 127, -9223372036854775808, 9223372036854775808, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0HI'
r = t(lambda: struct.pack(fmt, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<h'
r = t(lambda: struct.pack(fmt, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>QQ'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3Q'
r = t(lambda: struct.pack(fmt, 18446744073709551616, -9223372036854775808, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=BQ'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2xf0d'
r = t(lambda: struct.pack(fmt, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=x0bce'
r = t(lambda: struct.pack(fmt, b'a', inf))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3ed2I2H'
r = t(lambda: struct.pack(fmt, 1.5, 1e+39, 1e-10, inf, -9223372036854775808, 65535, 32767, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3n0f'
r = t(lambda: struct.pack(fmt, 0, 0, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>e'
r = t(lambda: struct.pack(fmt, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0nI0L3e'
r = t(lambda: struct.pack(fmt, -1, 10000000000.0, 0.0, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!c'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2Ls3H'
r = t(lambda: struct.pack(fmt, -129, 4294967296, b'hello world', 0, 256, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3P?'
r = t(lambda: struct.pack(fmt, 32767, 32767, -9223372036854775808, []))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2pHi'
r = t(lambda: struct.pack(fmt, b'a', -1, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0n'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0HP'
r = t(lambda: struct.pack(fmt, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!q3L3c'
r = t(lambda: struct.pack(fmt, 2147483648, -9223372036854775808, 1, 0, b'\xff\x00', b'a', b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3B0N2f'
r = t(lambda: struct.pack(fmt, 2147483648, 9223372036854775808, 256, 65504.0, 0.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0n2q'
r = t(lambda: struct.pack(fmt, 127, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>L'
r = t(lambda: struct.pack(fmt, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3s2IQ2d'
r = t(lambda: struct.pack(fmt, b'hello world', 4294967296, -1, 18446744073709551616, -2.75, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0lBp'
r = t(lambda: struct.pack(fmt, 2147483648, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3Q0B'
r = t(lambda: struct.pack(fmt, 1, -129, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3B'
r = t(lambda: struct.pack(fmt, 127, 256, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@x2I3np'
r = t(lambda: struct.pack(fmt, 255, 32767, 1, 9223372036854775808, 32767, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0h3d2p2e'
r = t(lambda: struct.pack(fmt, 3.14159, 3.14159, 3.14159, b'hello world', 1e-10, 1e-10))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3i'
r = t(lambda: struct.pack(fmt, -1, 2147483648, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3cIN3i'
r = t(lambda: struct.pack(fmt, b'hello world', b'a', b'\xff\x00', 1, -9223372036854775808, 0, -129, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'f0?3N'
r = t(lambda: struct.pack(fmt, 1e+39, 65535, 255, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@?3fH'
r = t(lambda: struct.pack(fmt, [], 1e-10, 10000000000.0, 10000000000.0, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@P'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<p'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3h'
r = t(lambda: struct.pack(fmt, 255, 255, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<bp'
r = t(lambda: struct.pack(fmt, -9223372036854775808, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<q2L'
r = t(lambda: struct.pack(fmt, 65535, 4294967296, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<s3bx'
r = t(lambda: struct.pack(fmt, b'hello world', 65535, -9223372036854775808, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=p2L'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 127, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2B0I2f'
r = t(lambda: struct.pack(fmt, 65535, 18446744073709551616, 10000000000.0, inf))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2q'
r = t(lambda: struct.pack(fmt, 2147483648, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3Qld'
r = t(lambda: struct.pack(fmt, 65535, -1, -129, 0, 0.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3b2B0Pi'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 255, 4294967296, 2147483648, 1, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0N2q3e'
r = t(lambda: struct.pack(fmt, 255, -129, 1.5, 0.0, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0bd0Bn'
r = t(lambda: struct.pack(fmt, 0.0, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2h0clh'
r = t(lambda: struct.pack(fmt, 256, 128, -1, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2c0pN2h'
r = t(lambda: struct.pack(fmt, b'a', b'a', b'a', 256, -9223372036854775808, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2Q0ic3f'
r = t(lambda: struct.pack(fmt, 9223372036854775808, -129, b'\xff\x00', 0.0, 10000000000.0, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0ip2?3f'
r = t(lambda: struct.pack(fmt, b'hello world', 1, [], -2.75, -2.75, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3pN3d'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 65535, 10000000000.0, 1.5, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0d'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2hN?0B'
r = t(lambda: struct.pack(fmt, 256, 128, 2147483648, 'x'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'eN3H3Q'
r = t(lambda: struct.pack(fmt, 1.5, -9223372036854775808, 2147483648, 32767, 255, 128, 256, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0s0Nb'
r = t(lambda: struct.pack(fmt, b'hello world', 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@h3N'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 1, -1, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0L'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>P0Q'
r = t(lambda: struct.pack(fmt, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=p3i3B2h'
r = t(lambda: struct.pack(fmt, b'hello world', 128, 255, -129, 32767, 128, 65535, 18446744073709551616, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=ss'
r = t(lambda: struct.pack(fmt, b'a', b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0i0s'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0I0B?'
r = t(lambda: struct.pack(fmt, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2h2l3h'
r = t(lambda: struct.pack(fmt, 1, 0, 65535, -1, 1, 256, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0l3p'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0nc'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2hL0?3e'
r = t(lambda: struct.pack(fmt, 128, 18446744073709551616, 0, 65504.0, 3.14159, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<n2fL0n'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 3.14159, 0.0, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3lQf'
r = t(lambda: struct.pack(fmt, 127, -129, -9223372036854775808, 1, 3.14159))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3q'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 2147483648, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3B'
r = t(lambda: struct.pack(fmt, 1, 65535, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=l0N'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2?2Ne2H'
r = t(lambda: struct.pack(fmt, 1, 0, -129, 9223372036854775808, 0.0, 255, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@dP'
r = t(lambda: struct.pack(fmt, 0.0, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=n0Nb'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'I2l'
r = t(lambda: struct.pack(fmt, 32767, 2147483648, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>l?'
r = t(lambda: struct.pack(fmt, 128, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<f'
r = t(lambda: struct.pack(fmt, 1e-10))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3nd3c'
r = t(lambda: struct.pack(fmt, 128, 127, 128, -2.75, b'\xff\x00', b'\xff\x00', b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0L3c0i'
r = t(lambda: struct.pack(fmt, b'a', b'a', b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2i2eL'
r = t(lambda: struct.pack(fmt, 127, 65535, 0.0, -2.75, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0fI3h0l'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 65535, 127, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3p3b0p'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 128, -129, -9223372036854775808, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<Hpf'
r = t(lambda: struct.pack(fmt, 9223372036854775808, b'\xff\x00', 3.14159))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0b2d'
r = t(lambda: struct.pack(fmt, 1.5, 10000000000.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3B3L3L'
r = t(lambda: struct.pack(fmt, 256, 18446744073709551616, 128, -1, 2147483648, 4294967296, -9223372036854775808, 18446744073709551616, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0Qc'
r = t(lambda: struct.pack(fmt, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@e0l'
r = t(lambda: struct.pack(fmt, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<P0dn2q'
r = t(lambda: struct.pack(fmt, 127, 128, 32767, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>sc?2x'
r = t(lambda: struct.pack(fmt, b'hello world', b'hello world', 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0b2L3Q2H'
r = t(lambda: struct.pack(fmt, 32767, 128, 0, 32767, 0, -129, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0LQ3I'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 256, 32767, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2q0Ps'
r = t(lambda: struct.pack(fmt, -1, 0, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3H'
r = t(lambda: struct.pack(fmt, 2147483648, 9223372036854775808, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0b0Be'
r = t(lambda: struct.pack(fmt, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=I0H2h0L'
r = t(lambda: struct.pack(fmt, 256, 127, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2s0x2B0Q'
r = t(lambda: struct.pack(fmt, b'hello world', 18446744073709551616, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2e2L0h'
r = t(lambda: struct.pack(fmt, 1.5, 65504.0, 128, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<qb0p'
r = t(lambda: struct.pack(fmt, 127, 256, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0Qc0l0q'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'pi'
r = t(lambda: struct.pack(fmt, b'hello world', 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>x0d3P2L'
r = t(lambda: struct.pack(fmt, -9223372036854775808, -9223372036854775808, 9223372036854775808, 18446744073709551616, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!Qh'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0q2l2i'
r = t(lambda: struct.pack(fmt, 32767, 2147483648, -1, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@b'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0fce0f'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 3.14159))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2qsP'
r = t(lambda: struct.pack(fmt, -9223372036854775808, -9223372036854775808, b'\xff\x00', -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=?i'
r = t(lambda: struct.pack(fmt, [], -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2I?'
r = t(lambda: struct.pack(fmt, 2147483648, 256, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2l3x'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<q2P'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 4294967296, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3H0In2x'
r = t(lambda: struct.pack(fmt, -9223372036854775808, -1, 32767, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0I2I'
r = t(lambda: struct.pack(fmt, -129, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=?'
r = t(lambda: struct.pack(fmt, []))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!x'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=?e3Q2H'
r = t(lambda: struct.pack(fmt, 'x', inf, 32767, -9223372036854775808, 128, 9223372036854775808, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!h'
r = t(lambda: struct.pack(fmt, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2I'
r = t(lambda: struct.pack(fmt, 32767, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<H'
r = t(lambda: struct.pack(fmt, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0i2Q0B'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3I2f2q2B'
r = t(lambda: struct.pack(fmt, 65535, 255, 255, 65504.0, 1e+39, 18446744073709551616, 65535, 4294967296, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2d2?'
r = t(lambda: struct.pack(fmt, -2.75, -2.75, 'x', 'x'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>Q'
r = t(lambda: struct.pack(fmt, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2h'
r = t(lambda: struct.pack(fmt, 65535, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0in2Q0?'
r = t(lambda: struct.pack(fmt, 1, 9223372036854775808, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3H'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 4294967296, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0B'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0nfs0f'
r = t(lambda: struct.pack(fmt, inf, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<s3?0d'
r = t(lambda: struct.pack(fmt, b'hello world', [], [], 'x'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'eB'
r = t(lambda: struct.pack(fmt, -2.75, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2cn'
r = t(lambda: struct.pack(fmt, b'hello world', b'', 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3B'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 127, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2?'
r = t(lambda: struct.pack(fmt, [], []))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0B3hb'
r = t(lambda: struct.pack(fmt, -9223372036854775808, -129, 1, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0dQ'
r = t(lambda: struct.pack(fmt, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=p?c'
r = t(lambda: struct.pack(fmt, b'a', 'x', b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=l2H2b'
r = t(lambda: struct.pack(fmt, 1, 9223372036854775808, -1, -9223372036854775808, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<f0f'
r = t(lambda: struct.pack(fmt, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@s0b0iQ'
r = t(lambda: struct.pack(fmt, b'hello world', 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@P3li2s'
r = t(lambda: struct.pack(fmt, 255, 128, 4294967296, 65535, -1, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=s'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2bq'
r = t(lambda: struct.pack(fmt, 0, 2147483648, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<q'
r = t(lambda: struct.pack(fmt, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<i'
r = t(lambda: struct.pack(fmt, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3PP'
r = t(lambda: struct.pack(fmt, 0, -129, 9223372036854775808, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@qb2p0B'
r = t(lambda: struct.pack(fmt, 1, 2147483648, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2xq'
r = t(lambda: struct.pack(fmt, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2B'
r = t(lambda: struct.pack(fmt, 65535, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3bN'
r = t(lambda: struct.pack(fmt, 128, 127, 256, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<df'
r = t(lambda: struct.pack(fmt, 1.5, inf))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3pn0B2h'
r = t(lambda: struct.pack(fmt, b'', 9223372036854775808, 0, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0Q'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2H'
r = t(lambda: struct.pack(fmt, 2147483648, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3P2P'
r = t(lambda: struct.pack(fmt, 65535, 18446744073709551616, 256, 65535, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0e0q0LB'
r = t(lambda: struct.pack(fmt, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0f2d'
r = t(lambda: struct.pack(fmt, 10000000000.0, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0q3i3x'
r = t(lambda: struct.pack(fmt, -129, 255, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3qL'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 65535, 0, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=b'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<QB2I'
r = t(lambda: struct.pack(fmt, 2147483648, 127, -1, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0c0cp'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!p'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2nh0?0N'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 1, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'L3qd0B'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 4294967296, 128, 2147483648, 10000000000.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=Bn'
r = t(lambda: struct.pack(fmt, -129, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0e0n'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3B2h3N2Q'
r = t(lambda: struct.pack(fmt, -1, 255, 255, 9223372036854775808, 256, -129, 65535, 4294967296, -129, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=s0Ii3b'
r = t(lambda: struct.pack(fmt, b'', 65535, 256, -129, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@p2c'
r = t(lambda: struct.pack(fmt, b'a', b'\xff\x00', b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<lH2p'
r = t(lambda: struct.pack(fmt, -1, 4294967296, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2q2p'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 128, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2d0I'
r = t(lambda: struct.pack(fmt, 1e-10, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2x3Ip'
r = t(lambda: struct.pack(fmt, 256, -9223372036854775808, -1, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>l3q2f'
r = t(lambda: struct.pack(fmt, 9223372036854775808, -129, 255, 2147483648, 65504.0, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>s'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2H'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!?'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3n'
r = t(lambda: struct.pack(fmt, 1, 255, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@n'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3xd2I0?'
r = t(lambda: struct.pack(fmt, 1e-10, 128, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3shc0x'
r = t(lambda: struct.pack(fmt, b'hello world', -1, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3hq'
r = t(lambda: struct.pack(fmt, 65535, 2147483648, 0, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2n2i'
r = t(lambda: struct.pack(fmt, 255, 18446744073709551616, 255, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>Nh0N'
r = t(lambda: struct.pack(fmt, 256, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@h3I2b'
r = t(lambda: struct.pack(fmt, 65535, 128, 0, 127, 4294967296, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'd0i'
r = t(lambda: struct.pack(fmt, inf))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3n'
r = t(lambda: struct.pack(fmt, 255, 1, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<n0H'
r = t(lambda: struct.pack(fmt, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=e'
r = t(lambda: struct.pack(fmt, 0.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<n'
r = t(lambda: struct.pack(fmt, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2iL0i2q'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 9223372036854775808, -1, 18446744073709551616, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'q3h'
r = t(lambda: struct.pack(fmt, 255, 32767, -9223372036854775808, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>b2bh'
r = t(lambda: struct.pack(fmt, 0, 18446744073709551616, 32767, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0l'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3q0x0sh'
r = t(lambda: struct.pack(fmt, -129, 127, -129, b'hello world', 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@x'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<pL2L3I'
r = t(lambda: struct.pack(fmt, b'a', 0, 32767, -129, -1, 18446744073709551616, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3d3N3iP'
r = t(lambda: struct.pack(fmt, 65504.0, 1e+39, -2.75, 18446744073709551616, -1, 255, -1, 255, 1, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0f0x2Qc'
r = t(lambda: struct.pack(fmt, -9223372036854775808, -129, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2x0d'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'I'
r = t(lambda: struct.pack(fmt, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<I'
r = t(lambda: struct.pack(fmt, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3q3f2i2e'
r = t(lambda: struct.pack(fmt, 1, -129, 255, 10000000000.0, 1e+39, -2.75, 9223372036854775808, 1, 0.0, 0.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3e2B3h'
r = t(lambda: struct.pack(fmt, 3.14159, 1.5, -2.75, -9223372036854775808, 128, 9223372036854775808, 4294967296, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0n'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2s'
r = t(lambda: struct.pack(fmt, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@qe3?2B'
r = t(lambda: struct.pack(fmt, -1, 1.5, 'x', 1, [], 0, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>N3H3e'
r = t(lambda: struct.pack(fmt, 128, 1, -9223372036854775808, 0, 10000000000.0, 65504.0, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<L'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0H0ib3n'
r = t(lambda: struct.pack(fmt, -129, 18446744073709551616, 18446744073709551616, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3xbp2s'
r = t(lambda: struct.pack(fmt, 0, b'hello world', b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!N'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<I0I'
r = t(lambda: struct.pack(fmt, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0?3eci'
r = t(lambda: struct.pack(fmt, 10000000000.0, 10000000000.0, 3.14159, b'a', 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0b3NL3i'
r = t(lambda: struct.pack(fmt, 127, -129, -9223372036854775808, 0, 4294967296, 18446744073709551616, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'N0H2n'
r = t(lambda: struct.pack(fmt, 256, 0, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0N'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3Q2i0N2H'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 18446744073709551616, 4294967296, 65535, 2147483648, 9223372036854775808, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0s0qI'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0H0cs'
r = t(lambda: struct.pack(fmt, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3qx2s'
r = t(lambda: struct.pack(fmt, 128, 32767, -1, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0fL0e'
r = t(lambda: struct.pack(fmt, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=?3Ncq'
r = t(lambda: struct.pack(fmt, 'x', -129, 128, 9223372036854775808, b'a', 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3s0Q2?'
r = t(lambda: struct.pack(fmt, b'hello world', 1, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'P'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3c2LL2s'
r = t(lambda: struct.pack(fmt, b'hello world', b'a', b'hello world', 18446744073709551616, -129, 9223372036854775808, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3p0N'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@s2H'
r = t(lambda: struct.pack(fmt, b'hello world', 127, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@c2B3p0B'
r = t(lambda: struct.pack(fmt, b'', 255, -129, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2d0c'
r = t(lambda: struct.pack(fmt, -2.75, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=dx'
r = t(lambda: struct.pack(fmt, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=I3nf'
r = t(lambda: struct.pack(fmt, 128, -1, -9223372036854775808, 2147483648, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0n3q'
r = t(lambda: struct.pack(fmt, -129, 32767, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2x0lc'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3qd'
r = t(lambda: struct.pack(fmt, 4294967296, -129, 32767, 10000000000.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3i'
r = t(lambda: struct.pack(fmt, 32767, 32767, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3b0B0d'
r = t(lambda: struct.pack(fmt, 0, 9223372036854775808, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>s'
r = t(lambda: struct.pack(fmt, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0H3P3Hf'
r = t(lambda: struct.pack(fmt, 65535, 65535, 127, 9223372036854775808, -1, 32767, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=i?'
r = t(lambda: struct.pack(fmt, 0, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<Ip2s'
r = t(lambda: struct.pack(fmt, 1, b'', b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0nP'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=b0i'
r = t(lambda: struct.pack(fmt, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0P'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!e0sc'
r = t(lambda: struct.pack(fmt, 1e+39, b'hello world', b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>Qp3e'
r = t(lambda: struct.pack(fmt, 2147483648, b'', 1e+39, 0.0, 0.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0Q0i'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2h2?0P?'
r = t(lambda: struct.pack(fmt, 0, 1, 0, 1, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=s'
r = t(lambda: struct.pack(fmt, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0BHb0Q'
r = t(lambda: struct.pack(fmt, -1, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3s2e0x0s'
r = t(lambda: struct.pack(fmt, b'', 0.0, 65504.0, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0hq'
r = t(lambda: struct.pack(fmt, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2lP2L'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 4294967296, -9223372036854775808, 1, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3s0i2P'
r = t(lambda: struct.pack(fmt, b'hello world', -1, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>?'
r = t(lambda: struct.pack(fmt, []))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0p2x2h'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 65535, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3Q2L'
r = t(lambda: struct.pack(fmt, 4294967296, 0, 2147483648, 32767, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<e2n'
r = t(lambda: struct.pack(fmt, 1e+39, 256, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3dn2sq'
r = t(lambda: struct.pack(fmt, 10000000000.0, -2.75, 3.14159, 127, b'', -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3I0xi'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 1, 2147483648, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2d2P'
r = t(lambda: struct.pack(fmt, 65504.0, 65504.0, 32767, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0l0lN'
r = t(lambda: struct.pack(fmt, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3p3c0I0e'
r = t(lambda: struct.pack(fmt, b'hello world', b'hello world', b'hello world', b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!q3Q3BH'
r = t(lambda: struct.pack(fmt, 0, 2147483648, -129, 256, -1, 128, 256, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<?s'
r = t(lambda: struct.pack(fmt, 0, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@l'
r = t(lambda: struct.pack(fmt, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3B'
r = t(lambda: struct.pack(fmt, 2147483648, 256, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@p'
r = t(lambda: struct.pack(fmt, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=H3Nf3f'
r = t(lambda: struct.pack(fmt, -1, 0, 18446744073709551616, 0, inf, 10000000000.0, inf, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2i0ib'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 4294967296, 127))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0n0P'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=qp'
r = t(lambda: struct.pack(fmt, 65535, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2P2I'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 2147483648, 32767, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0lP'
r = t(lambda: struct.pack(fmt, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2h'
r = t(lambda: struct.pack(fmt, 2147483648, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2d'
r = t(lambda: struct.pack(fmt, 1e+39, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2Heeb'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 4294967296, 65504.0, 3.14159, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>0i'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2L2?3h3L'
r = t(lambda: struct.pack(fmt, 256, 128, 0, 0, 32767, 256, 128, 128, 9223372036854775808, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<L3n'
r = t(lambda: struct.pack(fmt, 32767, 18446744073709551616, 65535, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<?'
r = t(lambda: struct.pack(fmt, []))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0?3hnb'
r = t(lambda: struct.pack(fmt, 2147483648, 255, 255, 256, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2nI'
r = t(lambda: struct.pack(fmt, 127, 0, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>px'
r = t(lambda: struct.pack(fmt, b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!PN3e0x'
r = t(lambda: struct.pack(fmt, 2147483648, -9223372036854775808, 1.5, 3.14159, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@b2d3N'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 1e+39, 65504.0, 4294967296, 65535, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2sn2b3c'
r = t(lambda: struct.pack(fmt, b'', 0, 1, -1, b'\xff\x00', b'a', b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<h0L'
r = t(lambda: struct.pack(fmt, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0c2e2b'
r = t(lambda: struct.pack(fmt, 1.5, 1e-10, 32767, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=iN'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0bf'
r = t(lambda: struct.pack(fmt, 1e-10))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=Qn2pb'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 256, b'\xff\x00', 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3Q0e2b'
r = t(lambda: struct.pack(fmt, 255, 2147483648, 65535, 0, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@i'
r = t(lambda: struct.pack(fmt, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'q'
r = t(lambda: struct.pack(fmt, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@n'
r = t(lambda: struct.pack(fmt, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2B2?0ps'
r = t(lambda: struct.pack(fmt, 128, 9223372036854775808, 0, 0, b'', b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2B2Q3c3B'
r = t(lambda: struct.pack(fmt, 256, 127, 256, 4294967296, b'', b'\xff\x00', b'a', 18446744073709551616, 9223372036854775808, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2h'
r = t(lambda: struct.pack(fmt, 32767, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3xi0P'
r = t(lambda: struct.pack(fmt, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2lc2b'
r = t(lambda: struct.pack(fmt, -1, 127, b'', -129, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2?Ph0c'
r = t(lambda: struct.pack(fmt, [], [], 127, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!s0c3c'
r = t(lambda: struct.pack(fmt, b'', b'\xff\x00', b'\xff\x00', b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2n0QH'
r = t(lambda: struct.pack(fmt, 1, 256, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>h'
r = t(lambda: struct.pack(fmt, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@?3x'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@pPd'
r = t(lambda: struct.pack(fmt, b'hello world', 0, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'NP2q0e'
r = t(lambda: struct.pack(fmt, 65535, 65535, 2147483648, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3cq'
r = t(lambda: struct.pack(fmt, b'\xff\x00', b'\xff\x00', b'hello world', 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=bQ2n'
r = t(lambda: struct.pack(fmt, 4294967296, 32767, 255, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2i2l2d'
r = t(lambda: struct.pack(fmt, 128, 4294967296, 32767, 4294967296, 65504.0, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=2cs0?3L'
r = t(lambda: struct.pack(fmt, b'', b'a', b'\xff\x00', 0, 256, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!I'
r = t(lambda: struct.pack(fmt, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3Lq0b3B'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 4294967296, -9223372036854775808, 9223372036854775808, -1, 4294967296, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@0e'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2N'
r = t(lambda: struct.pack(fmt, 32767, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!L'
r = t(lambda: struct.pack(fmt, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!3n0b'
r = t(lambda: struct.pack(fmt, 128, 4294967296, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=H0s'
r = t(lambda: struct.pack(fmt, 1, b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '0pI?'
r = t(lambda: struct.pack(fmt, b'hello world', 0, 'x'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<2dNf'
r = t(lambda: struct.pack(fmt, 10000000000.0, 1.5, 65535, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@Hee'
r = t(lambda: struct.pack(fmt, 32767, inf, 10000000000.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'lq'
r = t(lambda: struct.pack(fmt, 18446744073709551616, 0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3iNNI'
r = t(lambda: struct.pack(fmt, 127, 32767, -1, 128, 256, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>NH'
r = t(lambda: struct.pack(fmt, 127, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@2f'
r = t(lambda: struct.pack(fmt, 0.0, 0.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!Q3N0p2?'
r = t(lambda: struct.pack(fmt, 4294967296, 0, -129, 9223372036854775808, b'', [], 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>Nxe'
r = t(lambda: struct.pack(fmt, 32767, 10000000000.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=H0e2?'
r = t(lambda: struct.pack(fmt, -129, [], []))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3s'
r = t(lambda: struct.pack(fmt, b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0be3N0?'
r = t(lambda: struct.pack(fmt, 3.14159, 0, 1, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!?'
r = t(lambda: struct.pack(fmt, 'x'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'B3N'
r = t(lambda: struct.pack(fmt, -9223372036854775808, -9223372036854775808, -9223372036854775808, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>x'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=Bh3nQ'
r = t(lambda: struct.pack(fmt, 128, 255, 127, 256, 9223372036854775808, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>i2fI'
r = t(lambda: struct.pack(fmt, 18446744073709551616, inf, 10000000000.0, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@I'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'i0?'
r = t(lambda: struct.pack(fmt, 9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=q3h'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 127, 65535, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0ihq'
r = t(lambda: struct.pack(fmt, 127, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3fl2B'
r = t(lambda: struct.pack(fmt, 0.0, inf, 10000000000.0, 128, 256, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<pH'
r = t(lambda: struct.pack(fmt, b'hello world', 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@3s3e'
r = t(lambda: struct.pack(fmt, b'\xff\x00', inf, inf, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2p2ld'
r = t(lambda: struct.pack(fmt, b'a', 256, 18446744073709551616, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2f2x3s3e'
r = t(lambda: struct.pack(fmt, 3.14159, 1.5, b'\xff\x00', inf, inf, inf))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0n'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!0h3f3h0H'
r = t(lambda: struct.pack(fmt, -2.75, -2.75, -2.75, 128, -9223372036854775808, 32767))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2h3p3s2p'
r = t(lambda: struct.pack(fmt, 128, 1, b'', b'a', b''))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2eN'
r = t(lambda: struct.pack(fmt, -2.75, 10000000000.0, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0p3i0n3I'
r = t(lambda: struct.pack(fmt, b'a', 32767, 255, 4294967296, 128, -129, 256))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>3f3x'
r = t(lambda: struct.pack(fmt, 10000000000.0, 10000000000.0, 1.5))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'xe2h'
r = t(lambda: struct.pack(fmt, 0.0, 0, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<s2e'
r = t(lambda: struct.pack(fmt, b'a', 1.5, 3.14159))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<H2e'
r = t(lambda: struct.pack(fmt, 9223372036854775808, 0.0, 10000000000.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3L2c'
r = t(lambda: struct.pack(fmt, 1, 4294967296, 128, b'\xff\x00', b'a'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=P'
r = t(lambda: struct.pack(fmt, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'd'
r = t(lambda: struct.pack(fmt, 1e-10))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>L3dx?'
r = t(lambda: struct.pack(fmt, -9223372036854775808, inf, 3.14159, 10000000000.0, 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>l2N0B'
r = t(lambda: struct.pack(fmt, 256, -129, 128))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!2n2i0?'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 256, -129, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!Q0f0d'
r = t(lambda: struct.pack(fmt, 65535))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>d0l0p'
r = t(lambda: struct.pack(fmt, 1e-10, b'hello world'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@Q'
r = t(lambda: struct.pack(fmt, 4294967296))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '2dh'
r = t(lambda: struct.pack(fmt, 0.0, 1e+39, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = 'i0if3f'
r = t(lambda: struct.pack(fmt, 9223372036854775808, -2.75, 1.5, 1e-10, 1e+39))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3PH3d0d'
r = t(lambda: struct.pack(fmt, -129, -9223372036854775808, 255, 9223372036854775808, 1.5, 1e-10, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>nx0L'
r = t(lambda: struct.pack(fmt, 18446744073709551616))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0bs0N2f'
r = t(lambda: struct.pack(fmt, b'\xff\x00', 1e-10, inf))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>2q?I2b'
r = t(lambda: struct.pack(fmt, 128, 32767, 0, -1, 2147483648, -9223372036854775808))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '>f2e'
r = t(lambda: struct.pack(fmt, 10000000000.0, 1e-10, -2.75))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3c2fe'
r = t(lambda: struct.pack(fmt, b'\xff\x00', b'\xff\x00', b'a', 1.5, 65504.0, 65504.0))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3H0i'
r = t(lambda: struct.pack(fmt, -9223372036854775808, 128, -129))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '3d0N3?'
r = t(lambda: struct.pack(fmt, 1e-10, 3.14159, inf, [], [], 1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '@Q2?q2b'
r = t(lambda: struct.pack(fmt, 1, 'x', [], 256, 255, -1))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<0B0I'
r = t(lambda: struct.pack(fmt, ))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '<3h0x0b0x'
r = t(lambda: struct.pack(fmt, 0, 255, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '!P'
r = t(lambda: struct.pack(fmt, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=p2i'
r = t(lambda: struct.pack(fmt, b'\xff\x00', -9223372036854775808, 255))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=3cp'
r = t(lambda: struct.pack(fmt, b'', b'\xff\x00', b'', b'\xff\x00'))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))
fmt = '=0hl'
r = t(lambda: struct.pack(fmt, 2147483648))
print(fmt, t(lambda: struct.calcsize(fmt)), r, t(lambda: struct.unpack(fmt, eval(r)) if r.startswith('b') else None))

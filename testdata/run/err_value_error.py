cases = [
    lambda: int('x'), lambda: int('12', 40), lambda: float('1,5'), lambda: complex('1+'),
    lambda: [1, 2].index(3), lambda: (1,).index(0), lambda: 'abc'.index('z'), lambda: [].remove(1),
    lambda: range(0, 1, 0), lambda: chr(-5), lambda: 'a'.split(''), lambda: int('', 16),
    lambda: bytes.fromhex('zz'),
    lambda: [1, 2, 3][::0], lambda: max([]), lambda: min((), key=len),
    lambda: '{0:d}'.format(1.5), lambda: format(1, ',c'), lambda: (1).to_bytes(0, 'big'),
    lambda: int.from_bytes(b'x', 'middle'), lambda: (-1).to_bytes(1, 'big'),
    lambda: int('0b12', 0), lambda: float('infinite'),
    lambda: pow(0, -1, 5), lambda: bytearray([300]),
    lambda: (lambda: (yield))().send(1), lambda: {}.fromkeys(1),
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
x, y = [1, 2, 3]

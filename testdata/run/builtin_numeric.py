print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 3), pow(4, 0.5), pow(base=2, exp=3))
print(round(3.14159, 2), round(-1.5), round(1.5), round(25, -1), round(35, -1), round(1e20))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum((), start=5), sum(range(1000)))
print(min(3, 1, 2), max('apple', 'fig', key=len), min([], default='empty'), max([1, 5, 3]), min('hello'))
print(max([(1, 'b'), (1, 'a')]), min([-3, 2, 1], key=abs), max(1, 2.5, True))
print(bin(5), oct(64), hex(4096), hex(-1), bin(0), oct(-8))
print(int('11', 2), float('1.5e2'), complex(1, -1), bool('x'))
for bad in [lambda: min([]), lambda: max(), lambda: sum(['a', 'b'], ''), lambda: abs('x'), lambda: round('x'), lambda: divmod(1, 'x'), lambda: max(1, 2, key=None, default=0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

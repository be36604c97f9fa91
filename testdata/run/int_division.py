for a in (7, -7, 0, 13):
    for b in (2, -2, 3, -5):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for bad in ((1, 0), (1.0, 0), (0, 0)):
    for op in ('/', '//', '%'):
        try:
            eval(f'{bad[0]!r} {op} {bad[1]!r}')
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print('divmod', e)
print(10 ** 20 // 3, 10 ** 20 / 3)
print(2 ** 1000 // 2 ** 999, 1 / 2 ** 1000)

print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -2, (-8) ** 2, 8 ** (1 / 3))
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 11))
print(10 ** 20, 10 ** -2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
print(pow(7, 0, 1), pow(-1, 10 ** 10))
print((-1) ** 0.5)

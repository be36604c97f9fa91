for n in range(-2, 3):
    sign = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    print(n, sign)
f = (lambda x: x * 2) if True else None
print(f(21))
print([x if x % 2 else -x for x in range(6)])
print((1, 2) if [] else (3, 4))

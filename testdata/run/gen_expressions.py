nums = [4, 8, 15, 16, 23, 42]
print(sum(n for n in nums), max(n % 10 for n in nums), any(n > 40 for n in nums), all(n > 3 for n in nums))
ge = (n * 2 for n in nums if n % 2 == 0)
print(next(ge), next(ge), list(ge))
print(list((x, y) for x in range(3) for y in 'ab' if x != 1))
print(sorted((n for n in nums), reverse=True), tuple(c.upper() for c in 'abc'), ''.join(str(d) for d in range(5)))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
try:
    g2 = (1 / v for v in [1, 0])
    print(next(g2))
    next(g2)
except ZeroDivisionError as e:
    print('lazy error:', e)
try:
    (y for y in undefined_iterable)
except NameError as e:
    print('eager first iterable:', e)

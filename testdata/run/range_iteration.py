print(list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(0, -10, -4)))
r = range(1, 100, 7)
print(len(r), r[3], r[-1], r[2:5], r[::-5], list(r[10:]), 50 in r, 50.0 in r, 64 in r)
print(r == range(1, 100, 7), range(0) == range(2, 2), range(1, 3) == range(1, 4, 2), range(5) != range(6))
print(sum(range(0, 1000, 3)), max(range(7)), min(range(3, 10)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')))
print(range(2 ** 64)[-1], (2 ** 64 - 1) in range(2 ** 64), range(10 ** 30, 10 ** 30 + 5)[2])
print(list(range(True, 3)), range(3).index(2), list(range(-1, -4, -1)))
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=' ')
print()

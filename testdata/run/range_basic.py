r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(range(5), range(0, 5), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(7 in r, 8 in r, r.index(11), r.count(11), range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(range(10 ** 20)[10 ** 19], 10 ** 19 in range(0, 10 ** 20, 2))
print(r.start, r.stop, r.step, sum(range(101)), list(reversed(range(4))))
for bad in [lambda: range(1, 2, 0), lambda: range(3)[5], lambda: r.index(4), lambda: range(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))

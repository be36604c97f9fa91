# Slice copies in compiled loops: a[:] (a constant slice object, the copy a
# residual GETITEM that allocates), steps, negative steps, and the copies
# mutated afterwards while the original stays as it was.


def copies(a, rounds):
    t = 0
    for r in range(rounds):
        b = a[:]
        b[r % len(b)] = -1
        c = a[::2]
        d = a[::-1]
        e = a[1:-1]
        t += b[0] + c[-1] + d[0] + e[0] + len(c) + len(e)
    return t, a, b, c, d, e


print(copies(list(range(10)), 4000))
print(copies([x * 0.25 for x in range(7)], 3000))


def variable_bounds(a, rounds):
    t = 0
    for r in range(rounds):
        k = r % len(a)
        b = a[k:]
        c = a[:k]
        d = a[k::-1]
        t += len(b) * 3 + len(c) * 5 + len(d) * 7
        if d:
            t += d[0]
    return t


print(variable_bounds(list(range(12)), 5000))


def assign_other_lengths(rounds):
    a = list(range(8))
    for r in range(rounds):
        k = r % 4
        a[k:k + 2] = a[:k]
        if len(a) > 30:
            a = list(range(8))
        a[:] = a[::-1]
    return a


print(assign_other_lengths(4000))


def replaced(rounds):
    a = list(range(6))
    t = 0
    for r in range(rounds):
        if r == 2500:
            a = tuple(a)
        if r == 3500:
            a = "abcdef"
        b = a[:]
        c = a[::-1]
        t += len(b) + len(c)
        k = r % 5
        d = a[k::-1]
        t += len(d)
    return t, a, b, c, d


print(replaced(4000))

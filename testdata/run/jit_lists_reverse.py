# Reversed slice assignment in loops: perm[:k + 1] = perm[k::-1] (fannkuch's
# flips) and other shapes, with their deoptimisation: a bound out of the
# compiled range, k + 1 overflowing, the list replaced by a tuple, items of
# other types.


# bench/fannkuch.py, whole: its flip loop is what list_reverse is for.
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    best = 0
    checksum = 0
    r = n
    perm_count = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        f = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            f += 1
            k = perm[0]
        if f > best:
            best = f
        checksum += f if perm_count % 2 == 0 else -f
        while True:
            if r == n:
                return checksum, best
            p0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


print(fannkuch(6))
print(fannkuch(7))


def reverse_ranges(a, rounds):
    # a[i:j] = a[j-1:i-1:-1] for i >= 1, a[i:] = a[:i-1:-1]
    total = 0
    for r in range(rounds):
        i = r % 3 + 1
        j = i + r % 4
        a[i:j] = a[j - 1:i - 1:-1]
        a[i:] = a[:i - 1:-1]
        total += a[i] * (r % 7)
    return total, a


print(reverse_ranges(list(range(10)), 3000))
print(reverse_ranges([float(x) / 4 for x in range(9)], 2000))


def objects(a, rounds):
    # items that are objects: the pointer words move (write barrier)
    k = 0
    for r in range(rounds):
        k = r % len(a)
        a[:k + 1] = a[k::-1]
    return a


print(objects(["a", "b", (1, 2), None, 3.5, [4], "c"], 5001))
print(objects([[i] for i in range(6)], 4000))


def negative_bounds(a, rounds):
    for r in range(rounds):
        k = r % 5 + 1
        a[-k:] = a[:-k - 1:-1]
    return a


print(negative_bounds(list(range(7)), 3001))


def bound_regimes(a, ks):
    # k past the end (clamped by Python), negative k, k = -1 reversing
    # everything: all leave the compiled range and must behave the same
    out = []
    for k in ks:
        a[:k + 1] = a[k::-1]
        out.append(a[0])
    return out, a


print(bound_regimes(list(range(6)), [2, 3, 1, 4] * 2000 + [9, 40, -2, -1, -6, 0, 3]))


def overflow(a, rounds):
    k = 2
    for r in range(rounds):
        if r == 2500:
            k = 2**63 - 1
        try:
            a[:k + 1] = a[k::-1]
        except Exception as e:
            print("error", type(e).__name__, e)
            return a
        k = a[0] % 3 if r < 2500 else k
    return a


print(overflow(list(range(5)), 3000))


def becomes_tuple(rounds):
    a = list(range(5))
    k = 3
    for r in range(rounds):
        if r == 5000:
            a = tuple(a)
        try:
            a[:k + 1] = a[k::-1]
        except TypeError as e:
            print(r, "TypeError", e)
            return a
        k = (k + 1) % 4
    return a


print(becomes_tuple(6000))


def lengths_differ(a, rounds):
    # the slice assigned is not the reversed range: other lengths
    for r in range(rounds):
        k = r % 3
        a[:k + 1] = a[k + 1::-1]
        if len(a) > 40:
            del a[20:]
    return len(a), a[:5]


print(lengths_differ(list(range(6)), 3000))

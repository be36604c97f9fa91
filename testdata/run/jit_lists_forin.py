# for-in loops over lists in compiled code, with the list changing under
# them: appended to, cleared, shortened, replaced by a tuple at iteration
# 5000, and enumerate over a list.


def appended(n):
    a = [1, 2, 3]
    t = 0
    for x in a:
        t += x
        if len(a) < n:
            a.append(x + 1)
    return t, len(a), a[-3:]


print(appended(6000))


def cleared(n):
    a = list(range(n))
    t = 0
    for x in a:
        t += x
        if x == n // 2:
            a.clear()
    return t, a


print(cleared(8000))


def shortened(n):
    a = list(range(n))
    t = 0
    for x in a:
        t += x
        if x % 1000 == 999:
            del a[-500:]
    return t, len(a)


print(shortened(9000))


def nested(rows):
    t = 0
    for row in rows:
        for x in row:
            t += x * 2
    return t


print(nested([list(range(k % 13)) for k in range(3000)]))


def becomes_tuple(n):
    a = list(range(n))
    b = a
    t = 0
    for i in range(n):
        if i == 5000:
            b = tuple(a)
        t += b[i]
        for x in b[i:i + 3]:
            t += x
    return t, type(b).__name__


print(becomes_tuple(6000))


def enumerated(a):
    t = 0
    for i, x in enumerate(a):
        t += i * x
        if i == 4000:
            a[4001] = 2.5
    return t


print(enumerated(list(range(6000))))


def floats(a):
    s = 0.0
    for x in a:
        s += x * 0.5
    return s


print(floats([x / 3 for x in range(7000)]))


# Inner for loops over lists inside a compiled outer loop: the iterator is
# virtual (no object); exits make it real at the index it had.


def inner_mutated(n):
    rows = [[1, 2, 3] for _ in range(n)]
    t = 0
    for r, row in enumerate(rows):
        pass
    for k in range(n):
        row = rows[k]
        for x in row:
            t += x
            if k % 97 == 3 and len(row) < 6:
                row.append(x * 10)
            if k % 89 == 5 and x == 2:
                row.clear()
    return t, rows[3], rows[5], rows[100]


print(inner_mutated(3000))


def inner_exception(n):
    rows = [[1, 2, 0, 4] if k % 500 == 7 else [1, 2, 4] for k in range(n)]
    t = 0
    errors = 0
    for k in range(n):
        try:
            for x in rows[k]:
                t += 12 // x
        except ZeroDivisionError:
            errors += 1
    return t, errors


print(inner_exception(4000))


def inner_kinds(n):
    rows = [[1, 2.5, 3], [4, 5, 6], [7.0, 8.0], ["a"], []]
    t = 0
    s = ""
    for k in range(n):
        for x in rows[k % 5 if k < 2000 else 1]:
            if type(x) is str:
                s += x
            else:
                t += x
    return t, len(s)


print(inner_kinds(4000))


def inner_becomes_tuple(n):
    row = [1, 2, 3]
    t = 0
    for k in range(n):
        if k == 5000:
            row = tuple(row)
        for x in row:
            t += x * k
    return t


print(inner_becomes_tuple(6000))

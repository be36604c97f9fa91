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

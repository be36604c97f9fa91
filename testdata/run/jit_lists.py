# List reads and writes in compiled loops: bounds guards, negative
# indices, items changing type, len, and an IndexError raised from a
# compiled loop with its traceback.


def rotate(n):
    lst = [0, 1.5, 2, 3]
    for j in range(n):
        lst[j % 4] = lst[(j + 1) % 4] + 1
        lst[-1] = len(lst) + j
    return lst


def prefix_sums(xs):
    out = [0] * len(xs)
    s = 0
    i = 0
    while i < len(xs):
        s += xs[i]
        out[i] = s
        i += 1
    return out


def retype(n):
    vals = [1, 2, 3, 4]
    for i in range(n):
        if i == n - 10:
            vals[2] = 2.5
        vals[i % 4] = vals[i % 4] + 1
    return vals


def walk(xs, n):
    s = 0
    for i in range(n):
        s += xs[i]
    return s


print(rotate(30000))
ps = prefix_sums(list(range(5000)))
print(ps[-1], ps[2500], len(ps))
print(retype(20000))
data = list(range(3000))
print(walk(data, 3000))
walk(data, 3001)

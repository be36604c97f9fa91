# `q, r = divmod(a, b)` compiled as int_floordiv and int_mod when the pair
# dies at the UNPACK (jit/record_divmod.go), also in generator bodies and
# inlined calls, and left shifts by a constant count (record_const.go);
# deoptimisation on a negative or zero divisor, a big int and an overflow
# in the middle of a compiled loop.

N = 30


def neighbours(i):
    x, y = divmod(i, N)
    if x > 0: yield i - N
    if x < N - 1: yield i + N
    if y > 0: yield i - 1
    if y < N - 1: yield i + 1


def degree_sum(n):
    t = 0
    for u in range(n):
        for v in neighbours(u):
            t += v % 7
    return t


print(degree_sum(N * N))


def digits(n, base):
    s = 0
    for i in range(n):
        q, r = divmod(i, base)
        s += q * 3 + r
    return s


print(digits(2000, 7))
print(digits(2000, -7))  # floor toward -inf


def mixed(values, d):
    s = 0
    for v in values:
        q, r = divmod(v, d)
        s += q - r
    return s


vals = list(range(-500, 500))
print(mixed(vals, 13))
vals[700] = 2 ** 70  # a big int
print(mixed(vals, 13))
vals[700] = 3.5  # a float
print(mixed(vals, 13))
try:
    print(mixed(vals, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def kept(n):
    s = 0
    for i in range(n):
        t = q, r = divmod(i, 5)  # the pair is read again: made as before
        s += q + r + len(t)
    return s


print(kept(300))


def shifts(n, k):
    s = 0
    big = 1 << 60
    for i in range(n):
        s += (i << 3) + (i << k)
        if s > big:
            s -= big
    return s


print(shifts(3000, 5))
print(shifts(3000, 58))  # overflows into big ints
try:
    shifts(10, -1)
except ValueError as e:
    print("ValueError:", e)

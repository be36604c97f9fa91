# for loops over generators nested in a compiled loop: the generator made,
# resumed and finished inside the trace (and recycled by the next call
# making one), with its branches, early breaks, a type switch, an
# overflow, an exception and a return value in the middle of the outer
# loop.
N = 20


def neighbours(i):
    x = i // N
    y = i % N
    if x > 0: yield i - N
    if x < N - 1: yield i + N
    if y > 0: yield i - 1
    if y < N - 1: yield i + 1


def walk(rounds):
    t = 0
    for r in range(rounds):
        for u in range(N * N):
            for v in neighbours(u):
                t += v ^ u
    return t


def until(n, stop):
    i = 0
    while i < n:
        yield i
        i += 1


def early(rounds):
    t = 0
    for r in range(rounds):
        for v in until(10, 4):
            if v == r % 7:
                break
            t += v
    return t


def kinds(k):
    yield k
    if k > 500:
        yield k * 0.5
    else:
        yield k + 1


def mixed(n):
    t = 0
    for k in range(n):
        for v in kinds(k):
            t += v
    return t


def big(k):
    v = 1 << 40
    yield v * k
    yield v * v * k


def overflow(n):
    t = 0
    for k in range(n):
        for v in big(k):
            t = (t + v) % 1000000007
    return t


def fragile(k):
    yield k
    yield 1000 // (k - 700)


def broken(n):
    t = 0
    try:
        for k in range(n):
            for v in fragile(k):
                t += v
    except ZeroDivisionError as e:
        print("stopped at", k, e)
    return t


def with_value(k):
    yield k
    if k == 300:
        return "r"
    yield -k


def returns(n):
    t = 0
    for k in range(n):
        for v in with_value(k):
            t += v
    return t


def named(n):
    t = 0
    last = None
    for k in range(n):
        g = until(3, 0)
        for v in g:
            t += v + k
        last = g
    return t, next(last, "done")


print(walk(3))
print(early(500))
print(mixed(1000))
print(overflow(600))
print(broken(1000))
print(returns(800))
print(named(400))

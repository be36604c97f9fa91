# for loops over generators compiled by the JIT: one yield, several
# yields, nested generators, a generator switching types midway, int
# overflow inside the generator's body.
N = 12


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def neighbours(i):
    x, y = divmod(i, N)
    if x > 0: yield i - N
    if x < N - 1: yield i + N
    if y > 0: yield i - 1
    if y < N - 1: yield i + 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def total(n):
    t = 0
    for x in numbers(n):
        t += x * 3
    return t


def grid():
    t = 0
    for u in range(N * N):
        for v in neighbours(u):
            t += v * (u + 1)
    return t


def nested(n):
    t = 0
    for x in squares(evens(numbers(n))):
        t = (t + x) % 1000003
    return t


def switching(n):
    x = 1
    for k in range(n):
        yield x
        if k == n // 2:
            x = 0.5
        elif k == 3 * n // 4:
            x = "s"
        elif k > 3 * n // 4:
            x = x + "t"
        elif isinstance(x, float):
            x = x * 1.5
        else:
            x = x + 2


def growing(n):
    v = 1
    for _ in range(n):
        yield v
        v = v * 3


def consume_switching(n):
    out = []
    for v in switching(n):
        if isinstance(v, str):
            out.append(len(v))
        else:
            out.append(v)
    return out


def consume_growing(n):
    t = 0
    for v in growing(n):
        t += v % 1000
    return t


print(total(1000), total(0), total(1))
print(grid())
print(nested(2000))
r = consume_switching(200)
print(r[:3], r[99:103], r[149:153], r[-1])
print(consume_growing(120))
for k in range(3):
    print(total(300 + k), grid())

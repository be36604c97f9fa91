# Breaking out of a compiled for loop over a generator leaves the
# generator suspended and resumable: next(), send(), throw() and close()
# on it afterwards, and a generator's return value through StopIteration.


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i += got
        i += 1
    return "done at %d" % i


def first_over(limit):
    g = counter(10000)
    for x in g:
        if x > limit:
            break
    return g, x


for limit in (5, 300, 2000):
    g, x = first_over(limit)
    print("broke at", x, "next", next(g), "send", g.send(10), "next", next(g))

g, x = first_over(400)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown:", e)
try:
    next(g)
except StopIteration as e:
    print("exhausted after throw:", e.value)

g, x = first_over(50)
g.close()
print("closed", list(g))


def short(n):
    yield from range(n)
    return n * 2


def drain(n):
    g = counter(n)
    t = 0
    for x in g:
        t += x
    try:
        next(g)
    except StopIteration as e:
        return t, e.value


for n in (0, 1, 500):
    print(drain(n))


def returns_value(n):
    i = 0
    while i < n:
        yield i
        i += 2
    return i


def value_of(n):
    g = returns_value(n)
    t = 0
    while True:
        try:
            t += next(g)
        except StopIteration as e:
            return t, e.value


print(value_of(700))

# send() into a generator while a compiled loop over it runs elsewhere
def sender():
    g = counter(10 ** 6)
    next(g)
    t = 0
    for k in range(300):
        t += g.send(1)
        for x in g:
            t += x
            if x % 7 == 0:
                break
    return t


print(sender())

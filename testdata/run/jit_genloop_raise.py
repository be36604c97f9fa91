# A generator raising inside a compiled for loop: the exception comes out
# of the for statement with the generator's frame in the traceback, and
# the generator is finished afterwards.


def risky(n, bad):
    i = 0
    while i < n:
        yield 100 // (bad - i)
        i += 1


def run(n, bad):
    t = 0
    g = risky(n, bad)
    try:
        for x in g:
            t += x
    except ZeroDivisionError as e:
        print("caught", e, "after", t)
    print(list(g))
    return t


for bad in (3, 400, 5000):
    print(run(1000, bad))


def keyed(d, keys):
    for k in keys:
        yield d[k]


def lookups(n):
    d = {k: k * 2 for k in range(n)}
    t = 0
    try:
        for v in keyed(d, range(n + 5)):
            t += v
    except KeyError as e:
        print("missing", e)
    return t


print(lookups(600))


def stop_inside(n):
    i = 0
    while True:
        if i == n:
            raise StopIteration("inside")
        yield i
        i += 1


def collect(n):
    t = 0
    try:
        for x in stop_inside(n):
            t += x
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    return t


print(collect(300))


def fails_late(n):
    for i in range(n):
        yield i
    yield int("x%d" % n)


def uncaught(n):
    t = 0
    for x in fails_late(n):
        t += x
    return t


print(uncaught(10))
print(uncaught(500))

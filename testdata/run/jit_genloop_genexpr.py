# Generator expressions and comprehensions in compiled loops: genexprs
# closing over loop variables, consumed by sum/min/max/any/all/list and
# "".join, and genexprs iterated by a for loop.


def closures(n):
    t = 0
    for k in range(n):
        t += sum(x * k for x in range(5))
        t += max(x - k for x in (1, 2, 3))
    return t


def consumers(n):
    xs = list(range(n))
    a = sum(x % 7 for x in xs if x % 3)
    b = min(x * x - 10 * x for x in xs)
    c = any(x > n - 2 for x in xs)
    d = all(x >= 0 for x in xs)
    e = list(x // 2 for x in xs)[-3:]
    f = "".join(str(x % 10) for x in xs[:40])
    g = [x * 2 for x in xs if x & 1][:4]
    return a, b, c, d, e, f, g


def for_over_genexpr(n):
    t = 0
    for v in (x * 3 for x in range(n) if x % 5):
        t += v
    return t


def late_binding(n):
    gens = []
    for k in range(3):
        gens.append(x + k for x in range(n))
    return [sum(g) for g in gens]


print(closures(200))
print(consumers(1000))
print(for_over_genexpr(3000))
print(late_binding(100))
print(sum(x * 0.5 for x in range(1000)))
print(sum(x if x % 100 else 0.25 for x in range(1000)))

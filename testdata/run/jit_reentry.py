# A compiled loop entered again while its first entry is still leaving: a
# guard fails inside an inlined call, the interpreter finishes that call,
# and the call runs the same loop (recursively) before the outer entry
# carries on.


def f(n, depth):
    s = 0
    for i in range(n):
        s += g(i, depth)
    return s


def g(i, depth):
    if i == 1500 and depth < 3:
        return f(2000, depth + 1) % 1000
    return i


print(f(3000, 0))
print(f(3000, 1))

# Leaving compiled loops through every kind of guard: a type change in
# iteration 5000, an overflow in the last iteration, a rebound global, a
# different callee, a list item changing type, a guard inside an inlined
# call, and an exception raised from a compiled loop (its traceback must
# name the right lines).

STEP = 1


def type_change(n):
    x = 0
    for i in range(n):
        if i == 5000:
            x = x + 0.5
        x = x + STEP
    return x


def overflow_last(n):
    x = 1
    for i in range(n):
        x *= 2
    return x


def item_type(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % 4]
        if i == 5000:
            xs[1] = 0.25
    return s


def inc(x):
    return x + 1


def dec(x):
    return x - 1


def apply(fn, n):
    s = 0
    for i in range(n):
        s += fn(i)
    return s


def clamp(x):
    if x > 7000:
        return 7000
    return x


def clamped(n):
    s = 0
    for i in range(n):
        s += clamp(i)
    return s


def check(x):
    if x == 4321:
        raise ValueError("bad value %d" % x)
    return x


def raising(n):
    s = 0
    for i in range(n):
        s += check(i) % 10
    return s


print(type_change(10000))
STEP = 2
print(type_change(10000))
print(overflow_last(63), overflow_last(64), overflow_last(200))
print(item_type([1, 2, 3, 4], 10000))
print(apply(inc, 5000), apply(dec, 5000))
print(clamped(10000))
try:
    raising(10000)
except ValueError as e:
    print("caught:", e)
print(raising(4000))
raising(5000)

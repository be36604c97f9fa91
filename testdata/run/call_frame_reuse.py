# Frames of successive calls share the thread's register stack
# (vm/runtime/frame.go): whatever ran in a window before, a new call's
# locals must start unbound and its constants be its own, across
# recursion, generators, exceptions and the stack's chunks.


def consts_a(x):
    return (x, 1.5, "a", (1, 2), None)


def consts_b(x):
    return (x, 2.5, "b", (3, 4), True, b"bytes", -7)


def unbound_late(flag):
    if flag:
        y = "bound"
    try:
        return y
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def many_locals(n):
    a = b = c = d = e = f = g = h = n
    i = j = k = l = m = "x" * n
    return a + b + c + d + e + f + g + h + len(i + j + k + l + m)


def alternate(rounds):
    out = []
    for r in range(rounds):
        out.append(consts_a(r))
        out.append(unbound_late(r % 2))
        out.append(many_locals(r))
        out.append(consts_b(r))
        out.append(unbound_late(0))
    return out


res = alternate(4)
for item in res:
    print(item)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def down(n, acc):
    # Deep enough to leave the stack's first chunk and come back.
    if n == 0:
        return acc
    k = (n, "k", 3.0)
    return down(n - 1, acc + len(k))


print(fib(15), down(600, 0), fib(10), down(300, 1))
print(unbound_late(0), consts_a(9), many_locals(2))


def gen_then_call():
    def g(n):
        for i in range(n):
            yield consts_b(i)[1] + i

    total = sum(g(3))
    return total, unbound_late(0), consts_a(-1)


print(gen_then_call())


def raising(n):
    if n == 0:
        raise ValueError("bottom")
    s = "level %d" % n
    return raising(n - 1) + s


for depth in (3, 700):
    try:
        raising(depth)
    except ValueError as e:
        print("caught", e, unbound_late(0), consts_b(depth)[-1])


def closure_maker(v):
    w = v * 2

    def inner(z):
        return (z, w, "inner")

    return inner


fs = [closure_maker(i) for i in range(3)]
print([f(1) for f in fs], [consts_a(i)[2] for i in range(2)])


# Functions of 1 to 16 locals, each followed at the same depth by one
# whose sixteenth local is read unbound: one of them has its constants
# where that local lives.
def make(k):
    body = "; ".join("v%d = %d" % (i, i) for i in range(k))
    ns = {}
    exec("def f():\n    %s\n    return (v%d, 'c%d', %d.5, ('t', %d))\n" % (body, k - 1, k, k, k), ns)
    return ns["f"]


def wide(flag):
    w0 = w1 = w2 = w3 = w4 = w5 = w6 = w7 = w8 = w9 = w10 = w11 = w12 = w13 = w14 = 0
    if flag:
        w15 = 1
    try:
        return w15 + w0
    except UnboundLocalError:
        return "unbound"


makers = [make(k) for k in range(1, 17)]
print([(f(), wide(0), wide(1)) for f in makers])

# Found by the fuzzer: a bridge wrote b, a local the loop never touched,
# and the value was lost when the bridge jumped back to the loop.
def f(n, xs):
    a = 1
    b = 0.5
    c = 0
    i = 0
    while i < n:
        i += 1
        c += a
        a = ((len(xs) ^ i) >> 2)
        a = a % 1000003
        if i % 6 == 0:
            if len(xs) >= i:
                a = a % 1000003
            else:
                b = (0.5 * (i * 0.1 + (a % 100) * 1.0))
    return a, b, c, xs

for n in (22, 406):
    print(f(n, [3, 1, 4, 1, 5]))

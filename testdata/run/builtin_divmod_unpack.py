# x, y = divmod(a, b) unpacked at once (the interpreter skips the pair):
# the same values, signs and errors as the call that builds it, and the
# pair still built where something else reads it.
import builtins


def split(i, n):
    x, y = divmod(i, n)
    return x, y


for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-1, 3),
             (2**62, 3), (-2**63, -1), (-2**63, 1), (2**63 - 1, -1), (10**20, 7),
             (7.5, 2), (-7, 2.5), (True, 2), (7, True)]:
    print(a, b, split(a, b), divmod(a, b))


def kept(i):
    t = x, y = divmod(i, 10)
    return t, x, y


print(kept(123), kept(-123))


def loop(n):
    out = []
    for i in range(n):
        q, r = divmod(i * 7, 5)
        out.append(q * 10 + r)
    return out


print(loop(12))


def gen(i):
    x, y = divmod(i, 4)
    yield x
    yield y


print([list(gen(i)) for i in range(-3, 6)])


def errors():
    for a, b in [(1, 0), (1.5, 0), ("a", 2), (2, None)]:
        try:
            x, y = divmod(a, b)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        x, y, z = divmod(7, 2)
    except ValueError as e:
        print("ValueError", e)
    try:
        (x,) = divmod(7, 2)
    except ValueError as e:
        print("ValueError", e)


errors()


def shadowed(i):
    x, y = divmod(i, 3)
    return x, y


divmod = lambda a, b: (b, a)
print(shadowed(10))
del divmod
print(shadowed(10))
real = builtins.divmod
builtins.divmod = lambda a, b: ("patched", a + b)
print(shadowed(10))
builtins.divmod = real
print(shadowed(10))


class Num:
    def __divmod__(self, other):
        return ("q", other)

    def __rdivmod__(self, other):
        return (other, "r")


def custom():
    a, b = divmod(Num(), 3)
    c, d = divmod(3, Num())
    return a, b, c, d


print(custom())


def tb(i):
    x, y = divmod(i, 0)
    return x


try:
    tb(5)
except ZeroDivisionError as e:
    import traceback
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

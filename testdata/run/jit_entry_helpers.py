# Hot function entries (function_threshold): helpers called thousands of
# times from a loop the JIT cannot compile (it appends to a list), so
# they compile from their entry; then calls that leave the compiled code
# through each kind of guard.
import traceback


def mix(x, y):
    a = x * 3 + y
    b = a * a - x
    c = (a ^ b) & 1023
    d = c * 7 + a % 13
    e = (d + b) % 1000003
    f = e * 3 - c
    g = (f ^ a) % 4099
    return g + d - e


def grow(x, k):
    a = x + 1
    b = a * k
    c = b * k
    d = c * k
    e = d * k
    f = e + a + b + c + d
    g = f * k - e
    h = g + a - b
    m = h * 2 - c
    return m * k + a


def ratio(x, y):
    a = x * 2 + 1
    b = a * a + x
    c = (b + y) % 1000
    d = c * 3 + a
    e = d - b + c
    f = e * 7 + d
    g = f + a - c
    h = g * 2 - e
    return h // y + a


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self, k):
        a = self.x * self.x
        b = self.y * self.y
        c = a + b
        d = c * k
        e = d + a - b
        f = e * 0.5 + c
        g = f - a * 0.25
        h = g * 1.5 - b
        m = h + c * 0.125
        return m


def sign_of(a, b, c):
    x = a * 2 + b
    y = x - c * 3
    z = y * y + x
    w = z % 97 + y
    u = w + x - z
    v = u * 3 - w
    s = v + z - y
    t = s * 2 - v
    if t > 0:
        return True
    return None


def inner(a, b):
    c = a * b + 1
    d = c % 1009
    return d + b


def outer(x, n):
    t = 0
    k = 0
    while k < n:
        t += inner(x, k) + k
        k += 1
    u = t * 2 + x
    v = u % 100003
    return v + t


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


out = []
for i in range(4000):
    out.append(mix(i, 7))
print("mix", sum(out), out[-3:])

# Arguments of another type after the function compiled (bools): the
# entry check sends the call to the interpreter.
out = []
for i in range(4000):
    out.append(mix(i if i < 3000 else (i * 1.0 if i % 2 else True), 7) if i < 3000 or i % 2 == 0 else -1)
print("mix types", sum(out), out[-3:])

# An overflow in the last call leaves through guard_no_overflow.
out = []
for i in range(4000):
    out.append(grow(i, 3 if i < 3999 else 10**9))
print("grow", out[0], out[-2:])

# A ZeroDivisionError raised where a guard (divisor positive) left the
# compiled code: the traceback names the right lines.
out = []
try:
    for i in range(4000):
        out.append(ratio(i, 5 if i < 3500 else 0))
except ZeroDivisionError as e:
    print("ratio", len(out), type(e).__name__, e, [f.lineno for f in traceback.extract_tb(e.__traceback__)])

# Methods, float, bool and None results.
vs = [Vec(i, i + 1.5) for i in range(10)]
out = []
for i in range(4000):
    out.append(vs[i % 10].norm2(2.0))
    out.append(sign_of(i, 3, 4 if i < 3800 else 10**6))
print("results", sum(x for x in out if type(x) is float), out.count(True), out.count(None))

# An inlined call and an unrolled inner loop whose trip count changes.
out = []
for i in range(4000):
    out.append(outer(i, 4 if i < 3000 else 6))
print("outer", sum(out), out[-3:])

# Recursion is never inlined into a trace.
print("fib", fib(22))

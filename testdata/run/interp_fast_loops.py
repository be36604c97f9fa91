# Loops of moves, small-int and float arithmetic, comparisons and branches
# long enough for the interpreter's inner loop (runFast) to take them over
# at a safe point, with the operands and results it must leave to the
# generic paths: ints that overflow 64 bits, NaNs, signed zeros, zero
# divisors, negative operands of % and //, a value changing type mid-loop.
import math


def int_ops(n):
    s = 0
    i = 0
    while i < n:
        s += i * 3 % 7 - i // 5
        s -= (-i) % 11
        s += (-i) // 3
        i += 1
    return s, i


def float_ops(n):
    s = 0.0
    x = 0.5
    while x < n:
        s += x * 2.0 / 7.0 - x
        s = -s if s > 1e6 else s
        x += 1.0
    return s, x


def overflow(n):
    # The sum leaves the 64-bit range part way through the loop.
    s = 2 ** 62
    i = 0
    while i < n:
        s += 2 ** 50
        i += 1
    p = 1
    for _ in range(n):
        p = p * 3 if p < 10 ** 30 else 1
    return s, p


def compares(n):
    nan = float("nan")
    counts = [0, 0, 0, 0, 0, 0]
    for i in range(n):
        x = i * 0.5
        y = nan if i % 1000 == 0 else 100.0
        if x < y:
            counts[0] += 1
        if x <= y:
            counts[1] += 1
        if x == y:
            counts[2] += 1
        if x != y:
            counts[3] += 1
        if x > y:
            counts[4] += 1
        if x >= y:
            counts[5] += 1
    a = b = 0
    i = 0
    while i < n:
        t = i < 500
        u = i >= 2500
        if t is True:
            a += 1
        if not u:
            b += 1
        i += 1
    return counts, a, b


def signed_zero(n):
    z = 0.0
    i = 0
    while i < n:
        z = -z
        i += 1
    return math.copysign(1.0, z), math.copysign(1.0, -0.0 * 1.0)


def type_change(n):
    v = 0
    i = 0
    while i < n:
        v = v + 1
        if i == n // 2:
            v = float(v)
        if i == 3 * n // 4:
            v = str(int(v))
            break
        i += 1
    while i < n:
        v = v + "."
        i += 400
    return v[:12], len(v), i


def none_loop(n):
    node = None
    k = 0
    while node is None:
        k += 1
        if k > n:
            node = k
    return node


def divide_until(n):
    d = float(n)
    q = 0.0
    i = 0
    while True:
        q += 1.0 / d
        d -= 1.0
        i += 1


def mod_by_zero(n):
    i = 0
    acc = 0
    while i < n:
        acc += i % (n - 1 - i)
        i += 1
    return acc


print(int_ops(5000))
print(float_ops(5000.0))
print(overflow(5000))
print(compares(5000))
print(signed_zero(5001), signed_zero(5000))
print(type_change(8000))
print(none_loop(3000))
try:
    divide_until(4000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    mod_by_zero(3000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
divide_until(3000)

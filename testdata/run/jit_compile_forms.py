# Loops whose traces use many instruction forms of the x86-64 backend's
# encoder: int and float arithmetic with constants of 8, 32 and 64 bits,
# shifts, floor division and modulo by constants and variables, compares
# of every kind, list reads and writes, attribute stores through the
# write barrier, and bodies long enough that the back-edge and the jumps
# to exit stubs need 32-bit displacements.
import math


class Box:
    def __init__(self, v):
        self.v = v
        self.link = None


def ints(n):
    s = 0
    t = 7
    big = 1 << 40
    for i in range(n):
        s += i * 3 - 5
        s ^= i * 4
        s &= 0xFFFFFFFFFF
        t = (t * 1103515245 + 12345) % 2147483648
        s += t // 97 - t % 13
        s -= (i >> 1) | 9
        if s > big:
            s -= big
        if i % 7 == 3:
            s += -i
        if i >= n - 2:
            s += 1000000000
    return s, t


def floats(n):
    x = 0.5
    acc = 0.0
    for i in range(n):
        x = x * 1.0000001 + 0.25
        acc += math.sqrt(x) - x / 3.0 + i * 0.125
        if acc > 1e6:
            acc -= 1e6
        if x < -1.0:
            acc = -acc
        acc = abs(acc - 2.5) + 1.0
    return round(acc, 6), round(x, 6)


def lists(n):
    a = [0] * 16
    f = [0.5] * 8
    for i in range(n):
        k = i % 16
        a[k] = (a[k] + i * 2 - a[(k + 5) % 16] // 3) % 1000000007
        a[-1] += 1
    for i in range(n):
        f[i % 8] = f[(i + 3) % 8] * 0.5 + i
    return sum(a), round(sum(f), 3)


def boxes(n):
    bs = [Box(i) for i in range(8)]
    head = Box(-1)
    for i in range(n):
        b = bs[i % 8]
        b.v = b.v + i
        b.link = head
        head = b
        head.link.v -= 1
    return [b.v for b in bs]


def long_body(n):
    a = b = c = d = e = f = g = h = 0
    for i in range(n):
        a = a + i * 3 + 1
        b = b + a % 11 - 2
        c = c ^ (a + b) & 1023
        d = d + c * 8 - (b >> 2)
        e = e + d % 1000 + a // 7
        f = f + (e & 255) * 5 - c
        g = g + f % 97 + (d ^ e) % 31
        h = h + g - f + e - d + c - b + a
        a = a % 100000
        b = b % 100000
        c = c % 100000
        d = d % 100000
        e = e % 100000
        f = f % 100000
        g = g % 100000
        h = h % 1000003
    return a, b, c, d, e, f, g, h


print(ints(3000))
print(floats(3000))
print(lists(3000))
print(boxes(3000))
print(long_body(3000))

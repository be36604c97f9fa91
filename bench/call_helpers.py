# helper-heavy: numeric helper functions of a few dozen bytecodes, called
# from a loop the JIT cannot compile (it appends to a list), so only the
# helpers' entries compile (function_threshold).
import sys


def mix_hash(i, j, k):
    h = (i * 73856093) ^ (j * 19349663) ^ (k * 83492791)
    h = (h ^ (h >> 13)) % 2147483647 * 48271 % 2147483647
    h = (h ^ (h >> 16)) * 69621 % 2147483647
    return h % 1000003


def bezier(t, p0, p1, p2, p3):
    u = 1.0 - t
    b0 = u * u * u
    b1 = 3.0 * u * u * t
    b2 = 3.0 * u * t * t
    b3 = t * t * t
    return b0 * p0 + b1 * p1 + b2 * p2 + b3 * p3


def clamp_smooth(x, lo, hi):
    if x < lo:
        x = lo
    if x > hi:
        x = hi
    t = (x - lo) / (hi - lo)
    return t * t * (3.0 - 2.0 * t)


def main(n):
    out = []
    for i in range(n):
        h = mix_hash(i, i + 1, i + 2)
        t = h / 1000003.0
        out.append(bezier(t, 0.0, 2.5, -1.5, 1.0) + clamp_smooth(t * 1.5, 0.25, 1.25))
    return sum(out)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print(round(main(n), 6))

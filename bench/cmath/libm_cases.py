"""Print "name x y" lines of random hex-float arguments for libm_oracle.c.

    python3 bench/cmath/libm_cases.py NAME COUNT [SEED [wide|untabulated]]

Arguments mix magnitudes (near 1, tiny, huge, near 0 and +-1) and signs;
for hypot, every other pair has parts of similar size, where the
correction step of glibc's algorithm matters most. "wide" draws half of
them instead with a uniform exponent from 2**-30 to 2**1023 (every
range-reduction path of sin, cos and tan) and half below 4.
"untabulated" draws, for tan, atan, atan2 and log, mostly arguments
where glibc's algorithm reads no table (tan: |x - n*pi/2| <= 0.0608;
atan: |x| outside [1/16, 16); atan2: one coordinate 16 or more times the
other, and the special values; log: within 1/16 of 1), the part of them
that Kiln reproduces exactly (docs/stdlib.md). "log1p" draws every path
of log1p: |x| below 2**-29 and 2**-54, f = x exactly (-0.2929 < x <
0.41422), 1+x just around a power of two (|f| < 2**-20), x towards -1,
and up to 2**1023.
"""
import math
import random
import sys


def number(rng):
    k = rng.random()
    if k < 0.5:
        return rng.uniform(-4, 4)
    if k < 0.7:
        return rng.uniform(-1.5, 1.5) * 10.0 ** rng.randint(-20, 20)
    if k < 0.8:
        return rng.choice([1.0, -1.0, 0.0]) + rng.uniform(-1e-6, 1e-6)
    if k < 0.9:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300)
    return rng.uniform(-800, 800)


def wide(rng):
    if rng.random() < 0.5:
        return rng.uniform(-4, 4)
    return rng.choice([1, -1]) * rng.uniform(1, 2) * 2.0 ** rng.randint(-30, 1023)


SPECIAL = [0.0, -0.0, float("inf"), -float("inf"), 1.0, -1.0, 5e-324, 1e308]


def untabulated(name, rng):
    sign = rng.choice([1, -1])
    k = rng.random()
    if name == "tan":
        if k < 0.3:
            return sign * rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, -4), 0.0
        if k < 0.8:
            m = rng.randint(1, 15) if k < 0.55 else rng.randint(16, 60000000)
            return sign * (m * math.pi / 2 + rng.uniform(-0.06, 0.06)), 0.0
        return sign * rng.uniform(1, 2) * 2.0 ** rng.randint(27, 1023), 0.0
    if name == "atan":
        if k < 0.4:
            return sign * rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, -5), 0.0
        if k < 0.8:
            return sign * rng.uniform(1, 2) * 2.0 ** rng.randint(4, 60), 0.0
        return sign * rng.uniform(1, 2) * 2.0 ** rng.randint(-1100, 1023), 0.0
    if name == "log":
        if k < 0.8:
            return 1 + rng.uniform(-1, 1) * 2.0 ** rng.randint(-60, -4), 0.0
        return rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, 1023), 0.0
    e = rng.randint(-1060, 1000)
    x = rng.uniform(1, 2) * 2.0 ** e
    if k < 0.7:
        y = rng.uniform(1, 2) * 2.0 ** (e - rng.randint(4, 70))
    elif k < 0.98:
        y = rng.uniform(1, 2) * 2.0 ** (e + rng.randint(-3, 3))
    else:
        y = rng.choice(SPECIAL)
    if rng.random() < 0.5:
        x, y = y, x
    return x * sign, y * rng.choice([1, -1])


def log1p_argument(rng):
    k = rng.random()
    if k < 0.3:
        return rng.uniform(-0.3, 0.42)
    if k < 0.4:
        return rng.choice([1, -1]) * rng.uniform(1, 2) * 2.0 ** rng.randint(-60, -20)
    if k < 0.6:
        e = rng.randint(-1, 60)
        return 2.0 ** e - 1 + rng.uniform(-1, 1) * 2.0 ** (e - rng.randint(18, 24))
    if k < 0.75:
        return rng.uniform(-1, -0.29)
    if k < 0.9:
        return rng.uniform(0.4, 1e6)
    return rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, 1023)


def main():
    name, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
    mode = sys.argv[4] if len(sys.argv) > 4 else ""
    draw = {"wide": wide, "log1p": log1p_argument}.get(mode, number)
    for i in range(count):
        if mode == "untabulated":
            x, y = untabulated(name, rng)
            print(name, x.hex(), y.hex())
            continue
        x, y = draw(rng), draw(rng)
        if name == "hypot" and i % 2:
            y = x * rng.uniform(0.1, 10)
        print(name, x.hex(), y.hex())


main()

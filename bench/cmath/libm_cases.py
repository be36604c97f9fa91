"""Print "name x y" lines of random hex-float arguments for libm_oracle.c.

    python3 bench/cmath/libm_cases.py NAME COUNT [SEED [wide]]

Arguments mix magnitudes (near 1, tiny, huge, near 0 and +-1) and signs;
for hypot, every other pair has parts of similar size, where the
correction step of glibc's algorithm matters most. "wide" draws half of
them instead with a uniform exponent from 2**-30 to 2**1023 (every
range-reduction path of sin, cos and tan) and half below 4.
"""
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


def main():
    name, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
    draw = wide if sys.argv[4:] == ["wide"] else number
    for i in range(count):
        x, y = draw(rng), draw(rng)
        if name == "hypot" and i % 2:
            y = x * rng.uniform(0.1, 10)
        print(name, x.hex(), y.hex())


main()

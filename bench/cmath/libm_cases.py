"""Print "name x y" lines of random hex-float arguments for libm_oracle.c.

    python3 bench/cmath/libm_cases.py NAME COUNT [SEED]

Arguments mix magnitudes (near 1, tiny, huge, near 0 and +-1) and signs;
for hypot, every other pair has parts of similar size, where the
correction step of glibc's algorithm matters most.
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


def main():
    name, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
    for i in range(count):
        x, y = number(rng), number(rng)
        if name == "hypot" and i % 2:
            y = x * rng.uniform(0.1, 10)
        print(name, x.hex(), y.hex())


main()

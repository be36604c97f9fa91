"""Prints N arguments each of exp and expm1 (or the functions named after
N) with CPython 3.12's results (glibc 2.36's, x86-64 with FMA), as hex
floats: "fn arg result". These are the cases of glibc_exp.txt (N = 4000);
libm_exp_test.go checks glibcExp and glibcExpm1 against them.

    python3.12 gen_glibc_exp.py 4000 > glibc_exp.txt
"""
import math
import random
import sys

assert sys.version_info[:2] == (3, 12), sys.version
rng = random.Random(20261130)


def number():
    kind = rng.random()
    if kind < 0.3:
        return rng.uniform(-1, 1)
    if kind < 0.5:
        return rng.uniform(-40, 40)
    if kind < 0.6:
        return rng.uniform(-750, 720)
    if kind < 0.8:
        return rng.uniform(-1, 1) * 2.0 ** rng.randint(-60, 0)
    if kind < 0.9:
        return rng.uniform(0.3, 1.1) * rng.choice([1, -1])
    return rng.uniform(-3, 3) * 10.0 ** rng.randint(0, 300)


def main():
    n = int(sys.argv[1])
    for fn in sys.argv[2:] or ("exp", "expm1"):
        f = getattr(math, fn)
        # The edges: subnormal and overflowing results, tiny arguments.
        fixed = [709.7, 709.78, 709.782712893384, -708.3, -709.5, -740.0,
                 -745.1, -745.2, 2.0 ** -54, -2.0 ** -55, 0.0, 1.0, -1.0, 38.8, -38.8]
        for i in range(n + len(fixed)):
            x = fixed[i] if i < len(fixed) else number()
            try:
                r = f(x).hex()
            except OverflowError:
                r = "inf"
            except ValueError:
                continue
            print(fn, x.hex(), r)


main()

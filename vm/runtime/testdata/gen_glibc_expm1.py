"""Prints N arguments of expm1 with CPython 3.12's results (glibc 2.36's,
x86-64 with FMA), as hex floats: "fn arg result". These are the cases of
glibc_expm1.txt (N = 6000); libm_expm1_test.go checks glibcExpm1
against them. (log1p is not here: glibc's is not fdlibm's, see
docs/stdlib.md.)

    python3.12 gen_glibc_expm1.py 6000 > glibc_expm1.txt
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
    for fn in ("expm1",):
        f = getattr(math, fn)
        for _ in range(n):
            x = number()
            try:
                r = f(x).hex()
            except OverflowError:
                r = "inf"
            except ValueError:
                continue
            print(fn, x.hex(), r)


main()

"""Differential test of cmath (and the real math functions under it)
against CPython 3.12, bit for bit.

    python3.12 bench/cmath/cmath_diff.py ./kiln [N]

runs this script under kiln with --emit and under the running CPython,
then prints, per function, how many of the N inputs (default 4000) give
a different result, and a few examples. Inputs are random, seeded: real
and imaginary parts of mixed magnitudes (|x| near 1, tiny, huge, near the
branch points) and signs.
"""
import cmath
import math
import random

import sys

CFUNCS = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
          "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar", "rect"]
RFUNCS = ["exp", "log", "log1p", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
          "asinh", "acosh", "atanh", "atan", "asin", "acos", "atan2", "hypot", "expm1", "sqrt"]


def pow10(k):
    # Not 10.0 ** k: glibc's pow rounds exact halfway results (10.0 ** 23)
    # either way, Kiln's to even, and the inputs must be the same bits.
    return float("1e%d" % k)


def number(rng):
    kind = rng.random()
    if kind < 0.5:
        x = rng.uniform(-4, 4)
    elif kind < 0.7:
        x = rng.uniform(-1.5, 1.5) * pow10(rng.randint(-20, 20))
    elif kind < 0.8:
        x = rng.choice([1.0, -1.0, 0.0]) + rng.uniform(-1e-6, 1e-6)
    elif kind < 0.9:
        x = rng.uniform(-1, 1) * pow10(rng.randint(-300, 300))
    else:
        x = rng.uniform(-800, 800)
    return x


def fmt(v):
    if isinstance(v, tuple):
        return " ".join(fmt(x) for x in v)
    if isinstance(v, complex):
        return v.real.hex() + "," + v.imag.hex()
    return v.hex()


def emit(n):
    rng = random.Random(20261130)
    out = []
    for i in range(n):
        z = complex(number(rng), number(rng))
        x, y = number(rng), number(rng)
        out.append("in %d %s %s %s" % (i, fmt(z), fmt(x), fmt(y)))
        for name in CFUNCS:
            f = getattr(cmath, name)
            try:
                v = f(z.real, z.imag) if name == "rect" else f(z)
                r = fmt(v)
            except (ValueError, OverflowError) as e:
                r = type(e).__name__
            out.append("c.%s %d %s" % (name, i, r))
        for name in RFUNCS:
            f = getattr(math, name)
            try:
                r = fmt(f(y, x) if name in ("atan2", "hypot") else f(x))
            except (ValueError, OverflowError) as e:
                r = type(e).__name__
            out.append("m.%s %d %s" % (name, i, r))
    return out


def main():
    if sys.argv[1] == "--emit":
        print("\n".join(emit(int(sys.argv[2]))))
        return
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    import subprocess
    got = subprocess.run([sys.argv[1], __file__, "--emit", str(n)], capture_output=True, text=True, check=True).stdout.split("\n")
    want = emit(n)
    bad = {}
    rng = random.Random(20261130)
    inputs = []
    for i in range(n):
        inputs.append((complex(number(rng), number(rng)), number(rng), number(rng)))
    for g, w in zip(got, want):
        if g != w:
            name, i, _ = w.split(" ", 2)
            bad.setdefault(name, []).append((int(i), g.split(" ", 2)[2], w.split(" ", 2)[2]))
    total = 0
    for name in ["in"] + [("c." + f) for f in CFUNCS] + [("m." + f) for f in RFUNCS]:
        diffs = bad.get(name, [])
        total += len(diffs)
        print("%-10s %5d / %d differ" % (name, len(diffs), n))
        for i, g, w in diffs[:3]:
            z, x, y = inputs[i]
            arg = repr(z) if name.startswith("c.") else ("%r, %r" % (y, x) if name in ("m.atan2", "m.hypot") else repr(x))
            print("    %s(%s): kiln %s cpython %s" % (name, arg, g, w))
    print("total", total)


main()

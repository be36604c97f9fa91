"""Prints N arguments of expm1 and CPython 3.12's (glibc's) results, in hex:
the cases of vm/runtime/testdata/glibc_expm1.txt (N = 6000).

    python3.12 vm/runtime/testdata/gen_expm1.py 6000 > vm/runtime/testdata/glibc_expm1.txt
"""
import math, random
r = random.Random(20261130)
def num():
    k = r.random()
    if k < 0.3: return r.uniform(-1, 1)
    if k < 0.5: return r.uniform(-40, 40)
    if k < 0.6: return r.uniform(-750, 720)
    if k < 0.8: return r.uniform(-1, 1) * 2.0 ** r.randint(-60, 0)
    if k < 0.9: return r.uniform(0.3, 1.1) * r.choice([1, -1])
    return r.uniform(-3, 3)
import sys
n = int(sys.argv[1])
for i in range(n):
    x = num()
    try: v = math.expm1(x).hex()
    except OverflowError: v = "inf"
    print(x.hex(), v)

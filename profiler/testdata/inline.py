# A hot loop in outer() that calls a small function, inner(), which the
# JIT inlines into the loop's trace.
import sys

def inner(x):
    y = x * 3
    return y % 1000003

def outer(n):
    s = 0
    for i in range(n):
        s = inner(s + i)
    return s

print(outer(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000))

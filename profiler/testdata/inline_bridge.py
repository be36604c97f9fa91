# A hot loop whose two branches call a small function each: the JIT
# compiles one branch into the loop's trace and the other, when its
# guard keeps failing, into a bridge; both functions are inlined.
import sys

def g(x):
    return x * 7 % 11

def h(x):
    return x + 3

def f(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += g(i)
        else:
            s -= h(i)
    return s

print(f(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000))

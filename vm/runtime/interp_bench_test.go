package runtime

// Benchmarks of the interpreter paths that the benchmarks slower than
// CPython with --jit off spend their time in (bench/fannkuch.py,
// fib.py, float_objects.py, richards.py). Each function spreads b.N
// operations over its own loop; run with -benchmem: every allocation is
// also work for Go's collector. cpu-ns/op is the process's CPU time.

import "testing"

const interpBenchSrc = `
def flip(n):
    perm1 = list(range(9))
    i = 0
    while i < n:
        perm = perm1[:]
        k = 8
        while k:
            perm[:k + 1] = perm[k::-1]
            k -= 1
            i += 1

def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)

def calls(n):
    i = 0
    while i < n:
        fib(1)
        i += 1

class Point:
    def __init__(self, x):
        self.x = x
        self.y = x
        self.z = x

    def norm(self):
        return self.x * self.x + self.y * self.y + self.z * self.z

def instances(n):
    i = 0
    while i < n:
        Point(1.5)
        i += 1

def methods(n):
    p = Point(2.0)
    i = 0
    while i < n:
        p.norm()
        i += 1
`

// BenchmarkInterpSliceFlip is fannkuch's flip: a reversed slice assigned
// to a prefix of the same list, per op.
func BenchmarkInterpSliceFlip(b *testing.B) {
	genBenchCall(b, interpBenchSrc, "flip", 8000)
}

// BenchmarkInterpCall is a call and return of a one-argument Python
// function, per op.
func BenchmarkInterpCall(b *testing.B) {
	genBenchCall(b, interpBenchSrc, "calls", 10000)
}

// BenchmarkInterpNewInstance is Point(x) with a Python __init__ setting
// three attributes, per op.
func BenchmarkInterpNewInstance(b *testing.B) {
	genBenchCall(b, interpBenchSrc, "instances", 10000)
}

// BenchmarkInterpMethodCall is p.norm(), six attribute reads, per op.
func BenchmarkInterpMethodCall(b *testing.B) {
	genBenchCall(b, interpBenchSrc, "methods", 10000)
}

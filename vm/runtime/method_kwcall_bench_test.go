package runtime

// Benchmarks of `obj.method(..., key=value)` (method_kwcall.go): a method
// in Go and one in Python, called with a keyword.

import "testing"

const kwMethodBenchSrc = `
def sorts(n):
    xs = [2, 1]
    for i in range(n):
        xs.sort(reverse=True)

class P:
    def m(self, a, k=0):
        return a + k

def pymethod(n):
    p = P()
    t = 0
    for i in range(n):
        t += p.m(i, k=1)
    return t
`

// xs.sort(reverse=True) of a two-item list: a method in Go.
func BenchmarkKwMethodGo(b *testing.B) {
	genBenchCall(b, kwMethodBenchSrc, "sorts", 1000)
}

// p.m(i, k=1) of a Python method: no bound method.
func BenchmarkKwMethodPython(b *testing.B) {
	genBenchCall(b, kwMethodBenchSrc, "pymethod", 1000)
}

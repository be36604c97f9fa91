package runtime

// Benchmarks of `x, y = divmod(i, n)` (divmod_unpack.go): unpacked at
// once, and kept as a tuple as well, which must still build it.

import "testing"

const divmodBenchSrc = `
def unpacked(n):
    t = 0
    for i in range(n):
        x, y = divmod(i, 120)
        t += x + y
    return t

def kept(n):
    t = 0
    for i in range(n):
        p = x, y = divmod(i, 120)
        t += x + y
    return t
`

// x, y = divmod(i, 120) in a loop: no pair to allocate.
func BenchmarkDivmodUnpack(b *testing.B) {
	genBenchCall(b, divmodBenchSrc, "unpacked", 1000)
}

// p = x, y = divmod(i, 120): the pair is kept, so it is built.
func BenchmarkDivmodUnpackKept(b *testing.B) {
	genBenchCall(b, divmodBenchSrc, "kept", 1000)
}

package runtime

// Benchmark of an exception raised and caught inside a function call
// (frame_captures.go): the traceback entry made for the frame shows its
// locals after the return.

import "testing"

const frameCaptureBenchSrc = `
def lookup(d, i):
    a = i + 1
    try:
        return d[i]
    except KeyError:
        return a

def caught(n):
    d = {}
    t = 0
    for i in range(n):
        t += lookup(d, i)
    return t
`

// lookup(d, i) raising and catching KeyError, once per op.
func BenchmarkFrameCaughtException(b *testing.B) {
	genBenchCall(b, frameCaptureBenchSrc, "caught", 1000)
}

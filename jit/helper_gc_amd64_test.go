package jit

// The GC stress test of helper calls: a compiled loop holds an object
// whose only other reference it just overwrote (an attribute store) across
// dict helpers that grow the dict (allocating while the collector runs),
// under GOGC=1 while other goroutines allocate, with every back-edge
// yielding in half the rounds. The program checks every object it read.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run HelperGCStress -v ./jit

import (
	"testing"
)

const helperGCProgram = `
class Box:
    def __init__(self, v):
        self.v = v

class Holder:
    pass

def churn(n):
    h = Holder()
    h.x = Box(0)
    d = {}
    bad = 0
    for i in range(n):
        o = h.x
        h.x = Box(i + 1)
        d[i] = i
        t = d.get(i - 1, -1) + d[i]
        if i in d:
            t += 1
        if o.v != i or t != 2 * i:
            bad += 1
    return bad, len(d)

for r in range(ROUNDS):
    print(churn(20000))
`

func TestHelperGCStress(t *testing.T) {
	params := []gcParam{{"ROUNDS", 3, 100}}
	run := func(src string) (string, *JIT) { return runPyWith(src, nativeBackend) }
	nativeGCStress(t, helperGCProgram, params, run, func(yield bool, j *JIT) {
		if n := countKeptOps(j, func(c Opcode) bool { return c == OpCallHelper }); n < 3 {
			t.Fatalf("yield=%v: %d helper calls compiled", yield, n)
		}
	})
}

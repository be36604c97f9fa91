package jit

// The GC stress test of residual calls: compiled loops whose residual
// calls allocate (instances of a class, tuples, strings, lists) and keep
// the new objects in the trace across later exits (loop-carried values,
// values used after another call), run under GOGC=1 while other
// goroutines allocate, with every back-edge yielding in half the rounds.
// The program checks every object it built afterwards and the output is
// compared with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run ResidualGCStress -v ./jit

import (
	"testing"
)

const residualGCProgram = `
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

def build(n):
    head = Node(-1, None)
    s = "s"
    pairs = []
    last = (0, "0")
    for i in range(n):
        head = Node(i, head)
        t = (i, str(i))
        s = t[1] + "x"
        pairs.append(last)
        last = t
    return head, s, pairs, last

def check(n):
    head, s, pairs, last = build(n)
    bad = 0
    k = n - 1
    node = head
    while k >= 0:
        if node.v != k:
            bad += 1
        node = node.nxt
        k -= 1
    if node.v != -1 or node.nxt is not None:
        bad += 1
    for i in range(1, n):
        p = pairs[i]
        if p[0] != i - 1 or p[1] != str(i - 1):
            bad += 1
    return bad, s, last

for r in range(ROUNDS):
    print(check(3000))
`

func TestResidualGCStress(t *testing.T) {
	params := []gcParam{{"ROUNDS", 3, 200}}
	// Compile every loop, however many residual calls it makes.
	run := func(src string) (string, *JIT) { return runPyResidual(src, nativeBackend, 0) }
	nativeGCStress(t, residualGCProgram, params, run, func(yield bool, j *JIT) {
		calls := countKeptOps(j, Opcode.IsCall)
		if calls < 4 {
			t.Fatalf("yield=%v: %d residual calls compiled, want the loops of build", yield, calls)
		}
	})
}

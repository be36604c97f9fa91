package jit

// The GC stress test of split-keys instances made and written by compiled
// code (record_split.go, record_alloc.go's split pools): a loop makes
// instances whose values are objects (fresh values written through the
// write barrier into pool instances), links them into a chain reachable
// only through those values, and another loop swaps payloads between
// split instances (stores of refs over refs, State.Refs keeping the
// dropped ones the trace still holds), under GOGC=1 while other
// goroutines allocate, with every back-edge yielding in half the rounds.
// The program checks every object afterwards and its output is compared
// with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run SplitGCStress -v ./jit

import (
	"testing"
)

const splitGCProgram = `
class Cell:
    def __init__(self, v, nxt, label):
        self.v = v
        self.nxt = nxt
        self.label = label

class Box:
    def __init__(self, p, q):
        self.p = p
        self.q = q

class Payload:
    def __init__(self, v):
        self.v = v
        self.magic = v * 5 + 2

def chain(n):
    head = None
    for i in range(n):
        head = Cell(i, head, str(i))
    return head

def check_chain(head, n):
    bad = 0
    k = n - 1
    while head is not None:
        if head.v != k or head.label != str(k):
            bad += 1
        head = head.nxt
        k -= 1
    return bad + (k != -1)

def boxes(m):
    out = []
    for v in range(m):
        out.append(Box(Payload(2 * v), Payload(2 * v + 1)))
    return out

def shuffle(bs, n, seed):
    m = len(bs)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a = bs[x % m]
        b = bs[(x >> 12) % m]
        t = a.p
        a.p = b.q
        b.q = t
    return x

def check_boxes(bs):
    seen = [0] * (2 * len(bs))
    bad = 0
    for b in bs:
        for p in (b.p, b.q):
            if p.magic != p.v * 5 + 2:
                bad += 1
            else:
                seen[p.v] += 1
    return bad + sum(1 for c in seen if c != 1)

for r in range(ROUNDS):
    print(check_chain(chain(CELLS), CELLS))
    bs = boxes(2048)
    print(shuffle(bs, SWAPS, r), check_boxes(bs))
`

func TestSplitGCStress(t *testing.T) {
	params := []gcParam{{"ROUNDS", 3, 10}, {"CELLS", 20000, 60000}, {"SWAPS", 100000, 500000}}
	run := func(src string) (string, *JIT) { return runPyResidual(src, nativeBackend, 0) }
	nativeGCStress(t, splitGCProgram, params, run, func(yield bool, j *JIT) {
		if n := countSplitOps(j); n.fresh < 3 || n.stores < 2 {
			t.Fatalf("yield=%v: split ops %+v, want the fresh values of chain and the stores of shuffle", yield, n)
		}
	})
}

package jit

// The GC stress test of compiled stores and appends into words lists
// (record_list_words.go), and of stores of refs into generic lists:
// objects reachable only through a list are
// stored over items (setarrayitem_gc of a ref: the old item may be the
// last reference to an object), swapped, and appended by comprehensions
// (list_append growing in words through the interpreter), under GOGC=1
// while other goroutines allocate, with every back-edge yielding in half
// the rounds. Every object is checked afterwards and the output compared
// with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run ListWordsGCStress -v ./jit

import (
	"fmt"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

const listWordsGCProgram = listGCPayload + `
def make(m):
    return [Payload(v) for v in range(m)]

def copy_fresh(a):
    return [Payload(p.v) for p in a]

def churn(a, n, seed):
    m = len(a)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % m
        j = (x >> 12) % m
        t = a[k]
        a[k] = a[j]
        a[j] = t
        old = a[(k + j) % m]
        a[(k + j) % m] = Payload(old.v)
    return x

for r in range(ROUNDS):
    a = make(SIZE)
    x = churn(a, SWAPS, r)
    a = copy_fresh(a)
    print(x, churn(a, SWAPS, r + 1), check(a))
`

func TestListWordsGCStress(t *testing.T) {
	x86NativeForTest(t)
	src := gcStressSource(listWordsGCProgram, listGCParams(4096)...)
	run := func(src string) (string, *JIT) { return runPyWith(src, nativeBackend) }
	// Words from 64 items, then the same stores into generic lists (a ref
	// over a 16-byte item: its n word zeroed, its p word through the
	// barrier).
	for _, words := range []bool{true, false} {
		t.Run(fmt.Sprint("words=", words), func(t *testing.T) {
			defer runtime.ListWordsForTest(words, 64)()
			gcStress(t, src, run, func(yield bool, j *JIT) {
				stores, appends := 0, 0
				for _, tr := range j.traces {
					for i := range tr.Ops {
						op := &tr.Ops[i]
						switch {
						case (op.Aux&ListWords != 0) != words:
						case op.Code == OpSetArrayItem && tr.TypeOf(op.Args[2]) == Ptr:
							stores++
						case op.Code == OpListAppend:
							appends++
						}
					}
				}
				if stores < 3 || appends < 1 {
					t.Fatalf("yield=%v: %d stores of refs and %d appends compiled", yield, stores, appends)
				}
			})
		})
	}
}

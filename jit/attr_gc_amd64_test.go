package jit

// The GC stress test of attribute stores of objects: compiled loops that
// overwrite instance attributes holding objects (setinteriorfield_gc of a
// ref, through the write barrier), dropping the only heap reference to
// the old objects while the trace still holds some of them across exits
// (State.Refs keeps those), with calls allocating fresh objects in the
// loop, under GOGC=1 while other goroutines allocate, with every
// back-edge yielding in half the rounds. The program checks every object
// it linked afterwards and the output is compared with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run AttrGCStress -v ./jit

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

const attrGCProgram = `
class Node:
    def __init__(self, v):
        self.v = v
        self.nxt = None
        self.label = None

class Chain:
    pass

def build(n):
    c = Chain()
    c.head = Node(0)
    c.tail = c.head
    c.spare = Node(-1)
    dropped = 0
    for i in range(1, n):
        node = Node(i)
        c.tail.nxt = node
        c.tail = node
        node.label = str(i)
        old = c.spare
        c.spare = Node(-i - 1)
        if i % 7 == 0:
            c.head = c.head.nxt
            dropped += 1
        if old.v != -i:
            dropped += 1000000
    return c, dropped

def check(n):
    c, dropped = build(n)
    bad = 0
    node = c.head
    k = dropped
    while node is not None:
        if node.v != k or (k > 0 and node.label != str(k)):
            bad += 1
        last = node
        node = node.nxt
        k += 1
    if k != n or last is not c.tail or c.spare.v != -n:
        bad += 1
    return bad, dropped, c.tail.label

for r in range(ROUNDS):
    print(check(3000))
`

// startGarbage starts n goroutines allocating strs until the returned
// func is called.
func startGarbage(n int) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var sink atomic.Value
	for g := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; ; k++ {
				select {
				case <-done:
					return
				default:
				}
				sink.Store(runtime.NewStr(fmt.Sprint("garbage ", g, k)))
			}
		}()
	}
	return func() { close(done); wg.Wait() }
}

func TestAttrGCStress(t *testing.T) {
	x86NativeForTest(t)
	rounds := 3
	if os.Getenv("KILN_JIT_LONG") != "" {
		rounds = 200
	}
	src := strings.Replace(attrGCProgram, "ROUNDS", fmt.Sprint(rounds), 1)
	want, _ := runPy(t, src, false)
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	defer startGarbage(2)()
	for _, yield := range []bool{false, true} {
		x86YieldEveryIteration = yield
		// Compile the loops with their allocating calls.
		got, j := runPyResidual(src, nativeBackend, 0)
		x86YieldEveryIteration = false
		if got != want {
			t.Fatalf("yield=%v: got\n%s\nwant\n%s", yield, got, want)
		}
		if n := countAttrOps(j); n.refStores < 4 {
			t.Fatalf("yield=%v: %d ref stores compiled, want those of build", yield, n.refStores)
		}
	}
}

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

class Holder:
    pass

class Payload:
    def __init__(self, v):
        self.v = v
        self.magic = v * 3 + 1

def make_holders(m):
    hs = []
    for v in range(m):
        h = Holder()
        h.p = Payload(v)
        hs.append(h)
    return hs

def shuffle(hs, n, seed):
    # Swaps of the holders' payloads: each payload is reachable only
    # through the holder that has it now.
    m = len(hs)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a = hs[x % m]
        b = hs[(x >> 12) % m]
        t = a.p
        a.p = b.p
        b.p = t
    return x

def check_holders(hs):
    seen = [0] * len(hs)
    bad = 0
    for h in hs:
        p = h.p
        if p.magic != p.v * 3 + 1:
            bad += 1
        else:
            seen[p.v] += 1
    return bad + sum(1 for c in seen if c != 1)

for r in range(ROUNDS):
    print(check(3000))
    hs = make_holders(4096)
    print(shuffle(hs, SWAPS, r), check_holders(hs))
`

// gcStress runs src interpreted, then twice on the native backend through
// run, under GOGC=1 with goroutines allocating beside it: without and with
// a yield at every back-edge. Each run must print what the interpreter
// printed; check then looks at that run's JIT (that the loops under test
// really compiled).
func gcStress(t *testing.T, src string, run func(src string) (string, *JIT), check func(yield bool, j *JIT)) {
	t.Helper()
	want, _ := runPy(t, src, false)
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	defer startGarbage(2)()
	for _, yield := range []bool{false, true} {
		x86YieldEveryIteration = yield
		got, j := run(src)
		x86YieldEveryIteration = false
		if got != want {
			t.Fatalf("yield=%v: got\n%s\nwant\n%s", yield, got, want)
		}
		check(yield, j)
	}
}

// gcParam is a number a GC stress program is written with: its
// placeholder in the program and its values in go test's short run and in
// the long one (KILN_JIT_LONG).
type gcParam struct {
	name        string
	short, long int
}

// gcStressSource fills in program's placeholders for this run.
func gcStressSource(program string, params ...gcParam) string {
	long := os.Getenv("KILN_JIT_LONG") != ""
	var pairs []string
	for _, p := range params {
		n := p.short
		if long {
			n = p.long
		}
		pairs = append(pairs, p.name, fmt.Sprint(n))
	}
	return strings.NewReplacer(pairs...).Replace(program)
}

// nativeGCStress is gcStress of program, filled in with params, on the
// native backend.
func nativeGCStress(t *testing.T, program string, params []gcParam, run func(src string) (string, *JIT), check func(yield bool, j *JIT)) {
	t.Helper()
	x86NativeForTest(t)
	gcStress(t, gcStressSource(program, params...), run, check)
}

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
	params := []gcParam{{"ROUNDS", 3, 30}, {"SWAPS", 100000, 2000000}}
	// Compile the loops with their allocating calls.
	run := func(src string) (string, *JIT) { return runPyResidual(src, nativeBackend, 0) }
	nativeGCStress(t, attrGCProgram, params, run, func(yield bool, j *JIT) {
		if n := countAttrOps(j); n.refStores < 4 {
			t.Fatalf("yield=%v: %d ref stores compiled, want those of build", yield, n.refStores)
		}
	})
}

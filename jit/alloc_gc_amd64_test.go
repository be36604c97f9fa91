package jit

// The GC stress test of allocation in compiled code (record_alloc.go):
// loops that take new objects from their pools and keep them only in
// registers across back-edges (a linked list whose head is loop-carried),
// store new objects into new objects (setinteriorfield_gc of a ref into a
// fresh entry, with math calls that exit to Go while the new objects are
// held only in registers saved in Spill), append them to lists and drop
// others, under GOGC=1 while
// other goroutines allocate, with every back-edge yielding in half the
// rounds. The program checks every object afterwards and the output is
// compared with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run AllocGCStress -v ./jit

import (
	"testing"
)

const allocGCProgram = `
import math

class Leaf:
    def __init__(self, v):
        self.v = v
        self.magic = v * 7 + 3
        self.f = v * 0.25
        self.s = math.sin(v)

class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
        self.leaf = Leaf(v)

class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def check_chain(head, n):
    bad = 0
    k = n - 1
    while head is not None:
        if head.v != k or head.leaf.v != k or head.leaf.magic != k * 7 + 3 or head.leaf.f != k * 0.25 or head.leaf.s != math.sin(k):
            bad += 1
        head = head.nxt
        k -= 1
    return bad + (k != -1)

def pairs(n):
    return [Pair(Leaf(i), Leaf(-i)) for i in range(n)]

def check_pairs(ps):
    bad = 0
    for i, p in enumerate(ps):
        if p.a.v != i or p.b.v != -i or p.a.magic != i * 7 + 3 or p.b.magic != -i * 7 + 3:
            bad += 1
    return bad

def churn(n):
    t = 0
    for i in range(n):
        x = Pair(Leaf(i), None)
        t += x.a.magic
    return t

for r in range(ROUNDS):
    head = chain(SIZE)
    ps = pairs(SIZE)
    t = churn(SIZE)
    print(check_chain(head, SIZE), check_pairs(ps), t)
`

func TestAllocGCStress(t *testing.T) {
	params := []gcParam{{"ROUNDS", 2, 6}, {"SIZE", 4000, 100000}}
	run := func(src string) (string, *JIT) { return runPyWith(src, nativeBackend) }
	nativeGCStress(t, allocGCProgram, params, run, func(yield bool, j *JIT) {
		if news, appends := countKeptAllocOps(j); news < 4 || appends < 1 {
			t.Fatalf("yield=%v: %d new_with_vtable, %d list_append compiled", yield, news, appends)
		}
	})
}

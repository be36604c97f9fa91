package jit

// The GC stress test of list_reverse: compiled loops reversing ranges of
// lists whose items are objects reachable only through the list (the p
// words move in the heap: each swap goes through the write barrier while
// the collector marks), under GOGC=1 while other goroutines allocate, with
// every back-edge yielding in half the rounds. Every object is checked
// afterwards and the output compared with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run ListGCStress -v ./jit

import (
	"testing"
)

const listGCProgram = listGCPayload + `
def make(m):
    a = []
    for v in range(m):
        a.append(Payload(v))
    return a

def churn(a, n, seed):
    m = len(a)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % m
        a[:k + 1] = a[k::-1]
        j = (x >> 12) % (m - 1) + 1
        a[j:] = a[:j - 1:-1]
    return x

for r in range(ROUNDS):
    a = make(SIZE)
    print(churn(a, SWAPS, r), check(a))
`

// listGCPayload is the class of the objects the list GC stress programs
// keep only in lists, and check(a), which counts the objects of a that
// are wrong (a clobbered field) or not there exactly once.
const listGCPayload = `
class Payload:
    def __init__(self, v):
        self.v = v
        self.magic = v * 3 + 1

def check(a):
    seen = [0] * len(a)
    bad = 0
    for p in a:
        if p.magic != p.v * 3 + 1:
            bad += 1
        else:
            seen[p.v] += 1
    return bad + sum(1 for c in seen if c != 1), a[0].v, a[-1].v
`

// listGCParams are a list GC stress program's ROUNDS, SWAPS and SIZE, the
// long run's lists of longSize.
func listGCParams(longSize int) []gcParam {
	return []gcParam{{"ROUNDS", 3, 12}, {"SWAPS", 3000, 30000}, {"SIZE", 2048, longSize}}
}

func TestListGCStress(t *testing.T) {
	run := func(src string) (string, *JIT) { return runPyWith(src, nativeBackend) }
	nativeGCStress(t, listGCProgram, listGCParams(1024), run, func(yield bool, j *JIT) {
		if n := countListReverse(j); n < 2 {
			t.Fatalf("yield=%v: %d list_reverse compiled, want churn's two", yield, n)
		}
	})
}

// listAppendGCProgram appends objects that only lists keep, through
// lst.append(x) (list_append) on lists growing in a defaultdict and in a
// flat list, as collections_heapq's groups loop does.
const listAppendGCProgram = listGCPayload + `
from collections import defaultdict

def fill(n):
    groups = defaultdict(list)
    flat = []
    for v in range(n):
        p = Payload(v)
        groups[v % 7].append(p)
        flat.append(p)
    return groups, flat

for r in range(ROUNDS):
    groups, flat = fill(SIZE + SWAPS)
    bad = sum(1 for g in groups.values() for p in g if p.magic != p.v * 3 + 1)
    print(check(flat), bad, sorted(len(g) for g in groups.values()))
`

func TestListAppendGCStress(t *testing.T) {
	run := func(src string) (string, *JIT) { return runPyWith(src, nativeBackend) }
	// The long run fills lists of SIZE+SWAPS = 50000 objects: more took
	// longer than the test timeout under gccheckmark and GOGC=1.
	nativeGCStress(t, listAppendGCProgram, listGCParams(20000), run, func(yield bool, j *JIT) {
		if _, appends := countKeptAllocOps(j); appends < 2 {
			t.Fatalf("yield=%v: %d list_append compiled, want fill's two", yield, appends)
		}
	})
}

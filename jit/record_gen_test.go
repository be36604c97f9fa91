package jit

// Tests of compiled for loops over generators (record_gen.go): programs
// whose output with the JIT, on the reference executor and on the native
// backend, must be the interpreter's, and whose loops must have resumed a
// generator in compiled code. The deoptimisation paths run in the same
// programs: a generator switching types midway, an int overflowing in its
// body, an exception raised inside it, a branch of its body flipping, the
// generator suspended at another yield (a bridge per resumption point),
// a break leaving it resumable for next(), send() and throw().

import (
	"os"
	"strings"
	"testing"
)

// countGenSnaps counts the snapshots of j's traces with a generator's
// frame.
func countGenSnaps(j *JIT) int {
	n := 0
	for _, tr := range j.traces {
		for i := range tr.Snaps {
			if snapHasGen(&tr.Snaps[i]) {
				n++
			}
		}
	}
	return n
}

var genPrograms = map[string]string{
	"types": `
def values(n):
    x = 1
    for k in range(n):
        yield x
        if k == n // 2:
            x = 0.5
        if k == 3 * n // 4:
            x = 7
        x = x + 1

def consume(n):
    t = 0
    for v in values(n):
        t = t + v
    return t
print(consume(3000), consume(10))
`,
	"overflow": `
def powers(base, n):
    v = 1
    i = 0
    while i < n:
        yield v
        v = v * base
        i += 1

def last_digits(n):
    t = 0
    for p in powers(7, n):
        t = (t + p) % 1000000007
    return t
print(last_digits(200), last_digits(20))
`,
	"nested": `
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def scaled(xs, k):
    for x in xs:
        yield x * k

def total(n):
    t = 0
    for v in scaled(numbers(n), 3):
        t += v
    return t
print(total(5000), total(3))
`,
}

func TestGenLoopPrograms(t *testing.T) {
	progs := map[string]string{}
	for k, v := range genPrograms {
		progs[k] = v
	}
	for _, name := range []string{"jit_genloop_basic", "jit_genloop_break", "jit_genloop_raise", "jit_genloop_genexpr", "jit_genloop_nested"} {
		src, err := os.ReadFile("../testdata/run/" + name + ".py")
		if err != nil {
			t.Fatal(err)
		}
		progs[name] = string(src)
	}
	// Every program but the genexpr one (whose generator expressions are
	// consumed by builtins) must compile a loop over a generator. On the
	// reference executor (no residual calls) jit_genloop_nested compiles
	// only its inner loops, a few iterations an entry, which shortloop.go
	// gives up once they prove short: their code is gone by the end.
	checkPrograms(t, progs, func(name, backend string, j *JIT) bool {
		return countGenSnaps(j) > 0 || strings.HasPrefix(name, "jit_genloop_genexpr") ||
			backend == "irexec" && name == "jit_genloop_nested" && j.stats.Invalidated > 0
	})
}

// TestGenLoopGCStress runs loops over generators that yield new objects
// (strs, tuples) and keep objects in their frames across yields, under
// GOGC=1 with allocating goroutines, with and without a yield at every
// back-edge; the output must be the interpreter's. Long, with the
// runtime's checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run GenLoopGCStress -v ./jit
func TestGenLoopGCStress(t *testing.T) {
	const program = `
def pairs(items):
    i = 0
    n = len(items)
    while i < n:
        yield items[i]
        i += 1

def check(n):
    items = [(k, str(k) * 3) for k in range(n)]
    bad = 0
    k = 0
    last = None
    for p in pairs(items):
        bad += p[0] - k
        k += 1
        last = p
    for p in items:
        if p[1] != str(p[0]) * 3:
            bad += 1
    return bad, last

for r in range(ROUNDS):
    print(check(3000))
`
	run := func(src string) (string, *JIT) { return runPyWith(src, nativeBackend) }
	nativeGCStress(t, program, []gcParam{{"ROUNDS", 3, 200}}, run, func(yield bool, j *JIT) {
		if countGenSnaps(j) == 0 {
			t.Fatalf("yield=%v: no loop over a generator compiled", yield)
		}
	})
}

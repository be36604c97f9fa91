package jit

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// genLoopSource is a loop over a generator of k items run n times from
// an outer loop that stays interpreted (divmod in the generator's body
// keeps the outer loop's recording from inlining it), as collections_heapq's
// `for v in neighbours(u)` inside Dijkstra's `while heap:`.
func genLoopSource(k, n int) string {
	return fmt.Sprintf(`
def gen(i, k):
    x, y = divmod(i, 7)
    j = 0
    while j < k:
        yield i + j + x
        j += 1

def run(k, n):
    t = 0
    for u in range(n):
        for v in gen(u, k):
            t += v * 3 + (v & 5)
    return t

print(run(%d, %d))
`, k, n)
}

// TestShortGenLoopGivenUp: a loop over a generator whose entries end with
// the generator after a few items is given up (shortloop.go,
// shortGenLoopMinInsns); one whose generator yields many items per entry
// is kept, and the bridge recordings its generator's end stops are
// retried ever more rarely (guardStat.eagerness), not every
// trace_eagerness failures.
func TestShortGenLoopGivenUp(t *testing.T) {
	for name, tc := range map[string]struct {
		k, n        int
		invalidated bool
	}{"short": {6, 3000, true}, "long": {60, 3000, false}} {
		src := genLoopSource(tc.k, tc.n)
		want, _ := runPy(t, src, false)
		for bn, be := range testBackends() {
			got, j := runPyWith(src, be)
			if got != want {
				t.Errorf("%s on %s: got %q, want %q", name, bn, got, want)
			}
			if inv := j.stats.Invalidated > 0; inv != tc.invalidated {
				t.Errorf("%s on %s: invalidated %d times, want invalidated %v", name, bn, j.stats.Invalidated, tc.invalidated)
			}
			// 3000 entries ending at the generator's end, bridges after
			// 20 failures: retrying every 20 would record 150 times.
			if !tc.invalidated && j.stats.Tracing > 20 {
				t.Errorf("%s on %s: %d recordings, want the generator-end retries to back off", name, bn, j.stats.Tracing)
			}
		}
	}
}

// TestShortNestedGenLoopNotCompiled: at the default threshold, a loop
// over a generator nested in an interpreted loop is left to the
// interpreter when it first gets hot if its iterations per run of the
// outer body are too few (shortNestedGenLoopCheck), and compiled when
// they are many; an outer loop that compiles still inlines a short inner
// generator loop.
func TestShortNestedGenLoopNotCompiled(t *testing.T) {
	inlinedOuter := `
def gen(i, k):
    j = 0
    while j < k:
        yield i + j
        j += 1

def run(n):
    t = 0
    for u in range(n):
        for v in gen(u, 3):
            t += v * 3 + (v & 5)
    return t

print(run(6000))
`
	for name, tc := range map[string]struct {
		src            string
		loops          int64
		shortCheckSkip bool
	}{
		"short":         {genLoopSource(6, 3000), 0, true},
		"long":          {genLoopSource(60, 3000), 1, false},
		"inlined outer": {inlinedOuter, 1, true},
	} {
		want, _ := runPy(t, tc.src, false)
		for bn, be := range testBackends() {
			var out bytes.Buffer
			j := New(DefaultParams(), nil)
			j.SetBackend(be)
			vm.Run(vm.Program{Kind: vm.Command, Target: tc.src, Args: []string{}},
				runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}, JIT: j})
			if got := out.String(); got != want {
				t.Errorf("%s on %s: got %q, want %q", name, bn, got, want)
			}
			// irexec cannot run the inlined outer loop's generator ops: a
			// trace it rejects counts as reaching the backend.
			if loops := j.stats.Loops + j.stats.AbortCompiling; loops != tc.loops || j.stats.Invalidated != 0 {
				t.Errorf("%s on %s: %d loops to the backend, %d invalidated; want %d, 0", name, bn, loops, j.stats.Invalidated, tc.loops)
			}
			skipped := false
			for _, lp := range j.loops {
				skipped = skipped || lp.genChecked && lp.blacklisted && lp.code == nil && lp.aborts == 0
			}
			if skipped != tc.shortCheckSkip {
				t.Errorf("%s on %s: inner loop left to the interpreter before recording: %v, want %v", name, bn, skipped, tc.shortCheckSkip)
			}
		}
	}
}

// TestRetraceSameGuardBlacklisted: a loop whose code is thrown away
// because guards no bridge serves (branches on data, whose bridges would
// be mostly residual calls) fail on most entries is blacklisted when its
// retrace records one of those guards again, instead of being compiled a
// second time to fail the same way (retrace.go, sameGuardRetrace): the
// loop of json_loads' make_text.
func TestRetraceSameGuardBlacklisted(t *testing.T) {
	src := `
def make(n):
    seed = 4242
    parts = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        parts.append('%d %d %d.%d %s %d %d %d %d %s %d %d %d'
                     % (i, seed % 100000, seed % 1000, seed % 97, 'true' if seed % 3 else 'false',
                        seed % 17, seed % 5, seed % 90, seed % 180,
                        'null' if seed % 4 else 'q', seed % 7, seed % 11, seed % 13))
    return len(''.join(parts))

print(make(20000))
`
	if nativeBackend == nil {
		t.Skip("residual calls are served on the native backend only")
	}
	want, _ := runPy(t, src, false)
	got, j := runPyWith(src, nativeBackend)
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if j.stats.Invalidated != 1 || j.stats.Loops != 1 || j.stats.AbortBadLoop != 1 {
		t.Errorf("%d loops compiled, %d invalidated, %d bad-loop aborts; want the loop compiled once, thrown away once and its retrace blacklisted",
			j.stats.Loops, j.stats.Invalidated, j.stats.AbortBadLoop)
	}
	for _, lp := range j.loops {
		if lp.key.code.Name == "make" && !lp.blacklisted {
			t.Errorf("make's loop is not blacklisted")
		}
	}
}

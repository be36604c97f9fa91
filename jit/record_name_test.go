package jit

// This file tests module-level loops (record_name.go) on the corpus
// programs testdata/run/jit_module_*.py: each runs interpreted, on the
// reference executor and on the x86 backend with the same output and its
// loops compiled; in jit_module_deopt.py names are rebound to another
// kind, deleted, added and shadowed inside compiled loops, so guards fail.

import (
	"testing"
)

func TestNameModuleLoops(t *testing.T) {
	for file, failures := range map[string]bool{"jit_module_loops.py": false, "jit_module_deopt.py": true} {
		checkCorpusLoops(t, file, 5, failures, func(*JIT) string { return "" })
	}
}

// TestNameClassBodyAborts checks that a loop in a class body, whose names
// live in a locals dict of its own, runs interpreted and right.
func TestNameClassBodyAborts(t *testing.T) {
	src := `
s = 100
class C:
    s = 0
    for i in range(3000):
        s += i
print(C.s, s)
`
	want, _ := runPy(t, src, false)
	got, j := runPyWith(src, IRExec{})
	if got != want {
		t.Fatalf("output differs\n--- interpreted\n%s\n--- jit\n%s", want, got)
	}
	if st := j.Stats(); st.Loops != 0 {
		t.Errorf("class body loop compiled; stats %+v", st)
	}
}

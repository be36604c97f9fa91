package jit

// This file tests module-level loops (record_name.go) on the corpus
// programs testdata/run/jit_module_*.py: each runs interpreted, on the
// reference executor and on the x86 backend with the same output and its
// loops compiled; in jit_module_deopt.py names are rebound to another
// kind, deleted, added and shadowed inside compiled loops, so guards fail.

import (
	"os"
	"path/filepath"
	"testing"
)

func TestNameModuleLoops(t *testing.T) {
	backends := map[string]Backend{"irexec": IRExec{}}
	if nativeBackend != nil {
		backends["x86"] = nativeBackend
	}
	for file, failures := range map[string]bool{"jit_module_loops.py": false, "jit_module_deopt.py": true} {
		t.Run(file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "testdata", "run", file))
			if err != nil {
				t.Fatal(err)
			}
			want, _ := runPy(t, string(src), false)
			for bname, be := range backends {
				got, j := runPyWith(string(src), be)
				if got != want {
					t.Fatalf("%s: output differs\n--- interpreted\n%s\n--- jit\n%s", bname, want, got)
				}
				st := j.Stats()
				if st.Loops < 5 || st.Entries == 0 {
					t.Errorf("%s: loops %d (want >= 5), entries %d", bname, st.Loops, st.Entries)
				}
				if failures && st.GuardFailures == 0 {
					t.Errorf("%s: no guard failed; stats %+v", bname, st)
				}
			}
		})
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

package jit

// This file tests allocation in compiled code (record_alloc.go): the
// corpus programs testdata/run/jit_alloc_*.py run interpreted, on the
// reference executor and on the x86 backend with the same output and
// with new_with_vtable and list_append in their traces; and the slow
// paths (an empty pool, a full list) leave compiled code without
// bridges, refilling the pool once per allocPoolSize objects.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/tracelog"
)

// countAllocOps counts the allocation ops in the optimised IR of every
// trace compiled while src ran on be (from the trace log: code that
// retracing threw away is freed with its trace, poly_free.go). It
// returns the program's output too.
func countAllocOps(src string, be Backend) (out string, news, appends int) {
	var log bytes.Buffer
	tl := tracelog.New(&log, tracelog.Options{Format: tracelog.Text, Categories: "jit-log-opt"})
	out, _ = runPyLogged(src, be, tl)
	tl.Close()
	text := log.String()
	return out, strings.Count(text, "new_with_vtable("), strings.Count(text, "list_append(")
}

// countKeptAllocOps counts the allocation ops of the traces j still
// keeps.
func countKeptAllocOps(j *JIT) (news, appends int) {
	return countKeptOps(j, func(c Opcode) bool { return c == OpNewInstance }),
		countKeptOps(j, func(c Opcode) bool { return c == OpListAppend })
}

func TestAllocCorpus(t *testing.T) {
	for _, file := range []string{"jit_alloc_objects.py", "jit_alloc_deopt.py", "jit_alloc_lifetime.py"} {
		t.Run(file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "testdata", "run", file))
			if err != nil {
				t.Fatal(err)
			}
			want, _ := runPy(t, string(src), false)
			for bname, be := range testBackends() {
				got, news, appends := countAllocOps(string(src), be)
				if got != want {
					t.Fatalf("%s: output differs\n--- interpreted\n%s\n--- jit\n%s", bname, want, got)
				}
				if news < 3 || appends < 2 {
					t.Errorf("%s: %d new_with_vtable, %d list_append compiled", bname, news, appends)
				}
			}
		})
	}
}

// TestAllocSlowPaths runs a comprehension of n new objects: one loop,
// no bridge, the loop entered again after every refill of its pool and
// every growth of the list, and every object right.
func TestAllocSlowPaths(t *testing.T) {
	const n = 20000
	src := fmt.Sprintf(`
class P:
    def __init__(self, i):
        self.i = i
        self.f = i * 0.5
        self.o = None
def make(n):
    return [P(i) for i in range(n)]
ps = make(%d)
bad = 0
for k, p in enumerate(ps):
    if p.i != k or p.f != k * 0.5 or p.o is not None or len(vars(p)) != 3:
        bad += 1
print(len(ps), bad, len(set(map(id, ps))))
`, n)
	want, _ := runPy(t, src, false)
	for bname, be := range testBackends() {
		got, j := runPyWith(src, be)
		if got != want {
			t.Fatalf("%s: output differs\n--- interpreted\n%s\n--- jit\n%s", bname, want, got)
		}
		st := j.Stats()
		if news, appends := countKeptAllocOps(j); news == 0 || appends == 0 {
			t.Fatalf("%s: %d new_with_vtable, %d list_append", bname, news, appends)
		}
		if st.Bridges != 0 || st.Entries < n/allocPoolSize {
			t.Errorf("%s: %d bridges (want 0), %d entries (want >= %d)", bname, st.Bridges, st.Entries, n/allocPoolSize)
		}
	}
}

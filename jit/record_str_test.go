package jit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStrPrograms runs the corpus programs of compiled str reads
// (testdata/run/jit_str_*.py: ASCII scans, and deoptimisation on a
// non-ASCII str, a str subclass, a non-str, a str of another length and an
// index out of range in the middle of a compiled loop) on the reference
// executor and on the native backend, compares their output with the
// interpreter's, and checks that str reads compiled.
func TestStrPrograms(t *testing.T) {
	checkPrograms(t, corpusPrograms(t, "jit_str_*.py"), func(name, backend string, j *JIT) bool {
		return countKeptOps(j, func(c Opcode) bool { return c == OpStrGetItem }) > 0
	})
}

// corpusPrograms returns the programs of testdata/run matching pattern,
// by file name.
func corpusPrograms(t *testing.T, pattern string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "run", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus programs %s: %v", pattern, err)
	}
	progs := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		progs[filepath.Base(f)] = string(src)
	}
	return progs
}

// TestShortLoopGivenUp: a loop whose entries leave in their first
// iteration through a guard no bridge serves is thrown away and
// blacklisted (shortloop.go); a loop whose entries run long is kept.
func TestShortLoopGivenUp(t *testing.T) {
	short := `
class T:
    __slots__ = ("k",)
    def __init__(self, k):
        self.k = k
def scan(src):
    out = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        else:
            out.append(T(c))
            i += 1
    return len(out)
print(sum([scan(" " * 20 + "a " * 300) for _ in range(5)]))
`
	long := `
def f(n):
    t = 0
    for k in range(50):
        i = 0
        while i < n:
            t += i
            i += 1
        t = t % 1000
    return t
print(f(2000))
`
	for name, tc := range map[string]struct {
		src         string
		invalidated bool
	}{"short": {short, true}, "long": {long, false}} {
		want, _ := runPy(t, tc.src, false)
		backends := testBackends()
		for bn, be := range backends {
			got, j := runPyWith(tc.src, be)
			if got != want {
				t.Errorf("%s on %s: got %q, want %q", name, bn, got, want)
			}
			if inv := j.stats.Invalidated > 0; inv != tc.invalidated {
				t.Errorf("%s on %s: invalidated %d times, want invalidated %v", name, bn, j.stats.Invalidated, tc.invalidated)
			}
		}
	}
}

// TestStrOpsIR checks the IR of s[i] and ord on an ASCII str.
func TestStrOpsIR(t *testing.T) {
	src := `
def f(s):
    t = 0
    for i in range(len(s)):
        t += ord(s[i])
    return t
print(f("abcdef" * 10))
`
	_, j := runPyWith(src, IRExec{})
	var ir string
	for _, tr := range j.traces {
		ir += tr.String()
	}
	for _, want := range []string{"getfield_gc_i(p", "descr=<FieldS str.meta", "strgetitem(p", "int_add_ovf(i"} {
		if !strings.Contains(ir, want) {
			t.Errorf("IR lacks %q:\n%s", want, ir)
		}
	}
	if strings.Contains(ir, "JITExecOne") {
		t.Errorf("IR keeps residual calls:\n%s", ir)
	}
}

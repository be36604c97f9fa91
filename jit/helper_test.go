package jit

// Tests of direct helper calls (helper.go): the corpus programs of the
// dict paths and small programs of each deoptimisation, run by the
// interpreter, the reference executor and the native backend (the
// outputs must agree), the ops compiled, and the optimiser's treatment of
// a helper that writes.

import (
	"os"
	"strings"
	"testing"
)

var helperPrograms = map[string]string{
	"resize_in_loop": `
def f(n):
    d = {}
    t = 0
    for i in range(n):
        d[i] = i + 1
        t += d[i] + d.get(i - 1, 0) + (i // 2 in d)
    return t, len(d)
print(f(5000))
`,
	"kind_change": `
def f(n):
    d = {i: i for i in range(8)}
    t = 0.0
    for i in range(n):
        if i == n // 2:
            d[3] = 0.5
        t += d[i % 8]
    return t
print(f(3000))
`,
	"key_error": `
def f(n):
    d = {i: i for i in range(300)}
    t = 0
    for i in range(n):
        t += d[i]
    return t
try:
    f(1000)
except KeyError as e:
    print("KeyError", e)
`,
	"missing_subclass": `
class M(dict):
    def __missing__(self, k):
        return -k
def f(d, n):
    t = 0
    for i in range(n):
        t += d[i % 20]
        if i % 20 in d:
            t += 1
    return t
print(f({i: i for i in range(0, 20, 2)}, 2000), f(M({i: i for i in range(0, 20, 2)}), 2000))
`,
	"big_values": `
def f(n):
    d = {0: 2**62, 1: 1}
    t = 0
    for i in range(n):
        t += d[i % 2]
        d[1] = d.get(1, 0) + 1
    return t
print(f(1000))
`,
	"not_in": `
def f(n):
    seen = {}
    c = 0
    for i in range(n):
        k = (i * 31) % 101
        if k not in seen:
            seen[k] = c
            c += 1
    return c, len(seen), seen[100]
print(f(3000))
`,
}

func TestHelperPrograms(t *testing.T) {
	progs := map[string]string{}
	for k, v := range helperPrograms {
		progs[k] = v
	}
	for _, name := range []string{"jit_dict_intkeys", "jit_dict_deopt", "jit_deque_ints", "jit_dict_objvalues"} {
		src, err := os.ReadFile("../testdata/run/" + name + ".py")
		if err != nil {
			t.Fatal(err)
		}
		progs[name] = string(src)
	}
	// missing_subclass ends on the subclass, whose loop the class guard
	// leaves: only its output counts.
	checkPrograms(t, progs, func(name, backend string, j *JIT) bool {
		return name == "missing_subclass" || countKeptOps(j, func(c Opcode) bool { return c == OpCallHelper }) > 0
	})
}

// TestHelperForgetsHeap: after a dict store (a helper that writes) the
// body reads the list's length again; after a read (one that does not)
// it keeps it.
func TestHelperForgetsHeap(t *testing.T) {
	for _, tc := range []struct {
		stmt  string
		again bool
	}{{"d[i % 7] = i", true}, {"t += d[i % 7]", false}} {
		src := strings.Replace(`
def f(n):
    a = [1, 2, 3]
    d = {k: k for k in range(7)}
    t = 0
    for i in range(n):
        t += len(a)
        STMT
        t += len(a)
    return t
print(f(100))
`, "STMT", tc.stmt, 1)
		want, _ := runPy(t, src, false)
		got, j := runPyWith(src, IRExec{})
		if got != want {
			t.Fatalf("%s: got %q, want %q", tc.stmt, got, want)
		}
		if len(j.traces) == 0 {
			t.Fatalf("%s: no trace", tc.stmt)
		}
		var tr *Trace
		for _, x := range j.traces {
			if x.Kind == LoopTrace {
				tr = x
			}
		}
		if tr == nil {
			t.Fatalf("%s: no loop trace", tc.stmt)
		}
		lens, helper := 0, false
		for i := tr.Label() + 1; i < len(tr.Ops); i++ {
			switch tr.Ops[i].Code {
			case OpCallHelper:
				helper = true
			case OpArrayLen:
				if helper {
					lens++
				}
			}
		}
		if !helper {
			t.Fatalf("%s: no call_helper in the body:\n%s", tc.stmt, tr)
		}
		if (lens > 0) != tc.again {
			t.Errorf("%s: %d arraylen_gc after the helper, want again=%v:\n%s", tc.stmt, lens, tc.again, tr)
		}
	}
}

package jit

import (
	"strings"
	"testing"
)

// TestListAppendMethodPrograms runs testdata/run/jit_list_append_method.py
// (lst.append(x) growing lists, items of every kind, lists of a
// defaultdict, and a list subclass, another object with an append, the
// list rebound, list.append called unbound, a wrong argument count, the
// words storage) on the reference executor and the native backend against
// the interpreter, and checks that the method calls compiled to
// list_append.
func TestListAppendMethodPrograms(t *testing.T) {
	checkPrograms(t, corpusPrograms(t, "jit_list_append_method.py"), func(name, backend string, j *JIT) bool {
		_, appends := countKeptAllocOps(j)
		return appends > 0
	})
}

// TestListAppendMethodIR: `out.append(i)` records as LISTAPPEND does, a
// list_append after the guard on the list's class and on the method,
// with no residual call left.
func TestListAppendMethodIR(t *testing.T) {
	src := `
def f(n):
    out = []
    for i in range(n):
        out.append(i * 2)
    return len(out)
print(f(100))
`
	got, j := runPyWith(src, IRExec{})
	if got != "100\n" {
		t.Fatalf("got %q", got)
	}
	var ir strings.Builder
	for _, tr := range j.traces {
		ir.WriteString(tr.String())
	}
	if !strings.Contains(ir.String(), "list_append(p") {
		t.Errorf("IR lacks list_append:\n%s", ir.String())
	}
	if strings.Contains(ir.String(), "JITExecOne") {
		t.Errorf("IR keeps a residual call:\n%s", ir.String())
	}
}

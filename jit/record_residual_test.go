package jit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// captureBackend keeps the traces it is given and compiles none: the
// loops stay interpreted, the optimised IR is what the tests read.
type captureBackend struct{ traces []*Trace }

func (c *captureBackend) Name() string { return "capture" }

func (c *captureBackend) Compile(t *Trace, loop Code) (Code, error) {
	c.traces = append(c.traces, t)
	return nil, errors.New("capture only")
}

// runPyResidual runs src with the JIT on backend be at threshold 1 with
// residual_cost cost.
func runPyResidual(src string, be Backend, cost int) (string, *JIT) {
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	p.ResidualCost = cost
	j := New(p, nil)
	j.SetBackend(be)
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}},
		runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}, JIT: j})
	return out.String(), j
}

// residualTraces runs src at threshold 1 with residual_cost cost and
// returns the output, the optimised traces and the JIT.
func residualTraces(t *testing.T, src string, cost int) (string, []*Trace, *JIT) {
	t.Helper()
	cb := &captureBackend{}
	out, j := runPyResidual(src, cb, cost)
	return out, cb.traces, j
}

// TestResidualIR compares the IR of jit/testdata/residual/calls.py with
// calls.ir (checked by reading; -update rewrites it) and checks that every
// call is followed by its guards.
func TestResidualIR(t *testing.T) {
	src, err := os.ReadFile("testdata/residual/calls.py")
	if err != nil {
		t.Fatal(err)
	}
	_, traces, _ := residualTraces(t, string(src), 0)
	if len(traces) == 0 {
		t.Fatal("no trace")
	}
	tr := traces[0]
	calls := 0
	for i := range tr.Ops {
		op := &tr.Ops[i]
		if !op.Code.IsCall() {
			continue
		}
		calls++
		next := tr.Ops[i+1].Code
		if op.Code == OpCallMayForce {
			if next != OpGuardNotForced || tr.Ops[i+2].Code != OpGuardNoException {
				t.Errorf("op %d %s not followed by guard_not_forced, guard_no_exception", i, op.Code)
			}
		} else if next != OpGuardNoException {
			t.Errorf("op %d %s not followed by guard_no_exception", i, op.Code)
		}
	}
	if calls == 0 {
		t.Fatal("no residual call in the trace")
	}
	// The immediates' tags are addresses: name them.
	// The immediates' tags are addresses and the type epoch depends on
	// what ran before in the process: name them.
	_, epoch := runtime.JITTypeEpoch()
	got := strings.NewReplacer(fmt.Sprint(IntTag), "IntTag", fmt.Sprint(FloatTag), "FloatTag",
		fmt.Sprintf(", %d, descr", epoch), ", EPOCH, descr").Replace(tr.String() + "\n")
	golden := "testdata/residual/calls.ir"
	compareGoldenIR(t, golden, got)
}

// afterCall returns the ops of the loop body (after the label) that
// follow its first residual call.
func afterCall(t *Trace) []Op {
	for i := t.Label() + 1; i < len(t.Ops); i++ {
		if t.Ops[i].Code.IsCall() {
			return t.Ops[i+1:]
		}
	}
	return nil
}

// TestResidualForgetsHeap: after a residual call the body reads the
// attribute, the list length and the global again and checks the global
// dict's version again, although the same reads and guards came before
// the call.
func TestResidualForgetsHeap(t *testing.T) {
	src := `
class P:
    def __init__(self, x):
        self.x = x
K = 3
def f(n):
    p = P(1)
    a = [1, 2, 3]
    d = {}
    t = 0
    for i in range(n):
        t += p.x + len(a) + K
        d[i] = a
        t += p.x + len(a) + K
    return t
print(f(100))
`
	out, traces, _ := residualTraces(t, src, 0)
	if out != "1400\n" {
		t.Fatalf("output %q", out)
	}
	if len(traces) == 0 {
		t.Fatal("no trace")
	}
	counts := map[Opcode]int{}
	for _, op := range afterCall(traces[0]) {
		counts[op.Code]++
	}
	for _, c := range []Opcode{OpGetInteriorI, OpArrayLen, OpGuardDictVersion, OpGuardClass} {
		if counts[c] == 0 {
			t.Errorf("no %s after the call in the body:\n%s", c, traces[0])
		}
	}
}

// TestResidualCostAborts: a loop that is mostly residual calls is not
// compiled (it would run slower than the interpreter).
func TestResidualCostAborts(t *testing.T) {
	src := `
def f(n):
    d = {"a": 1}
    t = 0
    for i in range(n):
        t += d["a"]
    return t
print(f(100))
`
	_, traces, j := residualTraces(t, src, DefaultParams().ResidualCost)
	if len(traces) != 0 || j.stats.AbortUnsupported == 0 {
		t.Fatalf("%d traces, %d aborts: want the loop aborted", len(traces), j.stats.AbortUnsupported)
	}
	if _, traces, _ := residualTraces(t, src, 0); len(traces) != 1 {
		t.Fatalf("with no cost: %d traces, want 1", len(traces))
	}
}

// BenchmarkResidualExit measures one iteration of a loop whose only
// work is a residual dict[str] (an exit to Go and back) against the same
// loop interpreted: the difference is what residual_cost accounts for.
func BenchmarkResidualExit(b *testing.B) {
	src := func(n int) string {
		return strings.Replace(`
def f(n):
    d = {"a": 1}
    t = 0
    for i in range(n):
        t += d["a"]
    return t
f(N)
`, "N", strconv.Itoa(n), 1)
	}
	b.Run("jit", func(b *testing.B) {
		x86NativeForTest(b)
		runPyResidual(src(b.N), nativeBackend, 0)
	})
	b.Run("interp", func(b *testing.B) {
		var out bytes.Buffer
		vm.Run(vm.Program{Kind: vm.Command, Target: src(b.N), Args: []string{}},
			runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}})
	})
}

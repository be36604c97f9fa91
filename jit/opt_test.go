package jit

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

var update = flag.Bool("update", false, "rewrite jit/testdata/ir/*.ir from the current output")

// spyBackend is IRExec that keeps every trace it compiles and counts the
// exits of each guard kind.
type spyBackend struct {
	traces []*Trace
	exits  map[Opcode]int
}

func (s *spyBackend) Name() string { return "spy" }

func (s *spyBackend) Compile(t *Trace, loop Code) (Code, error) {
	if l, ok := loop.(*spyCode); ok {
		loop = l.Code
	}
	c, err := IRExec{}.Compile(t, loop)
	if err != nil {
		return nil, err
	}
	s.traces = append(s.traces, t)
	return &spyCode{Code: c, spy: s}, nil
}

type spyCode struct {
	Code
	spy *spyBackend
}

func (c *spyCode) Link(snap int, b Code) error { return c.Code.Link(snap, b.(*spyCode).Code) }

func (c *spyCode) Run(st *State) ExitKind {
	k := c.Code.Run(st)
	for _, t := range c.spy.traces {
		if t.ID != int(st.ExitTrace) {
			continue
		}
		for i := range t.Ops {
			if op := &t.Ops[i]; int(op.Snap) == int(st.ExitSnap) {
				c.spy.exits[op.Code]++
			}
		}
	}
	return k
}

// spyRun runs src with the JIT on a spy backend.
func spyRun(t *testing.T, src string, peel bool) (string, *spyBackend, *JIT) {
	t.Helper()
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	p.TraceEagerness = 1000000
	j := New(p, nil)
	j.peel = peel
	spy := &spyBackend{exits: map[Opcode]int{}}
	j.SetBackend(spy)
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
	return out.String(), spy, j
}

// TestIRGoldens records the loops of jit/testdata/ir/*.py and compares
// the optimised IR with the .ir files next to them (checked by reading
// them: see the comments in each .py). go test ./jit -run TestIRGoldens
// -update rewrites them.
func TestIRGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/ir/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/ir/*.py")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, spy, _ := spyRun(t, string(src), true)
			var b strings.Builder
			for _, tr := range spy.traces {
				b.WriteString(tr.String())
				b.WriteString("\n\n")
			}
			// The tags are addresses, which move from build to build.
			got := strings.NewReplacer(fmt.Sprint(IntTag), "IntTag", fmt.Sprint(FloatTag), "FloatTag", fmt.Sprint(BoolTag), "BoolTag").Replace(b.String())
			golden := strings.TrimSuffix(file, ".py") + ".ir"
			compareGoldenIR(t, golden, got)
		})
	}
}

// body returns the ops after the label of a peeled loop, as text.
func body(t *Trace) string {
	lines := strings.Split(t.Format(nil), "\n")
	for i, l := range lines {
		if strings.Contains(l, "label(") {
			return strings.Join(lines[i+1:], "\n")
		}
	}
	return ""
}

func TestPeelingHoistsInvariants(t *testing.T) {
	src := `
K = 7
def f(n, m):
    s = 0
    for i in range(n):
        s += (m * K + 1) * i
    return s
print(f(3000, 5))
`
	out, spy, _ := spyRun(t, src, true)
	if strings.TrimSpace(out) != "161946000" {
		t.Fatalf("output %q", out)
	}
	tr := spy.traces[0]
	b := body(tr)
	if strings.Contains(b, "guard_dict_version") || strings.Count(b, "int_mul_ovf") != 1 || strings.Contains(b, "int_add_ovf(i") && strings.Count(b, "int_add_ovf") > 1 {
		t.Errorf("invariants not hoisted out of the body:\n%s", tr)
	}
	if err := tr.Verify(); err != nil {
		t.Error(err)
	}
	// Without peeling the same program gives the same output.
	out2, spy2, _ := spyRun(t, src, false)
	if out2 != out || spy2.traces[0].Label() != spy2.traces[0].NumInputs {
		t.Errorf("unpeeled: %q\n%s", out2, spy2.traces[0])
	}
}

func TestFolding(t *testing.T) {
	tr := &Trace{Kind: LoopTrace}
	x := tr.Emit(Op{Code: OpInput, Type: Int})
	tr.NumInputs = 1
	snap := func() int32 {
		sn := Snapshot{Frames: []SnapFrame{{Slots: []SnapSlot{{Reg: 0, Ref: x}}}}}
		sn.computeLive()
		tr.Snaps = append(tr.Snaps, sn)
		return int32(len(tr.Snaps) - 1)
	}
	five := tr.Emit(Op{Code: OpIntAdd, Args: []Ref{tr.ConstInt(2), tr.ConstInt(3)}}) // folds to 5
	a := tr.Emit(Op{Code: OpIntAdd, Args: []Ref{x, five}})
	b := tr.Emit(Op{Code: OpIntAdd, Args: []Ref{x, five}}) // CSE: a
	c := tr.Emit(Op{Code: OpIntLt, Args: []Ref{a, tr.ConstInt(100)}})
	tr.Emit(Op{Code: OpGuardTrue, Args: []Ref{c}, Snap: snap()})
	c2 := tr.Emit(Op{Code: OpIntLt, Args: []Ref{b, tr.ConstInt(100)}})
	tr.Emit(Op{Code: OpGuardTrue, Args: []Ref{c2}, Snap: snap()}) // proven: dropped
	c3 := tr.Emit(Op{Code: OpIntGe, Args: []Ref{a, tr.ConstInt(100)}})
	tr.Emit(Op{Code: OpGuardFalse, Args: []Ref{c3}, Snap: snap()}) // the negation, proven: dropped
	z := tr.Emit(Op{Code: OpIntAddOvf, Args: []Ref{b, tr.ConstInt(0)}})
	tr.Emit(Op{Code: OpGuardNoOverflow, Snap: snap()}) // x+0: dropped with its guard
	k := tr.Emit(Op{Code: OpIntMulOvf, Args: []Ref{tr.ConstInt(6), tr.ConstInt(7)}})
	tr.Emit(Op{Code: OpGuardNoOverflow, Snap: snap()})
	r := tr.Emit(Op{Code: OpIntAdd, Args: []Ref{z, k}})
	tr.Emit(Op{Code: OpJump, Args: []Ref{r}, Snap: snap()})
	opt := Optimize(tr, false)
	want := `[i0]
+1: label(i0, descr=TargetToken(1))
+2: i2 = int_add(i0, 5)
+3: i3 = int_lt(i2, 100)
+4: guard_true(i3, descr=<Guard0x0>) [i0]
+5: i5 = int_add(i2, 42)
+6: jump(i5, descr=TargetToken(1))
+7: --end of the loop--`
	if got := opt.Format(nil); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if err := opt.Verify(); err != nil {
		t.Error(err)
	}
}

// TestDeoptEveryGuardKind runs programs whose compiled loops leave
// through each kind of guard and checks the output against the
// interpreter and that the guard kind did fail.
func TestDeoptEveryGuardKind(t *testing.T) {
	cases := []struct {
		name  string
		guard Opcode
		src   string
	}{
		{"type change in iteration 5000", OpGuardFalse, `
def f(n):
    x = 0
    for i in range(n):
        if i == 5000:
            x = x + 0.5
        x = x + 1
    return x
print(f(10000))
`},
		{"branch", OpGuardFalse, `
def f(n):
    s = 0
    for i in range(n):
        if i == 7777:
            s -= 1000
        s += 1
    return s
print(f(10000))
`},
		{"overflow in the last iteration", OpGuardNoOverflow, `
def f(n):
    x = 1
    for i in range(n):
        x *= 2
    return x
print(f(63), f(64), f(3))
`},
		{"overflow of a sum in the last iteration", OpGuardNoOverflow, `
def f(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s
print(f([1] * 5000 + [2 ** 63 - 3000]))
`},
		// A global is guarded by its entry (poly_global.go): K rebound fails the guard on its value.
		{"global rebound", OpGuardValue, `
K = 1
def f(n):
    s = 0
    for i in range(n):
        s += K
    return s
print(f(3000))
K = 2
print(f(3000))
`},
		{"list item type", OpGuardArrayItemKind, `
def f(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % 4]
        if i == 6000:
            xs[1] = 0.5
    return s
print(f([1, 2, 3, 4], 8000))
`},
		{"bounds", OpGuardTrue, `
def f(xs, n):
    s = 0
    for i in range(n):
        s += xs[i] if i < len(xs) else -1
    return s
print(f(list(range(3000)), 4000))
`},
		{"callee changes", OpGuardValue, `
def a(x):
    return x + 1
def b(x):
    return x - 1
def f(g, n):
    s = 0
    for i in range(n):
        s += g(i)
    return s
print(f(a, 5000), f(b, 5000))
`},
		{"guard inside an inlined call", OpGuardTrue, `
def g(x):
    if x > 4000:
        return x * 2
    return x
def f(n):
    s = 0
    for i in range(n):
        s += g(i)
    return s
print(f(5000))
`},
		{"exception inside an inlined call", OpGuardTrue, `
def inv(x):
    return 100 // x
def f(n):
    s = 0
    for i in range(n, -1, -1):
        s += inv(i)
    return s
print(f(3000))
`},
		{"for loop ends", OpGuardTrue, `
def f(n):
    s = 0
    for i in range(n):
        s += i
    return s
print(f(5000), f(5000))
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, _ := runPy(t, c.src, false)
			got, spy, j := spyRun(t, c.src, true)
			if got != want {
				t.Fatalf("JIT output differs\n--- interpreted\n%s\n--- jit\n%s", want, got)
			}
			if spy.exits[c.guard] == 0 {
				t.Errorf("no exit through %s; exits %v stats %+v", c.guard.Name(), spy.exits, j.Stats())
				for _, tr := range spy.traces {
					t.Log(tr)
				}
			}
		})
	}
}

// TestLoopNameIsTheLoopStatement checks the "# Loop" header's location:
// the line of the while or for statement, not the body's first line
// where the trace starts.
func TestLoopNameIsTheLoopStatement(t *testing.T) {
	src := "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    s = 0\n    for k in range(n):\n        s += k\n    return i + s\nprint(f(3000))\n"
	_, spy, _ := spyRun(t, src, true)
	var names []string
	for _, tr := range spy.traces {
		names = append(names, tr.Name)
	}
	want := []string{"<string>:3 ''", "<string>:6 ''"}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		t.Errorf("loop names %q, want %q", names, want)
	}
}

// compareGoldenIR compares the IR listing got with the golden file, or
// rewrites the file under -update.
func compareGoldenIR(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("IR differs from %s:\n%s", golden, got)
	}
}

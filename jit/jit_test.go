package jit

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// runPy runs src as `kiln -c`, with the JIT on the reference executor
// (threshold 1) if jitOn, and returns stdout+stderr and the JIT.
func runPy(t *testing.T, src string, jitOn bool) (string, *JIT) {
	t.Helper()
	if jitOn {
		return runPyWith(src, IRExec{})
	}
	var out bytes.Buffer
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}},
		runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}})
	return out.String(), nil
}

// runPyWith runs src with the JIT on backend be at threshold 1, bridges
// after 20 failures.
func runPyWith(src string, be Backend) (string, *JIT) { return runPyLogged(src, be, nil) }

// countKeptOps counts the ops of the traces j still keeps that match.
func countKeptOps(j *JIT, match func(code Opcode) bool) int {
	n := 0
	for _, tr := range j.traces {
		for i := range tr.Ops {
			if match(tr.Ops[i].Code) {
				n++
			}
		}
	}
	return n
}

// runPyLogged is runPyWith with the JIT's events going to log.
func runPyLogged(src string, be Backend, log *tracelog.Log) (string, *JIT) {
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	p.TraceEagerness = 20
	j := New(p, log)
	j.SetBackend(be)
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}},
		runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}, JIT: j})
	return out.String(), j
}

// checkSame runs src interpreted and with the JIT and compares outputs;
// it returns the JIT's stats.
func checkSame(t *testing.T, src string) Stats {
	t.Helper()
	want, _ := runPy(t, src, false)
	got, j := runPy(t, src, true)
	if got != want {
		t.Fatalf("JIT output differs\n--- interpreted\n%s\n--- jit\n%s", want, got)
	}
	return j.Stats()
}

var jitPrograms = map[string]struct {
	src            string
	loops, bridges int64
}{
	"int": {`
def f(n):
    s = 0
    i = 0
    while i < n:
        s += i * 2 % 7
        i += 1
    return s
print(f(100000))
`, 1, 0},
	"float_math": {`
import math
def f(n):
    t = 0.0
    for j in range(n):
        t += math.sqrt(j) * 0.5 - math.sin(j) / 3
    return t
print(f(50000))
`, 1, 0},
	"list": {`
def f(n):
    lst = [0, 1.5, 2, 3]
    for j in range(n):
        lst[j % 4] = lst[(j + 1) % 4] + 1
        lst[-1] = len(lst) + j
    return lst
print(f(30000))
`, 1, 0},
	"inline": {`
def g(x, y):
    return x * y + 1
def h(x):
    return g(x, 3) - x
def f(n):
    s = 0
    for j in range(n):
        s += h(j) + g(j, j)
    return s
print(f(20000))
`, 1, 0},
	"globals": {`
K = 3
def f(n):
    s = 0
    for j in range(n):
        s += K * j
    return s
print(f(5000))
K = 5
print(f(5000))
`, 1, 0},
	"bridge": {`
def f(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        else:
            total -= 1
        i += 1
    return total
print(f(100000))
`, 1, 1},
	"type_change": {`
def f(n):
    x = 0
    for i in range(n):
        if i == 5000:
            x = x + 0.5
        x = x + 1
    return x
print(f(10000))
`, 1, 0},
	"overflow_last": {`
def f(n):
    x = 1
    for i in range(n):
        if i == n - 1:
            x = x * (2 ** 62)
        x = x * 2 // 2
    return x
print(f(10000))
`, 1, 0},
	"exception": {`
def g(x):
    return 10 // x
def f(n):
    s = 0
    for i in range(n, -1, -1):
        s += i % 7
        s += g(i)
    return s
print(f(3000))
`, 1, 0},
	"exception_uncaught": {`
def f(n):
    s = 0
    lst = [1, 2, 3]
    for i in range(n):
        s += lst[i % 3]
        if i > 4000:
            s += lst[i]
    return s
print(f(5000))
`, 1, 0},
}

func TestJITPrograms(t *testing.T) {
	for name, p := range jitPrograms {
		t.Run(name, func(t *testing.T) {
			st := checkSame(t, p.src)
			if st.Loops < p.loops || st.Entries == 0 && p.loops > 0 {
				t.Errorf("loops %d (want >= %d), entries %d; stats %+v", st.Loops, p.loops, st.Entries, st)
			}
			if st.Bridges < p.bridges {
				t.Errorf("bridges %d, want >= %d; stats %+v", st.Bridges, p.bridges, st)
			}
		})
	}
}

func TestJITNoBackendStaysInterpreted(t *testing.T) {
	src := jitPrograms["int"].src
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	j := New(p, nil)
	j.SetBackend(nil)
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
	if strings.TrimSpace(out.String()) != "299998" || j.Stats().Loops != 0 || j.Stats().AbortCompiling != 1 {
		t.Errorf("out %q stats %+v", out.String(), j.Stats())
	}
}

// TestInterruptStopsCompiledLoop: setting the interpreter's safe-point
// word stops an endless compiled loop at its next back-edge, and the
// interpreter raises KeyboardInterrupt at the loop.
func TestInterruptStopsCompiledLoop(t *testing.T) {
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	j := New(p, nil)
	j.SetBackend(IRExec{})
	interp := runtime.NewInterpreter(runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
	th := interp.MainThread()
	src := "def f():\n    i = 0\n    while True:\n        i += 1\n\nf()\n"
	done := make(chan error)
	go func() {
		_, err := runtime.ExecSource(th, "spin.py", []byte(src), "exec", runtime.NewDict(), nil)
		done <- err
	}()
	time.Sleep(100 * time.Millisecond) // long enough to compile and enter the loop
	interp.Pending.Or(runtime.PendingInterrupt)
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "KeyboardInterrupt") {
			t.Fatalf("err = %v", err)
		}
		if j.Stats().Entries == 0 {
			t.Error("the loop never ran compiled")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the compiled loop did not stop")
	}
}

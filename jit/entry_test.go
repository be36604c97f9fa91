package jit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// runPyParams runs src with the JIT on backend be with parameters p.
func runPyParams(src string, be Backend, p Params) (string, *JIT) {
	var out bytes.Buffer
	j := New(p, nil)
	j.SetBackend(be)
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}},
		runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}, JIT: j})
	return out.String(), j
}

// entryParams compiles loops at once and functions after 64 calls, with
// bridges after 20 failures.
func entryParams() Params {
	p := DefaultParams()
	p.Threshold = 1
	p.FunctionThreshold = 64
	p.TraceEagerness = 20
	// The programs call their functions from loops that also append to a
	// list through a bound method (add = out.append), a residual call:
	// with residual calls those loops would compile, inlining the
	// functions, which would then never be entered from the interpreter.
	p.ResidualCost = 1 << 20
	// Recursion aborts function traces here (callasm_test.go tests it
	// compiled).
	p.CallAssembler = 0
	return p
}

// entryBackends are the backends the function entry tests run on: the
// reference executor and, on x86-64, the native backend.
func entryBackends() map[string]Backend {
	bs := map[string]Backend{"irexec": IRExec{}}
	if nativeBackend != nil {
		bs["native"] = nativeBackend
	}
	return bs
}

// checkSameParams compares src run interpreted and with the JIT (p, on
// every backend) and returns the stats of each JIT run.
func checkSameParams(t *testing.T, src string, p Params) map[string]Stats {
	t.Helper()
	want, _ := runPy(t, src, false)
	stats := map[string]Stats{}
	for name, be := range entryBackends() {
		got, j := runPyParams(src, be, p)
		if got != want {
			t.Fatalf("%s: JIT output differs\n--- interpreted\n%s\n--- jit\n%s", name, want, got)
		}
		stats[name] = j.Stats()
	}
	return stats
}

// A helper of a few dozen instructions, called from a loop the JIT
// cannot compile (it appends to a list through a bound method, add, a
// residual call; add(x) itself compiles to list_append).
const entryHelper = `
def h(x, y):
    a = x * 3 + y
    b = a * a - x
    c = (a ^ b) & 1023
    d = c * 7 + a % 13
    e = (d + b) % 1000003
    f = e * 3 - c
    g = (f ^ a) % 4099
    return g + d - e
`

var entryPrograms = map[string]struct {
	src string
	// functions: function traces compiled at least; entries: compiled
	// calls at least; recursion, invalidated, bridges: those counters at
	// least.
	functions, entries, recursion, invalidated int64
	bridges                                    int64
}{
	"helper": {entryHelper + `
out = []
add = out.append
for i in range(3000):
    add(h(i, 7))
print(sum(out), out[-3:])
`, 1, 2000, 0, 0, 0},
	"arg_type_change": {entryHelper + `
out = []
add = out.append
for i in range(3000):
    add(h(i if i < 2000 else i * 1.0 if i % 2 else True, 7))
print(sum(out), out[-3:])
`, 1, 1000, 0, 0, 0},
	"overflow_last_call": {entryHelper + `
def big(x, k):
    a = x + 1
    b = a * k
    c = b * k
    d = c * k
    e = d * k
    f = e + a + b + c + d
    return f * k
out = []
add = out.append
for i in range(3000):
    add(big(i, 3 if i < 2999 else 10**9))
print(out[-2:])
`, 1, 1000, 0, 0, 0},
	"exception_in_trace": {`
def q(x, y):
    a = x * 2 + 1
    b = a * a + x
    c = (b + y) % 1000
    d = c * 3 + a
    e = d - b + c
    return e // y + a
out = []
add = out.append
try:
    for i in range(3000):
        add(q(i, 5 if i < 2500 else 0))
except ZeroDivisionError as e:
    import traceback
    print(len(out), type(e).__name__, e, [f.lineno for f in traceback.extract_tb(e.__traceback__)])
`, 1, 1000, 0, 0, 0},
	"branch_flip": {`
def s(x):
    a = x * 2 + 1
    b = a * a + x
    c = b % 1000
    d = c * 3 + a
    if x > 1000:
        d = d + 1
    e = d - b + c
    return e % 777 + a
out = []
add = out.append
for i in range(6000):
    add(s(i if i % 2 else 5000 - i))
print(sum(out))
`, 1, 100, 0, 0, 1},
	"unbridgeable_flip": {`
def s(x):
    a = x * 2 + 1
    b = a * a + x
    c = b % 1000
    d = c * 3 + a
    if x > 3000:
        return len(str(d))
    e = d - b + c
    return e % 777 + a
out = []
add = out.append
for i in range(6000):
    add(s(i))
print(sum(out))
`, 1, 100, 0, 1, 0},
	"recursion": {`
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(18))
`, 0, 0, 1, 0, 0},
	"method_and_results": {`
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self, k):
        a = self.x * self.x
        b = self.y * self.y
        c = a + b
        d = c * k
        e = d + a - b
        f = e * 0.5 + c
        return f
def pick(a, b, c):
    x = a * 2 + b
    y = x - c * 3
    z = y * y + x
    w = z % 97 + y
    u = w + x - z
    if u > 0:
        return u > 10
    return u > -10
def none_or(a, b):
    x = a + b * 2
    y = x * x - a
    z = y % 13 + x
    w = z * 3 - y
    u = w + z - x
    return None if u else u
vs = [V(i, i + 1.5) for i in range(10)]
out = []
add = out.append
for i in range(3000):
    v = vs[i % 10]
    add(v.norm2(2.0))
    add(pick(i, 3, 4))
    add(none_or(i, 1))
print(sum(x for x in out if type(x) is float), out.count(True), out.count(None))
`, 3, 3000, 0, 0, 0},
	"inlined_and_inner_loop": {`
def inner(a, b):
    c = a * b + 1
    return c % 1009
def outer(x, n):
    t = 0
    for k in range(n):
        t += inner(x, k) + k
    u = t * 2 + x
    return u % 100003
out = []
add = out.append
for i in range(3000):
    add(outer(i, 4 if i < 2500 else 6))
print(sum(out), out[-3:])
`, 1, 1000, 0, 0, 0},
	"inlined_exception": {`
def inner(a, b):
    c = a * b + 1
    return c // b
def outer(x, y):
    t = x * 2 + y
    u = t * t + x
    v = u % 1000 + t
    w = inner(v, y)
    return w + t - v
out = []
add = out.append
try:
    for i in range(3000):
        add(outer(i, 3 if i < 2800 else 0))
except ZeroDivisionError as e:
    import traceback
    print(len(out), e, [f.lineno for f in traceback.extract_tb(e.__traceback__)])
`, 1, 1000, 0, 0, 0},
}

// compileShortFunctions makes every function trace worth compiling for
// the duration of a test, so that small programs exercise entries.
func compileShortFunctions(t *testing.T) {
	old := minFunctionInsns
	minFunctionInsns = 1
	t.Cleanup(func() { minFunctionInsns = old })
}

func TestFunctionEntryPrograms(t *testing.T) {
	compileShortFunctions(t)
	for name, p := range entryPrograms {
		t.Run(name, func(t *testing.T) {
			for be, st := range checkSameParams(t, p.src, entryParams()) {
				if st.Functions < p.functions || st.Entries < p.entries || st.AbortRecursion < p.recursion || st.Invalidated < p.invalidated || st.Bridges < p.bridges {
					t.Errorf("%s: functions %d (want >= %d), entries %d (want >= %d), recursion aborts %d (want >= %d), invalidated %d (want >= %d), bridges %d (want >= %d)",
						be, st.Functions, p.functions, st.Entries, p.entries, st.AbortRecursion, p.recursion, st.Invalidated, p.invalidated, st.Bridges, p.bridges)
				}
			}
		})
	}
}

// TestFunctionTooShortStaysInterpreted: a function of a few instructions
// is not compiled (its entries would cost more than they save), and the
// decision is final.
func TestFunctionTooShortStaysInterpreted(t *testing.T) {
	src := "def f(x):\n    return x + 1\nout = []\nadd = out.append\nfor i in range(3000):\n    add(f(i))\nprint(sum(out))\n"
	for be, st := range checkSameParams(t, src, entryParams()) {
		if st.Functions != 0 || st.AbortUnsupported == 0 {
			t.Errorf("%s: functions %d, unsupported aborts %d; want 0 and > 0", be, st.Functions, st.AbortUnsupported)
		}
	}
}

// TestFunctionEntryOff: with function_threshold past the number of
// calls, nothing is compiled from function entries.
func TestFunctionEntryOff(t *testing.T) {
	p := entryParams()
	p.FunctionThreshold = 1 << 30
	src := entryHelper + "out = []\nadd = out.append\nfor i in range(3000):\n    add(h(i, 7))\nprint(sum(out))\n"
	for be, st := range checkSameParams(t, src, p) {
		if st.Functions != 0 {
			t.Errorf("%s: %d functions compiled", be, st.Functions)
		}
	}
}

// TestFunctionTraceIR: a function trace prints as an entry bridge ending
// in finish.
func TestFunctionTraceIR(t *testing.T) {
	compileShortFunctions(t)
	_, j := runPyParams(entryHelper+"out = []\nadd = out.append\nfor i in range(300):\n    add(h(i, 7))\n", IRExec{}, entryParams())
	var ft *Trace
	for _, tr := range j.traces {
		if tr.Kind == FunctionTrace {
			ft = tr
		}
	}
	if ft == nil {
		t.Fatal("no function trace")
	}
	text := ft.String()
	for _, want := range []string{"# Loop ", "(<string>:2 'def h') : entry bridge with ", "finish(i", "descr=<DoneWithThisFrameDescrInt>"} {
		if !bytes.Contains([]byte(text), []byte(want)) {
			t.Errorf("trace lacks %q:\n%s", want, text)
		}
	}
	if err := ft.Verify(); err != nil {
		t.Error(err)
	}
}

// TestBridgeFromInlinedGuard: a guard inside an inlined call that fails
// often gets a bridge that starts inside the call's rebuilt frames, so
// the loop stays compiled (without it, every failure finished the calls
// in the interpreter).
func TestBridgeFromInlinedGuard(t *testing.T) {
	progs := map[string]string{
		"one_deep": `
def g(x):
    if x % 3 == 0:
        return x * 2
    return x - 1
def f(n):
    s = 0
    for i in range(n):
        s += g(i)
    return s
print(f(30000))
`,
		"two_deep": `
def h(x, y):
    if x > y:
        return x - y
    return y - x + 1
def g(x):
    a = h(x % 7, 3)
    return a * 2 + x % 5
def f(n):
    s = 0
    i = 0
    while i < n:
        s += g(i)
        i += 1
    return s
print(f(30000))
`,
		"overflow_in_bridge": `
def g(x, k):
    if x % 2 == 0:
        return x * k
    return x + k
def f(n):
    s = 0
    for i in range(n):
        s += g(i, 3 if i < n - 10 else 2**62)
    return s
print(f(30000))
`,
	}
	for name, src := range progs {
		t.Run(name, func(t *testing.T) {
			for be, st := range checkSameParams(t, src, entryParams()) {
				if st.Bridges < 1 || st.Loops < 1 {
					t.Errorf("%s: loops %d, bridges %d; want >= 1 each", be, st.Loops, st.Bridges)
				}
			}
		})
	}
}

// TestExhaustedIteratorDoesNotBlacklist: a loop whose hot reports all
// come as its iterator runs out (two iterations per run, reported every
// second back-edge) is retried at the next back-edge instead of being
// blacklisted after three aborts.
func TestExhaustedIteratorDoesNotBlacklist(t *testing.T) {
	src := `
def f(xs):
    t = 0
    for x in xs:
        t += x
    return t
s = 0
xs = [1, 2]
for k in range(3000):
    s += f(xs)
print(s)
`
	p := entryParams()
	p.Threshold = 64 // reports every 2 back-edges
	want, _ := runPy(t, src, false)
	for name, be := range entryBackends() {
		got, j := runPyParams(src, be, p)
		if got != want {
			t.Fatalf("%s: got %q, want %q", name, got, want)
		}
		st := j.Stats()
		if st.AbortBadLoop == 0 || st.Loops == 0 {
			t.Errorf("%s: bad-loop aborts %d, loops %d; want both > 0", name, st.AbortBadLoop, st.Loops)
		}
	}
}

// TestExhaustedLoopBacksOff runs a loop that ends after one iteration
// every time it runs (an inner comprehension over one item): its
// recordings always start as the iterator runs out, so they must stop
// after a few (each costs tens of microseconds), where they used to be
// retried at almost every back-edge and made the program 8 times slower
// than the interpreter.
func TestExhaustedLoopBacksOff(t *testing.T) {
	src := `
x = [[v for v in [1]] for i in range(20000)]
print(len(x), x[-1])
`
	want, _ := runPy(t, src, false)
	for name, be := range entryBackends() {
		got, j := runPyParams(src, be, DefaultParams())
		if got != want {
			t.Fatalf("%s: got %q, want %q", name, got, want)
		}
		if st := j.Stats(); st.Tracing > 40 {
			t.Errorf("%s: %d recordings, want at most 40", name, st.Tracing)
		}
	}
}

// TestEntryCorpusPrograms runs the corpus programs of this area
// (testdata/run/jit_entry_*.py, jit_retrace_*.py) on every backend with
// functions compiled after 64 calls whatever their length, against the
// interpreter: every guard kind they exercise (finish, entry checks,
// overflow and exceptions inside function traces, None and bool guards,
// unrolled powers, retraces) deoptimises to the same output.
func TestEntryCorpusPrograms(t *testing.T) {
	compileShortFunctions(t)
	var progs []string
	for _, pat := range []string{"jit_entry_*.py", "jit_retrace_*.py"} {
		m, err := filepath.Glob(filepath.Join("..", "testdata", "run", pat))
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, m...)
	}
	if len(progs) < 3 {
		t.Fatalf("found %v", progs)
	}
	for _, path := range progs {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			for be, st := range checkSameParams(t, string(src), entryParams()) {
				if st.Loops == 0 {
					t.Errorf("%s: nothing compiled: %+v", be, st)
				}
			}
		})
	}
}

// TestGetStatsCountsFunctions: kilnjit.get_stats reports compiled
// function traces and invalidations, and set_param reaches
// function_threshold.
func TestGetStatsCountsFunctions(t *testing.T) {
	compileShortFunctions(t)
	src := entryHelper + `
import kilnjit
kilnjit.set_param(function_threshold=32)
out = []
add = out.append
for i in range(2000):
    add(h(i, 7))
s = kilnjit.get_stats()
print(s["TOTAL_COMPILED_FUNCTIONS"] >= 1, s["INVALIDATED"], s["TOTAL_COMPILED_LOOPS"] >= s["TOTAL_COMPILED_FUNCTIONS"])
`
	p := entryParams()
	p.FunctionThreshold = 1 << 30
	got, _ := runPyParams(src, IRExec{}, p)
	if got != "True 0 True\n" {
		t.Errorf("got %q", got)
	}
}

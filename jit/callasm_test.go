package jit

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// callasmFib is recursive fib called once with N.
const callasmFib = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(N)
`

// fibArgFor returns the n for which fib(n) makes at least calls calls
// (C(n) = C(n-1) + C(n-2) + 1).
func fibArgFor(calls int) int {
	n, c, prev := 1, 1, 1
	for c < calls {
		n++
		c, prev = c+prev+1, c
	}
	return n
}

// BenchmarkCallAssemblerFib measures a call of recursive fib (b.N calls
// at least, in one fib(n)) with the JIT's native recursive calls and
// interpreted.
func BenchmarkCallAssemblerFib(b *testing.B) {
	run := func(b *testing.B, j *JIT) {
		src := strings.Replace(callasmFib, "N", strconv.Itoa(fibArgFor(b.N)), 1)
		var out bytes.Buffer
		opts := runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}}
		if j != nil {
			opts.JIT = j
		}
		vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, opts)
	}
	b.Run("jit", func(b *testing.B) {
		if nativeBackend == nil {
			b.Skip("no native backend on this platform")
		}
		run(b, New(DefaultParams(), nil))
	})
	b.Run("interp", func(b *testing.B) { run(b, nil) })
}

// callasmParams are entryParams with recursive calls compiled.
func callasmParams() Params {
	p := entryParams()
	p.CallAssembler = 1
	return p
}

// callasmCounts returns, for a JIT that ran a program, how many function
// codes make native recursive calls and how many exits happened deep in
// a native recursion.
func callasmCounts(j *JIT) (native int, deep int64) {
	for _, lp := range j.loops {
		if c, ok := lp.code.(interface{ callasmOn() bool }); ok && c.callasmOn() {
			native++
		}
		deep += lp.callasmDeepExits
	}
	return native, deep
}

// callasmPrograms exercise recursive calls: what each must compile, and
// whether exits deep in the native recursion must happen.
var callasmPrograms = map[string]struct {
	src  string
	deep bool
	// objects: the recursive calls pass or return objects, so they are
	// not compiled (the recording aborts).
	objects bool
}{
	"objects": {objects: true, src: `
def size(t):
    if t is None:
        return 0
    return size(t[0]) + 1 + size(t[1])
def build(n):
    if n == 0:
        return None
    return (build(n - 1), build(n // 2))
def main():
    t = build(12)
    for i in range(100):
        size(t)
    print(size(t), size(build(5)))
main()
`},
	"fib": {src: `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), [fib(i) for i in range(12)])
`},
	// A guard fails 40 levels down: the argument becomes a float there.
	"type change deep": {deep: true, src: `
def f(n, x):
    if n == 0:
        return x
    if n == 40:
        return f(n - 1, x * 1.5) + 1
    return f(n - 1, x + 1) + n
def main():
    for i in range(200):
        f(30, 1)
    print(f(60, 1), f(45, 2), f(30, 3))
main()
`},
	// Overflow deep in the recursion: the result becomes a big int.
	"overflow deep": {deep: true, src: `
def p(x, n):
    if n == 0:
        return 1
    return p(x, n - 1) * x
def main():
    for i in range(200):
        p(3, 20)
    print(p(3, 20), p(3, 50), p(2, 70), p(3, 20))
main()
`},
	// An exception 90 levels down unwinds through every level.
	"raise deep": {deep: true, src: `
def d(n, at):
    if n == at:
        raise ValueError(n)
    if n == 0:
        return 0
    return d(n - 1, at) + 1
def main():
    for i in range(200):
        d(30, -1)
    try:
        d(100, 10)
    except ValueError as e:
        tb = e.__traceback__
        k = 0
        while tb is not None:
            k += 1
            tb = tb.tb_next
        print("raised", e, k)
    print(d(100, -1))
main()
`},
	// Deeper than the native levels and than the recursion limit.
	"limit": {deep: true, src: `
import sys
def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1
def warm():
    for i in range(200):
        deep(20)
warm()
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(150)
try:
    deep(200)
except RecursionError as e:
    print(e)
print(deep(100))
`},
	// A float function and a bool argument, and math functions written
	// in Go (an exit and re-entry at every level of the recursion).
	"float": {src: `
import math
def h(x, flag):
    if x < 1.0:
        return x
    if flag:
        return h(x - 1.0, flag) + h(x - 2.0, flag) * 0.5
    return h(x / 2.0, flag) + math.sin(x) + math.sqrt(x)
print(h(15.5, True), h(100.0, False), h(1e30, False))
`},
}

// TestCallAssemblerPrograms compares programs with recursive calls run
// interpreted and with the JIT on every backend: on x86-64 the recursive
// calls must be native, and exits deep in the recursion must happen where
// the program makes them.
func TestCallAssemblerPrograms(t *testing.T) {
	compileShortFunctions(t)
	for name, p := range callasmPrograms {
		t.Run(name, func(t *testing.T) {
			want, _ := runPy(t, p.src, false)
			for be, backend := range entryBackends() {
				got, j := runPyParams(p.src, backend, callasmParams())
				if got != want {
					t.Fatalf("%s: JIT output differs\n--- interpreted\n%s\n--- jit\n%s", be, want, got)
				}
				if be != "native" {
					continue
				}
				native, deep := callasmCounts(j)
				if p.objects {
					if st := j.Stats(); st.AbortRecursion == 0 {
						t.Errorf("recursion with objects not aborted: %+v", st)
					}
					continue
				}
				if native == 0 {
					t.Errorf("no native recursive calls compiled: %+v", j.Stats())
				}
				if p.deep && deep == 0 {
					t.Errorf("no exit deep in the recursion")
				}
			}
		})
	}
}

// TestCallAssemblerCorpusPrograms runs the corpus programs of recursive
// calls (testdata/run/jit_calls_*.py) interpreted and with the JIT on
// every backend, every function compiled after 64 calls.
func TestCallAssemblerCorpusPrograms(t *testing.T) {
	compileShortFunctions(t)
	progs := corpusPrograms(t, "jit_calls_*.py")
	if len(progs) < 4 {
		t.Fatalf("found %d programs", len(progs))
	}
	for name, src := range progs {
		t.Run(name, func(t *testing.T) {
			checkSameParams(t, src, callasmParams())
		})
	}
}

package jit

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// callasmFib is recursive fib called once with N: b.N calls in all
// (fib(n) makes about 1.6^n calls, so N is picked from b.N).
const callasmFib = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(N)
`

// fibArgFor returns the n whose fib makes about calls calls.
func fibArgFor(calls int) int {
	n, c := 1, 1
	for c < calls {
		n++
		c = c*1618/1000 + 1
	}
	return n
}

// BenchmarkCallAssemblerFib measures one call of recursive fib with
// compiled recursive calls against the interpreter.
func BenchmarkCallAssemblerFib(b *testing.B) {
	src := strings.Replace(callasmFib, "N", strconv.Itoa(fibArgFor(b.N)), 1)
	b.Run("jit", func(b *testing.B) {
		x86NativeForTest(b)
		src := strings.Replace(callasmFib, "N", strconv.Itoa(fibArgFor(b.N)), 1)
		var out bytes.Buffer
		j := New(DefaultParams(), nil)
		vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}},
			runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}, JIT: j})
	})
	_ = src
	b.Run("interp", func(b *testing.B) {
		src := strings.Replace(callasmFib, "N", strconv.Itoa(fibArgFor(b.N)), 1)
		var out bytes.Buffer
		vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}},
			runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}})
	})
}

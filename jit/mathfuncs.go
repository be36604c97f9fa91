package jit

// This file defines the pure float functions call_f may name (Op.Aux is an
// index into MathFuncs): the math module functions a trace can call
// without leaving compiled code. Their Go implementations are the
// runtime's own, so results match the interpreter bit for bit.

import (
	"sync"

	"github.com/kilnpy/kiln/vm/runtime"
)

// MathFunc is one call_f target.
type MathFunc struct {
	Name string
	F    func(float64) float64
}

// MathFuncs returns the call_f table; the order is part of the IR. It is
// made at its first use, by the first trace that calls one, rather than at
// every start.
var MathFuncs = sync.OnceValue(func() []MathFunc {
	var fs []MathFunc
	for _, name := range []string{"sqrt", "fabs", "sin", "cos", "tan", "exp", "log", "atan", "asin", "acos", "tanh", "sinh", "cosh"} {
		if f, ok := runtime.JITMathFunc(name); ok {
			fs = append(fs, MathFunc{name, f})
		}
	}
	return fs
})

// mathFuncIndex returns the call_f index of the math function name, or -1.
func mathFuncIndex(name string) int {
	for i, f := range MathFuncs() {
		if f.Name == name {
			return i
		}
	}
	return -1
}

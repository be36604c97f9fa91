// Package stdlib links Kiln's standard library modules into the
// interpreter.
//
// Each module lives in its own package under vm/stdlib (vm/stdlib/re,
// vm/stdlib/json, ...) and registers itself with runtime.RegisterModule or
// runtime.RegisterPythonModule from an init function. This package only
// imports them all, so that importing it (vm does) makes every module
// available to `import`. The modules that the runtime itself needs (sys,
// os, io, gc, math, time, ...) stay in vm/runtime.
package stdlib

// Keep one blank import per module package, sorted.
import (
	_ "github.com/kilnpy/kiln/vm/stdlib/socket"
	_ "github.com/kilnpy/kiln/vm/stdlib/struct"
	_ "github.com/kilnpy/kiln/vm/stdlib/warnings"
)

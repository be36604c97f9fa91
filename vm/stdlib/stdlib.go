// Package stdlib links Kiln's standard library modules into the
// interpreter.
//
// Each module lives in its own package under vm/stdlib (vm/stdlib/re,
// vm/stdlib/json, ...) and registers itself with runtime.RegisterModule or
// runtime.RegisterPythonModule from an init function; the modules written
// in Python share vm/stdlib/pylib. This package only imports them all, so
// that importing it (vm does) makes every module available to `import`.
// The modules that the runtime itself needs (sys, os, io, gc, math, time,
// copyreg, ...) stay in vm/runtime.
package stdlib

// Keep one blank import per module package, sorted.
import (
	_ "github.com/kilnpy/kiln/vm/stdlib/abc"
	_ "github.com/kilnpy/kiln/vm/stdlib/bisect"
	_ "github.com/kilnpy/kiln/vm/stdlib/cmath"
	_ "github.com/kilnpy/kiln/vm/stdlib/collections"
	_ "github.com/kilnpy/kiln/vm/stdlib/functools"
	_ "github.com/kilnpy/kiln/vm/stdlib/heapq"
	_ "github.com/kilnpy/kiln/vm/stdlib/itertools"
	_ "github.com/kilnpy/kiln/vm/stdlib/json"
	_ "github.com/kilnpy/kiln/vm/stdlib/operator"
	_ "github.com/kilnpy/kiln/vm/stdlib/pylib"
	_ "github.com/kilnpy/kiln/vm/stdlib/random"
	_ "github.com/kilnpy/kiln/vm/stdlib/re"
	_ "github.com/kilnpy/kiln/vm/stdlib/socket"
	_ "github.com/kilnpy/kiln/vm/stdlib/struct"
	_ "github.com/kilnpy/kiln/vm/stdlib/unicodedata"
	_ "github.com/kilnpy/kiln/vm/stdlib/warnings"
	_ "github.com/kilnpy/kiln/vm/stdlib/weakref"
)

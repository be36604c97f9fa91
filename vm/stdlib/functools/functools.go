// Package functools is Kiln's functools module: partial and the
// lru_cache wrapper in Go (partial.go, lru.go: the _functools module),
// since they sit on call paths, and the rest in embedded Python
// (functools.py): reduce, wraps and update_wrapper, total_ordering,
// cached_property, singledispatch, cmp_to_key, partialmethod.
package functools

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed functools.py
var functoolsSource []byte

func init() { rt.RegisterPythonModule("functools", functoolsSource) }

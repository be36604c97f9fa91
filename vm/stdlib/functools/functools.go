// Package functools is Kiln's functools module in embedded Python
// (functools.py): partial, lru_cache and cache, reduce, wraps and
// update_wrapper, total_ordering, cached_property, singledispatch and
// cmp_to_key.
package functools

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed functools.py
var functoolsSource []byte

func init() { rt.RegisterPythonModule("functools", functoolsSource) }

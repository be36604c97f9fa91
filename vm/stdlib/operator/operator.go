// Package operator is Kiln's operator module: Python's operators as
// functions, and itemgetter, attrgetter and methodcaller, in embedded
// Python (operator.py).
package operator

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed operator.py
var operatorSource []byte

func init() { rt.RegisterPythonModule("operator", operatorSource) }

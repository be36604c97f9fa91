// Package operator is Kiln's operator module: Python's operators as
// functions in embedded Python (operator.py), and itemgetter, attrgetter
// and methodcaller in Go (getters.go, the _operator module), since those
// are called per item as sort keys.
package operator

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed operator.py
var operatorSource []byte

func init() { rt.RegisterPythonModule("operator", operatorSource) }

// Package abc is Kiln's abc module (abstract base classes: ABCMeta, ABC,
// abstractmethod and registration) in embedded Python, abc.py. The
// "Can't instantiate abstract class" check itself is object.__new__'s, in
// the runtime, driven by the __abstractmethods__ that ABCMeta computes.
package abc

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed abc.py
var abcSource []byte

func init() { rt.RegisterPythonModule("abc", abcSource) }

// Package weakref is Kiln's weakref module: the references themselves
// (ref, proxy, getweakrefcount, getweakrefs) are the runtime's _weakref
// module (vm/runtime/weakref.go), and this package adds, in embedded
// Python of Kiln's own, what CPython writes in Python on top of them:
// WeakMethod, KeyedRef, WeakValueDictionary, WeakKeyDictionary, finalize
// (weakref.py) and WeakSet (_weakrefset.py).
package weakref

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed weakref.py
var weakrefSource []byte

//go:embed _weakrefset.py
var weakSetSource []byte

func init() {
	rt.RegisterPythonModule("_weakrefset", weakSetSource)
	rt.RegisterPythonModule("weakref", weakrefSource)
}

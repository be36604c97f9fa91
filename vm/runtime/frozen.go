package runtime

// This file defines frozen modules: the builtin modules written in Python
// whose code was compiled when Kiln was built (vm/stdlib/frozen holds it).
// Importing one loads its code objects instead of scanning, parsing and
// compiling its source. The source stays registered: it is what the
// frozen form is checked against, and what is compiled when the frozen
// form is missing or stale.

import (
	"sync"

	"github.com/kilnpy/kiln/vm/compile"
)

// frozenArchive returns a module's frozen code, as made by
// compile.MarshalModule. Set by an init function only.
var frozenArchive func(name string) (blob string, ok bool)

// frozenBlob returns the frozen code of module name, if it has one.
func frozenBlob(name string) (string, bool) {
	if frozenArchive == nil {
		return "", false
	}
	return frozenArchive(name)
}

// frozenCodes caches the unmarshalled code of frozen modules: compiled
// code is immutable, so the interpreters of a process share it.
var frozenCodes sync.Map // name -> *compile.Code

// MaxOptimize is the highest -O level that changes compiled code (-OO).
const MaxOptimize = 2

// FrozenOptimizedName is the name under which the frozen archive holds
// module name's code at the -O level optimize (CPython's .opt-1.pyc and
// .opt-2.pyc), when it differs from the plain code. The name is no
// module's: import never finds it.
func FrozenOptimizedName(name string, optimize int) string {
	return name + "@O" + string(rune('0'+optimize))
}

// RegisterFrozenArchive registers lookup, which returns the frozen code
// of a Python module (registered with RegisterPythonModule), made by
// compile.MarshalModule, or of its optimized form (FrozenOptimizedName).
// One function rather than a registration per module, so that the archive
// is indexed at the first import that needs it, not at every start.
func RegisterFrozenArchive(lookup func(name string) (blob string, ok bool)) {
	frozenArchive = lookup
}

// embeddedSources maps the names of builtin modules written in Go to the
// Python source that their init function runs (ExecEmbedded). Filled by
// init functions only.
var embeddedSources = map[string][]byte{}

// RegisterEmbeddedSource registers the Python part of the builtin module
// name, written in Go, so that it is frozen with the modules written in
// Python. The module's init function runs it with ExecEmbedded.
func RegisterEmbeddedSource(name string, src []byte) {
	embeddedSources[name] = src
}

// ExecEmbedded runs src, the Python part of the builtin module name
// registered with RegisterEmbeddedSource, in globals: its frozen code if
// that is up to date, else src compiled as "<frozen name>".
func ExecEmbedded(th *Thread, name string, src []byte, globals *Dict) error {
	return execFrozenOrSource(th, name, "<frozen "+name+">", src, globals)
}

// execFrozenOrSource runs the code of module name in globals: its frozen
// code if it has one made from src, else src compiled as filename.
func execFrozenOrSource(th *Thread, name, filename string, src []byte, globals *Dict) error {
	if code := frozenCode(th, name, filename, src); code != nil {
		_, err := ExecCode(th, NewCode(code), globals, Value{})
		return err
	}
	_, err := ExecSource(th, filename, src, "exec", globals, nil)
	return err
}

// PythonModuleSources returns the sources of the builtin modules written
// in Python and of the Python parts of those written in Go, by module
// name: what the frozen-module generator compiles.
func PythonModuleSources() map[string][]byte {
	out := map[string][]byte{}
	for _, def := range builtinModules {
		if def.init == nil {
			out[def.name] = def.code()
		}
	}
	for name, src := range embeddedSources {
		out[name] = src
	}
	return out
}

// frozenCode returns the compiled code of the builtin Python module name,
// or nil if it has no frozen form matching src. filename is where the
// code would be compiled from: a file on sys.path named like a builtin
// module is not the builtin module.
func frozenCode(th *Thread, name, filename string, src []byte) *compile.Code {
	if filename != "<frozen "+name+">" {
		return nil
	}
	if th != nil && th.Interp.Options.Optimize > 0 {
		// The code at this level, if it differs from the plain code.
		optimized := FrozenOptimizedName(name, min(th.Interp.Options.Optimize, MaxOptimize))
		if blob, _ := frozenBlob(optimized); blob != "" {
			name = optimized
		}
	}
	if c, ok := frozenCodes.Load(name); ok {
		return c.(*compile.Code)
	}
	blob, ok := frozenBlob(name)
	if !ok {
		return nil
	}
	c, err := compile.UnmarshalModule(src, blob)
	if err != nil {
		return nil
	}
	frozenCodes.Store(name, c)
	return c
}

// FrozenModuleLoaded reports whether the builtin module name was imported
// from its frozen code (in any interpreter of the process).
func FrozenModuleLoaded(name string) bool {
	_, ok := frozenCodes.Load(name)
	return ok
}

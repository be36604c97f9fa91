// Package pylib holds the standard library modules that Kiln writes in
// Python: modules whose speed does not matter much and whose code is
// clearest as Python (copy, string, textwrap, ...).
//
// Every *.py file in this directory is embedded and registered as a
// builtin module named after the file, so adding a module is adding its
// file. The code is Kiln's own, written from the documented behaviour of
// CPython 3.12's modules, not copied from CPython.
package pylib

import (
	"embed"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
)

//go:embed *.py
var sources embed.FS

func init() {
	// ReadDir rather than fs.Glob, which matches every name against the
	// pattern: this runs at every start. The embed pattern holds only
	// *.py files.
	files, err := sources.ReadDir(".")
	if err != nil {
		panic(err) // the embedded root is always readable
	}
	for _, entry := range files {
		file := entry.Name()
		// The source is copied out of the FS when the module is first
		// needed: most programs import none of these, and the frozen
		// code runs instead of the source anyway.
		runtime.RegisterLazyPythonModule(strings.TrimSuffix(file, ".py"), func() []byte {
			src, err := sources.ReadFile(file)
			if err != nil {
				panic(err) // embedded files are always readable
			}
			return src
		})
	}
}

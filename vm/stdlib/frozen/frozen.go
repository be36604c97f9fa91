// Package frozen holds the compiled code of Kiln's builtin modules written
// in Python (vm/stdlib/pylib, collections, random, ...), made when Kiln is
// built, and registers it with the runtime so that importing one of them
// loads its code objects instead of parsing and compiling its source.
//
// The files under data/ are generated and committed: after changing an
// embedded module's source, run
//
//	go generate ./vm/stdlib/frozen
//
// TestFrozenUpToDate fails until that is done; meanwhile the runtime
// compiles the changed module from its source, so a stale file never runs.
package frozen

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
	"github.com/kilnpy/kiln/vm/syntax"
)

//go:generate go run ./gen -out data

// Ext is the file extension of a frozen module under data/.
const Ext = ".kbc"

//go:embed all:data
var data embed.FS

func init() {
	entries, err := fs.ReadDir(data, "data")
	if err != nil {
		panic(err) // the directory is embedded
	}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), Ext)
		if !ok {
			continue
		}
		blob, err := data.ReadFile("data/" + e.Name())
		if err != nil {
			panic(err) // embedded files are always readable
		}
		runtime.RegisterFrozen(name, blob)
	}
}

// Compile compiles the source of the builtin module name as the import
// system would and returns its frozen form.
func Compile(name string, src []byte) ([]byte, error) {
	filename := "<frozen " + name + ">"
	mod, err := syntax.Parse(filename, src, syntax.ModeExec)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	code, err := compile.Compile(mod, compile.Exec)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return compile.MarshalModule(src, code), nil
}

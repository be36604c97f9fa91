// Command gen compiles Kiln's builtin modules written in Python and writes
// their frozen code (compile.MarshalModule) to one file per module, for
// package frozen to embed. It is run by `go generate ./vm/stdlib/frozen`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
	_ "github.com/kilnpy/kiln/vm/stdlib" // registers the modules
	"github.com/kilnpy/kiln/vm/stdlib/frozen"
)

func main() {
	out := flag.String("out", "data", "directory to write the frozen modules to")
	flag.Parse()
	if err := generate(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// generate writes a frozen file for every registered Python module and
// removes the files of modules that are no longer registered.
func generate(dir string) error {
	sources := runtime.PythonModuleSources()
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		blob, err := frozen.Compile(name, sources[name])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+frozen.Ext), blob, 0o644); err != nil {
			return err
		}
	}
	old, err := filepath.Glob(filepath.Join(dir, "*"+frozen.Ext))
	if err != nil {
		return err
	}
	for _, path := range old {
		if _, ok := sources[strings.TrimSuffix(filepath.Base(path), frozen.Ext)]; !ok {
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	return nil
}

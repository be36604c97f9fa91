// Package frozen holds the compiled code of Kiln's builtin modules written
// in Python (vm/stdlib/pylib, collections, random, ...), made when Kiln is
// built, and registers it with the runtime so that importing one of them
// loads its code objects instead of parsing and compiling its source.
//
// data/modules.kbc is generated and committed: after changing an embedded
// module's source (or the compiler), run
//
//	go generate ./vm/stdlib/frozen
//
// TestFrozenUpToDate fails until that is done; meanwhile the runtime
// compiles a module whose source changed from that source, so stale code
// never runs.
//
// Under -O and -OO the runtime takes a module's optimized code (asserts,
// __debug__ branches and, for -OO, docstrings compiled out, as CPython's
// .opt-1.pyc and .opt-2.pyc), which the archive holds for the modules
// where it differs from the plain code (see Build).
//
// The archive is one file embedded as a string, so that it stays in the
// binary's read-only data: registering a module costs no copy, and the
// names loaded from it point into it.
//
//	archive = magic count (nameLen name blobLen)* blob*
package frozen

import (
	_ "embed" // the archive
	"encoding/binary"
	"fmt"
	"sort"
	"sync"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
	"github.com/kilnpy/kiln/vm/syntax"
)

//go:generate go run ./gen -out data/modules.kbc

// archiveMagic starts the archive.
const archiveMagic = "KILNFROZEN\x01"

//go:embed data/modules.kbc
var archive string

func init() { runtime.RegisterFrozenArchive(lookup) }

// index maps the archive's module names to their code. It is made at the
// first lookup, when a program first imports a frozen module, rather than
// at every start: `kiln -c pass` imports none.
var index = sync.OnceValue(func() map[string]string {
	modules, err := Parse(archive)
	if err != nil {
		panic("frozen: " + err.Error() + "; run go generate ./vm/stdlib/frozen")
	}
	m := make(map[string]string, len(modules))
	for _, mod := range modules {
		m[mod.Name] = mod.Blob
	}
	return m
})

// lookup returns the frozen code of module name.
func lookup(name string) (string, bool) {
	blob, ok := index()[name]
	return blob, ok
}

// Module is one module of an archive.
type Module struct {
	Name string
	Blob string // as made by compile.MarshalModule
}

// Archive returns the archive holding modules, in their order.
func Archive(modules []Module) []byte {
	out := []byte(archiveMagic)
	out = binary.AppendUvarint(out, uint64(len(modules)))
	for _, m := range modules {
		out = binary.AppendUvarint(out, uint64(len(m.Name)))
		out = append(out, m.Name...)
		out = binary.AppendUvarint(out, uint64(len(m.Blob)))
	}
	for _, m := range modules {
		out = append(out, m.Blob...)
	}
	return out
}

// Parse returns the modules of an archive; their strings share its memory.
func Parse(a string) ([]Module, error) {
	bad := fmt.Errorf("corrupt archive")
	if len(a) < len(archiveMagic) || a[:len(archiveMagic)] != archiveMagic {
		return nil, bad
	}
	pos := len(archiveMagic)
	next := func() (int, bool) {
		v, n := binary.Uvarint([]byte(a[pos:min(len(a), pos+binary.MaxVarintLen64)]))
		if n <= 0 || v > uint64(len(a)) {
			return 0, false
		}
		pos += n
		return int(v), true
	}
	count, ok := next()
	if !ok {
		return nil, bad
	}
	modules := make([]Module, count)
	sizes := make([]int, count)
	for i := range modules {
		n, ok := next()
		if !ok || pos+n > len(a) {
			return nil, bad
		}
		modules[i].Name = a[pos : pos+n]
		pos += n
		if sizes[i], ok = next(); !ok {
			return nil, bad
		}
	}
	for i := range modules {
		if pos+sizes[i] > len(a) {
			return nil, bad
		}
		modules[i].Blob = a[pos : pos+sizes[i]]
		pos += sizes[i]
	}
	if pos != len(a) {
		return nil, bad
	}
	return modules, nil
}

// Compile compiles the source of the builtin module name as the import
// system would and returns its frozen form.
func Compile(name string, src []byte) ([]byte, error) {
	return CompileOptimize(name, src, 0)
}

// CompileOptimize is Compile at the -O level optimize: 1 drops asserts
// and __debug__ branches, 2 docstrings too (CPython's .opt-1.pyc and
// .opt-2.pyc).
func CompileOptimize(name string, src []byte, optimize int) ([]byte, error) {
	filename := "<frozen " + name + ">"
	mod, err := syntax.Parse(filename, src, syntax.ModeExec)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	code, err := compile.CompileOptimize(mod, compile.Exec, 0, optimize)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return compile.MarshalModule(src, code), nil
}

// Build compiles every registered Python module and returns their
// archive, the modules sorted by name. A module whose code under -O or
// -OO differs from its plain code has that code too, under the name
// runtime.FrozenOptimizedName gives (warnings@O1, enum@O2...): the
// runtime takes the plain code for a level that has none.
func Build() ([]byte, error) {
	sources := runtime.PythonModuleSources()
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Strings(names)
	var modules []Module
	for _, name := range names {
		blob, err := Compile(name, sources[name])
		if err != nil {
			return nil, err
		}
		modules = append(modules, Module{Name: name, Blob: string(blob)})
		for level := 1; level <= runtime.MaxOptimize; level++ {
			opt, err := CompileOptimize(name, sources[name], level)
			if err != nil {
				return nil, err
			}
			if string(opt) != string(blob) {
				modules = append(modules, Module{Name: runtime.FrozenOptimizedName(name, level), Blob: string(opt)})
			}
		}
	}
	return Archive(modules), nil
}

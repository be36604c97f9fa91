package frozen

// This file benchmarks loading a module's code: frozen against compiled
// from source. Run with: go test ./vm/stdlib/frozen -bench . -benchmem

import (
	"testing"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
	"github.com/kilnpy/kiln/vm/syntax"
)

const benchModule = "collections"

func BenchmarkLoadFrozen(b *testing.B) {
	src := runtime.PythonModuleSources()[benchModule]
	modules, err := Parse(archive)
	if err != nil {
		b.Fatal(err)
	}
	var blob string
	for _, m := range modules {
		if m.Name == benchModule {
			blob = m.Blob
		}
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := compile.UnmarshalModule(src, blob); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompileSource(b *testing.B) {
	src := runtime.PythonModuleSources()[benchModule]
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		mod, err := syntax.Parse("<frozen "+benchModule+">", src, syntax.ModeExec)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := compile.Compile(mod, compile.Exec); err != nil {
			b.Fatal(err)
		}
	}
}

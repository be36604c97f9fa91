package vm

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kilnpy/kiln/vm/runtime"
)

// FuzzCompile feeds arbitrary source to the scanner, the parser, the
// resolver and the compiler: whatever the input, they must return code or
// a Python exception (a SyntaxError), never panic or hang. The corpus
// programs seed it. Run it with
//
//	go test ./vm -run='^$' -fuzz=FuzzCompile -fuzztime=10m
//
// Crashers it finds land in testdata/fuzz/FuzzCompile and then run as
// regression cases in every plain `go test`.
func FuzzCompile(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/run/*.py")
	more, _ := filepath.Glob("syntax/testdata/parse/*.py")
	for _, path := range append(seeds, more...) {
		src, err := os.ReadFile(path)
		if err == nil {
			f.Add(src)
		}
	}
	runtime.NewInterpreter(runtime.Options{}) // completes the builtin types
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, mode := range []string{"exec", "eval", "single"} {
				code, err := runtime.CompileSource(nil, "<fuzz>", src, mode)
				if err == nil && code == nil {
					t.Errorf("mode %s: no code and no error", mode)
				}
				if err != nil && !runtime.IsInstanceOf(err, runtime.SyntaxError) && !runtime.IsInstanceOf(err, runtime.ValueError) && !runtime.IsInstanceOf(err, runtime.RecursionError) && !runtime.IsInstanceOf(err, runtime.MemoryError) {
					t.Errorf("mode %s: compile error is not a SyntaxError: %v", mode, err)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("compiling %d bytes took more than 10s", len(src))
		}
	})
}

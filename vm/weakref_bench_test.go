package vm

import (
	"io"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// BenchmarkWeakValueDictionary measures filling a WeakValueDictionary.
func BenchmarkWeakValueDictionary(b *testing.B) {
	code := `import weakref
class C: pass
objs = [C() for _ in range(20000)]
d = weakref.WeakValueDictionary()
for i, o in enumerate(objs): d[i] = o
`
	for i := 0; i < b.N; i++ {
		Run(Program{Kind: Command, Target: code}, runtime.Options{
			Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
			Exit: func(int) { b.Fatal("os._exit was called") },
		})
	}
}

// BenchmarkWeakrefCreate measures making weak references (plain and with a
// callback) to fresh objects, and collecting them.
func BenchmarkWeakrefCreate(b *testing.B) {
	code := `import weakref, gc
class C: pass
objs = [C() for _ in range(10000)]
refs = [weakref.ref(o) for o in objs]
cbs = [weakref.ref(o, len) for o in objs]
del objs
gc.collect()
`
	for i := 0; i < b.N; i++ {
		Run(Program{Kind: Command, Target: code}, runtime.Options{
			Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
			Exit: func(int) { b.Fatal("os._exit was called") },
		})
	}
}

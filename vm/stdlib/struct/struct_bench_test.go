package structmod

import (
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// BenchmarkPackUnpack measures Struct.pack and Struct.unpack of a small
// record from Python code (10000 round trips per iteration).
func BenchmarkPackUnpack(b *testing.B) {
	th := runtime.NewInterpreter(runtime.Options{}).MainThread()
	globals := runtime.NewDict()
	globals.SetStr("__builtins__", runtime.ValueOf(th.Interp.Builtins))
	src := []byte("import struct\ns = struct.Struct('<ihd')\nfor i in range(10000):\n    s.unpack(s.pack(i, 7, 1.5))\n")
	for b.Loop() {
		if _, err := runtime.ExecSource(th, "<bench>", src, "exec", globals, nil); err != nil {
			b.Fatal(err)
		}
	}
}

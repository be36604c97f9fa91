package runtime

// Benchmarks of what resource tracking costs: opening and closing a file
// with and without -X track-resources (ten Python frames deep), and
// capturing an allocation stack alone.
//
//	go test ./vm/runtime -run '^$' -bench 'Open|Resource' -benchmem
//
// BenchmarkOpenCloseGo is the floor: the system calls alone.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/syntax"
)

// openBenchSource opens and closes a file n times, ten calls deep.
const openBenchSource = `
def deep(k, n, path):
    if k:
        return deep(k - 1, n, path)
    for i in range(n):
        open(path, "w").close()
`

// runOpenBench runs openBenchSource's deep() for b.N opens under opts.
func runOpenBench(b *testing.B, opts Options) {
	mod, err := syntax.Parse("bench.py", []byte(openBenchSource), syntax.ModeExec)
	if err != nil {
		b.Fatal(err)
	}
	c, err := compile.Compile(mod, compile.Exec)
	if err != nil {
		b.Fatal(err)
	}
	th := NewInterpreter(opts).MainThread()
	g := NewDict()
	g.SetStr("__name__", NewStr("__main__"))
	if _, err := RunModule(th, NewCode(c), g); err != nil {
		b.Fatal(err)
	}
	deep, _ := g.GetStr("deep")
	path := filepath.Join(b.TempDir(), "f.txt")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := Call(th, deep, []Value{Int(9), Int(int64(b.N)), NewStr(path)}, nil); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkOpenCloseGo is the floor of BenchmarkOpenClose: the same system
// calls (open, fstat, close) from Go, without Python objects.
func BenchmarkOpenCloseGo(b *testing.B) {
	path := filepath.Join(b.TempDir(), "f.txt")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := f.Stat(); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// BenchmarkOpenClose is open(path, "w").close() without tracking.
func BenchmarkOpenClose(b *testing.B) { runOpenBench(b, Options{}) }

// BenchmarkOpenCloseTracked is the same under -X track-resources: the
// difference is the cost of the resource record and its stack.
func BenchmarkOpenCloseTracked(b *testing.B) {
	runOpenBench(b, Options{XOptions: map[string]string{"track-resources": ""}})
}

// tenFrames gives th a Python stack ten frames deep, for the record
// benchmarks; the returned function restores the thread.
func tenFrames(th *Thread) (restore func()) {
	code := NewCode(&compile.Code{Name: "f", Filename: "bench.py"})
	var f *Frame
	for i := 0; i < 10; i++ {
		f = &Frame{Code: code, PC: 1, Back: f}
	}
	saved := th.exec.frame
	th.exec.frame = f
	return func() { th.exec.frame = saved }
}

// BenchmarkCaptureResourceStack captures a ten-frame allocation stack.
func BenchmarkCaptureResourceStack(b *testing.B) {
	th := NewInterpreter(Options{Stderr: os.Stderr}).MainThread()
	defer tenFrames(th)()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if len(captureResourceStack(th)) != 10 {
			b.Fatal("wrong depth")
		}
	}
}

// BenchmarkNewResourceTracked is the whole record of a tracked open ten
// frames deep: id, stack, position, the periodic collection it starts
// every resourceCollectEvery records, and the explicit close.
func BenchmarkNewResourceTracked(b *testing.B) {
	th := NewInterpreter(Options{XOptions: map[string]string{"track-resources": ""}}).MainThread()
	defer tenFrames(th)()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		NewResource(th, "file", "f.txt", "unclosed file").Close(th)
	}
}

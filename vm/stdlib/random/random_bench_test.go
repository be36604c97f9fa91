package random_test

// Benchmarks of the native random methods from Python code, for CPU and
// allocations per iteration (-benchmem).

import (
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
	_ "github.com/kilnpy/kiln/vm/stdlib"
)

// randomBenchRun runs setup once and then body once per iteration.
func randomBenchRun(b *testing.B, body string) {
	th := runtime.NewInterpreter(runtime.Options{}).MainThread()
	globals := runtime.NewDict()
	globals.SetStr("__builtins__", runtime.ValueOf(th.Interp.Builtins))
	setup := []byte("import random\nrandom.seed(1)\nseq = list(range(100))\n")
	if _, err := runtime.ExecSource(th, "<setup>", setup, "exec", globals, nil); err != nil {
		b.Fatal(err)
	}
	code := []byte(body)
	for b.Loop() {
		if _, err := runtime.ExecSource(th, "<bench>", code, "exec", globals, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGauss is 1000 calls of random.gauss(0.0, 1.0).
func BenchmarkGauss(b *testing.B) {
	randomBenchRun(b, "for _ in range(1000):\n    random.gauss(0.0, 1.0)\n")
}

// BenchmarkSample is 100 samples of 10 from a list of 100.
func BenchmarkSample(b *testing.B) {
	randomBenchRun(b, "for _ in range(100):\n    random.sample(seq, 10)\n")
}

// BenchmarkChoices is one choices(seq, k=1000).
func BenchmarkChoices(b *testing.B) {
	randomBenchRun(b, "random.choices(seq, k=1000)\n")
}

// BenchmarkGetrandbits64 is 1000 calls of random.getrandbits(64).
func BenchmarkGetrandbits64(b *testing.B) {
	randomBenchRun(b, "for _ in range(1000):\n    random.getrandbits(64)\n")
}

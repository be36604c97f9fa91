package jit

import (
	"bytes"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// benchLoop is a loop whose recorded trace has about 100 ops.
const benchLoop = `
import math
def g(x):
    return x * 3 + 1
def f(n, xs):
    s = 0
    t = 0.0
    for i in range(n):
        s += g(i) % 7 + xs[i % 4] * 2
        t += math.sqrt(i) * 0.5 + i / 3.0
        if s > 1000000:
            s -= 999999
        xs[i % 4] = s & 255
    return s, t
print(f(3000, [1, 2, 3, 4]))
`

// recordedTrace runs benchLoop and returns its loop as recorded.
func recordedTrace(b *testing.B) *Trace {
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	j := New(p, nil)
	j.SetBackend(IRExec{})
	j.keepRecorded = true
	vm.Run(vm.Program{Kind: vm.Command, Target: benchLoop, Args: []string{}}, runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
	if j.lastRecorded == nil {
		b.Fatalf("nothing recorded: %s", out.String())
	}
	return j.lastRecorded
}

// BenchmarkOptimize is the front half of the pipeline from a recorded
// trace to the IR the backend gets: folding, peeling, dead code removal
// and the verifier.
func BenchmarkOptimize(b *testing.B) {
	rec := recordedTrace(b)
	b.ReportMetric(float64(rec.CountOps()), "recorded-ops")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := Optimize(rec, true)
		if err := t.Verify(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecordAndOptimize measures whole warm-ups: a program whose
// loop is recorded, optimised and run on the reference executor; the
// tracing and optimising time per loop are reported.
func BenchmarkRecordAndOptimize(b *testing.B) {
	var tracing, optimizing float64
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		p := DefaultParams()
		p.Threshold = 1
		j := New(p, nil)
		j.SetBackend(IRExec{})
		vm.Run(vm.Program{Kind: vm.Command, Target: benchLoop, Args: []string{}}, runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
		s := j.Stats()
		tracing += float64(s.TracingTime.Nanoseconds())
		optimizing += float64(s.OptimizeTime.Nanoseconds())
	}
	b.ReportMetric(tracing/float64(b.N), "tracing-ns/loop")
	b.ReportMetric(optimizing/float64(b.N), "optimize-ns/loop")
}

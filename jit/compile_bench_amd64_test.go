package jit

// The benchmark of the whole compile pipeline issue 7 names: from a
// recorded trace of about 100 ops, through the optimisation passes, to
// machine code that can run (go test -run XXX -bench CompilePipeline ./jit).

import "testing"

// BenchmarkCompilePipeline100 measures what the driver's install does
// between recording and running: Optimize (folding, peeling, dead code
// removal, the verifier, residual call planning) and the backend's
// Compile (verifier, register allocation, code generation, assembly,
// loading), then frees the code. cpu-ns/op is the process's CPU time per
// compile: on a shared machine the wall time includes waiting for a core.
func BenchmarkCompilePipeline100(b *testing.B) {
	be := x86NativeForTest(b)
	rec := recordedTrace(b)
	opt := Optimize(rec, true)
	cpu0 := x86ThreadCPU()
	for b.Loop() {
		c, err := be.Compile(Optimize(rec, true), nil)
		if err != nil {
			b.Fatal(err)
		}
		c.Free()
	}
	b.ReportMetric(float64(x86ThreadCPU()-cpu0)/float64(b.N), "cpu-ns/op")
	// After the loop: b.Loop's first call drops metrics reported before.
	b.ReportMetric(float64(rec.CountOps()), "recorded-ops")
	b.ReportMetric(float64(opt.CountOps()), "ops")
	b.ReportMetric(float64(opt.Guards()), "guards")
}

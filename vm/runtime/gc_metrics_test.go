package runtime

import (
	goruntime "runtime"
	"runtime/metrics"
	"testing"
	"unsafe"
)

// TestGCMetrics checks the figures gc_metrics.go reads through the
// runtime's readMetrics against runtime/metrics.Read's, so that a Go
// release that changes the sample's layout or the function fails here.
func TestGCMetrics(t *testing.T) {
	if got, want := unsafe.Sizeof(gcMetricSample{}), unsafe.Sizeof(metrics.Sample{}); got != want {
		t.Fatalf("gcMetricSample is %d bytes, metrics.Sample %d", got, want)
	}
	if gcMetricKindUint64 != int(metrics.KindUint64) {
		t.Fatalf("gcMetricKindUint64 = %d, metrics.KindUint64 = %d", gcMetricKindUint64, metrics.KindUint64)
	}
	keep := make([][]byte, 0, 64)
	for round := range 3 {
		// Live data that differs between the rounds, so that the live
		// heap is not the same figure by chance.
		for range 16 << round {
			keep = append(keep, make([]byte, 4096))
		}
		goruntime.GC()
		// A collection may start between the reads (the test binary
		// allocates in the background): read until both readers agree
		// on a figure that did not move while they read.
		for try := 0; ; try++ {
			cycles := GCCycles()
			live, ok := GCLiveHeap()
			samples := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/live:bytes"}}
			metrics.Read(samples)
			if GCCycles() != cycles {
				continue
			}
			if !ok || samples[1].Value.Kind() != metrics.KindUint64 {
				t.Fatalf("GCLiveHeap ok=%v, runtime/metrics kind %v", ok, samples[1].Value.Kind())
			}
			if cycles == samples[0].Value.Uint64() && live == samples[1].Value.Uint64() && live > 0 {
				break
			}
			if try == 10 {
				t.Fatalf("GCCycles %d, GCLiveHeap %d; runtime/metrics: %d, %d", cycles, live,
					samples[0].Value.Uint64(), samples[1].Value.Uint64())
			}
		}
	}
	goruntime.KeepAlive(keep)
}

package runtime

import "unsafe"

// This file reads the two figures of Go's collector that Kiln steers by,
// the collections completed and the heap the last one found live, without
// linking package runtime/metrics: that package's init builds its table
// of descriptions (one per GODEBUG setting, concatenated at run time),
// which every process paid for at start-up (docs/performance.md,
// "Start-up time": about 5 percent of `kiln -c pass`'s CPU time).
//
// Go's runtime implements metrics.Read as readMetrics and pushes it to
// runtime/metrics as runtime_readMetrics; Kiln pulls the same function, as
// finalize.go pulls blockUntilEmptyFinalizerQueue, with a sample laid out
// as the runtime's metricSample (and metrics.Sample) is: the name, then
// the value's kind, scalar and pointer. Only uint64 metrics are read, so
// the runtime never stores a pointer into one. TestGCMetrics compares both
// figures with runtime/metrics.Read, so a Go release that changes the
// function or the layout fails that test instead of misreading.

// gcMetricSample is the runtime's metricSample.
type gcMetricSample struct {
	name    string
	kind    int // metricKindUint64 for the metrics read here
	scalar  uint64
	pointer unsafe.Pointer
}

// gcMetricKindUint64 is the runtime's metricKindUint64 (metrics.KindUint64).
const gcMetricKindUint64 = 1

//go:linkname readGoMetrics runtime/metrics.runtime_readMetrics
//go:noescape
func readGoMetrics(samples unsafe.Pointer, len, cap int)

// readGCMetric returns the uint64 metric of the given runtime/metrics
// name, and false if this Go does not have it.
func readGCMetric(name string) (uint64, bool) {
	s := gcMetricSample{name: name}
	readGoMetrics(unsafe.Pointer(&s), 1, 1)
	return s.scalar, s.kind == gcMetricKindUint64
}

// GCCycles returns the number of collections Go's collector has completed
// (the runtime/metrics "/gc/cycles/total:gc-cycles").
func GCCycles() uint64 {
	n, _ := readGCMetric("/gc/cycles/total:gc-cycles")
	return n
}

// GCLiveHeap returns the heap bytes the last collection marked live (the
// runtime/metrics "/gc/heap/live:bytes", 0 before the first collection),
// and false if this Go does not have that metric.
func GCLiveHeap() (uint64, bool) { return readGCMetric("/gc/heap/live:bytes") }

package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// This file defines kiln's collector policy: the GOGC that the Go
// collector runs with, recomputed from the live heap after every cycle.
//
// A fixed GOGC lets the heap grow to (1 + GOGC/100) times what the last
// cycle found live, and that headroom is most of the peak RSS above
// CPython's on the programs with a large live heap (CPython frees by
// reference count at once). A lower GOGC costs CPU in proportion to
// 1/GOGC on every heap, though, and on small heaps the headroom is a
// megabyte or two that the CPU would be wasted on. So the percentage falls
// as the live heap grows: small programs keep gcPercent, and a large heap
// gets a headroom that grows only as the square root of its size
// (docs/performance.md, "The collector's headroom", has the figures).
//
// The policy changes only when Go collects, never what a Python program
// sees: gc.collect(), gc.disable() and the timing of finalizers ("some
// time after the object became unreachable") are untouched.

// gcPolicyKnee is the live heap up to which kiln keeps gcPercent.
const gcPolicyKnee = 16 << 20

// gcPolicyFloor is the lowest percentage the policy sets: below it the
// collector's CPU would grow faster than the memory it saves.
const gcPolicyFloor = 20

// gcPolicyPercent is the GOGC for a heap of live bytes at the end of a
// cycle: gcPercent up to gcPolicyKnee, then gcPercent*sqrt(knee/live),
// so that the headroom (live*percent/100) grows as sqrt(live) rather than
// in proportion to it, down to gcPolicyFloor.
func gcPolicyPercent(live uint64) int {
	if live <= gcPolicyKnee {
		return gcPercent
	}
	p := int(gcPercent * math.Sqrt(float64(gcPolicyKnee)/float64(live)))
	return max(p, gcPolicyFloor)
}

// gcPolicy is the state of the policy's hook: the runtime/metrics sample
// it reads the live heap with (reused, so that the hook allocates only its
// next sentinel), the percentage last set, and whether it has been stopped
// (by a test: kiln runs it until it exits).
type gcPolicy struct {
	live    []metrics.Sample
	percent atomic.Int32
	stopped atomic.Bool
}

// gcPolicySentinel is an object allocated only to be found unreachable by
// the next cycle, whose finalizer is the policy's hook. It holds a pointer
// so that Go's tiny allocator does not pack it with other objects, which
// would delay its finalizer until they die too.
type gcPolicySentinel struct{ _ *int }

// startGCPolicy sets gcPercent and has the policy adjust it after every
// collection. main calls it only when the environment does not set GOGC,
// which then applies as given.
func startGCPolicy() *gcPolicy {
	p := &gcPolicy{live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	p.percent.Store(gcPercent)
	debug.SetGCPercent(gcPercent)
	p.arm()
	return p
}

// stop ends the policy after the next cycle, leaving the percentage as it
// is.
func (p *gcPolicy) stop() { p.stopped.Store(true) }

// arm allocates a sentinel whose finalizer runs the policy after the
// cycle that finds it unreachable, on Go's finalizer goroutine, and arms
// the next one.
func (p *gcPolicy) arm() {
	runtime.SetFinalizer(&gcPolicySentinel{}, func(*gcPolicySentinel) {
		if p.stopped.Load() {
			return
		}
		p.update()
		p.arm()
	})
}

// update sets the percentage for the live heap the last cycle found.
func (p *gcPolicy) update() {
	metrics.Read(p.live)
	if p.live[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	if percent := gcPolicyPercent(p.live[0].Value.Uint64()); int32(percent) != p.percent.Load() {
		p.percent.Store(int32(percent))
		debug.SetGCPercent(percent)
	}
}

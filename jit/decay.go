package jit

// This file defines the decay of hotness counters (PyPy's --jit decay):
// at every garbage collection, the back-edge counts of the loops not yet
// compiled are multiplied by 1 - decay/1000, so that a loop that runs a
// few iterations now and then, over a long program, does not end up
// traced: only loops hot within a short time are. PyPy decays its
// counters at each minor collection; Kiln at each cycle of Go's collector,
// checked when a loop reports back-edges.

import (
	"math"

	"github.com/kilnpy/kiln/vm/runtime"
)

// decayState remembers the collector's cycle count at the last decay.
type decayState struct {
	lastGC  uint64
	inited  bool
	applied int64 // decays applied (for tests)
}

// decayCounters applies the decay of every collection since the last
// call to the loops not compiled yet (j.mu not held: the loops map is the
// driver's, used from LoopHot only).
func (j *JIT) decayCounters(decay int) {
	d := &j.decay
	n := runtime.GCCycles()
	if !d.inited {
		d.inited, d.lastGC = true, n
		return
	}
	if n <= d.lastGC || decay <= 0 {
		d.lastGC = n
		return
	}
	keep := math.Pow(1-float64(min(decay, 1000))/1000, float64(n-d.lastGC))
	d.lastGC = n
	d.applied++
	for _, lp := range j.loops {
		if lp.code == nil {
			lp.count = int(float64(lp.count) * keep)
		}
	}
}

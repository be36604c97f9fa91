package jit

// This file defines how code that retracing threw away is freed: the
// loop's (or function's) machine code, its bridges, their jump slots and
// their traces. A loop retraced over and over (a dispatch loop whose
// classes kept changing) used to keep every version it ever compiled,
// and the process grew with each. The code may still be running when it
// is thrown away: a guard failing inside a residual call or a call the
// compiled loop's exit finishes can re-enter the same loop, and the outer
// entry resumes the old code and looks its exits up by trace ID after.
// So the freeing waits until no entry of the loop is in progress
// (loop.active, counted by takeState and releaseState).

// discardCode schedules the current code of lp and every bridge attached
// to it for freeing once no entry of lp runs.
func (j *JIT) discardCode(lp *loop) {
	root := lp.trace
	if root == nil {
		return
	}
	var ids []int
	for id, t := range j.traces {
		if rootTrace(t) == root {
			ids = append(ids, id)
		}
	}
	lp.discarded = append(lp.discarded, func() {
		for _, id := range ids {
			if c := j.codes[id]; c != nil {
				c.Free()
			}
			if t := j.traces[id]; t != nil && t.Kind == BridgeTrace {
				j.stats.FreedBridges++
			} else if t != nil {
				j.stats.FreedLoops++
			}
			delete(j.codes, id)
			delete(j.traces, id)
		}
	})
	lp.freeDiscarded()
}

// rootTrace is the loop or function trace a bridge (of a bridge...)
// hangs off, or t itself.
func rootTrace(t *Trace) *Trace {
	for t.Kind == BridgeTrace && t.Parent != nil {
		t = t.Parent
	}
	return t
}

// freeDiscarded frees the code lp threw away if no entry of lp runs.
func (lp *loop) freeDiscarded() {
	if lp.active > 0 || len(lp.discarded) == 0 {
		return
	}
	for _, free := range lp.discarded {
		free()
	}
	lp.discarded = nil
}

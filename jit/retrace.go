package jit

// This file defines retracing: compiled code whose entries keep leaving at
// once through a guard no bridge serves (the type epoch guard after a
// class attribute was added, a global's dict version after a rebinding, a
// function trace whose guards fail on most calls) is thrown away, with a
// jit-loop-invalidated event, and its loop or function counts from zero
// again, so that it is retraced under the new conditions once it is hot.
// A loop or function retraced maxRetraces times is blacklisted (PyPy
// bounds the same with retrace_limit and max_retrace_guards). The code
// thrown away is freed (poly_free.go).

import (
	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// retraceMinFails is how many unbridged failures on entry compiled code
// must see before it is thrown away (and only if they are more than
// half of its entries).
const retraceMinFails = 16

// maxBridges bounds the bridges of one compiled loop: past it, a guard
// that keeps failing counts as one no bridge serves (a guard on a dict
// some other code writes all the time fails in every bridge made for it).
const maxBridges = 64

// maxRetraces is how many times a loop or function is retraced before it
// is blacklisted.
const maxRetraces = 3

// maybeRetrace throws lp's code away when most entries since it was
// compiled failed a guard at once with no bridge to take.
func (j *JIT) maybeRetrace(th *runtime.Thread, lp *loop, reason string) {
	if lp.code == nil || lp.unbridged < retraceMinFails || int64(lp.unbridged)*2 <= lp.sinceCompile {
		return
	}
	j.invalidate(th, lp, reason)
}

// invalidate throws lp's code away (it is freed once no entry runs it),
// logs why, and lets lp count from zero again, blacklisting it past
// maxRetraces.
func (j *JIT) invalidate(th *runtime.Thread, lp *loop, reason string) {
	j.stats.Invalidated++
	if j.log.Wants(tracelog.KindLoopInvalidated) {
		j.log.Emit(&tracelog.LoopInvalidated{Stamp: stamp(th), Loop: lp.id, Reason: reason})
	}
	// The code is freed once no entry of lp is running it.
	j.discardCode(lp)
	lp.code, lp.trace, lp.entry = nil, nil, nil
	lp.guards = map[guardKey]*guardStat{}
	lp.count, lp.unbridged, lp.sinceCompile, lp.bridges = 0, 0, 0, 0
	lp.retraces++
	if lp.retraces > maxRetraces {
		lp.blacklisted = true
	}
}

// entryGuard reports whether the guard owning snapshot snap of t runs
// before any iteration of the loop lp: in a function trace, in a loop's
// preamble (before its label), or in a bridge leaving from such a guard
// (which stands for the preamble's rest). Such a guard failing on most
// entries means the trace's assumptions no longer hold.
func entryGuard(lp *loop, t *Trace, snap int) bool {
	if lp.function {
		return true
	}
	for t.Kind == BridgeTrace && t.Parent != nil {
		t, snap = t.Parent, t.ParentSnap
	}
	if lp.trace == nil || t != lp.trace {
		return false
	}
	label := t.Label()
	for i := range t.Ops {
		if op := &t.Ops[i]; op.Code.IsGuard() && int(op.Snap) == snap {
			return label >= 0 && i < label
		}
	}
	return false
}

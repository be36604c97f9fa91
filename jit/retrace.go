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
	"slices"
	"time"
	"unsafe"

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
	var sites []uint64
	if !lp.function {
		for gk, gs := range lp.guards {
			if gt := j.traces[gk.trace]; gt != nil && gs.noBridge && !gs.bridged && !gs.unbridgeable {
				if g := guardOwning(gt, gk.snap); g != nil {
					sites = append(sites, guardSite(gt, g))
				}
			}
		}
	}
	j.invalidate(th, lp, reason)
	lp.retraceGuards = sites
}

// A loop retraced by maybeRetrace is recorded again in case what the
// failing guard assumed has changed for good: a class attribute added, a
// global rebound, a branch going the other way from now on. When the new
// recording makes the same assumption at the same instruction (the same
// guard opcode, a branch taken the same way), it has not: the new code's
// guard would fail on as many entries, with no bridge to serve it again,
// and the check in shortloop.go would give the loop up after a few
// hundred more such entries. So the loop is blacklisted instead of being
// compiled again. json_loads' make_text (`'true' if seed % 3 else
// 'false'` in a loop whose bridges are mostly residual calls) was
// compiled twice and left compiled code through a guard 3 700 times
// before it was given up (docs/jit-regressions.md).

// sameGuardRetrace blacklists lp, whose recording rec made the
// assumption whose failures threw its code away, and logs it as an abort.
func (j *JIT) sameGuardRetrace(th *runtime.Thread, lp *loop, f *runtime.Frame, rec *recorder, tracing time.Duration) {
	lp.blacklisted = true
	j.aborted(th, lp, f, lp.key.pc, 0, abortf("same guard", "retraced with the guard whose failures threw the code away: it would fail on most entries again"),
		rec.t.CountOps(), tracing)
	j.recycleRecording(rec)
}

// guardSite identifies a guard across traces of one loop: its opcode,
// the instructions (code and pc of every inlined frame) its snapshot
// resumes at, and what it checks: each argument's constant value, or the
// opcode and constant operands of the op computing it (a guard_value on
// a class epoch that has moved on, or a comparison with another recorded
// length, is another site); hashed (FNV-1a), never 0.
func guardSite(t *Trace, g *Op) uint64 {
	h := uint64(14695981039346656037)
	mix := func(x uint64) { h = (h ^ x) * 1099511628211 }
	mix(uint64(g.Code))
	for _, fr := range t.Snaps[g.Snap].Frames {
		mix(uint64(uintptr(unsafe.Pointer(fr.Code))))
		mix(uint64(fr.PC))
	}
	for _, a := range g.Args {
		if a.IsConst() {
			mix(t.Const(a).Bits)
			continue
		}
		def := &t.Ops[a]
		mix(uint64(def.Code) | 1<<32)
		for _, b := range def.Args {
			if b.IsConst() {
				mix(t.Const(b).Bits)
			}
		}
	}
	return h | 1
}

// guardOwning returns the guard op of t that owns snapshot snap, or nil.
func guardOwning(t *Trace, snap int) *Op {
	for i := range t.Ops {
		if op := &t.Ops[i]; op.Code.IsGuard() && int(op.Snap) == snap {
			return op
		}
	}
	return nil
}

// recordsGuard reports whether the recorded trace t has a guard at one of
// sites.
func recordsGuard(t *Trace, sites []uint64) bool {
	if len(sites) == 0 {
		return false
	}
	for i := range t.Ops {
		if op := &t.Ops[i]; op.Code.IsGuard() && op.Snap >= 0 && slices.Contains(sites, guardSite(t, op)) {
			return true
		}
	}
	return false
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
	lp.retraceGuards = nil
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

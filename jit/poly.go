package jit

// This file defines polymorphic dispatch in traces, as PyPy does it: an
// object a loop or function receives (a loop-carried local, an argument)
// is not checked against one class when the compiled code is entered but
// by a guard_class inside the trace, so that an entry with another class
// fails that guard and, once it fails often, gets a bridge specialised to
// the new class; the next class fails the bridge's own class guard and
// gets a bridge off the bridge. Each receiver class of a dispatch loop
// (richards' scheduler over DeviceTask, HandlerTask, IdleTask, WorkTask)
// then runs compiled instead of being refused at the entry and
// interpreted, or invalidating and retracing the loop again and again.

import (
	"fmt"
	"strings"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// polyGuardInput guards the class of the object input ref (concretely v)
// where the trace first reads it. The entry slot carries no class
// (EntrySlot.Class nil): loadEntry accepts any object, and a bridge may
// jump back to the loop with an object of another class.
func (r *recorder) polyGuardInput(ref Ref, v runtime.Value) {
	if r.polyDefer {
		r.polyMarkLazy(ref)
		return
	}
	r.guard(OpGuardClass, ref, r.classConst(v.Type()))
}

// polyReadArgs makes the first n registers (a function's arguments)
// inputs of a function trace, reporting false if one is unbound. Their
// classes are guarded where the trace reads them, after every argument
// is an input: a guard on the first argument's class must have the others
// in its snapshot, or its bridge (the function called with another class)
// could not read them.
func (r *recorder) polyReadArgs(n int) bool {
	r.polyDefer = true
	defer func() { r.polyDefer = false }()
	for reg := 0; reg < n; reg++ {
		if _, _, err := r.get(r.frames[0], reg); err != nil {
			return false
		}
	}
	return true
}

// polyGuardLazy guards, at its first read, the class of an object input
// marked lazy, and unmarks it.
func (r *recorder) polyGuardLazy(ref Ref, v runtime.Value) {
	delete(r.polyLazy, ref)
	r.polyGuardInput(ref, v)
}

// polyCarryObjects makes every object bound to a local of the loop's
// frame an input of the loop trace from its start, its class guarded
// only where the trace reads it. A bridge may then read a local the
// recorded iteration never touched (the scheduler's `sched` on the path
// that runs a task, when the trace went the path that skips one), which
// would otherwise abort it ("bridge reads r0, unknown to its loop"). Ints
// and floats are left out: their entry types are checked at every entry.
func (r *recorder) polyCarryObjects() {
	fr := r.frames[0]
	for reg := 0; reg < fr.code.NumLocals && reg < len(fr.regs); reg++ {
		v := fr.regs[reg]
		if !v.IsValid() || kindOf(v) != Ptr || fr.refs[reg] != NoRef {
			continue
		}
		ref := r.t.Emit(Op{Code: OpInput, Type: Ptr})
		r.t.NumInputs++
		r.entry = append(r.entry, EntrySlot{Reg: reg, Type: Ptr})
		r.inputOf[reg] = ref
		fr.refs[reg] = ref
		r.polyMarkLazy(ref)
	}
}

// polyBridgeInputs marks a bridge's object inputs lazy: the parent may
// have carried them without ever guarding their class (polyCarryObjects),
// so the bridge guards each where it first reads it.
func (r *recorder) polyBridgeInputs() {
	for i := 0; i < r.t.NumInputs; i++ {
		if ref := r.t.Input(i); r.t.TypeOf(ref) == Ptr {
			r.polyMarkLazy(ref)
		}
	}
}

func (r *recorder) polyMarkLazy(ref Ref) {
	if r.polyLazy == nil {
		r.polyLazy = map[Ref]bool{}
	}
	r.polyLazy[ref] = true
}

// polyGuardOp is the opcode of the guard owning snapshot snap of t.
func polyGuardOp(t *Trace, snap int) Opcode {
	if op := guardOwning(t, snap); op != nil {
		return op.Code
	}
	return OpInput
}

// polyKeepRefs reports whether a loop or function trace that stores no
// ref itself and asks to keep its exits' refs (Trace.KeepRefs: its loop
// is in polyMode) can: a trace calling math functions cannot, as such a
// call may not have a ref live across it in code that keeps refs.
func polyKeepRefs(t *Trace) bool {
	for i := range t.Ops {
		if t.Ops[i].Code == OpCallF {
			return false
		}
	}
	return true
}

// polyBridgeFailed handles a bridge of lp, from the guard owning snapshot
// snap of t, that could not be made (err; opt is the bridge's optimised
// trace if it was recorded): when lp dispatches on classes and the
// bridge failed for want of something polyMode gives, lp goes to
// polyMode and its code is thrown away, to be traced again carrying
// every object local (a bridge read one the loop does not carry) and
// compiled keeping its exits' refs (the backend refuses a bridge storing
// refs on a loop whose exits do not keep them). Loops that never needed
// it (nbody's) keep their smaller snapshots and exit stubs.
func (j *JIT) polyBridgeFailed(th *runtime.Thread, lp *loop, t *Trace, snap int, err error, opt *Trace) {
	if lp.polyMode || lp.code == nil || !lp.dispatches && polyGuardOp(t, snap) != OpGuardClass {
		return
	}
	carry := opt == nil && strings.Contains(err.Error(), detailUnknownToLoop) && !lp.function
	keep := opt != nil && opt.StoresRefs()
	if !carry && !keep {
		return
	}
	lp.polyMode = true
	j.invalidate(th, lp, "polymorphic dispatch: traced again to carry its objects and keep its exits' refs")
}

// detailUnknownToLoop is (part of) the recorder's abort detail when a
// bridge reads a register its loop does not carry (record.go).
const detailUnknownToLoop = "unknown to its loop"

// polyUnbridgeable reports whether a guard of lp whose bridge recording
// aborted is left failing to the interpreter for good rather than counted
// toward retracing lp (retrace.go). It is for a loop that dispatches on
// classes (one of its class guards has a bridge): the path the guard
// leads to holds something the recorder cannot compile (richards' work
// task runs `for i in range(...)` in an inlined call), and a new trace of
// the loop would meet the same path, abort its bridge in turn, and be
// thrown away again and again until the loop is blacklisted, when the
// compiled code serves the other classes well. Other loops keep the old
// rule: a loop that leaves through such a guard on most entries (an inner
// loop of one or two iterations, fannkuch's) runs faster interpreted than
// entered and left every time. A function trace is retraced too (the
// common path of its calls flipped).
func (lp *loop) polyUnbridgeable() bool { return !lp.function && lp.dispatches }

// polyNoteBridge notes that the guard owning snapshot snap of t got a
// bridge: lp dispatches on classes if it is a guard_class.
func (lp *loop) polyNoteBridge(t *Trace, snap int) {
	if !lp.dispatches && polyGuardOp(t, snap) == OpGuardClass {
		lp.dispatches = true
	}
}

// polyClassRetries bounds how often the bridge of a guard_class is
// recorded again after its recording aborted.
const polyClassRetries = 4

// polyRetry reports whether the guard owning snapshot snap of t, whose
// bridge recording just aborted, may record one again once it has failed
// trace_eagerness more times. A guard_class fails for several classes,
// and the recording specialises on the one that happened to fail last:
// that class's path may hold something the recorder cannot compile (the
// work task's `range` loop) when the others' compile well, so the guard
// is not given up after one class. Other guards fail the same way every
// time and are given up at once.
func (gs *guardStat) polyRetry(t *Trace, snap int) bool {
	if gs.classRetries >= polyClassRetries || polyGuardOp(t, snap) != OpGuardClass {
		return false
	}
	gs.classRetries++
	gs.fails = 0
	return true
}

// polyMaxClasses is how many classes one site of a trace is specialised
// to (the trace's and its bridges' guard_class there, along one chain of
// bridges): past it the site is megamorphic and the next class gets no
// bridge, it leaves to the interpreter. PyPy keeps bridging; here a
// bound keeps the code of a loop over many classes from growing by a
// copy of the rest of the iteration per class, and the class chain,
// whose guards each class runs through in turn, short.
const polyMaxClasses = 8

// polyCheckMegamorphic marks the guard owning snapshot snap of t (its
// stats gs) as one no bridge serves, for good and without counting
// toward retracing, when it is a guard_class at a megamorphic site, and
// logs why once.
func (j *JIT) polyCheckMegamorphic(th *runtime.Thread, lp *loop, t *Trace, snap int, gs *guardStat, p Params) {
	if gs.op != OpGuardClass || gs.bridged || gs.noBridge || gs.fails <= int64(p.TraceEagerness) {
		return
	}
	n := polyClassesAt(t, snap)
	if n < polyMaxClasses {
		return
	}
	gs.noBridge, gs.unbridgeable = true, true
	sf := t.Snaps[snap].Frames[len(t.Snaps[snap].Frames)-1]
	if j.log.Wants(tracelog.KindTraceAbort) {
		j.log.Emit(&tracelog.TraceAbort{Stamp: stamp(th), Func: sf.Code.Name, Pos: posOf(sf.Code, sf.PC), Guard: gs.number,
			Reason: tracelog.AbortBridge, Detail: fmt.Sprintf("megamorphic: %d classes at this site already", n)})
	}
}

// polyClassesAt counts the classes a guard_class owning snapshot snap of
// t stands for at its site: itself and the guard_class at the same site
// (innermost code and instruction) of every trace up its chain of
// parents. It is 0 for other guards.
func polyClassesAt(t *Trace, snap int) int {
	if polyGuardOp(t, snap) != OpGuardClass {
		return 0
	}
	code, pc := polySite(t, snap)
	n := 1
	for t.Kind == BridgeTrace && t.Parent != nil {
		t, snap = t.Parent, t.ParentSnap
		if c, at := polySite(t, snap); c == code && at == pc && polyGuardOp(t, snap) == OpGuardClass {
			n++
		}
	}
	return n
}

// polySite is the innermost code and instruction of snapshot snap of t.
func polySite(t *Trace, snap int) (*runtime.Code, int) {
	fs := t.Snaps[snap].Frames
	return fs[len(fs)-1].Code, fs[len(fs)-1].PC
}

package jit

// This file defines hot function entries (PyPy's function_threshold): the
// interpreter counts calls of plain functions and reports a hot one to
// FunctionHot with the callee's new frame; the driver records the function
// from its first instruction to its RETURN (a FunctionTrace ending in
// finish, loops inside unrolled, calls inlined as in loops), compiles it,
// and later calls whose arguments have the trace's entry types run the
// compiled code on the frame. finish leaves the frame at its RETURN with
// the result in the returned register, and the call returns it without
// running the frame; a failing guard deoptimises into the frame as a loop
// guard does and the interpreter runs the rest of the call, and a guard
// failing often gets a bridge from there to the RETURN (guardFailed). A
// function calling itself aborts with reason "recursion" (the recorder
// never inlines a code object twice), three aborts blacklist it, and a
// function trace whose calls mostly leave through a guard no bridge
// serves is thrown away and retraced, a few times at most (retrace.go).

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// minFunctionInsns is the fewest bytecode instructions a function trace
// must run for its entries to pay: an entry (the call count's report,
// argument checks, the trampoline, boxing the result) costs about as much
// as interpreting this many instructions (measured on helpers of 8 to 88
// instructions called from an interpreted loop, bench/call_helpers.py).
var minFunctionInsns = 16

// functionPC is the loopKey.pc of a function's entry in JIT.loops.
const functionPC = -1

// FunctionThreshold implements runtime.JITHook: the interpreter reports a
// function every FunctionThreshold/32 calls. A function_threshold of 0
// traces a function at its first report, which comes at every call.
func (j *JIT) FunctionThreshold() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return max(j.params.FunctionThreshold, 1)
}

// FunctionHot implements runtime.JITHook: f is the new frame of
// a call of a plain function, at its first instruction.
func (j *JIT) FunctionHot(th *runtime.Thread, f *runtime.Frame) (int, error) {
	// The common case, a call of a compiled function, takes no lock and
	// one lookup.
	lp := (*loop)(f.Code.JITEntry)
	if lp != nil && lp.owner != j {
		// Code shared by two interpreters of one process (tests run
		// many): each JIT keeps its own record.
		lp = j.loops[loopKey{f.Code, functionPC}]
	}
	if lp != nil && lp.code != nil {
		if j.off.Load() {
			return 0, nil
		}
		return j.enterFunction(th, f, lp)
	}
	if lp != nil && (lp.blacklisted || lp.tracing) {
		return 0, nil
	}
	j.mu.Lock()
	p := j.params
	j.mu.Unlock()
	if p.Off || f.Func == nil || !runtime.JITInlinable(f.Func, f.Code.ArgCount) {
		return 0, nil
	}
	if lp == nil {
		lp = &loop{key: loopKey{f.Code, functionPC}, guards: map[guardKey]*guardStat{}, function: true, owner: j}
		j.loops[lp.key] = lp
		f.Code.JITEntry = unsafe.Pointer(lp)
	}
	if p.Decay > 0 {
		j.decayCounters(p.Decay)
	}
	lp.count += th.Interp.JITFunctionInterval()
	if lp.count < p.FunctionThreshold {
		return 0, nil
	}
	if j.log.Wants(tracelog.KindLoopHot) {
		j.log.Emit(&tracelog.LoopHot{Stamp: stamp(th), Func: f.Code.Name, Pos: posOf(f.Code, 0), Count: int64(lp.count)})
	}
	return j.compileFunction(th, f, lp, p)
}

// compileFunction records the call running in f from its entry and
// compiles the trace. The recording runs the call up to its RETURN (or,
// after an abort, to an instruction boundary): the interpreter resumes
// there.
func (j *JIT) compileFunction(th *runtime.Thread, f *runtime.Frame, lp *loop, p Params) (int, error) {
	rec := newRecorder(th, f, functionPC, p.TraceLimit)
	j.takeRecordingBuffers(rec)
	rec.function = true
	rec.callAsmOn = p.CallAssembler != 0
	rec.t.Kind = FunctionTrace
	rec.frames[0].pc = f.PC
	// Every argument is an input, so that every snapshot has it and a
	// bridge from any guard can read it.
	if !rec.polyReadArgs(f.Code.ArgCount) {
		j.recycleRecording(rec)
		return 0, nil
	}
	lp.tracing = true
	rec, tracing, rerr := j.record(th, f, f.PC, rec)
	lp.tracing = false
	if rerr != nil {
		resume, err := rec.finish(th, f)
		j.aborted(th, lp, f, 0, 0, rerr, rec.t.CountOps(), tracing)
		j.recycleRecording(rec)
		// The next attempt waits for another function_threshold calls:
		// a recording costs tens of microseconds, more than the call.
		lp.count = 0
		return resume, err
	}
	if n := rec.t.countInsns(); n < minFunctionInsns && rec.callAsms == 0 {
		// Entering compiled code and rebuilding the frame after it cost
		// more than interpreting so few instructions: leave the function
		// to the interpreter for good, unless the recording took the
		// short path of a function that may call itself (callasm.go).
		lp.blacklisted = p.CallAssembler == 0 || !callasmRetryShort(lp, f.Code)
		j.aborted(th, lp, f, 0, 0, abortf("unsupported", "function too short to pay for an entry (%d instructions)", n), rec.t.CountOps(), tracing)
		j.recycleRecording(rec)
		if !lp.blacklisted {
			lp.aborts--
		}
		return rec.frames[0].pc, nil
	}
	rec.t.Name = functionName(th, f.Code)
	rec.t.CallAssembler = p.CallAssembler != 0 && callasmMayRecurse(f.Code)
	if j.install(th, f, lp, rec, tracing) {
		lp.finish = newFinishExit(lp.trace, f.Code)
		j.reportNextCall(th, f.Code)
	}
	return rec.frames[0].pc, nil
}

// functionName is a function trace's location in the log,
// "prog.py:3 'def f(n)'": its first line and that line's text, or
// "def f" when the source is not at hand.
func functionName(th *runtime.Thread, c *runtime.Code) string {
	text := strings.TrimSuffix(strings.TrimSpace(th.Interp.SourceLine(c.Filename, int(c.FirstLine))), ":")
	if !strings.HasPrefix(text, "def ") && !strings.HasPrefix(text, "async def ") {
		text = "def " + c.Name
	}
	return fmt.Sprintf("%s:%d '%s'", c.Filename, c.FirstLine, text)
}

// recordFinish ends a function trace at the RETURN of R[a] in its own
// frame: finish(value), whose snapshot is the frame at the RETURN.
func (r *recorder) recordFinish(fr *recFrame, a int) error {
	ref, _, err := r.get(fr, a)
	if err != nil {
		return err
	}
	r.t.Emit(Op{Code: OpFinish, Args: []Ref{ref}, Snap: int32(r.snapshot())})
	return nil
}

// endsInFinish reports whether t is a function trace or a bridge of
// one: it ends in finish.
func endsInFinish(t *Trace) bool {
	return len(t.Ops) > 0 && t.Ops[len(t.Ops)-1].Code == OpFinish
}

// optimizeFunction optimises a function trace or a bridge of one:
// folding, with no label (the trace runs once per entry).
func optimizeFunction(src *Trace) *Trace {
	f := newFolder(src, false)
	defer f.release()
	f.emitInputs()
	f.pass()
	fin := src.Ops[len(src.Ops)-1]
	f.out.Emit(Op{Code: OpFinish, Args: f.args(&fin), Snap: f.snap(fin.Snap)})
	t := eliminateDead(f.out, f.scratch)
	t.pack()
	t.planResiduals() // recursive calls (callasm.go)
	return t
}

// finishDescr names finish's descr by the returned type, as PyPy's
// DoneWithThisFrameDescrInt/Float/Ref.
func finishDescr(t Type) string {
	switch t {
	case Float:
		return "Float"
	case Ptr:
		return "Ref"
	}
	return "Int"
}

// enterFunction runs a function's compiled code on the call's frame f, if
// the arguments have the trace's entry types, and returns where the
// interpreter resumes: 0 (not entered), the RETURN (finished), or a
// guard's instruction.
func (j *JIT) enterFunction(th *runtime.Thread, f *runtime.Frame, lp *loop) (int, error) {
	j.reportNextCall(th, f.Code)
	if lp.blacklisted { // a recursive call's result kept differing (callasm.go)
		return 0, nil
	}
	st := lp.takeState(&th.Interp.Pending)
	if !loadEntry(f, lp.entry, st.Slots) {
		lp.releaseState(st)
		return 0, nil
	}
	lp.entries++
	lp.sinceCompile++
	j.stats.Entries++
	// No clock reads here: on some machines one costs more than a short
	// function's compiled code (its time counts as the interpreter's).
	// A recursive call (callasm.go) finds the word already published: an
	// atomic store costs about as much as a short function's code.
	word := runtime.MakeProfileWord(runtime.TierJIT, uint32(lp.id), 0)
	prev := th.ProfileTier()
	if prev != word {
		th.SetProfileTier(runtime.TierJIT, uint32(lp.id), 0)
	}
	rs := residualServer{j: j, th: th, f: f, lp: lp} // recursive calls (callasm.go)
	callasmSetLimit(th, st)
	code := lp.code // a call served in Go may retrace the function
	kind := j.run(code, st, &rs)
	if prev != word {
		th.RestoreProfileTier(prev)
	}
	if st.CallDepth > 0 { // left deep in a native recursion (callasm.go)
		pc, err := j.callasmDeepExit(th, f, lp, code, st, kind)
		lp.releaseState(st)
		return pc, err
	}
	if kind == ExitResidual { // left after a recursive call (callasm.go)
		lp.releaseState(st)
		return rs.resume, rs.err
	}
	t := lp.trace
	if kind == ExitFinish && st.ExitTrace == uint64(t.ID) {
		pc := lp.finish.writeResult(f, st.Slots)
		lp.releaseState(st)
		return pc, nil
	}
	if st.ExitTrace != uint64(t.ID) {
		t = j.traces[int(st.ExitTrace)]
	}
	if kind == ExitFinish {
		pc := lp.bridgeFinishExit(t).writeResult(f, st.Slots)
		lp.releaseState(st)
		return pc, nil
	}
	snap := int(st.ExitSnap)
	if kind == ExitGuard {
		j.stats.GuardFailures++
		_, at, err := j.guardFailed(th, f, lp, t, snap, st.Slots, j.Params())
		lp.releaseState(st)
		return at, err
	}
	resume, err := restore(th, f, t, &t.Snaps[snap], st.Slots)
	lp.releaseState(st)
	return resume, err
}

// finishExit says how a function trace's finish leaves its frame: at
// the RETURN (pc) with the result in the returned register (reg, -1 if
// the RETURN reads a constant), boxed from Slots[live] by kind (an
// object's address if ptr) or, with live -1, the constant value.
type finishExit struct {
	pc, reg, live int
	kind          byte
	ptr           bool
	value         runtime.Value
}

// newFinishExit describes the finish of function trace t of code c.
func newFinishExit(t *Trace, c *runtime.Code) finishExit {
	fin := &t.Ops[len(t.Ops)-1]
	sn := &t.Snaps[fin.Snap]
	fe := finishExit{pc: sn.Frames[0].PC, reg: int(uint8(c.Insns[sn.Frames[0].PC] >> 8)), live: -1}
	if fe.reg >= c.KBase {
		fe.reg = -1
		return fe
	}
	r := fin.Args[0]
	if r.IsConst() {
		fe.value = constValue(t.Const(r))
		return fe
	}
	fe.live, fe.kind, fe.ptr = sn.liveIndex(r), t.TypeOf(r).kindByte(), t.TypeOf(r) == Ptr
	return fe
}

// writeResult leaves the frame f of a function trace that reached its
// finish at its RETURN with the result in the returned register: the
// frame is popped right after, so the other registers the snapshot
// lists need not be written back.
func (fe *finishExit) writeResult(f *runtime.Frame, slots []uint64) int {
	switch {
	case fe.reg < 0:
	case fe.live < 0:
		f.Regs[fe.reg] = fe.value
	case fe.ptr:
		f.Regs[fe.reg] = runtime.ValueFromRef(*(*unsafe.Pointer)(unsafe.Pointer(&slots[fe.live])))
	default:
		f.Regs[fe.reg] = runtime.ValueFromBits(fe.kind, slots[fe.live])
	}
	return fe.pc
}

// reportNextCall makes the interpreter report the next call of c, so that
// every call of a compiled function can enter its code (the interpreter
// reports a function when its call count is a multiple of the interval).
func (j *JIT) reportNextCall(th *runtime.Thread, c *runtime.Code) {
	c.CallCount = uint32(th.Interp.JITFunctionInterval() - 1)
}

// countInsns is the number of bytecode instructions a recorded trace ran
// (its debug_merge_points).
func (t *Trace) countInsns() int {
	n := 0
	for i := range t.Ops {
		if t.Ops[i].Code == OpDebugMergePoint {
			n++
		}
	}
	return n
}

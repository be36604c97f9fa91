package jit

// This file defines leaving compiled code (deoptimisation): rebuilding the
// interpreter's frames from a snapshot and the raw values an exit left in
// State.Slots. The loop's own frame gets the snapshot's registers written
// back; frames of inlined calls are run to their return by the runtime
// (JITResumeFrame), innermost first, each result going to the register its
// caller's call instruction names, and the loop frame resumes at the
// snapshot's instruction.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// pendingFrame is an inlined call frame to finish in the interpreter.
type pendingFrame struct {
	fn        *runtime.Function
	pc        int
	regs      []runtime.Value
	resultReg int // where this frame's inner call's result goes (-1: innermost)
	initCall  bool
}

// boxer turns IR values of an exit into interpreter Values.
type boxer struct {
	t     *Trace
	sn    *Snapshot
	slots []uint64
}

func (b *boxer) value(r Ref) runtime.Value {
	if r == NoRef {
		return runtime.Value{}
	}
	if r.IsConst() {
		return constValue(b.t.Const(r))
	}
	k := b.sn.liveIndex(r)
	typ := b.t.TypeOf(r)
	if typ == Ptr {
		return runtime.ValueFromRef(*(*unsafe.Pointer)(unsafe.Pointer(&b.slots[k])))
	}
	return runtime.ValueFromBits(typ.kindByte(), b.slots[k])
}

// constValue is the interpreter Value of a trace constant.
func constValue(c *Const) runtime.Value {
	if c.Type == Ptr {
		return runtime.ValueFromRef(c.Ptr)
	}
	return runtime.ValueFromBits(c.Type.kindByte(), c.Bits)
}

// restore rebuilds the interpreter state described by snapshot sn of t,
// whose Live values are in slots, into the loop frame f. It returns the
// instruction at which f resumes; with an error (raised while finishing
// an inlined call), the instruction after the call that raised.
func restore(th *runtime.Thread, f *runtime.Frame, t *Trace, sn *Snapshot, slots []uint64) (int, error) {
	if snapHasGen(sn) {
		return genRestore(th, f, t, sn, slots)
	}
	b := restoreLoopFrame(f, t, sn, slots)
	outer := &sn.Frames[0]
	if len(sn.Frames) == 1 {
		return outer.PC, nil
	}
	pending := make([]pendingFrame, 0, len(sn.Frames)-1)
	for i := 1; i < len(sn.Frames); i++ {
		sf := &sn.Frames[i]
		regs := make([]runtime.Value, sf.Code.KBase)
		for _, sl := range sf.Slots {
			regs[sl.Reg] = b.value(sl.Ref)
		}
		pending = append(pending, pendingFrame{fn: sf.Func, pc: sf.PC, regs: regs, resultReg: sf.ResultReg, initCall: sf.InitCall})
	}
	return finishInlined(th, f, outer.PC, outer.ResultReg, pending)
}

// restoreLoopFrame writes the registers snapshot sn gives the loop frame
// f (the first of its frames) and returns the boxer of its values. The
// boxer is a value, not a pointer: every exit comes here, and a heap
// boxer per exit was most of the garbage of a loop entered often
// (docs/jit-heapq.md).
func restoreLoopFrame(f *runtime.Frame, t *Trace, sn *Snapshot, slots []uint64) boxer {
	b := boxer{t: t, sn: sn, slots: slots}
	for _, sl := range sn.Frames[0].Slots {
		f.Regs[sl.Reg] = b.value(sl.Ref)
	}
	listMaterialiseIters(f, sn, &b)
	return b
}

// addInlinedFrames gives a bridge recorder starting from snapshot sn of
// parent (whose exit values are in slots) the snapshot's inlined frames,
// so that the bridge records from inside the innermost one: each frame's
// registers are bound to the bridge's inputs (or constants) and hold the
// exit's values; the loop frame waits for the outermost call's result.
func (r *recorder) addInlinedFrames(parent *Trace, sn *Snapshot, slots []uint64) {
	if len(sn.Frames) == 1 {
		return
	}
	b := &boxer{t: parent, sn: sn, slots: slots}
	r.frames[0].resultReg = sn.Frames[0].ResultReg
	for i := 1; i < len(sn.Frames); i++ {
		sf := &sn.Frames[i]
		if sf.Gen {
			r.genBridgeFrame(parent, sn, sf, b)
			continue
		}
		fn := sf.Func
		code := sf.Code
		fr := &recFrame{code: code, fn: fn, globals: fn.Globals, builtins: fn.Builtins,
			regs: make([]runtime.Value, code.NumRegs), refs: make([]Ref, code.NumRegs), pc: sf.PC, resultReg: sf.ResultReg, initCall: sf.InitCall}
		for k := range fr.refs {
			fr.refs[k] = NoRef
		}
		copy(fr.regs[code.KBase:], code.KVals)
		for _, sl := range sf.Slots {
			fr.refs[sl.Reg] = r.slotRef(parent, sn, sl)
			fr.regs[sl.Reg] = b.value(sl.Ref)
		}
		r.frames = append(r.frames, fr)
	}
}

// finishInlined runs the pending inlined frames (outermost first in
// frames) to their returns and stores the outermost one's result in
// register resultReg of the loop frame f, which resumes at pc (the
// instruction after its call). An exception a frame raises unwinds
// through its callers as it would have in the interpreter.
func finishInlined(th *runtime.Thread, f *runtime.Frame, pc, resultReg int, frames []pendingFrame) (int, error) {
	// While the inlined frames run, the loop frame is in its call: its PC
	// says so, as the interpreter's would (a collection that clears dead
	// temporaries reads the frame's state from it).
	f.PC = pc
	var v runtime.Value
	var err error
	for k := len(frames) - 1; k >= 0; k-- {
		fr := frames[k]
		if k < len(frames)-1 && err == nil {
			fr.regs[fr.resultReg] = v
		}
		v, err = th.JITResumeFrame(fr.fn, fr.pc, fr.regs, err)
		if fr.initCall && err == nil {
			v, err = initCallResult(v, f, resultReg, frames[:k])
		}
	}
	if err != nil {
		return pc, err
	}
	f.Regs[resultReg] = v
	return pc, nil
}

// finishRecording leaves the interpreter consistent after a recording
// stopped: inlined frames still open are finished; it returns where the
// loop frame resumes.
func (r *recorder) finish(th *runtime.Thread, f *runtime.Frame) (int, error) {
	if r.raised != nil { // a residual instruction ran and raised (record_residual.go)
		return r.raisedPC, r.raised
	}
	outer := r.frames[0]
	if len(r.frames) == 1 {
		return outer.pc, nil
	}
	if r.genActive() {
		return r.genFinish(th, f)
	}
	pending := make([]pendingFrame, 0, len(r.frames)-1)
	for _, fr := range r.frames[1:] {
		pending = append(pending, pendingFrame{fn: fr.fn, pc: fr.pc, regs: fr.regs[:fr.code.KBase], resultReg: fr.resultReg, initCall: fr.initCall})
	}
	return finishInlined(th, f, outer.pc, outer.resultReg, pending)
}

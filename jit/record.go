package jit

// This file defines the recorder (LuaJIT's lj_record.c): it executes one
// iteration of a hot loop's bytecode itself, on the interpreter's frame,
// computing concrete values with the runtime's semantics while emitting IR
// specialised on the types it observes, with a guard for every assumption.
// It supports the subset of issue 7 (int and float arithmetic, compares
// and branches, while and for-range loops, globals, len, list items, calls
// of small Python functions, inlined, and math functions); on anything else
// it aborts with a reason, leaving the frame at an instruction boundary for
// the interpreter to continue. Snapshots are taken before each
// instruction's effects, so a failing guard re-executes that instruction
// in the interpreter (which then handles a big int, an exception, ...).

import (
	"fmt"
	"math"
	"sort"
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
)

// maxInlineDepth bounds the inlined call frames of a trace.
const maxInlineDepth = 6

// refUnbound marks a register the trace unbound (a snapshot unbinds it).
const refUnbound Ref = NoRef + 1

// abortError is why recording stopped, or why a recording was not
// compiled. reason is one of the tracelog reasons ("unsupported", "too
// long", "type unstable", "loop exit", "recursion", "same guard"); detail
// says what.
type abortError struct{ reason, detail string }

func (e *abortError) Error() string { return e.reason + ": " + e.detail }

func abortf(reason, format string, args ...any) error {
	return &abortError{reason, fmt.Sprintf(format, args...)}
}

// EntrySlot says which frame register feeds a trace input and what it must
// hold for the trace to be entered: the driver checks it in Go.
type EntrySlot struct {
	Reg   int
	Type  Type
	Class *runtime.Type // for Ptr inputs, the exact type of the object; nil (what the recorder makes): any object, the trace guards its class (poly.go)
}

// recFrame is a frame being recorded: the loop's own frame (concrete
// registers are the real ones) or an inlined call (its own registers).
type recFrame struct {
	code      *runtime.Code
	fn        *runtime.Function // nil for the loop's frame
	globals   *runtime.Dict
	builtins  *runtime.Dict
	regs      []runtime.Value // concrete values
	refs      []Ref           // IR value per register; NoRef: not read yet (loop frame) or unbound
	pc        int
	resultReg int // while a call is inlined: the register receiving its result
	// moduleNames: the frame is module code, whose LOADNAME and STORENAME
	// use its globals (record_name.go).
	moduleNames bool
	// initCall: the frame is the inlined __init__ of a class call
	// (record_alloc.go).
	initCall bool
	// gen: the frame is a generator's, resumed by its parent's FORITER
	// (record_gen.go).
	gen *recGen
}

// recorder records one trace.
type recorder struct {
	th     *runtime.Thread
	t      *Trace
	frames []*recFrame
	header int // the loop header in frames[0]
	// backEdge is the instruction that closed the trace (its jump to the
	// header): its line is the loop statement's (the condition of a while).
	backEdge int
	limit    int
	bridge   bool
	// function: the trace is a function's, from its entry to its return
	// (entry.go); header is -1.
	function bool

	entry []EntrySlot // one per input, in input order
	// loopEntry, for a bridge, describes the inputs of the loop it
	// jumps back to.
	loopEntry []EntrySlot
	inputOf   map[int]Ref       // loop-frame register → its input
	written   map[int]bool      // loop-frame registers the trace wrote
	ext       int               // pending EXT prefix
	closeAt   func(pc int) bool // whether a jump to pc closes the trace
	// nameKeysGuarded: the trace has guarded the module globals' key set
	// (record_name.go).
	nameKeysGuarded bool
	// frame is the interpreter's frame of the loop (frames[0] runs on its
	// registers); residual calls run their instruction on it.
	frame *runtime.Frame
	// residuals counts the residual calls recorded (record_residual.go);
	// residualCost is the residual_cost parameter.
	residuals, residualCost int
	// callAsms counts the recursive calls kept as calls of the function's
	// own compiled code (callasm.go); assembling is set while one records.
	callAsms   int
	assembling bool
	// callAsmOn is the call_assembler parameter.
	callAsmOn bool
	// raised is the exception a residual instruction raised while
	// recording, raisedPC the resume PC that blames it (finish).
	raised   error
	raisedPC int
	// lists: virtual list slices (record_list.go).
	lists listRecState
	// polyLazy holds the object inputs whose class is guarded where the
	// trace first reads them (poly.go).
	polyLazy map[Ref]bool
	// polyDefer: new object inputs are marked lazy instead of guarded.
	polyDefer bool
	// fresh: the objects the trace allocated (record_alloc.go).
	fresh map[Ref]*freshObj
	// genUsed: the trace resumes a generator; genExhausted: the recording
	// stopped at the return of the loop's generator (record_gen.go).
	genUsed, genExhausted bool
	// strChars: the byte each str_char of the trace was made from
	// (record_str.go).
	strChars map[Ref]Ref
	// slabs hold the frames, slots and live lists of the snapshots
	// (record_buffers.go).
	slabs snapSlabs
}

// newRecorder starts recording a loop at header in f.
func newRecorder(th *runtime.Thread, f *runtime.Frame, header, limit int) *recorder {
	r := &recorder{th: th, t: &Trace{Kind: LoopTrace}, header: header, limit: limit,
		inputOf: map[int]Ref{}, written: map[int]bool{}, frame: f, residualCost: DefaultParams().ResidualCost}
	fr := &recFrame{code: f.Code, globals: f.Globals, builtins: f.Builtins, regs: f.Regs, pc: header, resultReg: -1,
		moduleNames: nameModuleFrame(f)}
	fr.refs = make([]Ref, len(f.Regs))
	for i := range fr.refs {
		fr.refs[i] = NoRef
	}
	r.frames = []*recFrame{fr}
	return r
}

// newBridgeRecorder starts recording a bridge from the guard owning
// snapshot snap of parent, whose exit has just been restored into f: its
// inputs are the snapshot's Live values, and it ends at the loop header
// with a jump to the loop's entry (described by loopEntry).
func newBridgeRecorder(th *runtime.Thread, f *runtime.Frame, parent *Trace, snap int, header, limit int, loopEntry []EntrySlot) *recorder {
	sn := &parent.Snaps[snap]
	r := newRecorder(th, f, header, limit)
	r.bridge = true
	r.t.Kind, r.t.Parent, r.t.ParentSnap = BridgeTrace, parent, snap
	r.loopEntry = loopEntry
	fr := r.frames[0]
	fr.pc = sn.Frames[0].PC
	for _, lr := range sn.Live {
		r.t.Emit(Op{Code: OpInput, Type: parent.TypeOf(lr)})
		r.t.NumInputs++
	}
	for _, sl := range sn.Frames[0].Slots {
		fr.refs[sl.Reg] = r.slotRef(parent, sn, sl)
	}
	r.listBridgeIters(parent, sn)
	r.polyBridgeInputs()
	return r
}

// slotRef is the value, in a bridge recorded from snapshot sn of parent,
// of one of the snapshot's slots: unbound, a constant of parent copied
// over, or the bridge input the exit fills from the snapshot's Live.
func (r *recorder) slotRef(parent *Trace, sn *Snapshot, sl SnapSlot) Ref {
	switch {
	case sl.Ref == NoRef:
		return refUnbound
	case sl.Ref.IsConst():
		return r.t.AddConst(*parent.Const(sl.Ref))
	}
	return r.t.Input(sn.liveIndex(sl.Ref))
}

func (r *recorder) top() *recFrame { return r.frames[len(r.frames)-1] }

// run records until the loop closes (nil) or recording aborts. Either
// way the loop frame is left at an instruction boundary (frames[0].pc)
// with its registers as the interpreter expects; inlined frames left
// over are finished by the caller (finishInlined).
func (r *recorder) run() error {
	for {
		if len(r.t.Ops) > r.limit {
			return abortf("too long", "more than %d ops", r.limit)
		}
		closed, err := r.step(r.top())
		if err != nil {
			r.allocAborted()
		}
		if err != nil || closed {
			return err
		}
	}
}

// getPair is get of the two operand registers a and b of an instruction.
func (r *recorder) getPair(fr *recFrame, a, b int) (x Ref, xv runtime.Value, y Ref, yv runtime.Value, err error) {
	if x, xv, err = r.get(fr, a); err != nil {
		return
	}
	y, yv, err = r.get(fr, b)
	return
}

// get returns the IR value and concrete value of register reg.
func (r *recorder) get(fr *recFrame, reg int) (Ref, runtime.Value, error) {
	if reg >= fr.code.KBase {
		v := fr.code.KVals[reg-fr.code.KBase]
		return r.constOf(v), v, nil
	}
	ref := fr.refs[reg]
	v := fr.regs[reg]
	if ref == NoRef && fr.gen != nil && v.IsValid() {
		return r.genLoad(fr, reg, v)
	}
	if ref == refUnbound || (ref == NoRef && fr != r.frames[0]) || !v.IsValid() {
		return NoRef, v, abortf("unsupported", "unbound register r%d", reg)
	}
	if ref == refListVirtual || ref == refListIter {
		return NoRef, v, abortf("unsupported", "a virtual list slice in r%d escapes", reg)
	}
	if ref != NoRef {
		if r.polyLazy[ref] {
			r.polyGuardLazy(ref, v)
		}
		return ref, v, nil
	}
	if r.bridge {
		return NoRef, v, abortf("unsupported", "bridge reads r%d, unknown to its loop", reg)
	}
	typ := kindOf(v)
	es := EntrySlot{Reg: reg, Type: typ}
	ref = r.t.Emit(Op{Code: OpInput, Type: typ})
	r.t.NumInputs++
	r.entry = append(r.entry, es)
	r.inputOf[reg] = ref
	fr.refs[reg] = ref
	if typ == Ptr {
		r.polyGuardInput(ref, v) // poly.go: the class is guarded in the trace, not at entry
	}
	return ref, v, nil
}

// set writes register reg of fr, in IR and concretely.
func (r *recorder) set(fr *recFrame, reg int, ref Ref, v runtime.Value) {
	fr.refs[reg] = ref
	fr.regs[reg] = v
	if fr == r.frames[0] {
		r.written[reg] = true
	}
	if fr.gen != nil {
		fr.gen.written[reg] = true
	}
}

// kindOf is the IR type a concrete value is specialised to.
func kindOf(v runtime.Value) Type {
	switch {
	case v.IsSmallInt():
		return Int
	case v.IsFloat():
		return Float
	case v.IsBool():
		return Bool
	}
	return Ptr
}

// constOf returns the IR constant of a concrete value.
func (r *recorder) constOf(v runtime.Value) Ref {
	switch kindOf(v) {
	case Int:
		return r.t.ConstInt(v.SmallInt())
	case Float:
		return r.t.ConstFloat(v.AsFloat())
	case Bool:
		return r.t.ConstBool(v.IsTrue())
	}
	return r.t.ConstObj(v.Pointer(), v, "")
}

// emit appends a non-guard op.
func (r *recorder) emit(code Opcode, typ Type, args ...Ref) Ref {
	return r.t.Emit(Op{Code: code, Type: typ, Args: args})
}

// guard appends a guard whose snapshot is the state before the current
// instruction of the innermost frame.
func (r *recorder) guard(code Opcode, args ...Ref) {
	r.t.Emit(Op{Code: code, Args: args, Snap: int32(r.snapshot())})
}

// snapshot records the current state and returns its index.
func (r *recorder) snapshot() int {
	if k := r.listSnapshot(); k >= 0 {
		return k
	}
	// The frames, slots and live list are cut from the recording's slabs
	// (record_buffers.go), each capped at its length.
	var sn Snapshot
	b := &r.slabs
	frames0, allSlots0 := len(b.frames), len(b.slots)
	for i, fr := range r.frames {
		sf := SnapFrame{Code: fr.code, Func: fr.fn, PC: fr.pc, ResultReg: fr.resultReg, InitCall: fr.initCall, Gen: fr.gen != nil}
		if i == len(r.frames)-1 {
			sf.ResultReg = -1
		}
		slots0 := len(b.slots)
		for reg := 0; reg < fr.code.KBase && reg < len(fr.refs); reg++ {
			if fr.gen != nil && fr.gen.clean(fr, reg) {
				continue // the generator's frame holds it (record_gen.go)
			}
			switch ref := fr.refs[reg]; {
			case ref == refListVirtual: // a consumed virtual: a dead temporary
			case ref == refListIter:
				sn.ListIters = append(sn.ListIters, r.listSnapIter(reg))
			case ref == refUnbound:
				b.slots = append(b.slots, SnapSlot{Reg: int32(reg), Ref: NoRef})
			case ref != NoRef:
				b.slots = append(b.slots, SnapSlot{Reg: int32(reg), Ref: ref})
			}
		}
		if n := len(b.slots); n > slots0 {
			sf.Slots = b.slots[slots0:n:n]
		}
		b.frames = append(b.frames, sf)
	}
	n := len(b.frames)
	sn.Frames = b.frames[frames0:n:n]
	sn.Live = b.liveRoom(len(b.slots) - allSlots0 + 2*len(sn.ListIters))
	sn.computeLive()
	b.live = b.live[:len(b.live)+len(sn.Live)]
	sn.Live = sn.Live[:len(sn.Live):len(sn.Live)]
	r.t.Snaps = append(r.t.Snaps, sn)
	return len(r.t.Snaps) - 1
}

// location is the debug_merge_point text of fr's instruction at pc.
func location(fr *recFrame, pc int, op compile.Opcode) string {
	c := fr.code
	return fmt.Sprintf("%s;%s:%d-%d~#%d %s", c.Name, c.Filename, c.FirstLine, c.Line(pc), pc, op)
}

// step records the instruction at fr.pc and executes it. closed reports
// that the trace reached its end (a jump to the loop header).
func (r *recorder) step(fr *recFrame) (closed bool, err error) {
	insns := fr.code.Insns
	pc := fr.pc
	w := insns[pc]
	op := compile.Opcode(w)
	a, b, c := int(uint8(w>>8)), int(uint8(w>>16)), int(uint8(w>>24))
	if op != compile.EXT {
		r.t.Emit(Op{Code: OpDebugMergePoint, Pos: location(fr, pc, op), Aux: int64(len(r.frames) - 1)})
	}
	if err := r.listCheckStep(fr, op); err != nil {
		return false, err
	}
	next := pc + 1
	if op.HasExtraWord() {
		next++
	}
	switch op {
	case compile.NOP:
	case compile.EXT:
		r.ext = int(w >> 8)
		fr.pc = next
		return false, nil
	case compile.MOVE:
		ref, v, err := r.get(fr, b)
		if err != nil {
			return false, err
		}
		r.set(fr, a, ref, v)
	case compile.LOADK:
		v := fr.code.Consts[int(w>>16)|r.ext<<16]
		r.set(fr, a, r.constOf(v), v)
	case compile.LOADNONE:
		r.set(fr, a, r.constOf(runtime.None), runtime.None)
	case compile.LOADTRUE:
		r.set(fr, a, r.t.ConstBool(true), runtime.True)
	case compile.LOADFALSE:
		r.set(fr, a, r.t.ConstBool(false), runtime.False)
	case compile.CHECKLOCAL:
		if _, _, err := r.get(fr, a); err != nil {
			return false, err
		}
	case compile.LOADGLOBAL:
		if err := r.loadGlobal(fr, a, fr.code.Names[int(w>>16)|r.ext<<16]); err != nil {
			return false, err
		}
	case compile.LOADNAME:
		if err := r.loadName(fr, a, fr.code.Names[int(w>>16)|r.ext<<16]); err != nil {
			return false, err
		}
	case compile.STORENAME:
		if err := r.storeName(fr, a, fr.code.Names[int(w>>16)|r.ext<<16]); err != nil {
			return false, err
		}
	case compile.ADD, compile.SUB, compile.MUL, compile.TRUEDIV, compile.MOD, compile.RSHIFT,
		compile.OR, compile.XOR, compile.AND, compile.FLOORDIV,
		compile.IADD, compile.ISUB, compile.IMUL, compile.ITRUEDIV, compile.IMOD, compile.IRSHIFT,
		compile.IOR, compile.IXOR, compile.IAND, compile.IFLOORDIV:
		bop := runtime.BinaryOp(op - compile.ADD)
		if op >= compile.IADD {
			bop = runtime.BinaryOp(op - compile.IADD)
		}
		x, xv, y, yv, err := r.getPair(fr, b, c)
		if err != nil {
			return false, err
		}
		if r.t.TypeOf(x) == Ptr || r.t.TypeOf(y) == Ptr {
			return false, r.stepDone(fr, next, r.stepResidual(fr, op, a, b, c, next))
		}
		ref, v, err := r.binary(bop, x, y, xv, yv)
		if err != nil {
			return false, err
		}
		r.set(fr, a, ref, v)
	case compile.LSHIFT, compile.ILSHIFT:
		if err := r.recordShift(fr, a, b, c); err != nil {
			return false, err
		}
	case compile.NEG, compile.POS, compile.INVERT, compile.NOT:
		x, xv, err := r.get(fr, b)
		if err != nil {
			return false, err
		}
		ref, v, err := r.unary(op, x, xv)
		if err != nil {
			return false, err
		}
		r.set(fr, a, ref, v)
	case compile.LT, compile.LE, compile.EQ, compile.NE, compile.GT, compile.GE:
		x, xv, y, yv, err := r.getPair(fr, b, c)
		if err != nil {
			return false, err
		}
		if r.t.TypeOf(x) == Ptr || r.t.TypeOf(y) == Ptr {
			if ref, t, ok := r.strCompare(runtime.CompareOp(op-compile.LT), x, y, xv, yv); ok {
				r.set(fr, a, ref, runtime.Bool(t))
				break
			}
			return false, r.stepDone(fr, next, r.stepResidual(fr, op, a, b, c, next))
		}
		ref, t, err := r.compare(runtime.CompareOp(op-compile.LT), x, y, xv, yv)
		if err != nil {
			return false, err
		}
		r.set(fr, a, ref, runtime.Bool(t))
	case compile.JLT, compile.JLE, compile.JEQ, compile.JNE, compile.JGT, compile.JGE:
		x, xv, y, yv, err := r.getPair(fr, a, b)
		if err != nil {
			return false, err
		}
		if ref, t, ok := r.strCompare(runtime.CompareOp(op-compile.JLT), x, y, xv, yv); ok {
			r.branch(ref, t)
			if t == (c != 0) {
				return r.jump(fr, int(insns[pc+1]))
			}
			break
		}
		if r.t.TypeOf(x) == Ptr || r.t.TypeOf(y) == Ptr {
			taken, err := r.branchResidual(fr, op, a, b, c, next)
			if err != nil || !taken {
				return false, r.stepDone(fr, next, err)
			}
			r.ext = 0
			return r.jump(fr, int(insns[pc+1]))
		}
		ref, t, err := r.compare(runtime.CompareOp(op-compile.JLT), x, y, xv, yv)
		if err != nil {
			return false, err
		}
		r.branch(ref, t)
		if t == (c != 0) {
			return r.jump(fr, int(insns[pc+1]))
		}
	case compile.JMP:
		return r.jump(fr, int(w>>8))
	case compile.JT, compile.JF:
		x, xv, err := r.get(fr, a)
		if err != nil {
			return false, err
		}
		ref, t, err := r.truth(x, xv)
		if isUnsupported(err) {
			taken, err := r.branchResidual(fr, op, a, b, c, next)
			if err != nil || !taken {
				return false, r.stepDone(fr, next, err)
			}
			r.ext = 0
			return r.jump(fr, int(insns[pc+1]))
		}
		if err != nil {
			return false, err
		}
		r.branch(ref, t)
		if t == (op == compile.JT) {
			return r.jump(fr, int(insns[pc+1]))
		}
	case compile.JNONE:
		x, xv, err := r.get(fr, a)
		if err != nil {
			return false, err
		}
		if r.t.TypeOf(x) == Ptr {
			if r.recordJumpNone(x, xv, b != 0) {
				return r.jump(fr, int(insns[pc+1]))
			}
			break
		}
		if b == 0 { // "is not None" holds for a number
			return r.jump(fr, int(insns[pc+1]))
		}
	case compile.GETITER:
		if isGenerator(fr.regs[b]) && b < fr.code.KBase {
			if err := r.genGetIter(fr, a, b); err != nil {
				return false, err
			}
			break
		}
		if handled, err := r.listGetIter(fr, a, b); err != nil || !handled {
			if err == nil {
				err = abortf("unsupported", "%s", op)
			}
			return false, err
		}
	case compile.FORITER:
		if isGenerator(fr.regs[b]) && b < fr.code.KBase {
			return false, r.genForIter(fr, b)
		}
		handled, done, err := r.listForIter(fr, a, b)
		if !handled && err == nil {
			done, err = r.forIter(fr, a, b)
		}
		if err != nil {
			return false, err
		}
		if done {
			return r.jump(fr, int(insns[pc+1]))
		}
	case compile.CALL:
		return false, r.orResidual(fr, op, a, b, c, next, r.call(fr, a, b+1, c, b, next))
	case compile.CALLMETHOD:
		if self := fr.regs[b+1]; self.IsValid() {
			return false, r.orResidual(fr, op, a, b, c, next, r.call(fr, a, b+1, c+1, b, next))
		}
		return false, r.orResidual(fr, op, a, b, c, next, r.call(fr, a, b+2, c, b, next))
	case compile.GETMETHOD:
		name := fr.code.Names[c|r.ext<<8]
		if _, xv, _ := r.get(fr, b); xv.IsValid() && xv.Type() != runtime.ModuleType {
			if err := r.getMethod(fr, a, b, name); err != nil {
				if !isUnsupported(err) {
					return false, err
				}
				if err := r.getMethodBuiltin(fr, a, b, name); err != nil {
					return false, err
				}
			}
			break
		}
		if err := r.getModuleAttr(fr, a, b, name); err != nil {
			return false, err
		}
	case compile.GETATTR:
		if err := r.getAttr(fr, a, b, fr.code.Names[c|r.ext<<8]); err != nil {
			return false, r.orResidual(fr, op, a, b, c, next, err)
		}
	case compile.YIELD:
		if fr.gen == nil {
			return false, abortf("unsupported", "%s", op)
		}
		return false, r.genYield(fr, a, b)
	case compile.RETURN:
		if fr.gen != nil {
			return false, r.genReturn(fr, a)
		}
		if len(r.frames) == 1 && r.function {
			return true, r.recordFinish(fr, a)
		}
		if len(r.frames) == 1 {
			return false, abortf("loop exit", "return from the loop's function")
		}
		ref, v, err := r.get(fr, a)
		if err != nil {
			return false, err
		}
		if fr.initCall {
			return false, r.allocInitReturn(ref, v)
		}
		r.frames = r.frames[:len(r.frames)-1]
		parent := r.top()
		r.set(parent, parent.resultReg, ref, v)
		parent.resultReg = -1
		return false, nil
	case compile.GETITEM:
		if handled, err := r.listGetItem(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if handled, err := r.strIndex(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if handled, err := r.dequeGetItem(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if handled, err := r.dictGetItem(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if err := r.getItem(fr, a, b, c); err != nil {
			return false, r.orResidual(fr, op, a, b, c, next, err)
		}
	case compile.SETITEM:
		if handled, err := r.listSetItem(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if handled, err := r.dictSetItem(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if err := r.setItem(fr, a, b, c); err != nil {
			return false, r.orResidual(fr, op, a, b, c, next, err)
		}
	case compile.SLICE:
		if handled, err := r.recordSlice(fr, a, b, c); err != nil || !handled {
			if err == nil {
				err = r.stepResidual(fr, op, a, b, c, next)
			}
			return false, r.stepDone(fr, next, err)
		}
	case compile.LEN:
		if err := r.length(fr, a, b); err != nil {
			return false, err
		}
	case compile.UNPACK:
		if err := r.unpack(fr, a, b, c); err != nil {
			return false, err
		}
	case compile.SETATTR:
		if err := r.setAttr(fr, a, b, fr.code.Names[c|r.ext<<8]); err != nil {
			return false, r.orResidual(fr, op, a, b, c, next, err)
		}
	case compile.LISTAPPEND:
		if err := r.listAppend(fr, a, b); err != nil {
			return false, r.orResidual(fr, op, a, b, c, next, err)
		}
	case compile.LOADDEREF:
		if err := r.loadDeref(fr, a, b); err != nil {
			return false, err
		}
	case compile.IN, compile.NOTIN:
		handled, err := r.strContains(fr, a, b, c, op == compile.NOTIN)
		if !handled && err == nil {
			handled, err = r.dictContains(fr, a, b, c, op == compile.NOTIN)
		}
		if !handled && err == nil {
			err = r.stepResidual(fr, op, a, b, c, next)
			return false, r.stepDone(fr, next, err)
		}
		if err != nil {
			return false, err
		}
	case compile.IS, compile.ISNOT:
		if err := r.recordIs(fr, a, b, c, op == compile.ISNOT); err != nil {
			return false, err
		}
	case compile.POW:
		if handled, err := r.recordPow(fr, a, b, c); handled {
			if err != nil {
				return false, err
			}
			break
		}
		if err := r.sqrtPow(fr, a, b, c); err != nil {
			return false, err
		}
	default:
		if runtime.JITResidualOps[op] {
			return false, r.stepDone(fr, next, r.stepResidual(fr, op, a, b, c, next))
		}
		return false, abortf("unsupported", "%s", op)
	}
	r.ext = 0
	fr.pc = next
	return false, nil
}

// orResidual records the instruction as a residual call when its
// specialised recording gave up as unsupported (or recursive) before
// emitting or running anything: err is that recording's result.
func (r *recorder) orResidual(fr *recFrame, op compile.Opcode, a, b, c, next int, err error) error {
	if err == nil {
		return nil
	}
	ae, ok := err.(*abortError)
	if !ok || ae.reason != "unsupported" && ae.reason != "recursion" {
		return err
	}
	if rerr := r.stepResidual(fr, op, a, b, c, next); rerr != nil {
		if re, ok := rerr.(*abortError); ok && r.raised == nil && re.reason == "unsupported" && re.detail != ae.detail {
			return abortf(ae.reason, "%s; as a residual call: %s", ae.detail, re.detail)
		}
		return rerr
	}
	return r.stepDone(fr, next, nil)
}

// stepDone finishes a step recorded by a helper: on success the frame
// moves to the next instruction.
func (r *recorder) stepDone(fr *recFrame, next int, err error) error {
	if err != nil {
		return err
	}
	r.ext = 0
	fr.pc = next
	return nil
}

// jump moves fr to target; a jump to the loop header in the loop frame
// closes the trace.
func (r *recorder) jump(fr *recFrame, target int) (bool, error) {
	r.ext = 0
	from := fr.pc
	fr.pc = target
	if fr == r.frames[0] && len(r.frames) == 1 && target == r.header {
		r.backEdge = from
		return true, r.close()
	}
	return false, nil
}

// branch guards the direction a branch took.
func (r *recorder) branch(cond Ref, taken bool) {
	if taken {
		r.guard(OpGuardTrue, cond)
	} else {
		r.guard(OpGuardFalse, cond)
	}
}

// close ends a loop trace with the jump back to its header. Every local
// variable of the loop frame the iteration wrote becomes loop-carried (an
// input),
// so that an exit anywhere in a later iteration writes back values from
// that iteration, and earlier snapshots learn about them.
func (r *recorder) close() error {
	if err := r.checkResidualCost(); err != nil {
		return err
	}
	if err := r.genYieldingLoop(); err != nil {
		return err
	}
	if r.bridge {
		// A local the bridge wrote must reach the loop, whose exits write
		// back only the registers it carries.
		carried := map[int]bool{}
		for _, es := range r.loopEntry {
			carried[es.Reg] = true
		}
		for reg := range r.written {
			if reg < r.frames[0].code.NumLocals && !carried[reg] {
				return abortf("type unstable", "bridge writes %s, which its loop does not carry", r.frames[0].code.Varnames[reg])
			}
		}
		args, err := r.jumpArgs(r.loopEntry)
		if err != nil {
			return err
		}
		r.t.Emit(Op{Code: OpJump, Args: args, Aux: 0, Snap: int32(r.snapshot())})
		return nil
	}
	fr := r.frames[0]
	regs := make([]int, 0, len(r.written))
	for reg := range r.written {
		regs = append(regs, reg)
	}
	sort.Ints(regs)
	var unbound []int
	for _, reg := range regs {
		if _, ok := r.inputOf[reg]; ok {
			continue
		}
		if reg >= fr.code.NumLocals {
			// A temporary lives within one statement: after an exit the
			// interpreter writes it again before reading it.
			continue
		}
		ref := fr.refs[reg]
		if ref == refUnbound {
			unbound = append(unbound, reg)
			continue
		}
		typ := r.t.TypeOf(ref)
		es := EntrySlot{Reg: reg, Type: typ} // written before read: no class to guard (poly.go)
		in := r.t.Emit(Op{Code: OpInput, Type: typ})
		r.t.NumInputs++
		r.entry = append(r.entry, es)
		r.inputOf[reg] = in
	}
	// Earlier snapshots: a carried register not yet written at that point
	// holds its value from the start of the iteration.
	for i := range r.t.Snaps {
		sf := &r.t.Snaps[i].Frames[0]
		have := map[int]bool{}
		for _, sl := range sf.Slots {
			have[int(sl.Reg)] = true
		}
		for reg, in := range r.inputOf {
			if !have[reg] {
				sf.Slots = append(sf.Slots, SnapSlot{Reg: int32(reg), Ref: in})
			}
		}
		for _, reg := range unbound {
			if !have[reg] {
				sf.Slots = append(sf.Slots, SnapSlot{Reg: int32(reg), Ref: NoRef})
			}
		}
		sort.Slice(sf.Slots, func(x, y int) bool { return sf.Slots[x].Reg < sf.Slots[y].Reg })
		r.t.Snaps[i].computeLive()
	}
	args, err := r.jumpArgs(r.entry)
	if err != nil {
		return err
	}
	r.t.Emit(Op{Code: OpJump, Args: args, Snap: int32(r.snapshot())})
	return nil
}

// jumpArgs returns the current values of the registers feeding the
// inputs described by entry, checking they keep their types.
func (r *recorder) jumpArgs(entry []EntrySlot) ([]Ref, error) {
	fr := r.frames[0]
	args := make([]Ref, len(entry))
	for k, es := range entry {
		ref := fr.refs[es.Reg]
		if ref == NoRef && !r.bridge {
			ref = r.inputOf[es.Reg]
		}
		if ref == NoRef || ref == refUnbound {
			return nil, abortf("type unstable", "r%d unbound at the loop header", es.Reg)
		}
		if typ := r.t.TypeOf(ref); typ != es.Type || typ == Ptr && es.Class != nil && fr.regs[es.Reg].Type() != es.Class {
			return nil, abortf("type unstable", "r%d changes type in the loop (%s to %s)", es.Reg, es.Type, typ)
		}
		args[k] = ref
	}
	return args, nil
}

// ptrOf is the address of a Go object, for Ptr constants.
func ptrOf[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

// isIntLike reports whether an IR value is an int or a bool.
func isIntLike(t Type) bool { return t == Int || t == Bool }

// toFloat converts an int-like IR value to float.
func (r *recorder) toFloat(x Ref) Ref {
	if r.t.TypeOf(x) == Float {
		return x
	}
	if x.IsConst() {
		return r.t.ConstFloat(float64(int64(r.t.Const(x).Bits)))
	}
	return r.emit(OpCastIntToFloat, Float, x)
}

// guardPositive guards y > 0 for an int divisor observed positive.
func (r *recorder) guardPositive(y Ref, yv int64) error {
	if yv <= 0 {
		return abortf("unsupported", "division by a non-positive int")
	}
	if !y.IsConst() {
		r.guard(OpGuardTrue, r.emit(OpIntGt, Bool, y, r.t.ConstInt(0)))
	}
	return nil
}

// binary records x op y.
func (r *recorder) binary(op runtime.BinaryOp, x, y Ref, xv, yv runtime.Value) (Ref, runtime.Value, error) {
	tx, ty := r.t.TypeOf(x), r.t.TypeOf(y)
	v, err := runtime.Binary(r.th, op, xv, yv)
	if err != nil {
		return NoRef, v, abortf("unsupported", "%s raises", op.Symbol())
	}
	switch {
	case isIntLike(tx) && isIntLike(ty) && !(tx == Bool && ty == Bool):
		if !v.IsSmallInt() {
			return NoRef, v, abortf("unsupported", "int %s gives %s", op.Symbol(), v.Type().Name)
		}
		var code Opcode
		switch op {
		case runtime.OpAdd, runtime.OpSub, runtime.OpMul:
			code = map[runtime.BinaryOp]Opcode{runtime.OpAdd: OpIntAddOvf, runtime.OpSub: OpIntSubOvf, runtime.OpMul: OpIntMulOvf}[op]
			ref := r.emit(code, Int, x, y)
			r.guard(OpGuardNoOverflow)
			return ref, v, nil
		case runtime.OpMod, runtime.OpFloorDiv:
			if err := r.guardPositive(y, yv.SmallInt()); err != nil {
				return NoRef, v, err
			}
			code = OpIntMod
			if op == runtime.OpFloorDiv {
				code = OpIntFloorDiv
			}
		case runtime.OpAnd:
			code = OpIntAnd
		case runtime.OpOr:
			code = OpIntOr
		case runtime.OpXor:
			code = OpIntXor
		case runtime.OpRShift:
			if !y.IsConst() {
				r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, y, r.t.ConstInt(0)))
			}
			code = OpIntRshift
		default:
			return NoRef, v, abortf("unsupported", "int %s", op.Symbol())
		}
		return r.emit(code, Int, x, y), v, nil
	case (tx == Float || isIntLike(tx)) && (ty == Float || isIntLike(ty)) && (tx == Float || ty == Float):
		if !v.IsFloat() {
			return NoRef, v, abortf("unsupported", "float %s gives %s", op.Symbol(), v.Type().Name)
		}
		fx, fy := r.toFloat(x), r.toFloat(y)
		switch op {
		case runtime.OpAdd:
			return r.emit(OpFloatAdd, Float, fx, fy), v, nil
		case runtime.OpSub:
			return r.emit(OpFloatSub, Float, fx, fy), v, nil
		case runtime.OpMul:
			return r.emit(OpFloatMul, Float, fx, fy), v, nil
		case runtime.OpTrueDiv:
			if !fy.IsConst() {
				r.guard(OpGuardTrue, r.emit(OpFloatNe, Bool, fy, r.t.ConstFloat(0)))
			}
			return r.emit(OpFloatTrueDiv, Float, fx, fy), v, nil
		}
		return NoRef, v, abortf("unsupported", "float %s", op.Symbol())
	}
	return NoRef, v, abortf("unsupported", "%s on %s and %s", op.Symbol(), xv.Type().Name, yv.Type().Name)
}

// unary records -x, +x, ~x and not x.
func (r *recorder) unary(op compile.Opcode, x Ref, xv runtime.Value) (Ref, runtime.Value, error) {
	tx := r.t.TypeOf(x)
	switch {
	case op == compile.NOT:
		t, tv, err := r.truth(x, xv)
		if err != nil {
			return NoRef, xv, err
		}
		return r.emit(OpBoolNot, Bool, t), runtime.Bool(!tv), nil
	case tx == Int && op == compile.NEG:
		if xv.SmallInt() == math.MinInt64 {
			return NoRef, xv, abortf("unsupported", "-int overflows")
		}
		ref := r.emit(OpIntNegOvf, Int, x)
		r.guard(OpGuardNoOverflow)
		return ref, runtime.Int(-xv.SmallInt()), nil
	case tx == Int && op == compile.POS:
		return x, xv, nil
	case tx == Int && op == compile.INVERT:
		return r.emit(OpIntXor, Int, x, r.t.ConstInt(-1)), runtime.Int(^xv.SmallInt()), nil
	case tx == Float && op == compile.NEG:
		return r.emit(OpFloatNeg, Float, x), runtime.Float(-xv.AsFloat()), nil
	case tx == Float && op == compile.POS:
		return x, xv, nil
	}
	return NoRef, xv, abortf("unsupported", "%s on %s", op, xv.Type().Name)
}

// compare records x op y as a bool.
func (r *recorder) compare(op runtime.CompareOp, x, y Ref, xv, yv runtime.Value) (Ref, bool, error) {
	tx, ty := r.t.TypeOf(x), r.t.TypeOf(y)
	if isIntLike(tx) && isIntLike(ty) {
		a, b := xv.SmallInt(), yv.SmallInt() // a bool's n is 0 or 1
		t := [...]bool{a < b, a <= b, a == b, a != b, a > b, a >= b}[op]
		return r.emit(OpIntLt+Opcode(op), Bool, x, y), t, nil
	}
	// A mixed compare is exact (not a float conversion) in Python: only
	// int constants that convert exactly are allowed.
	exact := func(ref Ref, t Type) bool {
		if t == Float {
			return true
		}
		if !ref.IsConst() || t != Int {
			return false
		}
		c := int64(r.t.Const(ref).Bits)
		return c >= -1<<53 && c <= 1<<53
	}
	if (tx == Float || ty == Float) && exact(x, tx) && exact(y, ty) {
		fx, fy := r.toFloat(x), r.toFloat(y)
		a, b := floatOfConcrete(xv), floatOfConcrete(yv)
		t := [...]bool{a < b, a <= b, a == b, a != b, a > b, a >= b}[op]
		return r.emit(OpFloatLt+Opcode(op), Bool, fx, fy), t, nil
	}
	return NoRef, false, abortf("unsupported", "compare %s with %s", xv.Type().Name, yv.Type().Name)
}

func floatOfConcrete(v runtime.Value) float64 {
	if v.IsFloat() {
		return v.AsFloat()
	}
	return float64(v.SmallInt())
}

// truth records the truth value of x.
func (r *recorder) truth(x Ref, xv runtime.Value) (Ref, bool, error) {
	switch r.t.TypeOf(x) {
	case Bool:
		return x, xv.IsTrue(), nil
	case Int:
		return r.emit(OpIntIsTrue, Bool, x), xv.SmallInt() != 0, nil
	case Float:
		return r.emit(OpFloatNe, Bool, x, r.t.ConstFloat(0)), xv.AsFloat() != 0, nil
	case Ptr:
		// A list or tuple (same layout) is true when not empty.
		if t := xv.Type(); (t == runtime.ListType || t == runtime.TupleType) && runtime.JITTupleItemsOffset == runtime.JITListItemsOffset {
			if !x.IsConst() {
				r.guard(OpGuardClass, x, r.classConst(t))
			}
			n := r.arrayLen(x, r.seqStorage(x, xv))
			return r.emit(OpIntIsTrue, Bool, n), seqLen(xv) != 0, nil
		}
	}
	if ref, truth, ok := r.dequeTruth(x, xv); ok {
		return ref, truth, nil
	}
	return NoRef, false, abortf("unsupported", "truth of %s", xv.Type().Name)
}

// guardDict guards that d is unchanged since recording.
func (r *recorder) guardDict(d *runtime.Dict) {
	r.guard(OpGuardDictVersion, r.t.ConstObj(ptrOf(d), d, fmt.Sprintf("ConstPtr(dict%d)", len(r.t.Consts))), r.t.ConstInt(int64(d.Writes())))
}

// loadGlobal records LOADGLOBAL: the value becomes a constant, guarded by
// its globals entry (poly_global.go) or the builtins dict's version.
func (r *recorder) loadGlobal(fr *recFrame, a int, name string) error {
	v, ok := fr.globals.GetStr(name)
	if ok && !r.polyGuardGlobal(fr.globals, name, v) { // poly_global.go
		r.guardDict(fr.globals)
	}
	if !ok {
		r.polyGuardGlobalAbsent(fr.globals)
		r.guardDict(fr.builtins)
		if v, ok = fr.builtins.GetStr(name); !ok {
			return abortf("unsupported", "global %s is not defined", name)
		}
	}
	r.set(fr, a, r.constOf(v), v)
	return nil
}

// getModuleAttr records GETMETHOD on a module: the attribute becomes a
// constant guarded by the module dict's version.
func (r *recorder) getModuleAttr(fr *recFrame, a, b int, name string) error {
	m, mv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	d, ok := runtime.JITModuleDict(mv)
	if !ok || !m.IsConst() {
		return abortf("unsupported", "method lookup on %s", mv.Type().Name)
	}
	v, ok := d.GetStr(name)
	if !ok {
		return abortf("unsupported", "module has no attribute %s", name)
	}
	r.guardDict(d)
	r.set(fr, a, r.constOf(v), v)
	fr.refs[a+1], fr.regs[a+1] = refUnbound, runtime.Value{}
	if fr == r.frames[0] {
		r.written[a+1] = true
	}
	return nil
}

// call records a call of R[fnReg] with n arguments from R[argBase]:
// builtins len and math functions become ops, small Python functions are
// inlined.
func (r *recorder) call(fr *recFrame, a, argBase, n, fnReg, next int) error {
	fref, fv, err := r.get(fr, fnReg)
	if err != nil {
		return err
	}
	args := make([]Ref, n)
	vals := make([]runtime.Value, n)
	for i := 0; i < n; i++ {
		if args[i], vals[i], err = r.get(fr, argBase+i); err != nil {
			return err
		}
	}
	guardCallee := func() {
		if !fref.IsConst() {
			r.guard(OpGuardValue, fref, r.constOf(fv))
		}
	}
	if handled, err := r.strCall(fr, a, fref, fv, args, vals, next); handled || err != nil {
		return err
	}
	if handled, err := r.dictGetCall(fr, a, fv, args, vals, next, guardCallee); handled || err != nil {
		return err
	}
	if handled, err := r.dequeCall(fr, a, fv, args, vals, next, guardCallee); handled || err != nil {
		return err
	}
	if handled, err := r.listAppendCall(fr, a, fv, args, vals, next, guardCallee); handled || err != nil {
		return err
	}
	if mod, name, ok := runtime.JITBuiltinName(fv); ok {
		if mod == "builtins" && name == "divmod" {
			if handled, err := r.recordDivmodUnpack(fr, a, args, vals, next, guardCallee); handled || err != nil {
				return err
			}
		}
		switch {
		case mod == "builtins" && name == "len" && n == 1:
			if !isList(vals[0]) || r.t.TypeOf(args[0]) != Ptr {
				return abortf("unsupported", "len of %s", vals[0].Type().Name)
			}
			guardCallee()
			n := r.arrayLen(args[0], r.listStorage(args[0], vals[0]))
			r.set(fr, a, n, runtime.Int(int64(runtime.JITListLen(vals[0]))))
			fr.pc = next
			return nil
		case mod == "math" && n == 1 && mathFuncIndex(name) >= 0:
			tx := r.t.TypeOf(args[0])
			if tx != Float && !isIntLike(tx) {
				return abortf("unsupported", "math.%s of %s", name, vals[0].Type().Name)
			}
			k := mathFuncIndex(name)
			res := MathFuncs()[k].F(floatOfConcrete(vals[0]))
			if math.IsNaN(res) || math.IsInf(res, 0) {
				return abortf("unsupported", "math.%s gives %v", name, res)
			}
			guardCallee()
			ref := r.t.Emit(Op{Code: OpCallF, Type: Float, Args: []Ref{r.toFloat(args[0])}, Aux: int64(k)})
			// The interpreter raises (or returns an infinity) unless the
			// result is finite: x - x is 0 exactly for finite x.
			r.guard(OpGuardTrue, r.emit(OpFloatEq, Bool, r.emit(OpFloatSub, Float, ref, ref), r.t.ConstFloat(0)))
			r.set(fr, a, ref, runtime.Float(res))
			fr.pc = next
			return nil
		}
		return abortf("unsupported", "call of %s.%s", mod, name)
	}
	if cls, ok := runtime.AsType(fv); ok {
		return r.callClass(fr, a, cls, args, vals, next, guardCallee)
	}
	fn, ok := runtime.JITFunction(fv)
	if !ok || !runtime.JITInlinable(fn, n) {
		return abortf("unsupported", "call of %s", fv.Type().Name)
	}
	if len(r.frames) >= maxInlineDepth {
		return abortf("recursion", "inlining deeper than %d", maxInlineDepth)
	}
	if r.callAssemblerOK(fr, fn) {
		return r.callAssembler(fr, a, fnReg, n, next)
	}
	for _, f := range r.frames {
		if f.code == fn.Code {
			return abortf("recursion", "recursive call of %s", fn.Name)
		}
	}
	guardCallee()
	code := fn.Code
	callee := &recFrame{code: code, fn: fn, globals: fn.Globals, builtins: fn.Builtins,
		regs: make([]runtime.Value, code.NumRegs), refs: make([]Ref, code.NumRegs), resultReg: -1}
	for i := range callee.refs {
		callee.refs[i] = NoRef
	}
	copy(callee.regs[code.KBase:], code.KVals)
	for i := 0; i < n; i++ {
		callee.refs[i], callee.regs[i] = args[i], vals[i]
	}
	fr.pc, fr.resultReg = next, a
	r.frames = append(r.frames, callee)
	return nil
}

// listOf returns the length of an exact list (in either storage: see
// record_list_words.go).
func listOf(v runtime.Value) (int, bool) {
	if !isList(v) {
		return 0, false
	}
	return runtime.JITListLen(v), true
}

// listIndex records the bounds checks of list[i] and returns the
// normalised index, the list (or tuple) and the storage guarded (aux of
// the item ops, record_list_words.go).
func (r *recorder) listIndex(fr *recFrame, lb, ib int, tuples bool) (l, idx Ref, lv runtime.Value, aux int64, i int, err error) {
	l, lv, err = r.get(fr, lb)
	if err != nil {
		return
	}
	iref, iv, err := r.get(fr, ib)
	if err != nil {
		return
	}
	ok := isList(lv) || tuples && lv.IsValid() && lv.Type() == runtime.TupleType && runtime.JITTupleItemsOffset == runtime.JITListItemsOffset
	if !ok || r.t.TypeOf(iref) != Int || r.t.TypeOf(l) != Ptr {
		err = abortf("unsupported", "subscript of %s by %s", lv.Type().Name, iv.Type().Name)
		return
	}
	if !l.IsConst() {
		r.guard(OpGuardClass, l, r.classConst(lv.Type()))
	}
	x := iv.SmallInt()
	n := int64(seqLen(lv))
	if x < -n || x >= n {
		err = abortf("unsupported", "list index out of range")
		return
	}
	aux = r.seqStorage(l, lv)
	length := r.arrayLen(l, aux)
	if x >= 0 {
		r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, iref, r.t.ConstInt(0)))
		r.guard(OpGuardTrue, r.emit(OpIntLt, Bool, iref, length))
		return l, iref, lv, aux, int(x), nil
	}
	r.guard(OpGuardTrue, r.emit(OpIntLt, Bool, iref, r.t.ConstInt(0)))
	j := r.emit(OpIntAdd, Int, iref, length)
	r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, j, r.t.ConstInt(0)))
	return l, j, lv, aux, int(x + n), nil
}

// getItem records R[a] = R[b][R[c]] for a list or tuple: an int or float
// item unboxed, an object item guarded on its class (readItem).
func (r *recorder) getItem(fr *recFrame, a, b, c int) error {
	l, idx, lv, aux, i, err := r.listIndex(fr, b, c, true)
	if err != nil {
		return err
	}
	v := seqAt(lv, i)
	x, err := r.readItem(l, idx, v, aux)
	if err != nil {
		return abortf("unsupported", "list item of type %s", v.Type().Name)
	}
	r.set(fr, a, x, v)
	return nil
}

// setItem records R[a][R[b]] = R[c] for an int, float or bool value, or
// an object (a ref: record_list_words.go says which storage takes what).
func (r *recorder) setItem(fr *recFrame, a, b, c int) error {
	val, vv, err := r.get(fr, c)
	if err != nil {
		return err
	}
	l, idx, lv, aux, i, err := r.listIndex(fr, a, b, false)
	if err != nil {
		return err
	}
	if err := wordsStoreFits(aux, r.t.TypeOf(val)); err != nil {
		return err
	}
	r.t.Emit(Op{Code: OpSetArrayItem, Args: []Ref{l, idx, val}, Aux: aux, Snap: -1})
	runtime.JITListSetAt(lv, i, vv)
	return nil
}

// length records LEN (len() in match statements) of a list.
func (r *recorder) length(fr *recFrame, a, b int) error {
	l, lv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	n, ok := listOf(lv)
	if !ok {
		return abortf("unsupported", "len of %s", lv.Type().Name)
	}
	r.set(fr, a, r.arrayLen(l, r.listStorage(l, lv)), runtime.Int(int64(n)))
	return nil
}

// forIter records FORITER over a range iterator: it reports whether the
// iterator is exhausted (the loop exits).
func (r *recorder) forIter(fr *recFrame, a, b int) (bool, error) {
	it, itv, err := r.get(fr, b)
	if err != nil {
		return false, err
	}
	if cls := itv.Type(); (cls == runtime.ListIteratorType() || cls == runtime.TupleIteratorType()) && !it.IsConst() {
		return r.forIterSeq(fr, a, it, itv)
	}
	next, step, rem, ok := runtime.RangeIteratorState(itv)
	if !ok || it.IsConst() {
		return false, abortf("unsupported", "for loop over %s", itv.Type().Name)
	}
	field := func(off uintptr, name string) Ref {
		return r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(off), Descr: name})
	}
	remRef := field(runtime.JITRangeIterRemainingOffset, "rangeiter.remaining")
	more := r.emit(OpIntGt, Bool, remRef, r.t.ConstInt(0))
	r.branch(more, rem > 0)
	if rem <= 0 {
		if fr == r.frames[0] && fr.pc == r.header {
			return true, abortf("loop exit", "the loop's iterator is exhausted")
		}
		return true, nil
	}
	x := field(runtime.JITRangeIterNextOffset, "rangeiter.next")
	st := field(runtime.JITRangeIterStepOffset, "rangeiter.step")
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{it, r.emit(OpIntSub, Int, remRef, r.t.ConstInt(1))},
		Aux: int64(runtime.JITRangeIterRemainingOffset), Descr: "rangeiter.remaining", Snap: -1})
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{it, r.emit(OpIntAdd, Int, x, st)},
		Aux: int64(runtime.JITRangeIterNextOffset), Descr: "rangeiter.next", Snap: -1})
	runtime.SetRangeIteratorState(itv, next+step, rem-1)
	r.set(fr, a, x, runtime.Int(next))
	return false, nil
}

package jit

// This file defines compiled `for x in gen` loops (PyPy's generators
// inlined into the consumer's trace): FORITER over a generator whose code
// the JIT can run records the generator's resumption as an inlined frame,
// from the instruction after the YIELD it is suspended at up to its next
// YIELD, and the yielded value goes to the FORITER's register as a plain
// trace value. Unlike an inlined call's, the frame outlives the
// iteration: it is the generator's own frame in the heap, so
//
//   - the recorder runs on the generator's real registers (like the loop
//     frame's), and a register the trace has not written yet is read from
//     the frame (getinteriorfield_gc after a guard on its kind, or its
//     class for an object);
//   - at the YIELD the registers the trace wrote that the generator may
//     read after resuming (regDeadFrom, the dead-temporary scan) are
//     stored back, the n word of an int, float or bool over one of the
//     same kind (guarded: no write barrier), and the resumption point is
//     stored in Frame.PC; an object the generator keeps across its yield
//     other than the one its frame held, or None where the frame holds
//     None, aborts the recording: compiled code stores no refs into
//     generator frames;
//   - the resumption is guarded where FORITER reads the generator: its
//     class, the running and finished flags clear, its code and its
//     resumption point, so that a generator suspended at another YIELD
//     fails the guard (and gets a bridge of its own, recorded from the
//     loop frame);
//   - snapshots list the generator's frame (SnapFrame.Gen) with the
//     registers the trace holds for it; an exit writes them into the
//     frame and runs the generator from the snapshot's instruction to its
//     yield or return (runtime.JITResumeGenerator), and the frame that
//     was in its FORITER completes that instruction with the result, as
//     the interpreter would have (genFinishFrames).
//
// Not compiled: a generator whose code has protected ranges (try,
// with), one suspended in a yield from, its return in the trace (the
// loop ends: the exit finishes it), residual calls in its body, class
// calls whose __init__ would be inlined, and bridges from guards inside
// its body (those exits run the rest of the resumption interpreted).

import (
	"sort"
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
)

// recGen is the generator state of a recFrame that runs a generator's
// body.
type recGen struct {
	gen   Ref // the generator object
	frame Ref // its frame
	genv  runtime.Value
	// loaded are the registers read from the frame, with the value read:
	// one still holding it needs no store at the yield.
	loaded map[int]Ref
	// written are the registers the trace wrote.
	written map[int]bool
	// forIter is the parent frame's FORITER instruction.
	forIter int
}

// genYieldingLoop aborts closing a loop trace that resumed a generator
// when the loop is itself a generator's and yields in its body (`for x in
// numbers(n): if x % 3: yield x`): the trace would cover only the
// iterations that do not yield, and every yield would leave compiled
// code through a guard no bridge can serve (a bridge cannot follow the
// yield out of the loop's frame), costing more than interpreting it.
func (r *recorder) genYieldingLoop() error {
	if !r.genUsed || r.bridge || r.function {
		return nil
	}
	code := r.frames[0].code
	if code.Flags&compile.FlagGenerator == 0 {
		return nil
	}
	insns := code.Insns
	lo, hi := min(r.header, r.backEdge), max(r.header, r.backEdge)
	if compile.Opcode(insns[r.header]) == compile.FORITER {
		hi = max(hi, int(insns[r.header+1])) // the loop's exit: its body is before
	}
	for pc := lo; pc <= hi && pc < len(insns); pc++ {
		op := compile.Opcode(insns[pc])
		if op == compile.YIELD || op == compile.YIELDFROM {
			return abortf("unsupported", "a loop that yields out of its generator, over a generator")
		}
		if op.HasExtraWord() {
			pc++
		}
	}
	return nil
}

// genActive reports whether a generator's frame is being recorded.
func (r *recorder) genActive() bool {
	for _, fr := range r.frames {
		if fr.gen != nil {
			return true
		}
	}
	return false
}

// isGenerator reports whether v is a generator object.
func isGenerator(v runtime.Value) bool {
	return v.IsValid() && kindOf(v) == Ptr && v.Type() == runtime.GeneratorType
}

// genForIter records FORITER A B of fr over a generator: its guards, then
// the generator's frame pushed to run from its resumption point; fr stays
// at the FORITER, which completes at the generator's YIELD (genYield).
func (r *recorder) genForIter(fr *recFrame, b int) error {
	it, itv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	code, fn, pc, regs, ok := runtime.JITGenState(itv)
	if !ok || it.IsConst() {
		return abortf("unsupported", "for loop over generator")
	}
	if len(r.frames) >= maxInlineDepth {
		return abortf("recursion", "inlining deeper than %d", maxInlineDepth)
	}
	for _, f := range r.frames {
		if f.code == code {
			return abortf("recursion", "nested generators of %s", code.Name)
		}
		if f.initCall {
			return abortf("unsupported", "for loop over generator in an inlined __init__")
		}
	}
	r.genUsed = true
	r.guard(OpGuardClass, it, r.classConst(runtime.GeneratorType))
	flags := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(runtime.JITGeneratorFlagsOffset), Descr: "generator.running"})
	busy := r.emit(OpIntAnd, Int, flags, r.t.ConstInt(runtime.JITGeneratorFlagsMask))
	r.guard(OpGuardFalse, r.emit(OpIntIsTrue, Bool, busy))
	frame := r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{it}, Aux: int64(runtime.JITGeneratorFrameOffset), Descr: "generator.frame"})
	codeRef := r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{frame}, Aux: int64(runtime.JITFrameCodeOffset), Descr: "frame.code"})
	r.guard(OpGuardValue, codeRef, r.t.ConstObj(unsafe.Pointer(code), code, "ConstPtr("+code.Name+")"))
	pcRef := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{frame}, Aux: int64(runtime.JITFramePCOffset), Descr: "frame.pc"})
	r.guard(OpGuardValue, pcRef, r.t.ConstInt(int64(pc)))

	gf := runtime.JITGenFrame(itv)
	g := &recGen{gen: it, frame: frame, genv: itv, loaded: map[int]Ref{}, written: map[int]bool{}, forIter: fr.pc}
	gfr := &recFrame{code: code, fn: fn, globals: gf.Globals, builtins: gf.Builtins, regs: regs,
		refs: make([]Ref, len(regs)), pc: pc, resultReg: -1, gen: g}
	for i := range gfr.refs {
		gfr.refs[i] = NoRef
	}
	r.frames = append(r.frames, gfr)
	if pc > 0 {
		// next() sends None into the YIELD's target, as step does.
		r.set(gfr, compile.A(code.Insns[pc-1]), r.constOf(runtime.None), runtime.None)
	}
	return nil
}

// genLoad reads register reg of the generator frame fr, not written by
// the trace yet, from the frame: an int, float or bool after a guard on
// its kind, None as a constant after a guard on the p word, an object
// after a guard on its class.
func (r *recorder) genLoad(fr *recFrame, reg int, v runtime.Value) (Ref, runtime.Value, error) {
	g := fr.gen
	idx := r.t.ConstInt(int64(reg))
	pWord := genRegField(0)
	var ref Ref
	switch kind := kindOf(v); kind {
	case Int, Float, Bool:
		p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{g.frame, idx}, Aux: pWord, Descr: "frame.regs.p"})
		r.guard(OpGuardValue, p, r.t.ConstInt(entryTag(kind)))
		code := OpGetInteriorI
		if kind == Float {
			code = OpGetInteriorF
		}
		typ := kind
		if kind == Bool {
			typ = Int
		}
		ref = r.t.Emit(Op{Code: code, Type: typ, Args: []Ref{g.frame, idx}, Aux: genRegField(8), Descr: "frame.regs.n"})
		if kind == Bool {
			ref = r.emit(OpIntNe, Bool, ref, r.t.ConstInt(0))
		}
	default:
		if v.IsNone() {
			p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{g.frame, idx}, Aux: pWord, Descr: "frame.regs.p"})
			r.guard(OpGuardValue, p, r.constOf(v))
			ref = r.constOf(v)
			break
		}
		ref = r.t.Emit(Op{Code: OpGetInteriorR, Type: Ptr, Args: []Ref{g.frame, idx}, Aux: pWord, Descr: "frame.regs.p"})
		r.guard(OpGuardClass, ref, r.classConst(v.Type()))
	}
	fr.refs[reg] = ref
	g.loaded[reg] = ref
	return ref, v, nil
}

// genRegField is the InteriorDescr of word field of a frame register.
func genRegField(field uintptr) int64 {
	return InteriorDescr(runtime.JITFrameRegsOffset, 16, field)
}

// genYield records YIELD A B in the generator frame fr (the top frame):
// the registers the generator reads after resuming are stored back, the
// resumption point is stored, and the parent's FORITER gets the value.
func (r *recorder) genYield(fr *recFrame, a, b int) error {
	ref, v, err := r.get(fr, b)
	if err != nil {
		return err
	}
	g := fr.gen
	code := fr.code
	resume := fr.pc + 1
	regs := make([]int, 0, len(g.written))
	for reg := range g.written {
		regs = append(regs, reg)
	}
	sort.Ints(regs)
	type store struct {
		reg int
		val Ref
	}
	var stores []store
	for _, reg := range regs {
		if reg >= code.KBase || reg == a || runtime.JITRegDeadFrom(code, resume, reg) {
			// a: resuming writes the value sent (throw() and close()
			// raise at the yield, in code without handlers).
			continue
		}
		cur := fr.refs[reg]
		if cur == refUnbound || cur == NoRef {
			return abortf("unsupported", "generator unbinds r%d across its yield", reg)
		}
		if cur == g.loaded[reg] {
			continue
		}
		idx := r.t.ConstInt(int64(reg))
		p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{g.frame, idx}, Aux: genRegField(0), Descr: "frame.regs.p"})
		switch typ := r.t.TypeOf(cur); typ {
		case Int, Float, Bool:
			r.guard(OpGuardValue, p, r.t.ConstInt(entryTag(typ)))
			stores = append(stores, store{reg, cur})
		default:
			if !cur.IsConst() || !fr.regs[reg].IsNone() {
				return abortf("unsupported", "generator keeps an object in r%d across its yield", reg)
			}
			r.guard(OpGuardValue, p, cur) // the frame holds None already
		}
	}
	for _, s := range stores {
		r.t.Emit(Op{Code: OpSetInterior, Args: []Ref{g.frame, r.t.ConstInt(int64(s.reg)), s.val}, Aux: genRegField(8), Descr: "frame.regs.n", Snap: -1})
	}
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{g.frame, r.t.ConstInt(int64(resume))}, Aux: int64(runtime.JITFramePCOffset), Descr: "frame.pc", Snap: -1})
	runtime.JITGenYielded(g.genv, resume)
	r.frames = r.frames[:len(r.frames)-1]
	parent := r.top()
	w := parent.code.Insns[g.forIter]
	r.set(parent, int(uint8(w>>8)), ref, v)
	r.ext = 0
	parent.pc = g.forIter + 2
	return nil
}

// genReturn is RETURN in a generator's frame: the generator is exhausted.
// The recording stops there (the loop ends); the interpreter finishes the
// generator (genFinishFrames).
func (r *recorder) genReturn(fr *recFrame) error {
	parent := r.frames[len(r.frames)-2]
	if parent == r.frames[0] && fr.gen.forIter == r.header {
		r.genExhausted = true
		return abortf("loop exit", detailIteratorExhausted)
	}
	return abortf("unsupported", "generator returns in the trace")
}

// genBridgeExhausted adjusts the guard gs after a bridge recording from it
// aborted: one stopped by the return of the loop's generator (the guard on
// its resumption point failed as it was at its last yield) says nothing
// of the guard's other failures, which resume it elsewhere; so the guard
// tries again after as many failures again, and its failures, the loop's
// normal end, never count toward retracing the loop.
func (r *recorder) genBridgeExhausted(gs *guardStat) {
	if r.genExhausted {
		gs.noBridge, gs.unbridgeable, gs.fails = false, true, 0
	}
}

// genUnwind is a frame above the loop frame that an exit or an aborted
// recording finishes in the interpreter: an inlined call's (fn, its
// registers) or a generator's (gen, whose frame holds its registers).
type genUnwind struct {
	gen       runtime.Value
	fn        *runtime.Function
	code      *runtime.Code
	pc        int
	regs      []runtime.Value
	resultReg int
}

// snapHasGen reports whether the snapshot has a generator's frame.
func snapHasGen(sn *Snapshot) bool {
	for i := range sn.Frames {
		if sn.Frames[i].Gen {
			return true
		}
	}
	return false
}

// genRestore is restore for a snapshot with generator frames: the loop
// frame's registers are written back, each generator's registers into its
// frame (the generator is the one its parent's FORITER iterates), each
// inlined call's into new registers, and genFinishFrames runs them.
func genRestore(th *runtime.Thread, f *runtime.Frame, t *Trace, sn *Snapshot, slots []uint64) (int, error) {
	b := restoreLoopFrame(f, t, sn, slots)
	frames := make([]genUnwind, 0, len(sn.Frames)-1)
	parentRegs := f.Regs
	parent := &sn.Frames[0]
	for i := 1; i < len(sn.Frames); i++ {
		sf := &sn.Frames[i]
		u := genUnwind{fn: sf.Func, code: sf.Code, pc: sf.PC, resultReg: sf.ResultReg}
		if sf.Gen {
			u.gen = parentRegs[compile.B(parent.Code.Insns[parent.PC])]
			u.regs = runtime.JITGenFrame(u.gen).Regs
		} else {
			u.regs = make([]runtime.Value, sf.Code.KBase)
		}
		for _, sl := range sf.Slots {
			u.regs[sl.Reg] = b.value(sl.Ref)
		}
		frames = append(frames, u)
		parentRegs, parent = u.regs, sf
	}
	return genFinishFrames(th, f, sn.Frames[0].PC, sn.Frames[0].ResultReg, frames)
}

// genFinish is finish for a recording that stopped with generator frames
// open.
func (r *recorder) genFinish(th *runtime.Thread, f *runtime.Frame) (int, error) {
	frames := make([]genUnwind, 0, len(r.frames)-1)
	for _, fr := range r.frames[1:] {
		u := genUnwind{fn: fr.fn, code: fr.code, pc: fr.pc, regs: fr.regs, resultReg: fr.resultReg}
		if fr.gen != nil {
			u.gen = fr.gen.genv
		} else {
			u.regs = fr.regs[:fr.code.KBase]
		}
		frames = append(frames, u)
	}
	return genFinishFrames(th, f, r.frames[0].pc, r.frames[0].resultReg, frames)
}

// genFinishFrames runs frames (above the loop frame f, outermost first) to
// their ends, innermost first: a generator to its yield or return, a call
// to its return. Each result completes the instruction its parent was in:
// a call's goes to the parent's result register; a generator's completes
// the parent's FORITER (the value to its register and the instruction
// after it, or its exit when the generator returned); an exception is
// raised in the parent at that instruction. It returns where f resumes
// (and the exception to unwind from there), f having been at pc, waiting
// for a call's result in resultReg or in a FORITER.
func genFinishFrames(th *runtime.Thread, f *runtime.Frame, pc, resultReg int, frames []genUnwind) (int, error) {
	f.PC = pc
	if len(frames) > 0 && frames[0].gen.IsValid() {
		f.PC = pc + 1 // FORITER is in progress, as in the interpreter
	}
	var v runtime.Value
	var done, fromGen, have bool
	var err error
	complete := func(code *runtime.Code, pc int, regs []runtime.Value, resultReg int) int {
		if !have {
			return pc
		}
		if !fromGen {
			if err == nil {
				regs[resultReg] = v
			}
			return pc
		}
		w := code.Insns[pc]
		switch {
		case err != nil:
			return pc + 1
		case done:
			return int(code.Insns[pc+1])
		}
		regs[compile.A(w)] = v
		return pc + 2
	}
	for k := len(frames) - 1; k >= 0; k-- {
		u := frames[k]
		at := complete(u.code, u.pc, u.regs, u.resultReg)
		if u.gen.IsValid() {
			v, done, err = th.JITResumeGenerator(u.gen, at, err)
			fromGen = true
		} else {
			v, err = th.JITResumeFrame(u.fn, at, u.regs, err)
			done, fromGen = false, false
		}
		have = true
	}
	return complete(f.Code, pc, f.Regs, resultReg), err
}

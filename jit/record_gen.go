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
	flags Ref // its flags word, read at the FORITER
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

// clean reports whether register reg of the generator frame fr holds
// what the frame holds: unwritten, or written back with what was read.
// Snapshots leave such registers out: an exit need not write them, and a
// bridge reads them from the frame.
func (g *recGen) clean(fr *recFrame, reg int) bool {
	ref := fr.refs[reg]
	return ref == NoRef || !g.written[reg] && ref == g.loaded[reg]
}

// genBridgeFrame adds to a bridge recorder starting from snapshot sn the
// generator frame sf (the parent frame, the recorder's top, is in the
// FORITER that resumed it): the generator is the one the FORITER's
// register holds, the registers the snapshot gives are written into its
// frame (the exit's state, which the recording runs on) and count as
// written by the bridge (compiled code stores them at the yield: the
// parent trace had not), the others are read from the frame.
func (r *recorder) genBridgeFrame(parent *Trace, sn *Snapshot, sf *SnapFrame, b *boxer) {
	pf := r.top()
	reg := compile.B(pf.code.Insns[pf.pc])
	it, itv := pf.refs[reg], pf.regs[reg]
	if !isGenerator(itv) || it == refUnbound || it == NoRef && pf.gen == nil {
		panic("jit: a generator frame's parent is not in a FORITER over it")
	}
	if it == NoRef {
		// Read from the parent generator's frame without a guard: the
		// parent trace guarded its class at the FORITER, and nothing
		// stored into that frame since. (A guard here would have no
		// snapshot for the generator frame being rebuilt.)
		it = r.t.Emit(Op{Code: OpGetInteriorR, Type: Ptr, Args: []Ref{pf.gen.frame, r.t.ConstInt(int64(reg))}, Aux: genRegField(0), Descr: "frame.regs.p"})
		pf.refs[reg] = it
		pf.gen.loaded[reg] = it
	}
	flags := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(runtime.JITGeneratorFlagsOffset), Descr: "generator.running"})
	frame := r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{it}, Aux: int64(runtime.JITGeneratorFrameOffset), Descr: "generator.frame"})
	gf := runtime.JITGenFrame(itv)
	g := &recGen{gen: it, frame: frame, flags: flags, genv: itv, loaded: map[int]Ref{}, written: map[int]bool{}, forIter: pf.pc}
	fr := &recFrame{code: sf.Code, fn: sf.Func, globals: gf.Globals, builtins: gf.Builtins, regs: gf.Regs,
		refs: make([]Ref, len(gf.Regs)), pc: sf.PC, resultReg: sf.ResultReg, gen: g}
	for k := range fr.refs {
		fr.refs[k] = NoRef
	}
	for _, sl := range sf.Slots {
		fr.refs[sl.Reg] = r.slotRef(parent, sn, sl)
		fr.regs[sl.Reg] = b.value(sl.Ref)
		g.written[int(sl.Reg)] = true
	}
	r.genUsed = true
	r.frames = append(r.frames, fr)
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
	g := &recGen{gen: it, frame: frame, flags: flags, genv: itv, loaded: map[int]Ref{}, written: map[int]bool{}, forIter: fr.pc}
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

// genTagBits is the p word tag (an int constant, or None's address) as an
// int constant, stored as a scalar.
func (r *recorder) genTagBits(tag Ref) Ref {
	c := r.t.Const(tag)
	if c.Type == Int {
		return tag
	}
	return r.t.ConstInt(int64(c.Bits))
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
		reg      int
		val, tag Ref
		setP     bool // the p word is stored too
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
		typ := r.t.TypeOf(cur)
		var tag Ref
		switch {
		case typ != Ptr:
			tag = r.t.ConstInt(entryTag(typ))
		case cur.IsConst() && fr.regs[reg].IsNone():
			tag = cur
		default:
			return abortf("unsupported", "generator keeps an object in r%d across its yield", reg)
		}
		st := store{reg: reg, val: cur, tag: tag}
		if old, ok := g.loaded[reg]; ok && r.t.TypeOf(old) == typ && typ != Ptr {
			// The frame holds a value of this kind (guarded where it was
			// read): only the n word changes.
			stores = append(stores, st)
			continue
		}
		// The p word must hold nothing yet (a register of a generator
		// that has not run that far) or the same tag: then storing the
		// tag, a static address, as a scalar needs no write barrier
		// (neither the old nor the new word is a heap pointer).
		idx := r.t.ConstInt(int64(reg))
		p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{g.frame, idx}, Aux: genRegField(0), Descr: "frame.regs.p"})
		same := r.emit(OpIntEq, Bool, p, tag)
		either := r.emit(OpIntOr, Int, same, r.emit(OpIntEq, Bool, p, r.t.ConstInt(0)))
		r.guard(OpGuardTrue, r.emit(OpIntIsTrue, Bool, either))
		st.setP = true
		stores = append(stores, st)
	}
	for _, s := range stores {
		idx := r.t.ConstInt(int64(s.reg))
		if s.setP {
			r.t.Emit(Op{Code: OpSetInterior, Args: []Ref{g.frame, idx, r.genTagBits(s.tag)}, Aux: genRegField(0), Descr: "frame.regs.p", Snap: -1})
		}
		if s.tag != s.val {
			r.t.Emit(Op{Code: OpSetInterior, Args: []Ref{g.frame, idx, s.val}, Aux: genRegField(8), Descr: "frame.regs.n", Snap: -1})
		}
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

// genGetIter records GETITER A B of a generator: iter() returns it.
func (r *recorder) genGetIter(fr *recFrame, a, b int) error {
	it, itv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	if !it.IsConst() {
		r.guard(OpGuardClass, it, r.classConst(runtime.GeneratorType))
	}
	r.set(fr, a, it, itv)
	return nil
}

// genReturn records RETURN A in a generator's frame: the generator is
// exhausted and its parent's FORITER leaves the loop. At the loop's own
// header that ends the trace (the loop is over: the exit finishes the
// generator in the interpreter). Elsewhere (a for loop over a generator
// nested in the traced loop) the trace finishes the generator as finish
// does: the finished flag set in the flags word read at the FORITER
// (running, pool class and loop ownership unchanged since) and the
// registers' length set to 0, both scalars; a return value other than
// None, which the generator would keep for StopIteration, aborts.
func (r *recorder) genReturn(fr *recFrame, a int) error {
	g := fr.gen
	parent := r.frames[len(r.frames)-2]
	if parent == r.frames[0] && g.forIter == r.header {
		r.genExhausted = true
		return abortf("loop exit", detailIteratorExhausted)
	}
	ref, v, err := r.get(fr, a)
	if err != nil {
		return err
	}
	if !v.IsNone() {
		return abortf("unsupported", "generator returns a value in the trace")
	}
	if !ref.IsConst() {
		r.guard(OpGuardValue, ref, r.constOf(v))
	}
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{g.gen, r.emit(OpIntOr, Int, g.flags, r.t.ConstInt(runtime.JITGeneratorFinishedBit))},
		Aux: int64(runtime.JITGeneratorFlagsOffset), Descr: "generator.running", Snap: -1})
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{g.frame, r.t.ConstInt(0)}, Aux: int64(runtime.JITFrameRegsOffset + 8), Descr: "frame.regs.len", Snap: -1})
	runtime.JITGenFinish(g.genv)
	r.frames = r.frames[:len(r.frames)-1]
	r.ext = 0
	return r.genLeaveLoop(parent, g)
}

// genLeaveLoop moves parent, whose FORITER over g's generator found it
// exhausted, to the loop's exit.
func (r *recorder) genLeaveLoop(parent *recFrame, g *recGen) error {
	parent.pc = g.forIter
	_, err := r.jump(parent, int(parent.code.Insns[g.forIter+1]))
	if err == nil && len(r.frames) == 1 && parent.pc == r.header {
		return abortf("unsupported", "generator loop exit closes the trace")
	}
	return err
}

// genBridgeExhausted adjusts the guard gs after a bridge recording from it
// aborted: one stopped by the return of the loop's generator (the guard on
// its resumption point failed as it was at its last yield) says nothing
// of the guard's other failures, which resume it elsewhere; so the guard
// tries again after twice as many failures as last time (eagerness), and
// its failures, the loop's normal end, never count toward retracing the
// loop.
func (r *recorder) genBridgeExhausted(gs *guardStat) {
	if r.genExhausted {
		gs.noBridge, gs.unbridgeable, gs.fails, gs.genEnd = false, true, 0, true
		gs.genEndAborts++
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
	var buf [4]genUnwind // no garbage for the usual depths: this runs at every exit
	frames := buf[:0]
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

package jit

// This file defines the recording of list slices without allocation:
// virtual slices and list views, and the in-place reversal they compile to
// (list_reverse), for fannkuch's `perm[:k + 1] = perm[k::-1]`.
//
// The statement runs SLICE (the slice object k::-1), GETITEM (a new list,
// the reversed prefix), SLICE (:k + 1) and SETITEM (the slice assignment).
// None of the three objects outlives the statement, so the recorder keeps
// them virtual: the registers holding them get refListVirtual instead of
// an IR value, with what each stands for (the bounds as IR values, the
// source list and its normalised start, length and step) on the side. The
// assignment then compiles to guards on the bounds and one op,
// list_reverse(l, lo, hi), when the source view is exactly the target
// range read backwards in the same list. Anything else reading a virtual
// (a MOVE to a local, a call, a residual instruction) aborts the trace.
//
// Resume data (the "rewind" rule). A guard between the first virtual's
// creation and its consumption cannot resume after the instruction it
// guards: the interpreter's frame would lack the objects the trace never
// built. Such guards resume instead at the instruction that created the
// first virtual (its snapshot, taken before it ran), and the interpreter
// runs the statement again from there. That is sound because, until the
// consumer stores, the recorder allows only instructions that write
// registers and read the heap (moves, constants, int arithmetic, item
// reads, the slices themselves, len): the snapshot restores every register
// to its value at that point, and nothing else has changed. The consumer's
// guards all come before its store; once it stored, snapshots are normal
// again. A register still holding a consumed virtual is left out of later
// snapshots: it is a temporary the interpreter writes before reading.
//
// GC invariants. list_reverse permutes the items of one list: every object
// the list referenced before it, it references after it, so no ref the
// trace holds loses its heap reference (State.Refs need not keep it). The
// p words are moved in the heap, so each swap goes through Go's write
// barrier (both words shaded) while the collector marks: see
// emitListReverse. No list is allocated in compiled code: a copy that
// must exist (`perm = perm1[:]`, a constant slice) is a residual GETITEM
// (record_residual.go), whose exit the driver serves in Go.

import (
	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
)

// refListVirtual marks a register of the loop frame that holds a virtual
// slice or list view (listRecState.virtuals says which).
const refListVirtual Ref = NoRef + 2

// listVirtual is what a virtual register stands for.
type listVirtual struct {
	// A slice object: each bound is an int IR value, or NoRef for None.
	slice            bool
	start, stop, stp Ref
	stepConst        int64 // the step, a recording-time constant (1 if None)
	stepNone         bool
	// A list view (slice == false): items src[start + i*step] for i in
	// [0, n), step ±1; cStart and cN are start and n at recording.
	src, vStart, n Ref
	cStart, cN     int64
}

// listRecState is the recorder's state for virtual slices.
type listRecState struct {
	virtuals map[int]*listVirtual // loop-frame register → its virtual
	// rewind is the snapshot guards use while a virtual is live (-1: none).
	rewind int
	// iters are the virtual list iterators (record_list_iter.go).
	iters map[int]*listIter
}

// listLive reports whether a virtual is live (rewind in force).
func (r *recorder) listLive() bool { return r.lists.virtuals != nil && r.lists.rewind >= 0 }

// listPureOps are the instructions allowed between a virtual's creation and
// its consumption: they write registers only (see the rewind rule). An
// array the linker lays out, rather than a map built at every start, with
// a slot for every byte, so that no opcode can index past it.
var listPureOps = [256]bool{
	compile.NOP: true, compile.EXT: true, compile.MOVE: true, compile.LOADK: true,
	compile.LOADNONE: true, compile.LOADTRUE: true, compile.LOADFALSE: true,
	compile.ADD: true, compile.SUB: true, compile.MUL: true, compile.NEG: true,
	compile.IADD: true, compile.ISUB: true, compile.LEN: true,
	compile.SLICE: true, compile.GETITEM: true, compile.SETITEM: true,
}

// listCheckStep aborts an instruction that may not run while a virtual is
// live.
func (r *recorder) listCheckStep(fr *recFrame, op compile.Opcode) error {
	if !r.listLive() {
		return nil
	}
	if fr != r.frames[0] || !listPureOps[op] {
		return abortf("unsupported", "%s while a list slice is virtual", op)
	}
	return nil
}

// listSnapshot returns the snapshot a guard uses while a virtual is live,
// or -1.
func (r *recorder) listSnapshot() int {
	if r.listLive() {
		return r.lists.rewind
	}
	return -1
}

// listSetVirtual binds register reg of the loop frame to v (concretely to
// the object the instruction built).
func (r *recorder) listSetVirtual(fr *recFrame, reg int, v *listVirtual, concrete runtime.Value) {
	if r.lists.virtuals == nil {
		r.lists.virtuals = map[int]*listVirtual{}
	}
	r.lists.virtuals[reg] = v
	r.set(fr, reg, refListVirtual, concrete)
}

// listVirtualAt returns the virtual register reg holds, or nil.
func (r *recorder) listVirtualAt(fr *recFrame, reg int) *listVirtual {
	if fr != r.frames[0] || reg >= fr.code.KBase || fr.refs[reg] != refListVirtual {
		return nil
	}
	return r.lists.virtuals[reg]
}

// listBound reads a slice bound register: an int IR value, or NoRef for
// None; ok is false for anything else.
func (r *recorder) listBound(fr *recFrame, reg int) (Ref, runtime.Value, bool, error) {
	ref, v, err := r.get(fr, reg)
	if err != nil {
		return NoRef, v, false, err
	}
	if v.IsNone() {
		return NoRef, v, true, nil
	}
	return ref, v, r.t.TypeOf(ref) == Int, nil
}

// recordSlice records SLICE A B C. Constant bounds make a constant slice
// object (slices are immutable); other int or None bounds, with a constant
// step of ±1, a virtual slice. handled is false for the rest (a residual
// call records it).
func (r *recorder) recordSlice(fr *recFrame, a, b, c int) (handled bool, err error) {
	regs := []int{b, b + 1}
	if c == 3 {
		regs = append(regs, b+2)
	}
	var refs [3]Ref
	var vals [3]runtime.Value
	vals[2] = runtime.None
	refs[2] = NoRef
	allConst := true
	for i, reg := range regs {
		ref, v, ok, err := r.listBound(fr, reg)
		if err != nil || !ok {
			return false, err
		}
		refs[i], vals[i] = ref, v
		allConst = allConst && (ref == NoRef || ref.IsConst())
	}
	concrete := runtime.NewSlice(vals[0], vals[1], vals[2])
	if allConst {
		r.set(fr, a, r.constOf(concrete), concrete)
		return true, nil
	}
	step := int64(1)
	if refs[2] != NoRef {
		step = vals[2].SmallInt()
	}
	if fr != r.frames[0] || a < fr.code.NumLocals || step != 1 && step != -1 || !r.listReversePattern(fr, a, step) {
		return false, nil
	}
	if refs[2] != NoRef {
		if !refs[2].IsConst() {
			r.guard(OpGuardValue, refs[2], r.t.ConstInt(step))
		}
	}
	if !r.listLive() {
		r.lists.rewind = r.snapshot()
	}
	r.listSetVirtual(fr, a, &listVirtual{slice: true, start: refs[0], stop: refs[1], stp: refs[2],
		stepConst: step, stepNone: refs[2] == NoRef}, concrete)
	return true, nil
}

// listNormalise emits the normalised value of a slice bound b (concrete
// value bv) for a list of length length (concrete n), Python's
// PySlice_AdjustIndices without its clamping: the recording's regime (in
// range, or negative and in range once n is added) is guarded; a bound
// that would be clamped is not handled (ok false). dflt is the value of
// None. hi is the largest in-range value (n for step 1, n-1 for -1).
func (r *recorder) listNormalise(b Ref, bv runtime.Value, length Ref, n int64, dflt Ref, step int64) (Ref, int64, bool) {
	if b == NoRef {
		switch {
		case dflt.IsConst():
			return dflt, int64(r.t.Const(dflt).Bits), true
		case step > 0:
			return length, n, true
		}
		return dflt, n - 1, true // start of a reversed slice: len - 1
	}
	x := bv.SmallInt()
	hi := n
	if step < 0 {
		hi = n - 1
	}
	cmpHi := OpIntLe
	if step < 0 {
		cmpHi = OpIntLt
	}
	switch {
	case x >= 0 && x <= hi:
		r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, b, r.t.ConstInt(0)))
		r.guard(OpGuardTrue, r.emit(cmpHi, Bool, b, length))
		return b, x, true
	case x < 0 && x+n >= 0 && x+n <= hi:
		r.guard(OpGuardTrue, r.emit(OpIntLt, Bool, b, r.t.ConstInt(0)))
		j := r.emit(OpIntAdd, Int, b, length)
		r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, j, r.t.ConstInt(0)))
		return j, x + n, true
	}
	return NoRef, 0, false
}

// listRange normalises virtual slice s against list l (length concrete n)
// and returns its first index, its length and their recording values.
func (r *recorder) listRange(s *listVirtual, fr *recFrame, sliceReg int, l Ref, n int64) (start, count Ref, cStart, cCount int64, ok bool) {
	sv := runtime.JITSliceOf(fr.regs[sliceReg])
	length := r.emit(OpArrayLen, Int, l)
	var lo, hi Ref
	var clo, chi int64
	if s.stepConst > 0 {
		if lo, clo, ok = r.listNormalise(s.start, sv.Start, length, n, r.t.ConstInt(0), 1); !ok {
			return
		}
		if hi, chi, ok = r.listNormalise(s.stop, sv.Stop, length, n, length, 1); !ok {
			return
		}
		if chi < clo {
			return NoRef, NoRef, 0, 0, false
		}
		r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, hi, lo))
		return lo, r.emit(OpIntSub, Int, hi, lo), clo, chi - clo, true
	}
	// Step -1: from start down to stop (exclusive); None stop is -1.
	if s.start == NoRef {
		lo, clo = r.emit(OpIntSub, Int, length, r.t.ConstInt(1)), n-1
	} else if lo, clo, ok = r.listNormalise(s.start, sv.Start, length, n, NoRef, -1); !ok {
		return
	}
	if s.stop == NoRef {
		hi, chi = r.t.ConstInt(-1), -1
	} else if hi, chi, ok = r.listNormalise(s.stop, sv.Stop, length, n, NoRef, -1); !ok {
		return
	}
	if clo < chi {
		return NoRef, NoRef, 0, 0, false
	}
	r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, lo, hi))
	return lo, r.emit(OpIntSub, Int, lo, hi), clo, clo - chi, true
}

// listGetSlice records GETITEM A B C where C holds a virtual slice: B a
// list, A a temporary that becomes a virtual view. handled is false when
// the shape is not one this file compiles (the caller aborts: the slice
// cannot be given to a residual call).
func (r *recorder) listGetSlice(fr *recFrame, a, b, c int, s *listVirtual) (bool, error) {
	l, lv, err := r.get(fr, b)
	if err != nil {
		return false, err
	}
	n, ok := listOf(lv)
	if !ok || r.t.TypeOf(l) != Ptr || a < fr.code.NumLocals {
		return false, nil
	}
	if !l.IsConst() {
		r.guard(OpGuardClass, l, r.classConst(lv.Type()))
	}
	if r.listStorage(l, lv) != 0 {
		return false, nil // list_reverse moves 16-byte items only
	}
	start, count, cStart, cCount, ok := r.listRange(s, fr, c, l, int64(n))
	if !ok {
		return false, nil
	}
	v, err := runtime.GetItem(r.th, lv, fr.regs[c])
	if err != nil {
		return false, err
	}
	r.listSetVirtual(fr, a, &listVirtual{src: l, vStart: start, n: count, stepConst: s.stepConst, cStart: cStart, cN: cCount}, v)
	return true, nil
}

// listSetSlice records SETITEM A B C where B holds a virtual slice and C a
// virtual view of the same list A, read backwards over exactly the
// range the slice assigns: an in-place reversal.
func (r *recorder) listSetSlice(fr *recFrame, a, b, c int, s, view *listVirtual) (bool, error) {
	l, lv, err := r.get(fr, a)
	if err != nil {
		return false, err
	}
	n, ok := listOf(lv)
	if !ok || view == nil || view.slice || s.stepConst != 1 || view.stepConst != -1 || l != view.src {
		return false, nil
	}
	if !l.IsConst() {
		r.guard(OpGuardClass, l, r.classConst(lv.Type()))
	}
	if r.listStorage(l, lv) != 0 {
		return false, nil
	}
	lo, count, clo, cCount, ok := r.listRange(s, fr, b, l, int64(n))
	if !ok || cCount != view.cN || cCount > 0 && view.cStart != clo+cCount-1 {
		return false, nil
	}
	src := fr.regs[c]
	// Same length, and the view starts at the range's last item: it is
	// the range read backwards.
	r.guard(OpGuardTrue, r.emit(OpIntEq, Bool, count, view.n))
	last := r.emit(OpIntAdd, Int, lo, r.emit(OpIntSub, Int, count, r.t.ConstInt(1)))
	if cCount > 0 {
		r.guard(OpGuardTrue, r.emit(OpIntEq, Bool, view.vStart, last))
	} else {
		// An empty view may start anywhere: nothing is copied.
		r.guard(OpGuardTrue, r.emit(OpIntEq, Bool, count, r.t.ConstInt(0)))
	}
	r.t.Emit(Op{Code: OpListReverse, Args: []Ref{l, lo, r.emit(OpIntAdd, Int, lo, count)}, Snap: -1})
	if err := runtime.SetItem(r.th, lv, fr.regs[b], src); err != nil {
		return false, err
	}
	// The store happened: snapshots are the current state again.
	r.lists.rewind = -1
	return true, nil
}

// listGetItem records GETITEM when its index is virtual; handled false
// means the instruction is not this file's.
func (r *recorder) listGetItem(fr *recFrame, a, b, c int) (bool, error) {
	if v := r.listVirtualAt(fr, b); v != nil {
		return false, abortf("unsupported", "subscript of a virtual list slice")
	}
	s := r.listVirtualAt(fr, c)
	if s == nil {
		return false, nil
	}
	if !s.slice {
		return false, abortf("unsupported", "a virtual list slice used as an index")
	}
	ok, err := r.listGetSlice(fr, a, b, c, s)
	if err == nil && !ok {
		err = abortf("unsupported", "list slice of this shape")
	}
	return true, err
}

// listSetItem records SETITEM when a virtual is involved, and refuses a
// store while a virtual is live (the rewind rule).
func (r *recorder) listSetItem(fr *recFrame, a, b, c int) (bool, error) {
	s := r.listVirtualAt(fr, b)
	if s == nil && r.listVirtualAt(fr, c) != nil {
		s = r.listConstSlice(fr, b)
	}
	if s == nil {
		if r.listLive() || r.listVirtualAt(fr, c) != nil || r.listVirtualAt(fr, a) != nil {
			return true, abortf("unsupported", "a store while a list slice is virtual")
		}
		return false, nil
	}
	ok, err := r.listSetSlice(fr, a, b, c, s, r.listVirtualAt(fr, c))
	if err == nil && !ok {
		err = abortf("unsupported", "list slice assignment of this shape")
	}
	return true, err
}

// listReversePattern reports whether the slice SLICE is about to put in
// register sliceReg takes part in an in-place reversal this file
// compiles: looking ahead in the statement (instructions that only write
// registers), either it indexes a list into a temporary that a slice
// assignment to the same list then stores (`a[i:j] = a[k:l:-1]`, this is
// the source's slice), or it is the target of that assignment, whose
// value is already a virtual view of the list.
func (r *recorder) listReversePattern(fr *recFrame, sliceReg int, step int64) bool {
	insns := fr.code.Insns
	pc := fr.pc + 1
	view, container := -1, -1
	for n := 0; n < 16 && pc < len(insns); n++ {
		w := insns[pc]
		op := compile.Opcode(w)
		a, b, c := int(uint8(w>>8)), int(uint8(w>>16)), int(uint8(w>>24))
		if op == compile.EXT || !listPureOps[op] {
			return false
		}
		switch {
		case op == compile.GETITEM && c == sliceReg && view < 0:
			if step != -1 {
				return false
			}
			view, container = a, b
		case op == compile.SETITEM && view >= 0:
			return a == container && c == view
		case op == compile.SETITEM && b == sliceReg:
			v := r.listVirtualAt(fr, c)
			if step != 1 {
				return false
			}
			return v != nil && !v.slice && v.src == fr.refs[a] && v.stepConst == -1
		case op == compile.SETITEM:
			return false
		}
		pc++
		if op.HasExtraWord() {
			pc++
		}
	}
	return false
}

// listConstSlice describes the constant slice object in register reg (a
// slice with constant bounds, see recordSlice) as a virtual slice, or
// returns nil.
func (r *recorder) listConstSlice(fr *recFrame, reg int) *listVirtual {
	ref := fr.refs[reg]
	sl := runtime.JITSliceOf(fr.regs[reg])
	if sl == nil || !ref.IsConst() {
		return nil
	}
	bound := func(v runtime.Value) (Ref, bool) {
		switch {
		case v.IsNone():
			return NoRef, true
		case v.IsSmallInt():
			return r.t.ConstInt(v.SmallInt()), true
		}
		return NoRef, false
	}
	start, ok1 := bound(sl.Start)
	stop, ok2 := bound(sl.Stop)
	step, ok3 := bound(sl.Step)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	v := &listVirtual{slice: true, start: start, stop: stop, stp: step, stepConst: 1, stepNone: step == NoRef}
	if step != NoRef {
		v.stepConst = sl.Step.SmallInt()
	}
	return v
}

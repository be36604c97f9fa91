package jit

// This file defines virtual list iterators: `for x in a_list` whose GETITER
// is inside the trace (an inner loop, unrolled into the outer loop's
// trace) allocates no iterator. The register that would hold it gets
// refListIter; the list and the next index are IR values on the side
// (listIter). FORITER reads the list's current length, guards the index
// against it (the list may grow or shrink while the loop runs), and reads
// the item as a list subscript does (readItem); the index then lives in a
// register. When the loop ends in the trace, the iterator is dropped.
//
// Resume data. Snapshots list each live virtual iterator
// (Snapshot.ListIters: register, list, index); leaving compiled code makes
// a real list iterator at that index in the register
// (runtime.JITListIterAt, in Go: the exit allocates), so the interpreter
// goes on with the loop where the trace left it. A bridge from such a
// snapshot starts with the iterator virtual again, over its inputs.
//
// GC invariants: the list of a virtual iterator is an IR ref that is also
// a snapshot Live value (computeLive), so every exit writes it to Slots
// (and to State.Refs in loops that store refs); it is also held by the
// register or expression the loop iterates. No pointer is stored by
// compiled code for an iterator.

import (
	"github.com/kilnpy/kiln/vm/runtime"
)

// refListIter marks a loop-frame register holding a virtual list iterator.
const refListIter Ref = NoRef + 3

// listIter is a virtual list iterator: the list, the next index (IR) and
// that index at recording.
type listIter struct {
	list, idx Ref
	cIdx      int
}

// SnapListIter is a virtual list iterator in a snapshot: exits make
// register Reg of the loop frame a list iterator over List at Index.
type SnapListIter struct {
	Reg         int
	List, Index Ref
}

// listIterAt returns the virtual iterator in register reg, or nil.
func (r *recorder) listIterAt(fr *recFrame, reg int) *listIter {
	if fr != r.frames[0] || reg >= fr.code.KBase || fr.refs[reg] != refListIter {
		return nil
	}
	return r.lists.iters[reg]
}

// listSetIter binds register reg of the loop frame to a virtual iterator.
func (r *recorder) listSetIter(fr *recFrame, reg int, it *listIter, concrete runtime.Value) {
	if r.lists.iters == nil {
		r.lists.iters = map[int]*listIter{}
	}
	r.lists.iters[reg] = it
	r.set(fr, reg, refListIter, concrete)
}

// listSnapIters is the snapshot entry of the virtual iterator in reg.
func (r *recorder) listSnapIter(reg int) SnapListIter {
	it := r.lists.iters[reg]
	return SnapListIter{Reg: reg, List: it.list, Index: it.idx}
}

// listGetIter records GETITER A B of a list in the loop frame as a virtual
// iterator; handled is false for anything else.
func (r *recorder) listGetIter(fr *recFrame, a, b int) (bool, error) {
	if fr != r.frames[0] || r.listLive() {
		return false, nil
	}
	l, lv, err := r.get(fr, b)
	if err != nil {
		return false, err
	}
	if !lv.IsValid() || lv.Type() != runtime.ListType || r.t.TypeOf(l) != Ptr {
		return false, nil
	}
	if !l.IsConst() {
		r.guard(OpGuardClass, l, r.classConst(lv.Type()))
	}
	r.listSetIter(fr, a, &listIter{list: l, idx: r.t.ConstInt(0)}, runtime.JITListIterAt(lv, 0))
	return true, nil
}

// listForIter records FORITER A B over a virtual iterator; handled is false
// when B is not one. done reports that the loop ends.
func (r *recorder) listForIter(fr *recFrame, a, b int) (handled, done bool, err error) {
	it := r.listIterAt(fr, b)
	if it == nil {
		return false, false, nil
	}
	itv := fr.regs[b]
	seqv, _, _ := runtime.JITSeqIterState(itv)
	aux := r.listStorage(it.list, seqv)
	more := it.cIdx < runtime.JITListLen(seqv)
	r.branch(r.emit(OpIntLt, Bool, it.idx, r.arrayLen(it.list, aux)), more)
	if !more {
		runtime.JITSeqIterNext(itv) // marks the real one exhausted
		delete(r.lists.iters, b)
		fr.refs[b] = refListVirtual // dead: left out of snapshots
		return true, true, nil
	}
	v := runtime.JITListAt(seqv, it.cIdx)
	x, err := r.readItem(it.list, it.idx, v, aux)
	if err != nil {
		return true, false, abortf("unsupported", "for loop over a list of %s", v.Type().Name)
	}
	runtime.JITSeqIterNext(itv)
	r.lists.iters[b] = &listIter{list: it.list, idx: r.emit(OpIntAdd, Int, it.idx, r.t.ConstInt(1)), cIdx: it.cIdx + 1}
	r.set(fr, a, x, v)
	return true, false, nil
}

// listBridgeIters makes the virtual iterators of snapshot sn of parent
// virtual again in a bridge recorded from it (the exit has made them real
// in the frame, at the index they had).
func (r *recorder) listBridgeIters(parent *Trace, sn *Snapshot) {
	fr := r.frames[0]
	for _, li := range sn.ListIters {
		_, i, _ := runtime.JITSeqIterState(fr.regs[li.Reg])
		list := r.slotRef(parent, sn, SnapSlot{Reg: int32(li.Reg), Ref: li.List})
		idx := r.slotRef(parent, sn, SnapSlot{Reg: int32(li.Reg), Ref: li.Index})
		r.listSetIter(fr, li.Reg, &listIter{list: list, idx: idx, cIdx: i}, fr.regs[li.Reg])
	}
}

// listMaterialiseIters makes the virtual iterators of sn real in the loop
// frame f, from the exit's values (b).
func listMaterialiseIters(f *runtime.Frame, sn *Snapshot, b *boxer) {
	for _, li := range sn.ListIters {
		f.Regs[li.Reg] = runtime.JITListIterAt(b.value(li.List), int(b.value(li.Index).SmallInt()))
	}
}

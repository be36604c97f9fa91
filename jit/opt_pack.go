package jit

import "slices"

// This file defines packing: moving an optimised trace into storage of its
// exact size before it is compiled and kept. The optimiser's passes
// reserve for the worst case (a peeled loop's room for two copies of
// every op, slabs of snapshot slots for one and a half copies of the
// recording's snapshots, chunks of at least 256 refs) and remove ops in
// place, so the trace they return sits in arrays up to three times its
// size. A compiled trace lives as long as its code (deopt reads its
// snapshots, bridges its types and label), so that slack stayed in the
// heap, and in the collector's goal, for the rest of the process: 1 to 3
// MB on fannkuch, nbody and richards (docs/jit-memory.md).

// pack moves t's ops, argument lists, constants and snapshots into one
// exact-size array per kind. The arrays t used are left to the collector:
// nothing else refers to them (the folder's output is t's alone).
//
// A snapshot whose Live list, a frame's slots or all frames equal the
// previous snapshot's shares them: guards in one instruction, or with
// nothing written between them, see the same registers (richards: 88
// percent of the slots, nbody 51). A packed trace is therefore read-only:
// nothing changes a compiled trace's snapshots in place, and every list is
// capped at its length, so that an append copies.
func (t *Trace) pack() {
	nArgs := 0
	for i := range t.Ops {
		nArgs += len(t.Ops[i].Args)
	}
	nFrames, nSlots, nLive, nIters := 0, 0, 0, 0
	for i := range t.Snaps {
		s := &t.Snaps[i]
		prev := t.prevSnap(i)
		if !sameRefs(prev, s) {
			nLive += len(s.Live)
		}
		nIters += len(s.ListIters)
		if sameFrames(prev, s) {
			continue
		}
		nFrames += len(s.Frames)
		for k, fr := range s.Frames {
			if !sameSlots(prev, k, fr.Slots) {
				nSlots += len(fr.Slots)
			}
		}
	}
	refs := make([]Ref, 0, nArgs+nLive)
	takeRefs := func(rs []Ref) []Ref {
		if rs == nil {
			return nil
		}
		start := len(refs)
		refs = append(refs, rs...)
		return refs[start:len(refs):len(refs)]
	}
	ops := make([]Op, len(t.Ops))
	copy(ops, t.Ops)
	for i := range ops {
		ops[i].Args = takeRefs(ops[i].Args)
	}
	t.Ops = ops
	frames := make([]SnapFrame, 0, nFrames)
	slots := make([]SnapSlot, 0, nSlots)
	var iters []SnapListIter
	if nIters > 0 {
		iters = make([]SnapListIter, 0, nIters)
	}
	snaps := make([]Snapshot, len(t.Snaps))
	for i := range t.Snaps {
		s := &t.Snaps[i]
		prev := t.prevSnap(i)
		if sameRefs(prev, s) {
			snaps[i].Live = snaps[i-1].Live
		} else {
			snaps[i].Live = takeRefs(s.Live)
		}
		if sameFrames(prev, s) {
			snaps[i].Frames = snaps[i-1].Frames
		} else {
			fStart := len(frames)
			for k, fr := range s.Frames {
				switch {
				case sameSlots(prev, k, fr.Slots):
					fr.Slots = snaps[i-1].Frames[k].Slots
				case fr.Slots != nil:
					sStart := len(slots)
					slots = append(slots, fr.Slots...)
					fr.Slots = slots[sStart:len(slots):len(slots)]
				}
				frames = append(frames, fr)
			}
			snaps[i].Frames = frames[fStart:len(frames):len(frames)]
		}
		if s.ListIters != nil {
			iStart := len(iters)
			iters = append(iters, s.ListIters...)
			snaps[i].ListIters = iters[iStart:len(iters):len(iters)]
		}
	}
	t.Snaps = snaps
	if cap(t.Consts) > len(t.Consts) {
		consts := make([]Const, len(t.Consts)) // append would round the capacity up
		copy(consts, t.Consts)
		t.Consts = consts
	}
}

// prevSnap is the snapshot before i, whose lists snapshot i may share,
// or nil.
func (t *Trace) prevSnap(i int) *Snapshot {
	if i == 0 {
		return nil
	}
	return &t.Snaps[i-1]
}

// sameRefs reports whether s's Live list equals prev's.
func sameRefs(prev, s *Snapshot) bool {
	return prev != nil && s.Live != nil && slices.Equal(prev.Live, s.Live)
}

// sameSlots reports whether slots equal those of prev's frame k.
func sameSlots(prev *Snapshot, k int, slots []SnapSlot) bool {
	return prev != nil && k < len(prev.Frames) && slots != nil && slices.Equal(prev.Frames[k].Slots, slots)
}

// sameFrames reports whether s's frames equal prev's, slots included.
func sameFrames(prev, s *Snapshot) bool {
	if prev == nil || len(prev.Frames) != len(s.Frames) || len(s.Frames) == 0 {
		return false
	}
	for k := range s.Frames {
		a, b := &prev.Frames[k], &s.Frames[k]
		if a.Code != b.Code || a.Func != b.Func || a.PC != b.PC || a.ResultReg != b.ResultReg ||
			a.InitCall != b.InitCall || a.Gen != b.Gen || !sameSlots(prev, k, b.Slots) {
			return false
		}
	}
	return true
}

package jit

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
func (t *Trace) pack() {
	nArgs := 0
	for i := range t.Ops {
		nArgs += len(t.Ops[i].Args)
	}
	nFrames, nSlots, nLive, nIters := 0, 0, 0, 0
	for i := range t.Snaps {
		s := &t.Snaps[i]
		nFrames += len(s.Frames)
		for _, fr := range s.Frames {
			nSlots += len(fr.Slots)
		}
		nLive += len(s.Live)
		nIters += len(s.ListIters)
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
		fStart := len(frames)
		for _, fr := range s.Frames {
			if fr.Slots != nil {
				sStart := len(slots)
				slots = append(slots, fr.Slots...)
				fr.Slots = slots[sStart:len(slots):len(slots)]
			}
			frames = append(frames, fr)
		}
		snaps[i].Frames = frames[fStart:len(frames):len(frames)]
		snaps[i].Live = takeRefs(s.Live)
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

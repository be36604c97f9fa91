package jit

// This file defines the optimiser's slab allocation: the argument lists
// of ops and the parts of snapshots (frames, slots, live lists) it makes
// for a trace come from a few large chunks instead of three or four
// allocations per op and guard, which were a third of optimising a
// 100-op trace. Slices handed out are capped at their length, so an
// append to one copies instead of writing over its neighbour.

// irSlab hands out slices from chunks; the zero value is ready.
type irSlab struct {
	refs   []Ref
	slots  []SnapSlot
	frames []SnapFrame
	// marks, when set, makes computing snapshots' Live lists linear
	// (opt_scratch.go); it is scratch, not part of the output.
	marks *snapLiveMarks
}

// reserve makes the next chunks hold at least the given numbers of refs,
// slots and frames (the sizes a pass will need, when known).
func (s *irSlab) reserve(refs, slots, frames int) {
	s.refs = make([]Ref, 0, refs)
	s.slots = make([]SnapSlot, 0, slots)
	s.frames = make([]SnapFrame, 0, frames)
}

// slabTake returns the next n elements of *chunk, starting a new chunk of
// at least minChunk elements when the current one is full. Each result is
// capped at its length, so appending to it never writes into a
// neighbour's elements.
func slabTake[T any](chunk *[]T, n, minChunk int) []T {
	if len(*chunk)+n > cap(*chunk) {
		*chunk = make([]T, 0, max(minChunk, n, cap(*chunk)))
	}
	l := len(*chunk)
	*chunk = (*chunk)[:l+n]
	return (*chunk)[l : l+n : l+n]
}

// refList returns a []Ref of length n.
func (s *irSlab) refList(n int) []Ref { return slabTake(&s.refs, n, 256) }

// slotList returns a []SnapSlot of length n.
func (s *irSlab) slotList(n int) []SnapSlot { return slabTake(&s.slots, n, 512) }

// frameList returns a []SnapFrame of length n.
func (s *irSlab) frameList(n int) []SnapFrame { return slabTake(&s.frames, n, 64) }

// remapIn returns a copy of s with every ref passed through m, its parts
// taken from a.
func (s *Snapshot) remapIn(a *irSlab, m func(Ref) Ref) Snapshot {
	n := 0
	for _, fr := range s.Frames {
		n += len(fr.Slots)
	}
	slots := a.slotList(n)
	c := Snapshot{Frames: a.frameList(len(s.Frames)), Live: a.refList(len(s.Live))[:0]}
	k := 0
	for i, fr := range s.Frames {
		nf := fr
		start := k
		for _, sl := range fr.Slots {
			if sl.Ref != NoRef {
				sl.Ref = m(sl.Ref)
			}
			slots[k] = sl
			k++
		}
		nf.Slots = slots[start:k:k]
		c.Frames[i] = nf
	}
	if len(s.ListIters) > 0 {
		c.ListIters = make([]SnapListIter, len(s.ListIters))
		for i, li := range s.ListIters {
			c.ListIters[i] = SnapListIter{Reg: li.Reg, List: m(li.List), Index: m(li.Index)}
		}
	}
	if a.marks != nil {
		a.marks.computeLive(&c)
	} else {
		c.computeLive()
	}
	return c
}

// renumberInPlace passes every op ref of s through newRef (compact's
// renumbering, one-to-one on the refs of live ops), rewriting s's own
// slots and lists, and returns it. Then the new Live list is the old one
// renumbered: deduplicated and in first-use order as computeLive would
// make it.
func (s Snapshot) renumberInPlace(newRef []Ref) Snapshot {
	m := func(r Ref) Ref {
		if r >= 0 {
			return newRef[r]
		}
		return r
	}
	for _, fr := range s.Frames {
		for k := range fr.Slots {
			if r := fr.Slots[k].Ref; r >= 0 {
				fr.Slots[k].Ref = newRef[r]
			}
		}
	}
	for k := range s.ListIters {
		s.ListIters[k].List = m(s.ListIters[k].List)
		s.ListIters[k].Index = m(s.ListIters[k].Index)
	}
	for k, r := range s.Live {
		if s.Live[k] = m(r); s.Live[k] == NoRef || s.Live[k].IsConst() {
			s.computeLive() // an op dropped (a nop): not one-to-one
			break
		}
	}
	return s
}

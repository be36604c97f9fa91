package jit

// This file defines the per-compile scratch memory of the optimiser and
// the register allocator: the folder's ref maps and fact tables, the dead
// code pass's marks and renumbering, the linear live-set computation of
// snapshots, and the allocator's per-value arrays. None of it outlives a
// compile, so it is taken from a pool and given back instead of being
// allocated for every trace (garbage collection was a quarter of
// compiling a 100-op trace). What a compile produces (the trace's ops,
// snapshots and their slab chunks, the code) is never pooled.

import "sync"

// optScratch is the scratch of one Optimize.
type optScratch struct {
	m, consts []Ref // folder: src op → out ref, src const → out const
	cse       map[cseKey]Ref
	proven    map[cseKey]bool
	subst     map[Ref]Ref
	fields    map[fieldKey]Ref
	items     map[itemKey]Ref
	kinds     map[itemKey]int64
	interiors map[cseKey]Ref
	live      []bool // eliminateDead's marks
	newRef    []Ref  // compact's renumbering
	marks     snapLiveMarks
}

var optScratchPool = sync.Pool{New: func() any {
	return &optScratch{cse: map[cseKey]Ref{}, proven: map[cseKey]bool{}, subst: map[Ref]Ref{},
		fields: map[fieldKey]Ref{}, items: map[itemKey]Ref{}, kinds: map[itemKey]int64{}, interiors: map[cseKey]Ref{}}
}}

// getOptScratch returns scratch with empty maps.
func getOptScratch() *optScratch { return optScratchPool.Get().(*optScratch) }

// put clears s and gives it back to the pool.
func (s *optScratch) put() {
	clear(s.cse)
	clear(s.proven)
	clear(s.subst)
	clear(s.fields)
	clear(s.items)
	clear(s.kinds)
	clear(s.interiors)
	optScratchPool.Put(s)
}

// scratchRefs returns buf resized to n refs, all zero.
func scratchRefs(buf *[]Ref, n int) []Ref {
	if cap(*buf) < n {
		*buf = make([]Ref, n, n+n/2)
	}
	s := (*buf)[:n]
	clear(s)
	return s
}

// scratchBools returns buf resized to n bools, all false.
func scratchBools(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n, n+n/2)
	}
	s := (*buf)[:n]
	clear(s)
	return s
}

// snapLiveMarks computes snapshots' Live lists in one pass over their
// slots: mark[r] == gen says op r is already listed (computeLive's
// search of the list made it quadratic in the snapshot's size).
type snapLiveMarks struct {
	mark []uint32
	gen  uint32
}

// computeLive fills s.Live as Snapshot.computeLive does (the frames' op
// refs, deduplicated, in first-use order, then the list iterators').
func (m *snapLiveMarks) computeLive(s *Snapshot) {
	m.gen++
	if m.gen == 0 { // wrapped: old marks could match
		clear(m.mark)
		m.gen = 1
	}
	s.Live = s.Live[:0]
	add := func(r Ref) {
		if r == NoRef || r.IsConst() {
			return
		}
		if int(r) >= len(m.mark) {
			m.mark = append(m.mark, make([]uint32, int(r)+1-len(m.mark)+64)...)
		}
		if m.mark[r] != m.gen {
			m.mark[r] = m.gen
			s.Live = append(s.Live, r)
		}
	}
	for _, fr := range s.Frames {
		for _, sl := range fr.Slots {
			add(sl.Ref)
		}
	}
	for _, li := range s.ListIters {
		add(li.List)
		add(li.Index)
	}
}

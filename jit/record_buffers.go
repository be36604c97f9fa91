package jit

// This file defines the reuse of a recording's arrays. A recorded trace
// is garbage as soon as it is optimised (the optimiser copies every op
// and snapshot it keeps: opt_fold.go, opt_pack.go), and at once when the
// recording aborts, which most recordings of a program the JIT cannot
// help do. Their op and snapshot arrays, grown by doubling, and each
// snapshot's frames, slots and live list were most of what the JIT
// allocated: 1.6 of tokenizer's 2.5 MB, in its warm-up, when the heap is
// small and every megabyte of garbage is one more collection of the live
// heap (docs/jit-regressions.md). So the driver keeps the arrays of the
// last recording and hands them to the next one.
//
// A recording takes the arrays (the JIT keeps none while it runs, so a
// recording nested in another, of a function the recorded code calls,
// gets arrays of its own) and gives them back cleared once nothing reads
// the trace: after Optimize, or after the abort has been reported and the
// frame restored. The arrays a test keeps (keepRecorded) are never given
// back, and arrays grown past maxKeptRecordingOps ops (or slabs past
// maxKeptSnapSlots) are let go, so that one long recording does not pin
// its size for the rest of the process.

// maxKeptRecordingOps bounds the op array kept between recordings (about
// 80 KB of ops), maxKeptSnapSlots the snapshots' slot and live slabs
// (32 KB each at most).
const (
	maxKeptRecordingOps = 1024
	maxKeptSnapSlots    = 4096
)

// recordingBuffers are the arrays a recording appends to.
type recordingBuffers struct {
	ops   []Op
	snaps []Snapshot
	slabs snapSlabs
}

// snapSlabs are the arrays the recorder cuts snapshots' lists from, each
// list capped at its length so that an append to it copies. A slab that
// is full is replaced by a bigger one; the lists already cut keep the old.
type snapSlabs struct {
	frames []SnapFrame
	slots  []SnapSlot
	live   []Ref
}

// liveRoom returns an empty list with room for n refs at the end of the
// live slab; the caller advances the slab by what it appended.
func (b *snapSlabs) liveRoom(n int) []Ref {
	if cap(b.live)-len(b.live) < n {
		b.live = make([]Ref, 0, max(2*cap(b.live), n, 64))
	}
	k := len(b.live)
	return b.live[k : k : k+n]
}

// takeRecordingBuffers makes the trace rec records append to the arrays
// of the last recording, emptied (none for the first, or while another
// recording holds them).
func (j *JIT) takeRecordingBuffers(rec *recorder) {
	b := &j.recBuffers
	// A bridge recorder has emitted its inputs already.
	rec.t.Ops = append(b.ops, rec.t.Ops...)
	rec.t.Snaps = append(b.snaps, rec.t.Snaps...)
	rec.slabs = b.slabs
	*b = recordingBuffers{}
}

// recycleRecording gives the arrays of rec's trace, which nothing reads
// any more, back for the next recording.
func (j *JIT) recycleRecording(rec *recorder) {
	t := rec.t
	s := rec.slabs
	if t == nil || j.keepRecorded || cap(t.Ops) > maxKeptRecordingOps || cap(s.slots) > maxKeptSnapSlots || cap(s.live) > 2*maxKeptSnapSlots ||
		cap(j.recBuffers.ops) >= cap(t.Ops) {
		return
	}
	// What the ops and snapshots point at (argument lists, positions,
	// code objects) must not stay reachable from the kept arrays.
	clear(t.Ops)
	clear(t.Snaps)
	clear(s.frames)
	j.recBuffers = recordingBuffers{ops: t.Ops[:0], snaps: t.Snaps[:0],
		slabs: snapSlabs{frames: s.frames[:0], slots: s.slots[:0], live: s.live[:0]}}
	t.Ops, t.Snaps, rec.slabs = nil, nil, snapSlabs{}
}

package jit

// This file defines snapshots, the resume data of guards and back-edges
// (LuaJIT's lj_snap.c): which interpreter frames an exit rebuilds, at
// which instruction each resumes, and which register gets which IR value.
// A snapshot is the single source of truth for leaving compiled code: the
// backend writes its Live values to State.Slots, and deopt.go rebuilds
// frames from them without looking at the trace's ops.

import (
	"github.com/kilnpy/kiln/vm/runtime"
)

// Snapshot is the resume data of one exit.
type Snapshot struct {
	// Frames are the interpreter frames to rebuild, outermost first. The
	// first is the frame the loop runs in (it exists: only the registers
	// listed are written); the others are frames of inlined calls, built
	// from scratch.
	Frames []SnapFrame
	// Live are the op refs (never constants) whose values the exit writes
	// to State.Slots, in this order; SnapSlot.Ref values that are ops are
	// found here.
	Live []Ref
	// ListIters are the virtual list iterators of the loop frame, made
	// real by the exit (record_list_iter.go).
	ListIters []SnapListIter
}

// SnapFrame is one frame of a snapshot.
type SnapFrame struct {
	Code *runtime.Code
	// Func is the function of an inlined frame (nil for the outermost).
	Func *runtime.Function
	// PC is the instruction at which the frame resumes. For a frame with
	// an inner frame, PC is after the call and ResultReg receives the
	// inner frame's return value.
	PC        int
	ResultReg int
	// InitCall: the frame is an inlined __init__ of a class call
	// (record_alloc.go): its caller's ResultReg already holds the new
	// object, and the frame's return value is only checked to be None.
	InitCall bool
	// Gen: the frame is a generator's, resumed by its parent's FORITER
	// (whose register B holds the generator; the parent's PC is the
	// FORITER): its registers are the generator frame's (record_gen.go).
	Gen bool
	// Slots are the registers to write, in increasing order.
	Slots []SnapSlot
}

// SnapSlot gives a register's value: an op ref (boxed by its type) or a
// constant. A Ref of NoRef unbinds the register (only in inlined frames).
//
// It is 8 bytes: a compiled trace keeps one per register per frame per
// guard (docs/jit-memory.md), so Reg is an int32 (a frame has at most
// 2^24 registers: an instruction's operands are 8 and 24 bits).
type SnapSlot struct {
	Reg int32
	Ref Ref
}

// liveIndex returns the index of r in s.Live, or -1.
func (s *Snapshot) liveIndex(r Ref) int {
	for i, l := range s.Live {
		if l == r {
			return i
		}
	}
	return -1
}

// computeLive fills s.Live from the frames' op refs, deduplicated, in
// first-use order.
func (s *Snapshot) computeLive() {
	s.Live = s.Live[:0]
	for _, fr := range s.Frames {
		for _, sl := range fr.Slots {
			if sl.Ref != NoRef && !sl.Ref.IsConst() && s.liveIndex(sl.Ref) < 0 {
				s.Live = append(s.Live, sl.Ref)
			}
		}
	}
	for _, li := range s.ListIters {
		for _, r := range [2]Ref{li.List, li.Index} {
			if !r.IsConst() && s.liveIndex(r) < 0 {
				s.Live = append(s.Live, r)
			}
		}
	}
}

// The register allocator of the x86-64 backend: linear scan over a trace
// (Poletto & Sarkar), one location per value for its whole life, in a
// general or an XMM register or, when registers run out, in a spill slot
// of State.Spill.

package jit

import (
	"github.com/kilnpy/kiln/jit/internal/native"
)

// Registers the code generator never allocates: DI holds the State, R13
// the spill area, R14 is g, SP and BP belong to Go, R11 and R12 are
// scratch (R11 is also clobbered by the write barrier), X14 and X15 are
// float scratch (X15 is zeroed before a write-barrier call).
var (
	x86GPRegs = []native.Reg{native.AX, native.BX, native.CX, native.DX, native.SI,
		native.R8, native.R9, native.R10, native.R15}
	x86XRegs = func() []native.Reg {
		var xs []native.Reg
		for i := range 14 {
			xs = append(xs, native.X(i))
		}
		return xs
	}()
)

const (
	x86Scratch1  = native.R11
	x86Scratch2  = native.R12
	x86SpillBase = native.R13
	x86State     = native.DI
)

var (
	x86XScratch1 = native.X(14)
	x86XScratch2 = native.X(15)
)

// x86Loc is where a value lives: a register (reg != 0) or a spill slot.
type x86Loc struct {
	reg  native.Reg
	slot int32 // spill word index within the trace's spill region; -1 if none
}

func (l x86Loc) inReg() bool { return l.reg != 0 }

// x86Alloc is the result of allocating a trace.
type x86Alloc struct {
	locs []x86Loc // per op index (ops without a value: zero)
	// home is, for a value defined before the label and needed after it
	// but kept in a register, the spill slot it is also stored in: the
	// label's entry point (from a bridge, or after a yield) reloads it.
	home   []int32
	end    []int  // last position each value is needed at
	nSpill int32  // spill slots used
	label  int    // index of the label op, or -1
	isArg  []bool // value is a label argument
	usedGP []bool // per x86GPRegs index: ever allocated
	usedX  []bool // per x86XRegs index
	active []x86Interval
}

// x86Interval is a value's live range in linear scan, with the index of
// its register in x86GPRegs or x86XRegs (float).
type x86Interval struct {
	v, end, reg int
	float       bool
}

// x86Class says whether values of type t live in XMM registers.
func x86IsFloat(t Type) bool { return t == Float }

// allocate runs linear scan over t.
func x86Allocate(t *Trace) *x86Alloc {
	n := len(t.Ops)
	a := x86NewAlloc(n)
	a.label = t.Label()
	for i := range a.end {
		a.end[i] = -1
		a.home[i] = -1
		a.locs[i] = x86Loc{slot: -1}
	}
	use := func(r Ref, at int) {
		if !r.IsConst() && r != NoRef && at > a.end[r] {
			a.end[r] = at
		}
	}
	for i := range t.Ops {
		op := &t.Ops[i]
		for _, r := range op.Args {
			use(r, i)
		}
		if op.Snap >= 0 {
			for _, r := range t.Snaps[op.Snap].Live {
				use(r, i)
			}
		}
	}
	if a.label >= 0 {
		for _, r := range t.Ops[a.label].Args {
			if !r.IsConst() {
				a.isArg[r] = true
			}
		}
		for v := 0; v < a.label; v++ {
			if a.isArg[v] || a.end[v] >= a.label {
				a.end[v] = n // live around the loop
			}
		}
	}
	active := a.active[:0]
	var freeGP [x86NumGP]bool
	var freeX [x86NumX]bool
	for i := range freeGP {
		freeGP[i] = true
	}
	for i := range freeX {
		freeX[i] = true
	}
	// minEnd is the earliest end among the active intervals: the scan
	// for expired ones is skipped until it passes.
	minEnd := n + 1
	for v := range t.Ops {
		op := &t.Ops[v]
		if op.Type == Void || !op.Code.HasResult() {
			continue
		}
		if a.end[v] < v {
			a.end[v] = v // dead value: still written once
		}
		// Expire intervals that ended before v (not at v: v's operands
		// keep their registers while v is computed, and an overflow
		// guard's snapshot still sees them).
		if minEnd < v {
			kept := active[:0]
			minEnd = n + 1
			for _, iv := range active {
				switch {
				case iv.end >= v:
					kept = append(kept, iv)
					minEnd = min(minEnd, iv.end)
				case iv.float:
					freeX[iv.reg] = true
				default:
					freeGP[iv.reg] = true
				}
			}
			active = kept
		}
		float := x86IsFloat(op.Type)
		regs, free, used := x86GPRegs, freeGP[:], a.usedGP
		if float {
			regs, free, used = x86XRegs, freeX[:], a.usedX
		}
		got := -1
		for i := range regs {
			if free[i] {
				got = i
				break
			}
		}
		if got < 0 {
			// Spill the same-class interval that ends last, if it ends
			// after v; else v itself.
			worst := -1
			for k, iv := range active {
				if iv.float == float && (worst < 0 || iv.end > active[worst].end) {
					worst = k
				}
			}
			if worst >= 0 && active[worst].end > a.end[v] {
				w := active[worst].v
				r := a.locs[w].reg
				a.locs[w] = x86Loc{slot: a.newSlot()}
				a.locs[v] = x86Loc{reg: r, slot: -1}
				active[worst].v, active[worst].end = v, a.end[v]
				minEnd = min(minEnd, a.end[v])
				continue
			}
			a.locs[v] = x86Loc{slot: a.newSlot()}
			continue
		}
		free[got] = false
		used[got] = true
		a.locs[v] = x86Loc{reg: regs[got], slot: -1}
		active = append(active, x86Interval{v: v, end: a.end[v], reg: got, float: float})
		minEnd = min(minEnd, a.end[v])
	}
	a.active = active
	// Values that cross the label in a register get a home slot.
	if a.label >= 0 {
		for v := 0; v < a.label; v++ {
			if a.end[v] == n && a.locs[v].inReg() {
				a.home[v] = a.newSlot()
			}
		}
	}
	return a
}

func (a *x86Alloc) newSlot() int32 {
	a.nSpill++
	return a.nSpill - 1
}

// liveRegs returns the registers holding values live across position at
// (defined before it, needed after it), for saving around an exit or a
// call that clobbers them.
func (a *x86Alloc) liveRegs(at int, float bool) []native.Reg {
	var rs []native.Reg
	for v := 0; v < at; v++ {
		if l := a.locs[v]; l.inReg() && a.end[v] > at && l.reg.IsXMM() == float {
			rs = append(rs, l.reg)
		}
	}
	return rs
}

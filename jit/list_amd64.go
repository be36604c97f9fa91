package jit

// This file defines the x86-64 code of the list ops of record_list.go.

import "github.com/kilnpy/kiln/jit/internal/native"

// emitListReverse emits list_reverse(l, lo, hi): R12 = &items[lo],
// R11 = &items[hi-1], then native.EmitReverseItems (the write barrier
// included). R10 is borrowed for the barrier path, parked in the region's
// scratch word.
func (g *x86Gen) emitListReverse(i int) {
	op := &g.t.Ops[i]
	a := g.a
	l, lo, hi := op.Args[0], op.Args[1], op.Args[2]
	base := g.reg(l, x86Scratch2)
	a.Mov(native.Mem(base, int32(ListItemsOffset)), native.R(x86Scratch2)) // R12 = items data
	// R11 = &items[hi] - 16
	g.mov(g.src(hi, x86Scratch1), native.R(x86Scratch1), x86Scratch1)
	a.I(native.SHLQ, native.Imm(4), native.R(x86Scratch1))
	a.I(native.ADDQ, native.R(x86Scratch2), native.R(x86Scratch1))
	a.I(native.SUBQ, native.Imm(16), native.R(x86Scratch1))
	// R12 += lo*16, through X15 for R11 while R11 computes it.
	if lo.IsConst() {
		if off := int64(g.t.Const(lo).Bits) * ValueSize; off != 0 {
			a.I(native.ADDQ, native.Imm(off), native.R(x86Scratch2))
		}
	} else {
		a.I(native.MOVQ, native.R(x86Scratch1), native.R(x86XScratch2))
		a.Mov(g.loc(lo), native.R(x86Scratch1))
		a.I(native.SHLQ, native.Imm(4), native.R(x86Scratch1))
		a.I(native.ADDQ, native.R(x86Scratch1), native.R(x86Scratch2))
		a.I(native.MOVQ, native.R(x86XScratch2), native.R(x86Scratch1))
	}
	native.EmitReverseItems(a, native.R10, g.regionWord(x86RegionTemp), x86SpillBase,
		(g.c.spillBase+x86RegionSave+9)*8, g.ra.liveRegs(i, true))
}

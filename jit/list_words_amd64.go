package jit

// This file defines the x86-64 code of the list ops on the words storage
// (record_list_words.go, ListWords in Aux): l.words at listWordsOff points
// to the words, whose slice (data, length, capacity) is at
// listWordsSliceOff; an item is one 8-byte p word. Stores of objects go
// through the inline write barrier as a generic item's p word does.

import (
	"github.com/kilnpy/kiln/jit/internal/native"
	"github.com/kilnpy/kiln/vm/runtime"
)

const (
	listWordsOff      = int32(runtime.JITListWordsOffset)
	listWordsSliceOff = int32(runtime.JITListWordsSliceOffset)
)

// wordsItemAddr computes &l.words.p[idx] into R12 (R11 is clobbered).
func (g *x86Gen) wordsItemAddr(list, idx Ref) native.Reg {
	a := g.a
	l := g.reg(list, x86Scratch1)
	a.Mov(native.Mem(l, listWordsOff), native.R(x86Scratch2))
	a.Mov(native.Mem(x86Scratch2, listWordsSliceOff), native.R(x86Scratch2))
	if idx.IsConst() {
		if off := int64(g.t.Const(idx).Bits) * 8; off != 0 {
			a.I(native.ADDQ, native.Imm(off), native.R(x86Scratch2))
		}
		return x86Scratch2
	}
	g.mov(g.loc(idx), native.R(x86Scratch1), x86Scratch1)
	a.I(native.SHLQ, native.Imm(3), native.R(x86Scratch1))
	a.I(native.ADDQ, native.R(x86Scratch1), native.R(x86Scratch2))
	return x86Scratch2
}

// emitWordsOp emits the words form of list op i (its Aux has ListWords).
func (g *x86Gen) emitWordsOp(i int) {
	op := &g.t.Ops[i]
	a := g.a
	switch op.Code {
	case OpArrayLen:
		l := g.reg(op.Args[0], x86Scratch1)
		d, commit := g.dst(i, x86Scratch2)
		a.Mov(native.Mem(l, listWordsOff), native.R(d))
		a.Mov(native.Mem(d, listWordsSliceOff+8), native.R(d))
		commit()
	case OpGetArrayItemR:
		item := g.wordsItemAddr(op.Args[0], op.Args[1])
		g.mov(native.Mem(item, 0), g.loc(Ref(i)), x86Scratch1)
	case OpGuardArrayItemKind:
		g.guardItemTag(i, g.wordsItemAddr(op.Args[0], op.Args[1]))
	case OpSetArrayItem:
		if g.t.TypeOf(op.Args[2]) != Ptr {
			g.fail("setarrayitem_gc of a %s into a words list", g.t.TypeOf(op.Args[2]))
			return
		}
		g.wordsItemAddr(op.Args[0], op.Args[1])
		g.storeRefAt(i, op.Args[2])
	case OpListAppend:
		g.emitWordsAppend(i)
	default:
		g.fail("op %s has no words form", op.Code.Name())
	}
}

// storeRefAt stores the object v at [R12] through the inline write
// barrier. The barrier needs the value in a general register other than
// R11: R10 is borrowed, parked in the region's scratch word.
func (g *x86Gen) storeRefAt(i int, v Ref) {
	a := g.a
	const val = native.R10
	a.Mov(native.R(val), g.regionWord(x86RegionTemp))
	if v.IsConst() {
		g.materialise(g.t.Const(v), val)
	} else {
		g.mov(g.loc(v), native.R(val), x86Scratch1)
	}
	liveX := g.ra.liveRegs(i, true)
	native.EmitStorePointer(a, val, native.Mem(x86Scratch2, 0), x86SpillBase, (g.c.spillBase+x86RegionSave+9)*8, liveX)
	a.Mov(g.regionWord(x86RegionTemp), native.R(val))
}

// emitWordsAppend emits list_append(l, v) on a words list: exit unless
// len(w.p) < cap(w.p) (the interpreter then grows the words, in words);
// then w.p[len] = v through the barrier (the word past the length may
// hold a stale pointer) and the length grows by one. Nothing exits
// between the barrier's test and the store.
func (g *x86Gen) emitWordsAppend(i int) {
	op := &g.t.Ops[i]
	a := g.a
	if g.t.TypeOf(op.Args[1]) != Ptr {
		g.fail("list_append of a %s to a words list", g.t.TypeOf(op.Args[1]))
		return
	}
	l := g.reg(op.Args[0], x86Scratch1)
	a.Mov(native.Mem(l, listWordsOff), native.R(x86Scratch2))
	a.Mov(native.Mem(x86Scratch2, listWordsSliceOff+8), native.R(x86Scratch1))
	a.I(native.CMPQ, native.R(x86Scratch1), native.Mem(x86Scratch2, listWordsSliceOff+16))
	g.guardJump(i, native.JCC)
	a.I(native.SHLQ, native.Imm(3), native.R(x86Scratch1))
	a.I(native.ADDQ, native.Mem(x86Scratch2, listWordsSliceOff), native.R(x86Scratch1))
	a.Mov(native.R(x86Scratch1), native.R(x86Scratch2))
	g.storeRefAt(i, op.Args[1])
	l = g.reg(op.Args[0], x86Scratch1)
	a.Mov(native.Mem(l, listWordsOff), native.R(x86Scratch2))
	a.I(native.ADDQ, native.Imm(1), native.Mem(x86Scratch2, listWordsSliceOff+8))
}

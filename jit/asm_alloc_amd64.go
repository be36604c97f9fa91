package jit

// This file defines the x86-64 code of the allocation ops
// (record_alloc.go): new_with_vtable takes the next instance of its
// site's pool in State.AllocPools, list_append stores an item past a
// list's length when its items have room. Both leave through their
// snapshot (a guard exit) when they cannot: the driver then refills the
// pool or the interpreter grows the list (allocExit).

import "github.com/kilnpy/kiln/jit/internal/native"

// emitNewInstance emits new_with_vtable: with pool = &State.AllocPools[k]
// (k the site, checked against the pools' length), exit unless
// pool.Next < len(pool.Objs); the result is pool.Objs[pool.Next], and
// Next advances. The object stays referenced by the pool (see the GC
// invariants in record_alloc.go), so no store of a pointer happens here.
func (g *x86Gen) emitNewInstance(i int) {
	op := &g.t.Ops[i]
	a := g.a
	off := int32(op.Aux) * int32(AllocPoolSize)
	a.Mov(stateMem(StateAllocPools+8), native.R(x86Scratch1))
	a.I(native.CMPQ, native.R(x86Scratch1), native.Imm(op.Aux))
	g.guardJump(i, native.JLS)
	a.Mov(stateMem(StateAllocPools), native.R(x86Scratch1))
	a.Mov(native.Mem(x86Scratch1, off+int32(AllocPoolNext)), native.R(x86Scratch2))
	a.I(native.CMPQ, native.R(x86Scratch2), native.Mem(x86Scratch1, off+int32(AllocPoolObjs)+8))
	g.guardJump(i, native.JCC)
	a.I(native.ADDQ, native.Imm(1), native.Mem(x86Scratch1, off+int32(AllocPoolNext)))
	a.I(native.SHLQ, native.Imm(3), native.R(x86Scratch2))
	a.I(native.ADDQ, native.Mem(x86Scratch1, off+int32(AllocPoolObjs)), native.R(x86Scratch2))
	d, commit := g.dst(i, x86Scratch1)
	a.Mov(native.Mem(x86Scratch2, 0), native.R(d))
	commit()
}

// emitListAppend emits list_append(l, v): exit unless len(l.items) <
// cap(l.items); then items[len] gets v's n word (its bits, 0 for an
// object) plainly and its p word (the immediate's tag or the object)
// through the inline write barrier (the slot past the length may hold a
// stale pointer), and the length grows by one. Nothing exits between the
// barrier's test and the store.
func (g *x86Gen) emitListAppend(i int) {
	op := &g.t.Ops[i]
	a := g.a
	v := op.Args[1]
	items := int32(ListItemsOffset)
	l := g.reg(op.Args[0], x86Scratch1)
	a.Mov(native.Mem(l, items+8), native.R(x86Scratch2))
	a.I(native.CMPQ, native.R(x86Scratch2), native.Mem(l, items+16))
	g.guardJump(i, native.JCC)
	a.I(native.SHLQ, native.Imm(4), native.R(x86Scratch2))
	a.I(native.ADDQ, native.Mem(l, items), native.R(x86Scratch2))
	typ := g.t.TypeOf(v)
	switch typ {
	case Float:
		g.mov(g.srcReg(v, x86XScratch1), native.Mem(x86Scratch2, 8), x86Scratch1)
	case Ptr:
		a.I(native.MOVQ, native.Imm(0), native.Mem(x86Scratch2, 8))
	default:
		s := g.src(v, x86Scratch1)
		if native.IsMem(s) || native.IsImm(s) {
			a.Mov(s, native.R(x86Scratch1))
			s = native.R(x86Scratch1)
		}
		a.I(native.MOVQ, s, native.Mem(x86Scratch2, 8))
	}
	// The barrier needs the value in a general register other than R11:
	// borrow R10, parking its value in the region's scratch word.
	const val = native.R10
	a.Mov(native.R(val), g.regionWord(x86RegionTemp))
	switch {
	case typ != Ptr:
		tag := IntTag
		if typ == Float {
			tag = FloatTag
		} else if typ == Bool {
			tag = BoolTag
		}
		a.MovImm(int64(tag), val)
	case v.IsConst():
		g.materialise(g.t.Const(v), val)
	default:
		g.mov(g.loc(v), native.R(val), x86Scratch1)
	}
	liveX := g.ra.liveRegs(i, true)
	native.EmitStorePointer(a, val, native.Mem(x86Scratch2, 0), x86SpillBase, (g.c.spillBase+x86RegionSave+9)*8, liveX)
	a.Mov(g.regionWord(x86RegionTemp), native.R(val))
	l = g.reg(op.Args[0], x86Scratch1)
	a.I(native.ADDQ, native.Imm(1), native.Mem(l, items+8))
}

package jit

// This file defines the machine code of the str ops (record_str.go):
// strgetitem, a byte of a str's text, and str_char, the address of the
// shared one-character str of a byte.

import (
	"github.com/kilnpy/kiln/jit/internal/native"
)

// emitStrOp emits op i, a strgetitem or a str_char.
func (g *x86Gen) emitStrOp(i int) {
	op := &g.t.Ops[i]
	a := g.a
	switch op.Code {
	case OpStrGetItem:
		s := g.reg(op.Args[0], x86Scratch1)
		a.Mov(native.Mem(s, int32(op.Aux)), native.R(x86Scratch2))
		var off int32
		if idx := op.Args[1]; idx.IsConst() && fitsImm32(int64(g.t.Const(idx).Bits)) {
			off = int32(int64(g.t.Const(idx).Bits))
		} else {
			a.I(native.ADDQ, native.R(g.reg(idx, x86Scratch1)), native.R(x86Scratch2))
		}
		d, commit := g.dst(i, x86Scratch1)
		a.I(native.MOVBQZX, native.Mem(x86Scratch2, off), native.R(d))
		commit()
	case OpStrChar:
		d, commit := g.dst(i, x86Scratch1)
		if b := op.Args[0]; b.IsConst() {
			a.MovImm(op.Aux+int64(g.t.Const(b).Bits)<<strCharShift, d)
			commit()
			return
		}
		a.Mov(g.loc(op.Args[0]), native.R(x86Scratch2))
		a.I(native.SHLQ, native.Imm(int64(strCharShift)), native.R(x86Scratch2))
		a.MovImm(op.Aux, d)
		a.I(native.ADDQ, native.R(x86Scratch2), native.R(d))
		commit()
	}
}

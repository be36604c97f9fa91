package native

import (
	"testing"
	"unsafe"
)

// encodeOperands are operands of every kind the encoder distinguishes:
// low and high registers, the ones with special ModRM/SIB rules (SP, BP,
// R12, R13 as bases), displacements of 0, 8 and 32 bits, indexes with
// every scale, immediates of 8, 32 and 64 bits.
func encodeOperands() (gp, xmm, mem, imm []Operand) {
	for _, r := range []Reg{AX, CX, DX, BX, SP, BP, SI, DI, R8, R9, R10, R11, R12, R13, R14, R15} {
		gp = append(gp, R(r))
	}
	for i := range 16 {
		xmm = append(xmm, R(X(i)))
	}
	for _, base := range []Reg{AX, SP, BP, DI, R11, R12, R13, R15} {
		for _, off := range []int32{0, 8, -8, 127, 128, -129, 1 << 20} {
			mem = append(mem, Mem(base, off))
		}
		for _, index := range []Reg{CX, R9, R12} {
			for _, scale := range []int16{1, 2, 4, 8} {
				mem = append(mem, MemIndex(base, index, scale, 16))
			}
		}
	}
	for _, v := range []int64{0, 1, 2, 7, -1, 127, 128, -128, -129, 255, 256, 1 << 20, -(1 << 31), 1<<31 - 1, 1 << 31, 1<<32 - 1, 1 << 32, -1 << 40, 0x123456789} {
		imm = append(imm, Imm(v))
	}
	return
}

// TestDirectEncoder compares the direct encoder with golang-asm on every
// op the code generator may use, with every operand combination: where
// the direct encoder encodes a form, its bytes are golang-asm's; the forms
// the code generator uses must all be encodable directly.
func TestDirectEncoder(t *testing.T) {
	gp, xmm, mem, imm := encodeOperands()
	cl := []Operand{R(CX)}
	none := []Operand{None}
	all := func(ls ...[]Operand) []Operand {
		var r []Operand
		for _, l := range ls {
			r = append(r, l...)
		}
		return r
	}
	type form struct {
		ops      []Op
		src, dst []Operand
		src3     []Operand // three-operand forms
		required bool      // the code generator uses it: must be direct
	}
	alu := []Op{ADDQ, SUBQ, ANDQ, ORQ, XORQ, CMPQ}
	cc := []Op{SETEQ, SETNE, SETLT, SETLE, SETGT, SETGE, SETCS, SETHI, SETCC, SETLS, SETPS, SETPC}
	sse := []Op{ADDSD, SUBSD, MULSD, DIVSD, SQRTSD, MINSD, MAXSD, ANDPD, XORPD, XORPS, UCOMISD, MOVAPS}
	forms := []form{
		{ops: alu, src: all(gp, imm), dst: gp, required: true},
		{ops: alu, src: gp, dst: mem, required: true},
		{ops: alu, src: mem, dst: gp, required: true},
		{ops: alu, src: imm, dst: mem},
		{ops: []Op{CMPQ}, src: all(gp, mem), dst: all(gp, imm), required: true},
		{ops: []Op{XORL, CMPL}, src: all(gp, imm), dst: all(gp, mem)},
		{ops: []Op{CMPL}, src: mem, dst: imm, required: true},
		{ops: []Op{CMPB}, src: all(mem, gp), dst: imm, required: true},
		{ops: []Op{MOVQ}, src: all(gp, imm, mem), dst: gp, required: true},
		{ops: []Op{MOVQ}, src: all(gp, imm), dst: mem, required: true},
		{ops: []Op{MOVQ}, src: gp, dst: xmm, required: true},
		{ops: []Op{MOVQ}, src: xmm, dst: gp, required: true},
		{ops: []Op{MOVL}, src: all(gp, imm, mem), dst: gp},
		{ops: []Op{MOVL}, src: all(gp, imm), dst: mem},
		{ops: []Op{MOVB}, src: all(gp, imm), dst: mem},
		{ops: []Op{MOVBQZX}, src: all(gp, mem), dst: gp, required: true},
		{ops: []Op{LEAQ}, src: mem, dst: gp, required: true},
		{ops: []Op{IMULQ}, src: all(gp, mem), dst: gp, required: true},
		{ops: []Op{IMULQ, IDIVQ}, src: all(gp, mem), dst: none, required: true},
		{ops: []Op{IMUL3Q}, src: imm, src3: all(gp, mem), dst: gp, required: true},
		{ops: []Op{NEGQ, NOTQ, INCQ, DECQ}, src: none, dst: all(gp, mem), required: true},
		{ops: []Op{SHLQ, SHRQ, SARQ}, src: all(imm[:5], cl), dst: all(gp, mem), required: true},
		{ops: []Op{CQO, RET}, src: none, dst: none, required: true},
		{ops: []Op{TESTQ, XCHGQ}, src: gp, dst: all(gp, mem), required: true},
		{ops: []Op{CMOVQLT, CMOVQNE, CMOVQGT}, src: all(gp, mem), dst: gp, required: true},
		{ops: cc, src: none, dst: all(gp, mem), required: true},
		{ops: sse, src: all(xmm, mem), dst: xmm, required: true},
		{ops: []Op{MOVSD}, src: all(xmm, mem), dst: xmm, required: true},
		{ops: []Op{MOVSD}, src: xmm, dst: mem, required: true},
		{ops: []Op{MOVOU}, src: all(xmm, mem), dst: xmm, required: true},
		{ops: []Op{MOVOU}, src: xmm, dst: mem, required: true},
		{ops: []Op{CVTSQ2SD}, src: all(gp, mem), dst: xmm, required: true},
		{ops: []Op{CVTTSD2SQ}, src: all(xmm, mem), dst: gp, required: true},
		{ops: []Op{ROUNDSD}, src: imm[:4], src3: all(xmm, mem), dst: xmm, required: true},
		{ops: []Op{JMP, CALL}, src: none, dst: all(gp, mem), required: true},
	}
	a := NewAsm()
	checked, direct := 0, 0
	for _, f := range forms {
		src3 := f.src3
		if src3 == nil {
			src3 = none
		}
		for _, op := range f.ops {
			for _, src := range f.src {
				for _, s3 := range src3 {
					for _, dst := range f.dst {
						if (op == SHLQ || op == SHRQ || op == SARQ) && IsImm(src) && src.Offset == 0 {
							continue
						}
						in := inst{op: op, label: -1, from: src, to: dst}
						a.enc.from3s = a.enc.from3s[:0]
						if s3.kind != okNone {
							a.enc.from3s = append(a.enc.from3s, s3)
							in.from3 = 1
						}
						want, err := a.golangEncode(&in)
						e := encoder{from3s: a.enc.from3s}
						ok := e.encode(&in)
						checked++
						switch {
						case err != nil && ok:
							t.Errorf("%s: golang-asm rejects it (%v), direct encoding % x", a.progString(&in), err, e.b)
						case err != nil:
						case ok && string(e.b) != string(want):
							t.Errorf("%s: direct % x, golang-asm % x", a.progString(&in), e.b, want)
						case ok:
							direct++
						case f.required && encodableImm(op, &in):
							t.Errorf("%s: not encoded directly (golang-asm % x)", a.progString(&in), want)
						}
					}
				}
			}
		}
	}
	t.Logf("%d forms checked, %d encoded directly", checked, direct)
}

// encodableImm reports whether in's immediates are in the ranges the
// direct encoder takes (32-bit sign-extended, 8 bits for bytes and
// shifts); wider ones may still assemble in golang-asm with other
// meanings (zero extension), which the code generator never relies on.
func encodableImm(op Op, in *inst) bool {
	for _, o := range []*Operand{&in.from, &in.to} {
		if o.kind != okImm {
			continue
		}
		switch op {
		case MOVQ:
			if in.to.kind == okMem && !fits32(o.Offset) {
				return false
			}
		case CMPB, MOVB, ROUNDSD:
			if !fits8(o.Offset) && (o.Offset < 0 || o.Offset > 255) {
				return false
			}
		default:
			if !fits32(o.Offset) {
				return false
			}
		}
	}
	return true
}

// TestDirectJumps runs forward and backward jumps of both sizes.
func TestDirectJumps(t *testing.T) {
	a := NewAsm()
	// AX counts down from 300 through a loop whose body is longer than a
	// rel8 reaches; forward jumps skip code of both sizes.
	top, far, near, done := a.NewLabel("top"), a.NewLabel("far"), a.NewLabel("near"), a.NewLabel("done")
	a.MovImm(300, AX)
	a.MovImm(0, CX)
	a.Bind(top)
	a.Jump(JMP, near)
	a.I(ADDQ, Imm(1000), R(CX)) // skipped
	a.Bind(near)
	a.I(ADDQ, Imm(1), R(CX))
	a.Jump(JMP, far)
	for range 40 {
		a.I(ADDQ, Imm(1000), R(CX)) // skipped: 7 bytes each
	}
	a.Bind(far)
	a.I1(DECQ, R(AX))
	for range 30 {
		a.I(MOVQ, Imm(1000), Mem(DI, 8)) // keeps the flags; the backward jump is beyond rel8
	}
	a.Jump(JNE, top)
	a.Jump(JEQ, done)
	a.Bind(done)
	a.Mov(R(CX), R(AX))
	a.Ret()
	n := Fallbacks()
	c := load(t, a)
	if Fallbacks() != n {
		t.Fatal("jumps assembled by golang-asm")
	}
	var st testState
	if got := Enter(c.Addr, unsafe.Pointer(&st)); got != 300 {
		t.Fatalf("got %d, want 300", got)
	}
}

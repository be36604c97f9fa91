// The direct encoder: x86-64 machine code for the instruction forms the
// code generator emits, written in one pass without golang-asm.
//
// golang-asm's span6 re-encodes the whole unit until its jump sizes settle
// (every forward jump is first assumed short; a trace's jumps to its exit
// stubs all turn out long, so a unit took two or three passes, each
// matching every instruction against the opcode tables): that was about
// 60% of compiling a trace. Here every instruction has one encoding,
// chosen from its operand kinds, forward jumps are always rel32 and
// patched once the target is placed, backward jumps take rel8 when they
// reach. The encodings are byte for byte golang-asm's (TestDirectEncoder
// compares them form by form, and CheckEncodings compares every
// instruction of a run); a form this file does not know makes Assemble
// fall back to golang-asm for the whole unit.

package native

import (
	"encoding/binary"
	"sync/atomic"

	"github.com/kilnpy/kiln/jit/internal/golang-asm/obj"
	"github.com/kilnpy/kiln/jit/internal/golang-asm/obj/x86"
)

// Operand kinds of Operand.
const (
	okNone = iota
	okReg
	okImm
	okMem
)

// Operand is an instruction operand: a register, an immediate or memory
// (R, Imm, Mem, MemIndex; None). 16 bytes and no pointers, so a unit's
// instruction list costs no write barriers to build or reuse.
type Operand struct {
	Offset int64 // the immediate, or the displacement of memory
	kind   uint8
	scale  uint8
	reg    int16 // the register, or the base of memory
	index  int16 // memory: index register, 0 for none
}

// inst is one recorded instruction, a label binding (op == opBind) or a
// jump to a label (label >= 0).
//
// It is 40 bytes, the operands' 32 and one word: an instruction list is
// the largest thing alive while a big trace compiles (a 4000-op trace is
// 40000 instructions), so the rare third operand (IMUL3Q's and
// ROUNDSD's source) is kept apart, in encoder.from3s.
type inst struct {
	op Op
	// from3 is 1 + the index of the third operand in encoder.from3s, 0
	// for none.
	from3    int16
	label    int32
	from, to Operand
}

// opBind marks the place where label inst.label is bound.
const opBind = obj.ANOP

// addr converts back, for golang-asm.
func (o Operand) addr() obj.Addr {
	switch o.kind {
	case okReg:
		return obj.Addr{Type: obj.TYPE_REG, Reg: o.reg}
	case okImm:
		return obj.Addr{Type: obj.TYPE_CONST, Offset: o.Offset}
	case okMem:
		return obj.Addr{Type: obj.TYPE_MEM, Reg: o.reg, Index: o.index, Scale: int16(o.scale), Offset: o.Offset}
	}
	return obj.Addr{}
}

// fallbacks counts units the direct encoder could not encode (golang-asm
// assembled them): tests check it stays 0 for the code generator's units.
var fallbacks atomic.Int64

// Fallbacks returns how many units were assembled by golang-asm because
// the direct encoder does not know one of their instruction forms.
func Fallbacks() int64 { return fallbacks.Load() }

// encoder appends machine code to b.
type encoder struct {
	b []byte
	// from3s are the third operands of the unit's instructions (inst.from3).
	from3s []Operand
}

// third returns in's third operand, None if it has none.
func (e *encoder) third(in *inst) *Operand {
	if in.from3 == 0 {
		return &None
	}
	return &e.from3s[in.from3-1]
}

func gpNum(r int16) (int, bool) {
	if r >= x86.REG_AX && r <= x86.REG_R15 {
		return int(r - x86.REG_AX), true
	}
	return 0, false
}

func xNum(r int16) (int, bool) {
	if r >= x86.REG_X0 && r <= x86.REG_X15 {
		return int(r - x86.REG_X0), true
	}
	return 0, false
}

func fits8(v int64) bool  { return v == int64(int8(v)) }
func fits32(v int64) bool { return v == int64(int32(v)) }

func (o *Operand) isGP() bool {
	_, ok := gpNum(o.reg)
	return o.kind == okReg && ok
}

func (o *Operand) isX() bool {
	_, ok := xNum(o.reg)
	return o.kind == okReg && ok
}

// isRM reports whether o can be a ModRM r/m operand of class x (XMM) or
// general (byte operands included).
func (o *Operand) isRM(x bool) bool {
	if o.kind == okMem {
		return true
	}
	if x {
		return o.isX()
	}
	return o.isGP()
}

// opc1, opc2 and opc3 pack an opcode of 1 to 3 bytes for modrm: the
// bytes in order from the low one, the count in the top byte.
func opc1(a byte) uint32       { return uint32(a) | 1<<24 }
func opc2(a, b byte) uint32    { return uint32(a) | uint32(b)<<8 | 2<<24 }
func opc3(a, b, c byte) uint32 { return uint32(a) | uint32(b)<<8 | uint32(c)<<16 | 3<<24 }

// Byte register flags of modrm.
const (
	byteRM       = 1
	byteRegField = 2
)

// modrm appends [prefix] [REX] opcode ModRM [SIB] [disp] for the ModRM
// reg field reg (a register number or an opcode extension) and the r/m
// operand rm (a general or XMM register, or memory). byteReg (byteRM,
// byteRegField or both) says which of them is a byte register: naming
// SPL, BPL, SIL or DIL takes a REX prefix.
func (e *encoder) modrm(prefix byte, w bool, byteReg int, reg int, rm *Operand, opc uint32) bool {
	var rex byte
	if w {
		rex |= 8
	}
	if reg&8 != 0 {
		rex |= 4
	}
	forceRex := byteReg&byteRegField != 0 && reg >= 4 && reg < 8
	n, base, index := 0, 0, -1
	switch rm.kind {
	case okReg:
		var ok bool
		if n, ok = gpNum(rm.reg); !ok {
			if n, ok = xNum(rm.reg); !ok {
				return false
			}
		} else if byteReg&byteRM != 0 && n >= 4 && n < 8 {
			forceRex = true
		}
		if n&8 != 0 {
			rex |= 1
		}
	case okMem:
		var ok bool
		if base, ok = gpNum(rm.reg); !ok || !fits32(rm.Offset) {
			return false
		}
		if base&8 != 0 {
			rex |= 1
		}
		if rm.index != 0 {
			if index, ok = gpNum(rm.index); !ok || index == 4 {
				return false
			}
			if index&8 != 0 {
				rex |= 2
			}
			switch rm.scale {
			case 1, 2, 4, 8:
			default:
				return false
			}
		}
	default:
		return false
	}
	// At most prefix, REX, 3 opcode bytes, ModRM, SIB, disp32: 10 bytes,
	// written into room made once.
	b := e.room(16)
	k := 0
	if prefix != 0 {
		b[k] = prefix
		k++
	}
	if rex != 0 || forceRex {
		b[k] = 0x40 | rex
		k++
	}
	binary.LittleEndian.PutUint32(b[k:], opc) // the count byte is overwritten or dropped
	k += int(opc >> 24)
	r := byte(reg&7) << 3
	if rm.kind == okReg {
		b[k] = 0xc0 | r | byte(n&7)
		e.b = e.b[:len(e.b)+k+1]
		return true
	}
	var mod byte
	switch {
	case rm.Offset == 0 && base&7 != 5:
	case fits8(rm.Offset):
		mod = 0x40
	default:
		mod = 0x80
	}
	if index < 0 && base&7 != 4 {
		b[k] = mod | r | byte(base&7)
		k++
	} else {
		b[k] = mod | r | 4
		sib := byte(4<<3) | byte(base&7)
		if index >= 0 {
			ss := [9]byte{1: 0, 2: 1, 4: 2, 8: 3}[rm.scale]
			sib = ss<<6 | byte(index&7)<<3 | byte(base&7)
		}
		b[k+1] = sib
		k += 2
	}
	switch mod {
	case 0x40:
		b[k] = byte(rm.Offset)
		k++
	case 0x80:
		binary.LittleEndian.PutUint32(b[k:], uint32(rm.Offset))
		k += 4
	}
	e.b = e.b[:len(e.b)+k]
	return true
}

// room returns the n bytes after e.b's end (growing its capacity if
// needed) for the caller to write and then take into e.b.
func (e *encoder) room(n int) []byte {
	if cap(e.b)-len(e.b) < n {
		nb := make([]byte, len(e.b), 2*cap(e.b)+n+4096)
		copy(nb, e.b)
		e.b = nb
	}
	return e.b[len(e.b) : len(e.b)+n]
}

func (e *encoder) imm32(v int64) { e.b = binary.LittleEndian.AppendUint32(e.b, uint32(v)) }

// aluDigit is the ModRM extension of the group-1 ALU ops (ADD OR AND SUB
// XOR CMP), w their operand size, ok false for other ops.
func aluDigit(op Op) (digit int, w, ok bool) {
	switch op {
	case ADDQ:
		return 0, true, true
	case ORQ:
		return 1, true, true
	case ANDQ:
		return 4, true, true
	case SUBQ:
		return 5, true, true
	case XORQ:
		return 6, true, true
	case CMPQ:
		return 7, true, true
	case XORL:
		return 6, false, true
	case CMPL:
		return 7, false, true
	}
	return 0, false, false
}

// ccOf returns the condition code of a conditional jump, SETcc or CMOVcc.
func ccOf(op Op) (byte, bool) {
	switch op {
	case JOS:
		return 0x0, true
	case JOC:
		return 0x1, true
	case JCS, SETCS:
		return 0x2, true
	case JCC, SETCC:
		return 0x3, true
	case JEQ, SETEQ:
		return 0x4, true
	case JNE, SETNE, CMOVQNE:
		return 0x5, true
	case JLS, SETLS:
		return 0x6, true
	case JHI, SETHI:
		return 0x7, true
	case JPS, SETPS:
		return 0xa, true
	case JPC, SETPC:
		return 0xb, true
	case JLT, SETLT, CMOVQLT:
		return 0xc, true
	case JGE, SETGE:
		return 0xd, true
	case JLE, SETLE:
		return 0xe, true
	case JGT, SETGT, CMOVQGT:
		return 0xf, true
	}
	return 0, false
}

// sseOp gives the mandatory prefix and opcode (after 0F) of the scalar
// double and packed logic ops of the form op src(xmm/m), dst(xmm).
func sseOp(op Op) (prefix, opc byte, ok bool) {
	switch op {
	case ADDSD:
		return 0xf2, 0x58, true
	case MULSD:
		return 0xf2, 0x59, true
	case SUBSD:
		return 0xf2, 0x5c, true
	case MINSD:
		return 0xf2, 0x5d, true
	case DIVSD:
		return 0xf2, 0x5e, true
	case MAXSD:
		return 0xf2, 0x5f, true
	case SQRTSD:
		return 0xf2, 0x51, true
	case ANDPD:
		return 0x66, 0x54, true
	case XORPD:
		return 0x66, 0x57, true
	case XORPS:
		return 0, 0x57, true
	case MOVAPS:
		return 0, 0x28, true
	case UCOMISD:
		return 0x66, 0x2e, true
	}
	return 0, 0, false
}

// shiftDigit is the ModRM extension of the shifts.
func shiftDigit(op Op) (int, bool) {
	switch op {
	case SHLQ:
		return 4, true
	case SHRQ:
		return 5, true
	case SARQ:
		return 7, true
	}
	return 0, false
}

// encode appends one instruction (not a jump to a label); false means the
// form is not one this encoder knows.
func (e *encoder) encode(in *inst) bool {
	from, to := &in.from, &in.to
	if in.op == MOVQ { // most instructions
		return in.from3 == 0 && e.movq(from, to)
	}
	if in.from3 != 0 && in.op != IMUL3Q && in.op != ROUNDSD {
		return false
	}
	if digit, w, ok := aluDigit(in.op); ok {
		dst, src := to, from
		if in.op == CMPQ || in.op == CMPL {
			dst, src = from, to // CMPQ a, b compares a with b
		}
		switch {
		case src.kind == okImm && dst.isRM(false):
			if fits8(src.Offset) {
				if !e.modrm(0, w, 0, digit, dst, opc1(0x83)) {
					return false
				}
				e.b = append(e.b, byte(src.Offset))
				return true
			}
			if !fits32(src.Offset) {
				return false
			}
			if dst.kind == okReg && dst.reg == x86.REG_AX {
				// The accumulator's short form, as golang-asm picks it.
				if w {
					e.b = append(e.b, 0x48)
				}
				e.b = append(e.b, byte(digit*8+5))
				e.imm32(src.Offset)
				return true
			}
			if !e.modrm(0, w, 0, digit, dst, opc1(0x81)) {
				return false
			}
			e.imm32(src.Offset)
			return true
		case src.isGP() && dst.isRM(false):
			n, _ := gpNum(src.reg)
			return e.modrm(0, w, 0, n, dst, opc1(byte(digit*8+1)))
		case src.kind == okMem && dst.isGP():
			n, _ := gpNum(dst.reg)
			return e.modrm(0, w, 0, n, src, opc1(byte(digit*8+3)))
		}
		return false
	}
	if cc, ok := ccOf(in.op); ok {
		switch in.op {
		case CMOVQLT, CMOVQNE, CMOVQGT:
			if !to.isGP() || !from.isRM(false) {
				return false
			}
			n, _ := gpNum(to.reg)
			return e.modrm(0, true, 0, n, from, opc2(0x0f, 0x40|cc))
		}
		if from.kind != okNone || !to.isRM(false) || in.op == JOS || isJump(in.op) {
			return false
		}
		return e.modrm(0, false, byteRM, 0, to, opc2(0x0f, 0x90|cc))
	}
	if prefix, opc, ok := sseOp(in.op); ok {
		if !to.isX() || !from.isRM(true) {
			return false
		}
		n, _ := xNum(to.reg)
		return e.modrm(prefix, false, 0, n, from, opc2(0x0f, opc))
	}
	if digit, ok := shiftDigit(in.op); ok {
		if !to.isRM(false) {
			return false
		}
		switch {
		case from.kind == okImm && from.Offset == 1:
			return e.modrm(0, true, 0, digit, to, opc1(0xd1))
		case from.kind == okImm && from.Offset >= 0 && from.Offset < 64:
			if !e.modrm(0, true, 0, digit, to, opc1(0xc1)) {
				return false
			}
			e.b = append(e.b, byte(from.Offset))
			return true
		case from.kind == okReg && from.reg == x86.REG_CX:
			return e.modrm(0, true, 0, digit, to, opc1(0xd3))
		}
		return false
	}
	switch in.op {
	case MOVQ:
		return e.movq(from, to)
	case MOVL:
		switch {
		case from.kind == okImm && to.isGP() && (fits32(from.Offset) || from.Offset >= 0 && from.Offset < 1<<32):
			n, _ := gpNum(to.reg)
			e.movImm32(n, from.Offset)
			return true
		case from.kind == okImm && to.kind == okMem && fits32(from.Offset):
			if !e.modrm(0, false, 0, 0, to, opc1(0xc7)) {
				return false
			}
			e.imm32(from.Offset)
			return true
		case from.isGP() && to.isRM(false):
			n, _ := gpNum(from.reg)
			return e.modrm(0, false, 0, n, to, opc1(0x89))
		case from.kind == okMem && to.isGP():
			n, _ := gpNum(to.reg)
			return e.modrm(0, false, 0, n, from, opc1(0x8b))
		}
	case MOVB:
		switch {
		case from.kind == okImm && to.kind == okMem && (fits8(from.Offset) || from.Offset >= 0 && from.Offset < 256):
			if !e.modrm(0, false, 0, 0, to, opc1(0xc6)) {
				return false
			}
			e.b = append(e.b, byte(from.Offset))
			return true
		case from.isGP() && to.kind == okMem:
			n, _ := gpNum(from.reg)
			return e.modrm(0, false, byteRegField, n, to, opc1(0x88))
		}
	case CMPB:
		if from.isRM(false) && to.kind == okImm && (fits8(to.Offset) || to.Offset >= 0 && to.Offset < 256) {
			if !e.modrm(0, false, byteRM, 7, from, opc1(0x80)) {
				return false
			}
			e.b = append(e.b, byte(to.Offset))
			return true
		}
	case MOVBQZX:
		if to.isGP() && from.isRM(false) {
			n, _ := gpNum(to.reg)
			return e.modrm(0, true, byteRM, n, from, opc2(0x0f, 0xb6))
		}
	case LEAQ:
		if to.isGP() && from.kind == okMem {
			n, _ := gpNum(to.reg)
			return e.modrm(0, true, 0, n, from, opc1(0x8d))
		}
	case IMULQ:
		switch {
		case to.kind == okNone && from.isRM(false):
			return e.modrm(0, true, 0, 5, from, opc1(0xf7))
		case to.isGP() && from.isRM(false) && from.kind != okImm:
			n, _ := gpNum(to.reg)
			return e.modrm(0, true, 0, n, from, opc2(0x0f, 0xaf))
		}
	case IMUL3Q:
		src := e.third(in)
		if from.kind == okImm && to.isGP() && src.isRM(false) {
			n, _ := gpNum(to.reg)
			if fits8(from.Offset) {
				if !e.modrm(0, true, 0, n, src, opc1(0x6b)) {
					return false
				}
				e.b = append(e.b, byte(from.Offset))
				return true
			}
			if fits32(from.Offset) {
				if !e.modrm(0, true, 0, n, src, opc1(0x69)) {
					return false
				}
				e.imm32(from.Offset)
				return true
			}
		}
	case NEGQ, NOTQ, INCQ, DECQ:
		if from.kind == okNone && to.isRM(false) {
			switch in.op {
			case NEGQ:
				return e.modrm(0, true, 0, 3, to, opc1(0xf7))
			case NOTQ:
				return e.modrm(0, true, 0, 2, to, opc1(0xf7))
			case INCQ:
				return e.modrm(0, true, 0, 0, to, opc1(0xff))
			default:
				return e.modrm(0, true, 0, 1, to, opc1(0xff))
			}
		}
	case IDIVQ:
		if to.kind == okNone && from.isRM(false) {
			return e.modrm(0, true, 0, 7, from, opc1(0xf7))
		}
	case CQO:
		if from.kind == okNone && to.kind == okNone {
			e.b = append(e.b, 0x48, 0x99)
			return true
		}
	case TESTQ:
		if from.isGP() && to.isRM(false) {
			n, _ := gpNum(from.reg)
			return e.modrm(0, true, 0, n, to, opc1(0x85))
		}
	case XCHGQ:
		if from.isGP() && to.isGP() && (from.reg == x86.REG_AX || to.reg == x86.REG_AX) {
			// The accumulator's short form, as golang-asm picks it.
			other := from.reg
			if other == x86.REG_AX {
				other = to.reg
			}
			n, _ := gpNum(other)
			e.b = append(e.b, 0x48|byte(n>>3), 0x90|byte(n&7))
			return true
		}
		if from.isGP() && to.isRM(false) {
			n, _ := gpNum(from.reg)
			return e.modrm(0, true, 0, n, to, opc1(0x87))
		}
	case MOVSD:
		switch {
		case to.isX() && from.isRM(true):
			n, _ := xNum(to.reg)
			return e.modrm(0xf2, false, 0, n, from, opc2(0x0f, 0x10))
		case from.isX() && to.kind == okMem:
			n, _ := xNum(from.reg)
			return e.modrm(0xf2, false, 0, n, to, opc2(0x0f, 0x11))
		}
	case MOVOU: // MOVDQU
		switch {
		case to.isX() && from.isRM(true):
			n, _ := xNum(to.reg)
			return e.modrm(0xf3, false, 0, n, from, opc2(0x0f, 0x6f))
		case from.isX() && to.kind == okMem:
			n, _ := xNum(from.reg)
			return e.modrm(0xf3, false, 0, n, to, opc2(0x0f, 0x7f))
		}
	case CVTSQ2SD:
		if to.isX() && from.isRM(false) {
			n, _ := xNum(to.reg)
			return e.modrm(0xf2, true, 0, n, from, opc2(0x0f, 0x2a))
		}
	case CVTTSD2SQ:
		if to.isGP() && from.isRM(true) {
			n, _ := gpNum(to.reg)
			return e.modrm(0xf2, true, 0, n, from, opc2(0x0f, 0x2c))
		}
	case ROUNDSD:
		src := e.third(in)
		if from.kind == okImm && from.Offset >= 0 && from.Offset < 256 && to.isX() && src.isRM(true) {
			n, _ := xNum(to.reg)
			if !e.modrm(0x66, false, 0, n, src, opc3(0x0f, 0x3a, 0x0b)) {
				return false
			}
			e.b = append(e.b, byte(from.Offset))
			return true
		}
	case JMP, CALL:
		if from.kind == okNone && (to.kind == okMem || to.isGP()) {
			digit := 4
			if in.op == CALL {
				digit = 2
			}
			return e.modrm(0, false, 0, digit, to, opc1(0xff))
		}
	case RET:
		if from.kind == okNone && to.kind == okNone {
			e.b = append(e.b, 0xc3)
			return true
		}
	}
	return false
}

// movq encodes MOVQ between general registers, memory, immediates and
// XMM registers (MOVQ r64<->xmm).
func (e *encoder) movq(from, to *Operand) bool {
	switch {
	case from.kind == okImm && to.isGP():
		if fits32(from.Offset) {
			if !e.modrm(0, true, 0, 0, to, opc1(0xc7)) {
				return false
			}
			e.imm32(from.Offset)
			return true
		}
		n, _ := gpNum(to.reg)
		if from.Offset >= 0 && from.Offset < 1<<32 {
			// MOVL: writing a 32-bit register zero-extends.
			e.movImm32(n, from.Offset)
			return true
		}
		rex := byte(0x48)
		if n&8 != 0 {
			rex |= 1
		}
		e.b = append(e.b, rex, 0xb8|byte(n&7))
		e.b = binary.LittleEndian.AppendUint64(e.b, uint64(from.Offset))
		return true
	case from.kind == okImm && to.kind == okMem && fits32(from.Offset):
		if !e.modrm(0, true, 0, 0, to, opc1(0xc7)) {
			return false
		}
		e.imm32(from.Offset)
		return true
	case from.isGP() && to.isRM(false):
		n, _ := gpNum(from.reg)
		return e.modrm(0, true, 0, n, to, opc1(0x89))
	case from.kind == okMem && to.isGP():
		n, _ := gpNum(to.reg)
		return e.modrm(0, true, 0, n, from, opc1(0x8b))
	case from.isGP() && to.isX():
		n, _ := xNum(to.reg)
		return e.modrm(0x66, true, 0, n, from, opc2(0x0f, 0x6e))
	case from.isX() && to.isGP():
		n, _ := xNum(from.reg)
		return e.modrm(0x66, true, 0, n, to, opc2(0x0f, 0x7e))
	}
	return false
}

// movImm32 appends MOVL $v, r (B8+r).
func (e *encoder) movImm32(n int, v int64) {
	if n&8 != 0 {
		e.b = append(e.b, 0x41)
	}
	e.b = append(e.b, 0xb8|byte(n&7))
	e.imm32(v)
}

// isJump reports whether op is JMP or a conditional jump.
func isJump(op Op) bool {
	switch op {
	case JMP, JEQ, JNE, JLT, JLE, JGT, JGE, JCS, JCC, JLS, JHI, JOS, JOC, JPS, JPC:
		return true
	}
	return false
}

// jump appends a jump to a label at offset target (known: a backward
// jump) or, when target < 0, a rel32 jump whose displacement is patched
// later; it returns the offset of the rel32 field, or -1.
func (e *encoder) jump(op Op, target int64) int {
	cc, conditional := ccOf(op)
	if target >= 0 {
		rel := target - int64(len(e.b)+2)
		if fits8(rel) {
			if conditional {
				e.b = append(e.b, 0x70|cc, byte(rel))
			} else {
				e.b = append(e.b, 0xeb, byte(rel))
			}
			return -1
		}
	}
	if conditional {
		e.b = append(e.b, 0x0f, 0x80|cc)
	} else {
		e.b = append(e.b, 0xe9)
	}
	pos := len(e.b)
	rel := int64(0)
	if target >= 0 {
		rel = target - int64(pos+4)
	}
	e.imm32(rel)
	if target >= 0 {
		return -1
	}
	return pos
}

// The assembler context the code generator emits through: a thin layer
// over golang-asm's obj.Prog lists with labels, operands and errors.

package native

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sync"

	"github.com/kilnpy/kiln/jit/internal/golang-asm/obj"
	"github.com/kilnpy/kiln/jit/internal/golang-asm/obj/x86"
	"github.com/kilnpy/kiln/jit/internal/golang-asm/objabi"
)

// Op is an x86-64 instruction in Go assembler spelling (MOVQ, ADDQ, JLT, ...).
// Operands follow Go assembler order: source first, destination last.
type Op = obj.As

// Reg is a general or XMM register.
type Reg int16

// General registers. R14 holds g and SP the goroutine stack: generated code
// must not allocate either.
const (
	AX  Reg = Reg(x86.REG_AX)
	CX  Reg = Reg(x86.REG_CX)
	DX  Reg = Reg(x86.REG_DX)
	BX  Reg = Reg(x86.REG_BX)
	SP  Reg = Reg(x86.REG_SP)
	BP  Reg = Reg(x86.REG_BP)
	SI  Reg = Reg(x86.REG_SI)
	DI  Reg = Reg(x86.REG_DI)
	R8  Reg = Reg(x86.REG_R8)
	R9  Reg = Reg(x86.REG_R9)
	R10 Reg = Reg(x86.REG_R10)
	R11 Reg = Reg(x86.REG_R11)
	R12 Reg = Reg(x86.REG_R12)
	R13 Reg = Reg(x86.REG_R13)
	R14 Reg = Reg(x86.REG_R14)
	R15 Reg = Reg(x86.REG_R15)
)

// X returns XMM register i (0..15).
func X(i int) Reg { return Reg(x86.REG_X0 + int16(i)) }

// IsXMM reports whether r is an XMM register.
func (r Reg) IsXMM() bool { return r >= Reg(x86.REG_X0) && r <= Reg(x86.REG_X15) }

// String returns the register's assembler name.
func (r Reg) String() string { return obj.Rconv(int(r)) }

// The instructions the code generator uses, in Go assembler spelling.
const (
	MOVQ      Op = x86.AMOVQ
	MOVL      Op = x86.AMOVL
	MOVB      Op = x86.AMOVB
	MOVBQZX   Op = x86.AMOVBQZX
	LEAQ      Op = x86.ALEAQ
	ADDQ      Op = x86.AADDQ
	SUBQ      Op = x86.ASUBQ
	IMULQ     Op = x86.AIMULQ
	IMUL3Q    Op = x86.AIMUL3Q
	ANDQ      Op = x86.AANDQ
	ORQ       Op = x86.AORQ
	XORQ      Op = x86.AXORQ
	XORL      Op = x86.AXORL
	NEGQ      Op = x86.ANEGQ
	NOTQ      Op = x86.ANOTQ
	INCQ      Op = x86.AINCQ
	DECQ      Op = x86.ADECQ
	SHLQ      Op = x86.ASHLQ
	SHRQ      Op = x86.ASHRQ
	SARQ      Op = x86.ASARQ
	CQO       Op = x86.ACQO
	IDIVQ     Op = x86.AIDIVQ
	CMPQ      Op = x86.ACMPQ
	CMPB      Op = x86.ACMPB
	CMPL      Op = x86.ACMPL
	CMOVQGT   Op = x86.ACMOVQGT
	TESTQ     Op = x86.ATESTQ
	XCHGQ     Op = x86.AXCHGQ
	CMOVQLT   Op = x86.ACMOVQLT
	CMOVQNE   Op = x86.ACMOVQNE
	SETEQ     Op = x86.ASETEQ
	SETNE     Op = x86.ASETNE
	SETLT     Op = x86.ASETLT
	SETLE     Op = x86.ASETLE
	SETGT     Op = x86.ASETGT
	SETGE     Op = x86.ASETGE
	SETCS     Op = x86.ASETCS
	SETHI     Op = x86.ASETHI
	SETCC     Op = x86.ASETCC
	SETLS     Op = x86.ASETLS
	SETPS     Op = x86.ASETPS
	SETPC     Op = x86.ASETPC
	MOVSD     Op = x86.AMOVSD
	MOVAPS    Op = x86.AMOVAPS
	ADDSD     Op = x86.AADDSD
	SUBSD     Op = x86.ASUBSD
	MULSD     Op = x86.AMULSD
	DIVSD     Op = x86.ADIVSD
	SQRTSD    Op = x86.ASQRTSD
	MINSD     Op = x86.AMINSD
	MAXSD     Op = x86.AMAXSD
	ANDPD     Op = x86.AANDPD
	XORPD     Op = x86.AXORPD
	XORPS     Op = x86.AXORPS
	UCOMISD   Op = x86.AUCOMISD
	CVTSQ2SD  Op = x86.ACVTSQ2SD
	CVTTSD2SQ Op = x86.ACVTTSD2SQ
	ROUNDSD   Op = x86.AROUNDSD
	JMP       Op = obj.AJMP
	CALL      Op = obj.ACALL
	RET       Op = obj.ARET
	JEQ       Op = x86.AJEQ
	JNE       Op = x86.AJNE
	JLT       Op = x86.AJLT
	JLE       Op = x86.AJLE
	JGT       Op = x86.AJGT
	JGE       Op = x86.AJGE
	JCS       Op = x86.AJCS // unsigned <
	JCC       Op = x86.AJCC // unsigned >=
	JLS       Op = x86.AJLS // unsigned <=
	JHI       Op = x86.AJHI // unsigned >
	JOS       Op = x86.AJOS // overflow
	JOC       Op = x86.AJOC
	JPS       Op = x86.AJPS // parity: unordered float compare
	JPC       Op = x86.AJPC
)

// R is a register operand.
func R(r Reg) Operand { return Operand{kind: okReg, reg: int16(r)} }

// Imm is an immediate operand. ALU immediates are 32-bit sign-extended;
// only MOVQ to a register takes a full 64-bit immediate.
func Imm(v int64) Operand { return Operand{kind: okImm, Offset: v} }

// Mem is the memory operand off(base).
func Mem(base Reg, off int32) Operand {
	return Operand{kind: okMem, reg: int16(base), Offset: int64(off)}
}

// MemIndex is the memory operand off(base)(index*scale); scale is 1, 2, 4 or 8.
func MemIndex(base, index Reg, scale int16, off int32) Operand {
	return Operand{kind: okMem, reg: int16(base), index: int16(index), scale: uint8(scale), Offset: int64(off)}
}

// None is the absent operand.
var None = Operand{}

// Label is a position in the instruction stream, bound with Asm.Bind. After
// Assemble its Offset is the byte offset of the next instruction bound
// after it: use it for secondary entry points and exit-site tables.
type Label struct {
	id    int32
	at    int32 // index of its binding in the instruction list
	off   int64
	bound bool
	name  string
	p     *obj.Prog // the golang-asm path's NOP
}

// Offset returns the label's byte offset in the assembled code.
func (l *Label) Offset() int64 { return l.off }

// Asm builds one unit of machine code at a time. It records the
// instructions in a list of its own (no pointers: reusing it costs no
// write barriers) and Assemble encodes them directly (encode_amd64.go),
// or, for a form the direct encoder does not know, through a cached
// golang-asm link context. Keep one per compiling goroutine and use it
// serially: an Asm is not safe for concurrent use.
type Asm struct {
	ctxt   *obj.Link
	insts  []inst
	labels []*Label
	errs   []string
	count  int
	enc    encoder
	fixups []fixup
	offs   []int32 // each instruction's offset, once assembled
	size   int64   // the assembled code's length
	// unknown is the instruction the direct encoder last failed on.
	unknown int
	// progs and labelSlab are reused by every unit: a 100-op trace is
	// ~1000 instructions, and allocating each was most of the compile
	// time.
	progs     []obj.Prog
	usedProgs int
	labelSlab []Label
	usedLabel int
}

// fixup is a rel32 field at pos to patch with the offset of a label.
type fixup struct {
	pos   int
	label int32
}

// CheckEncodings makes Assemble encode every instruction a second time
// with golang-asm and panic on any difference, or when a unit needs
// golang-asm (KILN_ASM_CHECK=1: whole test runs, where a failed compile
// would only leave a loop interpreted).
var CheckEncodings = os.Getenv("KILN_ASM_CHECK") != ""

// ForceGolangAsm makes Assemble use golang-asm for every unit (tests
// compare the code of both assemblers).
var ForceGolangAsm bool

// initOnce fills golang-asm's process-global x86 opcode tables, which are
// not safe to fill concurrently. Only golang-asm itself needs them (the
// fallback, KILN_ASM_CHECK and listings), so a process whose units the
// direct encoder handles never pays for them: filling them took a
// process's first compile from about 0.2 to 1 ms.
var initOnce sync.Once

// golangAsmTables fills golang-asm's tables before its first use.
func (a *Asm) golangAsmTables() { initOnce.Do(func() { x86.Linkamd64.Init(a.ctxt) }) }

// NewAsm returns an assembler context.
func NewAsm() *Asm {
	a := &Asm{}
	ctxt := obj.Linknew(&x86.Linkamd64)
	ctxt.Headtype = objabi.Hlinux
	// IsAsm turns off golang-asm's jump padding (NOPs so that no jump
	// crosses a 32-byte boundary, Intel's JCC-erratum workaround): it made
	// assembly re-run until sizes settled. The direct encoder pads none
	// either.
	ctxt.IsAsm = true
	ctxt.DiagFunc = func(format string, args ...any) {
		a.errs = append(a.errs, fmt.Sprintf(format, args...))
	}
	a.ctxt = ctxt
	return a
}

// Reset starts a new unit, dropping whatever was emitted.
func (a *Asm) Reset() {
	a.insts = a.insts[:0]
	a.labels = a.labels[:0]
	a.errs = a.errs[:0]
	a.enc.from3s = a.enc.from3s[:0]
	a.count = 0
	a.resetProgs()
	clear(a.labelSlab[:a.usedLabel])
	a.usedLabel = 0
}

// The buffers a reused Asm keeps between units, at most: enough for a
// trace of several hundred ops. A larger unit's buffers (40 bytes an
// instruction, a 4000-op trace needs 40000) are dropped by Trim, or the
// largest unit ever compiled would stay in the heap, and in the
// collector's goal, for the rest of the process (docs/jit-memory.md).
const (
	keepInsts  = 8192
	keepCode   = 64 << 10
	keepProgs  = 4096
	keepLabels = 1024
)

// Trim drops the buffers that grew beyond what an Asm kept for the next
// unit should hold; the next unit that needs more allocates them again.
// It ends the current unit: call it when its code has been copied out.
func (a *Asm) Trim() {
	if cap(a.insts) > keepInsts {
		a.insts = nil
	}
	if cap(a.offs) > keepInsts {
		a.offs = nil
	}
	if cap(a.fixups) > keepLabels {
		a.fixups = nil
	}
	if cap(a.enc.b) > keepCode {
		a.enc.b = nil
	}
	if cap(a.enc.from3s) > keepLabels {
		a.enc.from3s = nil
	}
	if len(a.progs) > keepProgs {
		a.progs, a.usedProgs = nil, 0
	}
	if len(a.labelSlab) > keepLabels || cap(a.labels) > keepLabels {
		a.labelSlab, a.usedLabel, a.labels = nil, 0, nil
	}
}

// Reserve makes room for n more instructions at once, so that a unit
// whose size is known roughly does not grow its list by copies, each of
// which briefly holds the old list and the new (docs/jit-memory.md).
func (a *Asm) Reserve(n int) {
	if free := cap(a.insts) - len(a.insts); free < n {
		a.insts = append(make([]inst, 0, len(a.insts)+n), a.insts...)
	}
}

func (a *Asm) resetProgs() {
	clear(a.progs[:a.usedProgs])
	a.usedProgs = 0
}

// newProg returns a zeroed Prog from the slab (the assembler's ProgAlloc).
func (a *Asm) newProg() *obj.Prog {
	if a.usedProgs == len(a.progs) {
		// Grow by a new slab: Progs already handed out stay where they are.
		a.progs = make([]obj.Prog, max(256, 2*len(a.progs)))
		a.usedProgs = 0
	}
	p := &a.progs[a.usedProgs]
	a.usedProgs++
	p.Ctxt = a.ctxt
	return p
}

// Len returns the number of instructions emitted since Reset.
func (a *Asm) Len() int { return a.count }

// emit records an instruction.
func (a *Asm) emit(op Op, src, src3, dst *Operand) {
	in := inst{op: op, label: -1, from: *src, to: *dst}
	if src3.kind != okNone {
		if len(a.enc.from3s) == math.MaxInt16 {
			a.errs = append(a.errs, "too many three-operand instructions in one unit")
		} else {
			a.enc.from3s = append(a.enc.from3s, *src3)
			in.from3 = int16(len(a.enc.from3s))
		}
	}
	a.insts = append(a.insts, in)
	a.count++
}

// I emits op src, dst (either may be None).
func (a *Asm) I(op Op, src, dst Operand) { a.emit(op, &src, &None, &dst) }

// I1 emits a one-operand instruction whose operand is its destination
// (INCQ, NEGQ, SETEQ, ...). IDIVQ and IMULQ of one operand take it as the
// source: I(IDIVQ, src, None).
func (a *Asm) I1(op Op, dst Operand) { a.emit(op, &None, &None, &dst) }

// I3 emits a three-operand instruction: IMUL3Q $imm, src, dst is
// dst = src * imm; ROUNDSD $mode, src, dst.
func (a *Asm) I3(op Op, src, src2, dst Operand) { a.emit(op, &src, &src2, &dst) }

// Mov emits MOVQ src, dst; MOVSD between an XMM register and memory;
// MOVAPS between XMM registers (MOVQ moves between general and XMM
// registers).
func (a *Asm) Mov(src, dst Operand) {
	op := MOVQ
	sx, dx := src.isX(), dst.isX()
	switch {
	case sx && dx:
		op = MOVAPS // a full copy: MOVSD between registers would merge, a false dependency
	case (sx && dst.kind == okMem) || (dx && src.kind == okMem):
		op = MOVSD
	}
	a.I(op, src, dst)
}

// MovImm loads the 64-bit constant v into the general register r.
func (a *Asm) MovImm(v int64, r Reg) { a.I(MOVQ, Imm(v), R(r)) }

// Ret emits RET.
func (a *Asm) Ret() { a.I(RET, None, None) }

// NewLabel returns an unbound label; name is for error messages.
func (a *Asm) NewLabel(name string) *Label {
	if a.usedLabel == len(a.labelSlab) {
		a.labelSlab = make([]Label, max(64, 2*len(a.labelSlab)))
		a.usedLabel = 0
	}
	l := &a.labelSlab[a.usedLabel]
	a.usedLabel++
	*l = Label{id: int32(len(a.labels)), name: name}
	a.labels = append(a.labels, l)
	return l
}

// Mark is a position in the instruction stream, cheaper than a label:
// nothing jumps to it, only its offset is wanted (MarkOffset).
type Mark int32

// Mark returns the current position.
func (a *Asm) Mark() Mark { return Mark(len(a.insts)) }

// MarkOffset returns the byte offset of the instruction at m, after
// Assemble.
func (a *Asm) MarkOffset(m Mark) int64 {
	if int(m) < len(a.offs) {
		return int64(a.offs[m])
	}
	return a.size
}

// Bind places l at the current position.
func (a *Asm) Bind(l *Label) {
	if l.bound {
		a.errs = append(a.errs, "label "+l.name+" bound twice")
		return
	}
	l.bound = true
	l.at = int32(len(a.insts))
	a.insts = append(a.insts, inst{op: opBind, label: l.id})
}

// Jump emits a jump (JMP, or a conditional jump such as JLT) to l.
func (a *Asm) Jump(op Op, l *Label) {
	if !isJump(op) {
		a.errs = append(a.errs, fmt.Sprintf("%v is not a jump", op))
		return
	}
	a.insts = append(a.insts, inst{op: op, label: l.id})
	a.count++
}

// Assemble encodes the unit. Any assembler diagnostic, an unbound label
// (which golang-asm would silently turn into a jump to itself) or a panic
// in the assembler is an error: the unit is then not runnable. The code
// returned is valid until the next Reset.
func (a *Asm) Assemble() (code []byte, err error) {
	for _, l := range a.labels {
		if !l.bound {
			return nil, fmt.Errorf("native: label %s never bound", l.name)
		}
	}
	if len(a.errs) > 0 {
		return nil, fmt.Errorf("native: %s", a.errs[0])
	}
	if a.count == 0 {
		return nil, fmt.Errorf("native: empty unit")
	}
	if ForceGolangAsm {
		return a.assembleGolang()
	}
	if code, ok := a.encodeDirect(); ok {
		if CheckEncodings {
			if err := a.checkEncodings(); err != nil {
				panic(err)
			}
		}
		return code, nil
	}
	fallbacks.Add(1)
	code, err = a.assembleGolang()
	if err == nil && CheckEncodings {
		panic("native: the direct encoder does not know " + a.progString(&a.insts[a.unknown]))
	}
	return code, err
}

// encodeDirect encodes the unit in one pass (encode_amd64.go), patching
// forward jumps at the end; ok is false if some form is unknown to it.
// Each instruction's offset goes to a.offs (marks, Listing).
func (a *Asm) encodeDirect() (code []byte, ok bool) {
	e := &a.enc
	e.b = e.b[:0]
	a.fixups = a.fixups[:0]
	if cap(a.offs) < len(a.insts) {
		a.offs = make([]int32, len(a.insts), 2*len(a.insts))
	}
	offs := a.offs[:len(a.insts)]
	for i := range a.insts {
		in := &a.insts[i]
		offs[i] = int32(len(e.b))
		switch {
		case in.op == opBind:
			a.labels[in.label].off = int64(len(e.b))
		case in.label >= 0:
			l := a.labels[in.label]
			target := int64(-1)
			if l.at < int32(i) {
				target = l.off
			}
			if pos := e.jump(in.op, target); pos >= 0 {
				a.fixups = append(a.fixups, fixup{pos, in.label})
			}
		default:
			if !e.encode(in) {
				a.unknown = i
				return nil, false
			}
		}
	}
	for _, f := range a.fixups {
		rel := a.labels[f.label].off - int64(f.pos+4)
		binary.LittleEndian.PutUint32(e.b[f.pos:], uint32(rel))
	}
	a.size = int64(len(e.b))
	return e.b, true
}

// buildProgs turns the instruction list into golang-asm Progs; labels
// become NOPs.
func (a *Asm) buildProgs() *obj.Prog {
	a.resetProgs()
	for _, l := range a.labels {
		l.p = a.newProg()
		l.p.As = obj.ANOP
	}
	var first, last *obj.Prog
	for i := range a.insts {
		in := &a.insts[i]
		var p *obj.Prog
		switch {
		case in.op == opBind:
			p = a.labels[in.label].p
		case in.label >= 0:
			p = a.newProg()
			p.As = in.op
			p.To.Type = obj.TYPE_BRANCH
			p.To.SetTarget(a.labels[in.label].p)
		default:
			p = a.newProg()
			p.As, p.From, p.To = in.op, in.from.addr(), in.to.addr()
			if in.from3 != 0 {
				p.SetFrom3(a.enc.third(in).addr())
			}
		}
		if first == nil {
			first = p
		} else {
			last.Link = p
		}
		last = p
	}
	return first
}

// assembleGolang assembles the unit with golang-asm.
func (a *Asm) assembleGolang() (code []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			code, err = nil, fmt.Errorf("native: assembler: %v", r)
		}
	}()
	s := &obj.LSym{Func: &obj.FuncInfo{Text: a.buildProgs()}}
	a.golangAsmTables()
	x86.Linkamd64.Assemble(a.ctxt, s, a.newProg)
	if len(a.errs) > 0 {
		return nil, fmt.Errorf("native: %s", a.errs[0])
	}
	for _, l := range a.labels {
		l.off = l.p.Pc
	}
	a.offs = a.offs[:0]
	for i, p := 0, s.Func.Text; i < len(a.insts) && p != nil; i, p = i+1, p.Link {
		a.offs = append(a.offs, int32(p.Pc))
	}
	a.size = int64(len(s.P))
	return s.P, nil
}

// checkEncodings encodes each instruction of the unit alone with
// golang-asm and compares it with the direct encoding.
func (a *Asm) checkEncodings() error {
	e := encoder{from3s: a.enc.from3s}
	for i := range a.insts {
		in := &a.insts[i]
		if in.op == opBind || in.label >= 0 {
			continue
		}
		e.b = e.b[:0]
		e.encode(in)
		want, err := a.golangEncode(in)
		if err != nil {
			return err
		}
		if string(want) != string(e.b) {
			return fmt.Errorf("native: direct encoding of %s is % x, golang-asm's % x", a.progString(in), e.b, want)
		}
	}
	return nil
}

// golangEncode encodes one instruction with golang-asm.
func (a *Asm) golangEncode(in *inst) ([]byte, error) {
	p := &obj.Prog{Ctxt: a.ctxt, As: in.op, From: in.from.addr(), To: in.to.addr()}
	if in.from3 != 0 {
		p.SetFrom3(a.enc.third(in).addr())
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: p}}
	n := len(a.errs)
	a.golangAsmTables()
	x86.Linkamd64.Assemble(a.ctxt, s, func() *obj.Prog { return &obj.Prog{Ctxt: a.ctxt} })
	if len(a.errs) > n {
		err := fmt.Errorf("native: golang-asm rejects %s: %s", a.progString(in), a.errs[n])
		a.errs = a.errs[:n]
		return nil, err
	}
	return s.P, nil
}

func (a *Asm) progString(in *inst) string {
	p := &obj.Prog{Ctxt: a.ctxt, As: in.op, From: in.from.addr(), To: in.to.addr()}
	if in.from3 != 0 {
		p.SetFrom3(a.enc.third(in).addr())
	}
	return p.InstructionString()
}

// IsMem reports whether o is a memory operand.
func IsMem(o Operand) bool { return o.kind == okMem }

// IsImm reports whether o is an immediate.
func IsImm(o Operand) bool { return o.kind == okImm }

// IsXMMOperand reports whether o is an XMM register.
func IsXMMOperand(o Operand) bool { return o.isX() }

// Listing returns the instructions emitted since Reset, one per line (for
// debugging code generators), with their offsets once assembled.
func (a *Asm) Listing() string {
	var b []byte
	_, direct := a.encodeDirect()
	progs := a.buildProgs()
	n := 0
	for p := progs; p != nil; p = p.Link {
		n++
	}
	// The encoder's offsets are per instruction; when buildProgs made a
	// different number of Progs (pseudo-instructions), the offsets cannot
	// be matched up and the listing shows none rather than wrong ones.
	direct = direct && n == len(a.offs)
	i := 0
	for p := progs; p != nil; p, i = p.Link, i+1 {
		if direct {
			p.Pc = int64(a.offs[i])
		}
		b = append(b, p.String()...)
		b = append(b, '\n')
	}
	return string(b)
}

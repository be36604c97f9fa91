//go:build amd64 && linux

package native

import (
	"bytes"
	"testing"
	"unsafe"
)

// emitUnit emits a unit of n blocks, each a few moves, an ALU op and a
// forward conditional jump to a label bound after it, so that labels,
// fixups and offsets all grow with n.
func emitUnit(a *Asm, n int) {
	for i := range n {
		l := a.NewLabel("skip")
		a.Mov(Mem(DI, int32(8*(i%4))), R(AX))
		a.I(ADDQ, Imm(int64(i)), R(AX))
		a.I(CMPQ, R(AX), Imm(1000))
		a.Jump(JGT, l)
		a.Mov(R(AX), Mem(DI, 8))
		a.Bind(l)
	}
	a.Ret()
}

func assembleCopy(t *testing.T, a *Asm) []byte {
	t.Helper()
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(code)
}

// TestTrimDropsLargeUnitsBuffers: after a unit larger than a reused Asm
// should keep, Trim lets go of its instruction list, offsets, code buffer
// and labels; after a small unit it keeps them for the next. Either way
// the Asm then assembles units exactly as a fresh one does.
func TestTrimDropsLargeUnitsBuffers(t *testing.T) {
	fresh := func(n int) []byte {
		a := NewAsm()
		emitUnit(a, n)
		return assembleCopy(t, a)
	}
	a := NewAsm()
	emitUnit(a, 5000) // 30000 instructions
	if got, want := assembleCopy(t, a), fresh(5000); !bytes.Equal(got, want) {
		t.Fatal("large unit differs from a fresh Asm's")
	}
	if cap(a.insts) <= keepInsts || cap(a.enc.b) <= keepCode || len(a.labelSlab) <= keepLabels {
		t.Fatalf("the unit is not large enough to test Trim: %d insts, %d code bytes, %d labels", cap(a.insts), cap(a.enc.b), len(a.labelSlab))
	}
	a.Trim()
	if cap(a.insts) != 0 || cap(a.offs) != 0 || cap(a.fixups) != 0 || cap(a.enc.b) != 0 || len(a.labelSlab) != 0 || cap(a.labels) != 0 {
		t.Errorf("Trim kept a large unit's buffers: insts %d, offs %d, fixups %d, code %d, labels %d/%d",
			cap(a.insts), cap(a.offs), cap(a.fixups), cap(a.enc.b), len(a.labelSlab), cap(a.labels))
	}
	for _, n := range []int{40, 3000, 40} {
		a.Reset()
		emitUnit(a, n)
		if got, want := assembleCopy(t, a), fresh(n); !bytes.Equal(got, want) {
			t.Fatalf("unit of %d blocks after Trim differs from a fresh Asm's", n)
		}
		a.Trim()
	}
	if cap(a.insts) == 0 || cap(a.enc.b) == 0 {
		t.Errorf("Trim dropped a small unit's buffers, which the next unit would allocate again")
	}
}

// TestInstSize: an instruction list is what a big trace's compile keeps
// most of (docs/jit-memory.md); the third operand stays out of inst.
func TestInstSize(t *testing.T) {
	if n := unsafe.Sizeof(inst{}); n != 40 {
		t.Errorf("inst is %d bytes, want 40", n)
	}
}

// TestThirdOperand assembles IMUL3Q and ROUNDSD, whose third operands
// live in encoder.from3s, among other instructions, by the direct encoder
// and by golang-asm, and after a Reset.
func TestThirdOperand(t *testing.T) {
	emit := func(a *Asm) {
		a.Mov(Mem(DI, 0), R(AX))
		a.I3(IMUL3Q, Imm(12), R(AX), R(CX))
		a.I3(ROUNDSD, Imm(9), R(X(1)), R(X(2)))
		a.I3(IMUL3Q, Imm(100000), Mem(DI, 8), R(DX))
		a.I(ADDQ, R(CX), R(DX))
		a.Ret()
	}
	a := NewAsm()
	emit(a)
	direct := assembleCopy(t, a)
	if err := a.checkEncodings(); err != nil {
		t.Fatal(err)
	}
	a.Reset()
	emit(a)
	if again := assembleCopy(t, a); !bytes.Equal(again, direct) {
		t.Fatalf("after Reset % x, before % x", again, direct)
	}
	ForceGolangAsm = true
	defer func() { ForceGolangAsm = false }()
	g := NewAsm()
	emit(g)
	if viaGolang := assembleCopy(t, g); !bytes.Equal(viaGolang, direct) {
		t.Fatalf("golang-asm % x, direct % x", viaGolang, direct)
	}
}

// TestReserve: after Reserve(n), a unit of up to n instructions is
// emitted without growing the list (no copy holding two lists at once),
// and assembles as a fresh Asm's.
func TestReserve(t *testing.T) {
	a := NewAsm()
	a.Reserve(6*3000 + 1)
	before := cap(a.insts)
	emitUnit(a, 3000) // 6 instructions or bindings a block, and RET
	if cap(a.insts) != before {
		t.Errorf("the list grew from %d to %d after Reserve", before, cap(a.insts))
	}
	fresh := NewAsm()
	emitUnit(fresh, 3000)
	if !bytes.Equal(assembleCopy(t, a), assembleCopy(t, fresh)) {
		t.Error("a unit emitted after Reserve differs from a fresh Asm's")
	}
	a.Reset()
	small := cap(a.insts)
	a.Reserve(10)
	if cap(a.insts) != small {
		t.Errorf("Reserve of less than the free room reallocated (%d to %d)", small, cap(a.insts))
	}
}

//go:build amd64 && linux

package native

import (
	"bytes"
	"testing"
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

//go:build amd64 && linux

package native

import (
	"testing"
	"unsafe"
)

// BenchmarkEnter measures a Go → generated code → Go round trip through
// the trampoline (go test -bench Enter ./jit/internal/native).
func BenchmarkEnter(b *testing.B) {
	a := NewAsm()
	a.MovImm(1, AX)
	a.Ret()
	c := load(b, a)
	s := unsafe.Pointer(&testState{})
	for b.Loop() {
		Enter(c.Addr, s)
	}
}

// emit100 emits a 100-instruction unit: arithmetic with 24 forward
// overflow branches to one exit and a back-edge.
func emit100(a *Asm) {
	exit, loop := a.NewLabel("exit"), a.NewLabel("loop")
	a.Mov(Mem(DI, 0), R(AX))
	a.Bind(loop)
	for range 24 {
		a.I(ADDQ, Mem(DI, 8), R(AX))
		a.Jump(JOS, exit)
		a.I3(IMUL3Q, Imm(3), R(AX), R(CX))
		a.I(SUBQ, R(CX), R(AX))
	}
	a.I1(DECQ, Mem(DI, 16))
	a.Jump(JNE, loop)
	a.Bind(exit)
	a.Ret()
}

// BenchmarkAssembleLoad100 measures assembling a 100-instruction unit with
// a cached context, loading it into executable memory and freeing it.
func BenchmarkAssembleLoad100(b *testing.B) {
	a := NewAsm()
	for b.Loop() {
		a.Reset()
		emit100(a)
		code, err := a.Assemble()
		if err != nil {
			b.Fatal(err)
		}
		c, err := Load(code)
		if err != nil {
			b.Fatal(err)
		}
		Free(c)
	}
}

// BenchmarkAssemble100 is BenchmarkAssembleLoad100 without the memory.
func BenchmarkAssemble100(b *testing.B) {
	a := NewAsm()
	for b.Loop() {
		a.Reset()
		emit100(a)
		if _, err := a.Assemble(); err != nil {
			b.Fatal(err)
		}
	}
}

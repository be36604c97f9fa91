package native

import "testing"

// TestEncodings checks that the instruction forms the code generator uses
// assemble (one-operand IDIVQ takes its operand as the source, ...).
func TestEncodings(t *testing.T) {
	for name, f := range map[string]func(a *Asm){
		"cmpl":   func(a *Asm) { a.I(CMPL, Mem(R11, 0), Imm(0)) },
		"movqx":  func(a *Asm) { a.I(MOVQ, R(X(14)), R(AX)) },
		"movqx2": func(a *Asm) { a.I(MOVQ, R(AX), R(X(14))) },
		"cqo":    func(a *Asm) { a.I1(CQO, None) },
		"idiv":   func(a *Asm) { a.I(IDIVQ, R(R12), None) },
		"cmov":   func(a *Asm) { a.I(CMOVQLT, R(R11), R(DX)) },
		"jmpm":   func(a *Asm) { a.I1(JMP, Mem(R11, 0)) },
		"imul3":  func(a *Asm) { a.I3(IMUL3Q, Imm(2), R(AX), R(DX)) },
		"test":   func(a *Asm) { a.I(TESTQ, R(R11), R(R11)) },
		"cmpsp":  func(a *Asm) { a.I(CMPQ, R(SP), Mem(R14, 16)) },
	} {
		a := NewAsm()
		f(a)
		a.Ret()
		if _, err := a.Assemble(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

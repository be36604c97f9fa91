// The in-place reversal of a run of list items (16-byte runtime.Values)
// that the JIT's list_reverse op compiles to (jit/record_list.go), with Go's
// write barrier for the p words it moves.

package native

import "github.com/kilnpy/kiln/jit/internal/golang-asm/obj/x86"

// MOVOU moves 16 unaligned bytes between an XMM register and memory: one
// whole Value. Go's own memmove copies pointer-holding memory with it; the
// two 8-byte words of an aligned Value are never torn.
const MOVOU Op = x86.AMOVOU

// EmitReverseItems reverses, in place, the Values from the one at address
// lo to the one at address last (both included; nothing when lo >= last).
// lo must be R12 and last R11; spare is a general register (not R11, R12
// or saveBase) whose value the sequence parks in spareSave and restores.
//
// While the collector marks (runtime.writeBarrier's flag, tested once: the
// code has no safe point inside, so the phase cannot change before it
// ends), every swap first calls gcWriteBarrier2 and gives it the two p
// words it exchanges: each is the old value of one slot and the new value
// of the other, so both are shaded as Go's hybrid barrier requires. The
// XMM registers in liveX are saved at saveOff(saveBase) around each call,
// as in EmitStorePointer. Clobbers R11, R12, X14, X15 and the flags.
func EmitReverseItems(a *Asm, spare Reg, spareSave Operand, saveBase Reg, saveOff int32, liveX []Reg) {
	const lo, last = R12, R11
	slow, done, fast := a.NewLabel("rev.slow"), a.NewLabel("rev.done"), a.NewLabel("rev.fast")
	a.I(MOVQ, R(last), R(X(15)))
	a.MovImm(int64(writeBarrierFlagAddr()), last)
	a.I(CMPB, Mem(last, 0), Imm(0))
	a.I(MOVQ, R(X(15)), R(last)) // MOVQ leaves the flags alone
	a.Jump(JNE, slow)

	a.Bind(fast)
	a.I(CMPQ, R(lo), R(last))
	a.Jump(JCC, done)
	emitSwap(a, lo, last)
	a.Jump(JMP, fast)

	a.Bind(slow)
	a.Mov(R(spare), spareSave)
	a.Mov(R(last), R(spare))
	loop, out := a.NewLabel("rev.wb"), a.NewLabel("rev.wbdone")
	a.Bind(loop)
	a.I(CMPQ, R(lo), R(spare))
	a.Jump(JCC, out)
	for i, x := range liveX {
		a.I(MOVSD, R(x), Mem(saveBase, saveOff+int32(8*i)))
	}
	a.I(XORPS, R(X(15)), R(X(15)))
	a.MovImm(int64(gcWriteBarrier2Addr()), R11)
	a.I1(CALL, R(R11)) // R11 = two free buffer words
	a.I(MOVSD, Mem(lo, 0), R(X(15)))
	a.I(MOVSD, R(X(15)), Mem(R11, 0))
	a.I(MOVSD, Mem(spare, 0), R(X(15)))
	a.I(MOVSD, R(X(15)), Mem(R11, 8))
	for i, x := range liveX {
		a.I(MOVSD, Mem(saveBase, saveOff+int32(8*i)), R(x))
	}
	emitSwap(a, lo, spare)
	a.Jump(JMP, loop)
	a.Bind(out)
	a.Mov(spareSave, R(spare))
	a.Bind(done)
}

// emitSwap exchanges the Values at x and y and moves x up and y down by one.
func emitSwap(a *Asm, x, y Reg) {
	a.I(MOVOU, Mem(x, 0), R(X(14)))
	a.I(MOVOU, Mem(y, 0), R(X(15)))
	a.I(MOVOU, R(X(15)), Mem(x, 0))
	a.I(MOVOU, R(X(14)), Mem(y, 0))
	a.I(ADDQ, Imm(16), R(x))
	a.I(SUBQ, Imm(16), R(y))
}

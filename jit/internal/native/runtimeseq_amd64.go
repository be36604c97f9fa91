// The instruction sequences whose correctness depends on the Go runtime's
// internals: the back-edge preemption check and the inline write barrier.
// Each lists the runtime facts it relies on; layout_test.go re-checks them
// on every Go upgrade.

package native

// gStackguard0 is the offset of g.stackguard0 (after g.stack.lo and
// g.stack.hi). Every Go function prologue on amd64 compares SP with
// 16(R14), so this is as stable as the compiler's own ABI.
const gStackguard0 = 16

// StackBudget is how many bytes of goroutine stack generated code may use
// for its own pushes and calls. The trampoline's stack check leaves the
// nosplit reserve (~800 bytes) below it; the write-barrier stub takes ~130
// bytes of it plus wbBufFlush's frames before it switches to g0.
const StackBudget = 256

// EmitBackEdgeCheck emits the check every loop back-edge of a trace runs:
//
//	CMPQ SP, 16(R14)            // SP <= g.stackguard0: the runtime wants this goroutine
//	JLS  yield                  // (GC stop-the-world, stack scan, 10 ms preemption)
//	CMPQ interruptOff(state), $0
//	JNE  interrupt              // Ctrl-C, profiler, tracing stopped ...
//
// Both are needed: asynchronous preemption signals are ignored while the PC
// is in generated code, and while a stop-the-world is pending the goroutine
// that would set the interrupt word may itself be stopped. At yield the
// code must leave through an exit whose dispatcher calls runtime.Gosched
// before re-entering. The interrupt word is a 64-bit word of the state
// block, written atomically by Go.
func EmitBackEdgeCheck(a *Asm, state Reg, interruptOff int32, yield, interrupt *Label) {
	EmitPreemptCheck(a, yield)
	a.I(CMPQ, Mem(state, interruptOff), Imm(0))
	a.Jump(JNE, interrupt)
}

// EmitPreemptCheck emits the first half of EmitBackEdgeCheck, for code
// whose interrupt word is reached through a pointer.
func EmitPreemptCheck(a *Asm, yield *Label) {
	a.I(CMPQ, R(SP), Mem(R14, gStackguard0))
	a.Jump(JLS, yield)
}

// BarrierScratch is the register the write barrier sequence clobbers (the
// runtime stub returns its buffer pointer in it). The code generator must
// not allocate it to values live across EmitStorePointer.
const BarrierScratch = R11

// EmitStorePointer stores the pointer word in register val into slot, a
// memory operand that may be in the Go heap (a list item's p word, a frame
// register), with the inline form of Go's write barrier:
//
//	MOVQ $&runtime.writeBarrier, R11 ; CMPB (R11), $0 ; JEQ store
//	(save live XMM) ; XORPS X15, X15
//	MOVQ $runtime.gcWriteBarrier2, R11 ; CALL R11   // R11 = 2 buffer slots
//	MOVQ val, 0(R11) ; MOVSD slot, X15 ; MOVSD X15, 8(R11)   // new, old
//	(restore XMM) ; XORPS X15, X15
//	store: MOVQ val, slot
//
// Runtime facts relied on (Go 1.26, runtime/asm_amd64.s): the first byte
// of runtime.writeBarrier is non-zero while the GC marks; gcWriteBarrier2
// takes no arguments, uses R14 as g, preserves every general register but
// R11 and returns in R11 a pointer to two free buffer words, which the
// caller fills with the new and the old value of the slot (Go's hybrid
// barrier shades both). When the buffer is full the stub calls wbBufFlush,
// ordinary Go code that assumes X15 == 0 and may clobber XMM registers: so
// X15 is zeroed before the call and the XMM registers in liveX are saved
// to saveOff(saveBase) (8 bytes each) around it. There must be no exit
// between the flag test and the store (an exit is a safe point where the
// GC phase may change); this sequence has none.
//
// val must be a general register other than R11; slot must not use R11 as
// base or index; saveBase must not be R11; R14 must hold g (the trampoline
// loads it). Clobbers R11, X15 and the flags.
func EmitStorePointer(a *Asm, val Reg, slot Operand, saveBase Reg, saveOff int32, liveX []Reg) {
	store := a.NewLabel("wb.store")
	a.MovImm(int64(writeBarrierFlagAddr()), R11)
	a.I(CMPB, Mem(R11, 0), Imm(0))
	a.Jump(JEQ, store)
	for i, x := range liveX {
		a.I(MOVSD, R(x), Mem(saveBase, saveOff+int32(8*i)))
	}
	a.I(XORPS, R(X(15)), R(X(15)))
	a.MovImm(int64(gcWriteBarrier2Addr()), R11)
	a.I1(CALL, R(R11))
	a.I(MOVQ, R(val), Mem(R11, 0))
	a.I(MOVSD, slot, R(X(15)))
	a.I(MOVSD, R(X(15)), Mem(R11, 8))
	for i, x := range liveX {
		a.I(MOVSD, Mem(saveBase, saveOff+int32(8*i)), R(x))
	}
	a.Bind(store)
	a.I(MOVQ, R(val), slot)
}

// EmitJumpSlot emits an indirect jump through the data slot at slotAddr
// (see Slot), clobbering R11: `MOVQ $slot, R11; JMP (R11)`. Linking a
// bridge or redirecting a side exit is then a store to the slot.
func EmitJumpSlot(a *Asm, slotAddr uintptr) {
	a.MovImm(int64(slotAddr), R11)
	a.I1(JMP, Mem(R11, 0))
}

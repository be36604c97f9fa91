// The entry trampoline into generated code and the dispatcher's safe point
// (see enter_amd64.go for the Go side and doc.go for the calling convention).

#include "textflag.h"
#include "funcdata.h"

// func callNative(code uintptr, state unsafe.Pointer) uint64
//
// Not NOSPLIT on purpose: with a frame the prologue checks the goroutine
// stack, so the generated code and the write-barrier stubs it may call run
// with the full nosplit reserve (about 800 bytes) below this frame, however
// deep the caller's nosplit chain was. The frame holds no pointers.
TEXT ·callNative(SB), $16-24
	NO_LOCAL_POINTERS
	MOVQ code+0(FP), AX
	MOVQ state+8(FP), DI
	MOVQ (TLS), R14
	CALL AX
	MOVQ AX, ret+16(FP)
	RET

// func safePoint()
//
// Does nothing, through a stack-checking prologue: if the runtime has set
// g.stackguard0 to its preempt sentinel (the condition the back-edge check
// exits on), the prologue calls morestack and newstack performs exactly
// what the runtime asked for: park for a stack scan (GC), reschedule
// (stop-the-world, 10 ms preemption) or shrink the stack.
TEXT ·safePoint(SB), $8-0
	NO_LOCAL_POINTERS
	RET

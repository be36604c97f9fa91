#include "textflag.h"

// handler(sig in DI, info in SI, context in DX) is the signal handler. The
// kernel calls it with the C calling convention on the thread's signal
// stack, at any instruction of any thread, so it runs no Go code and uses
// no stack: it ORs the signal's bits into the word Catch named, if any.
// It counts itself in inHandler around its use of word, with LOCKed
// instructions (full barriers), so that Release, which moves word away
// and then waits for inHandler to be 0, knows when no handler can still
// hold the old pointer. AX and BX are the C convention's scratch
// registers here: the kernel restores every register from the signal
// frame on return.
TEXT ·handler(SB), NOSPLIT|NOFRAME, $0
	LOCK
	INCL	·inHandler(SB)
	MOVQ	·word(SB), AX
	TESTQ	AX, AX
	JZ	done
	MOVL	·interruptBits(SB), BX
	CMPL	DI, $15 // SIGTERM
	JNE	set
	MOVL	·terminateBits(SB), BX
set:
	LOCK
	ORL	BX, (AX)
done:
	LOCK
	DECL	·inHandler(SB)
	RET

// restorer returns from the handler: rt_sigreturn restores the registers
// and signal mask from the frame the kernel pushed.
TEXT ·restorer(SB), NOSPLIT|NOFRAME, $0
	MOVQ	$15, AX // SYS_rt_sigreturn
	SYSCALL
	INT	$3

// func addresses() (handler, restorer uintptr) returns the two
// functions' addresses as the kernel calls them (ABI0, no Go wrapper).
TEXT ·addresses(SB), NOSPLIT, $0-16
	MOVQ	$·handler(SB), AX
	MOVQ	AX, handler+0(FP)
	MOVQ	$·restorer(SB), AX
	MOVQ	AX, restorer+8(FP)
	RET

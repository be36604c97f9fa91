#include "textflag.h"

// func rawSyscall3(trap, a1, a2, a3 uintptr) (errno uintptr)
//
// Linux's system call convention: the number in AX, the arguments in DI,
// SI and DX, the result in AX, from -4095 to -1 for -errno. SYSCALL
// clobbers CX and R11, which Go's ABI0 keeps nothing in across a call.
TEXT ·rawSyscall3(SB), NOSPLIT, $0-40
	MOVQ	trap+0(FP), AX
	MOVQ	a1+8(FP), DI
	MOVQ	a2+16(FP), SI
	MOVQ	a3+24(FP), DX
	SYSCALL
	MOVQ	$0, errno+32(FP)
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	NEGQ	AX
	MOVQ	AX, errno+32(FP)
ok:
	RET

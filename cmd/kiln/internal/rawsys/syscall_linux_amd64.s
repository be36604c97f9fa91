#include "textflag.h"

// func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)
//
// Linux's system call convention: the number in AX, the arguments in DI,
// SI, DX, R10, R8 and R9, the result in AX, from -4095 to -1 for -errno.
// SYSCALL clobbers CX and R11, which Go's ABI0 keeps nothing in across a
// call. Like syscall.RawSyscall6 it does not tell the scheduler: the calls
// made through it do not block for long.
TEXT ·Syscall6(SB), NOSPLIT, $0-72
	MOVQ	trap+0(FP), AX
	MOVQ	a1+8(FP), DI
	MOVQ	a2+16(FP), SI
	MOVQ	a3+24(FP), DX
	MOVQ	a4+32(FP), R10
	MOVQ	a5+40(FP), R8
	MOVQ	a6+48(FP), R9
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	MOVQ	$-1, r+56(FP)
	NEGQ	AX
	MOVQ	AX, errno+64(FP)
	RET
ok:
	MOVQ	AX, r+56(FP)
	MOVQ	$0, errno+64(FP)
	RET

#include "textflag.h"

// func madvise(addr, n, advice uintptr) (errno uintptr)
//
// Linux's system call convention: the number in AX, the arguments in DI,
// SI and DX, the result in AX, from -4095 to -1 for -errno. SYSCALL
// clobbers CX and R11, which Go's ABI0 keeps nothing in across a call.
TEXT ·madvise(SB), NOSPLIT, $0-32
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVQ	advice+16(FP), DX
	MOVQ	$28, AX // SYS_madvise
	SYSCALL
	MOVQ	$0, errno+24(FP)
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	NEGQ	AX
	MOVQ	AX, errno+24(FP)
ok:
	RET

// func mincore(addr, n uintptr, vec *byte) (errno uintptr)
TEXT ·mincore(SB), NOSPLIT, $0-32
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVQ	vec+16(FP), DX
	MOVQ	$27, AX // SYS_mincore
	SYSCALL
	MOVQ	$0, errno+24(FP)
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	NEGQ	AX
	MOVQ	AX, errno+24(FP)
ok:
	RET

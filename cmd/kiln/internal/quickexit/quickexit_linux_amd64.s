#include "textflag.h"

// func cloneHelper(readFD, stackTop uintptr) (pid uintptr)
//
// clone(CLONE_VM, stackTop, 0, 0, 0): the child shares the address space
// and starts on stackTop with the parent's registers. It must not run Go
// code: it has no g, its stack is not a Go stack, and the Go runtime does
// not know about it. So it stays in this function, keeps readFD in R12
// (SYSCALL preserves everything but AX, CX and R11), and exits itself.
// The exit signal in the flags' low byte is 0: no SIGCHLD for it.
TEXT ·cloneHelper(SB), NOSPLIT, $0-24
	MOVQ	readFD+0(FP), R12
	MOVQ	stackTop+8(FP), SI
	MOVQ	$0x100, DI // CLONE_VM
	XORQ	DX, DX     // parent_tid
	XORQ	R10, R10   // child_tid
	XORQ	R8, R8     // tls
	MOVQ	$56, AX    // SYS_clone
	SYSCALL
	CMPQ	AX, $0
	JEQ	child
	MOVQ	AX, pid+16(FP)
	RET

child:
	// close_range(0, readFD-1, 0) and close_range(readFD+1, ~0U, 0):
	// every inherited descriptor but the pipe's read end. If either
	// fails (Linux before 5.9), exit at once: the parent then tears the
	// memory down itself, as without a helper.
	MOVQ	$436, AX // SYS_close_range
	XORQ	DI, DI
	MOVQ	R12, SI
	DECQ	SI
	XORQ	DX, DX
	SYSCALL
	CMPQ	AX, $0
	JNE	exit
	MOVQ	$436, AX
	MOVQ	R12, DI
	INCQ	DI
	MOVL	$0xffffffff, SI
	XORQ	DX, DX
	SYSCALL
	CMPQ	AX, $0
	JNE	exit

wait:
	// read(readFD, buf, 1) on the hardware stack: it returns 0 when the
	// last write end closes, as the process that started the helper
	// exits. Every signal is blocked, so EINTR is only a stop and start.
	XORQ	AX, AX // SYS_read
	MOVQ	R12, DI
	LEAQ	-8(SP), SI
	MOVQ	$1, DX
	SYSCALL
	CMPQ	AX, $-4 // -EINTR
	JEQ	wait

exit:
	MOVQ	$60, AX // SYS_exit
	XORQ	DI, DI
	SYSCALL
	INT	$3

#include "textflag.h"

// func cloneHelper(readFD, lo, hi, stackTop uintptr, masks *[2]uint64) (pid uintptr)
//
// clone(CLONE_VM, stackTop, 0, 0, 0): the child shares the address space
// and starts on stackTop with the parent's registers. It must not run Go
// code: it has no g, its stack is not a Go stack, and the Go runtime does
// not know about it. So it stays in this function, keeps its arguments in
// R12 to R14 (SYSCALL preserves everything but AX, CX and R11), and exits
// itself. The exit signal in the flags' low byte is 0: no SIGCHLD for it.
//
// The child inherits this thread's signal mask, which is masks[0] (all
// blocked, so that no signal runs Go's handler on a thread the runtime
// does not know) around the clone and masks[1] (what it was) again after.
// All of it happens in this function, which Go does not preempt, so the
// calling goroutine cannot move to another thread in between (as
// runtime.LockOSThread would ensure, at the cost of the template thread
// it starts: a clone, at the exit of every run).
TEXT ·cloneHelper(SB), NOSPLIT, $0-48
	MOVQ	masks+32(FP), BX
	MOVQ	$14, AX // SYS_rt_sigprocmask
	MOVQ	$2, DI  // SIG_SETMASK
	LEAQ	0(BX), SI
	LEAQ	8(BX), DX
	MOVQ	$8, R10
	SYSCALL
	MOVQ	readFD+0(FP), R12
	MOVQ	lo+8(FP), R13
	MOVQ	hi+16(FP), R14
	MOVQ	stackTop+24(FP), SI
	MOVQ	$0x100, DI // CLONE_VM
	XORQ	DX, DX     // parent_tid
	XORQ	R10, R10   // child_tid
	XORQ	R8, R8     // tls
	MOVQ	$56, AX    // SYS_clone
	SYSCALL
	CMPQ	AX, $0
	JEQ	child
	MOVQ	AX, pid+40(FP)
	MOVQ	$14, AX // SYS_rt_sigprocmask: this thread's mask back
	MOVQ	$2, DI
	LEAQ	8(BX), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL
	RET

child:
	// Close every inherited descriptor but lo and hi: close_range(0,
	// lo-1), close_range(lo+1, hi-1) when there is room, close_range(hi+1,
	// ~0U). lo is at least 1. If a call fails (Linux before 5.9), exit at
	// once: the process that started the helper then tears the memory down
	// itself, as without one.
	MOVQ	$436, AX // SYS_close_range
	XORQ	DI, DI
	LEAQ	-1(R13), SI
	XORQ	DX, DX
	SYSCALL
	CMPQ	AX, $0
	JNE	exit
	LEAQ	1(R13), DI
	LEAQ	-1(R14), SI
	CMPQ	DI, SI
	JHI	above
	MOVQ	$436, AX
	XORQ	DX, DX
	SYSCALL
	CMPQ	AX, $0
	JNE	exit
above:
	MOVQ	$436, AX
	LEAQ	1(R14), DI
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

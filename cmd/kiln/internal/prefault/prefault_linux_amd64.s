#include "textflag.h"

// Offsets in queue (prefault.go): the jobs published, the closed flag, the
// helper's thread ID, the jobs done, then the jobs, 24 bytes each: lo, hi,
// advice.
#define Q_N 0
#define Q_CLOSED 4
#define Q_TID 8
#define Q_DONE 12
#define Q_JOBS 16
#define JOB_SIZE 24

// PIECE is how much of a job's range the helper populates before it
// touches those pages: 16 pages, so that the first are ready soon.
#define PIECE 65536

// func cloneHelper(q *queue, stackTop uintptr, masks *[2]uint64) (tid uintptr)
//
// clone(CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|
// CLONE_SYSVSEM|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, stackTop,
// &q.tid, &q.tid) starts a thread of this process that the Go runtime does
// not know, with every signal blocked: the thread inherits the signal
// mask of this one, which is masks[0] (all) around the clone and then
// masks[1] (what it was) again. All of it happens in this function, which
// Go does not preempt, so the calling goroutine cannot move to another
// thread in between.
//
// The helper must not run Go code (it has no g, and its stack is not a Go
// stack), so it stays in this function, pushes nothing, keeps its state in
// BX and R12 to R15 (the child returns from clone with the parent's
// registers, and SYSCALL preserves all but AX, CX and R11), and ends with
// exit(2), which ends this thread only; the kernel then clears q.tid.
TEXT ·cloneHelper(SB), NOSPLIT, $0-32
	MOVQ	q+0(FP), R12
	MOVQ	masks+16(FP), R13
	MOVQ	$14, AX // SYS_rt_sigprocmask
	MOVQ	$2, DI // SIG_SETMASK
	LEAQ	0(R13), SI
	LEAQ	8(R13), DX
	MOVQ	$8, R10
	SYSCALL
	MOVQ	stackTop+8(FP), SI
	MOVQ	$0x350f00, DI // the flags above
	LEAQ	Q_TID(R12), DX // parent_tid
	LEAQ	Q_TID(R12), R10 // child_tid
	XORQ	R8, R8 // tls: unchanged
	MOVQ	$56, AX // SYS_clone
	SYSCALL
	CMPQ	AX, $0
	JEQ	helper
	MOVQ	AX, tid+24(FP)
	MOVQ	$14, AX // SYS_rt_sigprocmask: this thread's mask back
	MOVQ	$2, DI
	LEAQ	8(R13), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL
	RET

helper:
	XORQ	R13, R13 // jobs done

next:
	MOVL	Q_N(R12), AX
	CMPQ	R13, AX
	JLT	job
	// Caught up. Closed: the jobs published before Close, then the end
	// (Close stores q.n before q.closed, and x86 keeps stores in order,
	// so q.n read again now is the last). Else wait for q.n to move, at
	// most idleWait: a timeout means that nobody adds jobs any more.
	MOVL	Q_CLOSED(R12), BX
	CMPL	BX, $0
	JEQ	wait
	MOVL	Q_N(R12), AX
	CMPQ	R13, AX
	JLT	job
	JMP	exit

wait:
	MOVQ	AX, DX // the value of q.n to wait on
	LEAQ	Q_N(R12), DI
	MOVQ	$128, SI // FUTEX_WAIT|FUTEX_PRIVATE_FLAG
	LEAQ	·idleWait(SB), R10
	XORQ	R8, R8
	XORQ	R9, R9
	MOVQ	$202, AX // SYS_futex
	SYSCALL
	CMPQ	AX, $-110 // -ETIMEDOUT
	JEQ	exit
	JMP	next

job:
	// R14 = &q.jobs[R13]; R15 walks its range a piece at a time, BX is
	// the end of the piece.
	MOVQ	R13, R14
	IMULQ	$JOB_SIZE, R14
	LEAQ	Q_JOBS(R12)(R14*1), R14
	MOVQ	0(R14), R15

piece:
	CMPQ	R15, 8(R14)
	JAE	done
	LEAQ	PIECE(R15), BX
	CMPQ	BX, 8(R14)
	JBE	populate
	MOVQ	8(R14), BX

populate:
	MOVQ	R15, DI
	MOVQ	BX, SI
	SUBQ	R15, SI
	MOVQ	16(R14), DX // advice
	MOVQ	$28, AX // SYS_madvise
	SYSCALL
	CMPQ	AX, $0
	JNE	done // not mapped as asked: leave the rest of the range alone

touch:
	// A byte of each page just populated: the page's first touch in
	// this process, which the hypervisor charges once for all threads.
	CMPQ	R15, BX
	JAE	piece
	MOVB	(R15), AX
	ADDQ	$4096, R15
	JMP	touch

done:
	INCQ	R13
	MOVL	R13, Q_DONE(R12)
	JMP	next

exit:
	MOVQ	$60, AX // SYS_exit: this thread only
	XORQ	DI, DI
	SYSCALL
	INT	$3

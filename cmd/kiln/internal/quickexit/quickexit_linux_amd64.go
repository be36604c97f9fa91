package quickexit

import (
	"sync/atomic"
	"syscall"
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// helperStack is the helper's stack. The helper shares this process's
// memory and uses a few words at the top; it is started at most once
// (started), so nothing else ever uses them.
var helperStack [64]uintptr

// started makes a second startHelper fail: two helpers on one stack
// would corrupt each other's words.
var started atomic.Bool

// cloneHelper starts the helper (quickexit_linux_amd64.s) with the read
// end of its pipe, the two descriptors it keeps open (lo <= hi; the pipe's
// is one of them) and the top of its stack, with the signal mask
// masks[0], this thread's being masks[1] before and after. It returns the
// helper's pid, or -errno as an unsigned number if clone failed.
//
//go:noescape
func cloneHelper(readFD, lo, hi, stackTop uintptr, masks *[2]uint64) (pid uintptr)

// startHelper starts the helper and returns its pid and the write end of
// its pipe, which the helper waits to see closed; ok is false if it could
// not start one.
func startHelper() (pid, writeFD int, ok bool) {
	if !started.CompareAndSwap(false, true) {
		return 0, 0, false
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return 0, 0, false
	}
	lo, hi := p[0], p[0]
	if keep := int(keptFD.Load()) - 1; keep >= 0 {
		lo, hi = min(lo, keep), max(hi, keep)
	}
	// The helper closes the descriptors below lo, between lo and hi and
	// above hi; 0 has no "below" (only when standard input was closed).
	if lo == 0 {
		syscall.Close(p[0])
		syscall.Close(p[1])
		return 0, 0, false
	}
	// The helper starts with every signal blocked, so that none runs
	// Go's handler on a thread the Go runtime does not know.
	masks := [2]uint64{^uint64(0), 0}
	top := uintptr(unsafe.Pointer(&helperStack[len(helperStack)-1])) &^ 15
	r := cloneHelper(uintptr(p[0]), uintptr(lo), uintptr(hi), top, &masks)
	syscall.Close(p[0])
	if rawsys.Failed(r) {
		syscall.Close(p[1])
		return 0, 0, false
	}
	return int(r), p[1], true
}

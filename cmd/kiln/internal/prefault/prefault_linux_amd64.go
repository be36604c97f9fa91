package prefault

import (
	"runtime"
	"sync/atomic"
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// cloneHelper starts the helper (prefault_linux_amd64.s) on q with its
// stack's top, every signal blocked in it, and returns its thread ID, or
// -errno as an unsigned number. masks[0] must be all ones; masks[1]
// receives the caller's thread's mask, which it has again on return.
//
//go:noescape
func cloneHelper(q *queue, stackTop uintptr, masks *[2]uint64) (tid uintptr)

// masks is cloneHelper's: start runs once.
var masks = [2]uint64{^uint64(0), 0}

// start starts the helper. With one CPU there is none: it would only take
// turns with the main thread.
func start() bool {
	return runtime.NumCPU() >= 2 && !rawsys.Failed(cloneHelper(&q, stackTop(), &masks))
}

// futexWake wakes the helper if it waits on addr.
func futexWake(addr *atomic.Uint32) {
	const futexWakePrivate = 1 | 128
	rawsys.Syscall6(202, uintptr(unsafe.Pointer(addr)), futexWakePrivate, 1, 0, 0, 0) // SYS_futex
}

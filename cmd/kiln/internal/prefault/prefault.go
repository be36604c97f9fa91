// Package prefault maps pages that start-up is about to use, and touches
// them, on a thread of its own, so that the main thread finds them ready.
//
// On a guest whose page tables the hypervisor shadows, as on the PVM guest
// of docs/performance.md ("Start-up time"), the first touch of a page costs
// a trap to the hypervisor: about 12 us if the page faults, and still 6 to
// 8 us if it was mapped beforehand (MADV_POPULATE_*), since the hypervisor
// fills its shadow entry at the first touch. That entry serves every
// thread of the process: once one thread has touched a page, another's
// first touch of it costs 0.04 us. A start-up spends milliseconds in such
// traps, and the machine has two CPUs.
//
// So boot and exepages queue the pages of the Go heap and of the
// executable that start-up will use here (Add), and a helper thread
// populates each range and reads a byte of each page, a few pages at a
// time, while the main thread goes on with the packages' inits (exepages
// maps its pages on the main thread too, since the helper reaches most of
// them later than the main thread does).
// Whichever thread touches a page first pays for it, once: boot populates
// the heap's first 64 KiB itself, which start-up writes before the helper
// could get there, queues the next 448, and the rest of the 1.25 MiB that
// start-up and a short program use as main starts.
//
// The helper is a thread that the Go runtime does not know, started in
// assembly (prefault_linux_amd64.s): it runs no Go code, uses no Go stack,
// has every signal blocked, and ends itself with exit(2) once the queue is
// closed and done, or after idleWait without a new job. It reads only
// pages that its populate has just mapped, so it cannot fault on a hole,
// and the ranges it reads are the executable's, the Go heap's and the
// runtime's persistent metadata (and what the runtime maps after it),
// which stay mapped: the runtime never unmaps them, and gives free heap
// pages back with MADV_DONTNEED, after which a read maps the zero page.
// Without a helper (another system, one CPU, KILN_PREFAULT=0 in the
// environment, a full queue) Add reports false, and the caller populates
// the range itself.
package prefault

import (
	"sync/atomic"
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// maxJobs bounds the queue: start-up's list of pages has 50 to 100 runs
// to populate.
const maxJobs = 512

// job is a range of pages to populate with advice and touch.
type job struct{ lo, hi, advice uintptr }

// queue is what the helper reads, at the offsets that
// prefault_linux_amd64.s names: n, the jobs published (the helper does
// jobs[:n]); closed, set when no more come; tid, the helper's thread ID
// while it runs (the kernel clears it when the thread ends); done, how many
// jobs the helper has finished.
type queue struct {
	n      atomic.Uint32
	closed atomic.Uint32
	tid    atomic.Uint32
	done   atomic.Uint32
	jobs   [maxJobs]job
}

var (
	q queue

	// queued is how many jobs Add has written; Flush publishes them.
	queued uint32

	// stack is the helper's stack. Its code pushes nothing; the kernel
	// wants a valid stack pointer all the same.
	stack [64]uintptr

	// state is stateNew until the first Add decides.
	state atomic.Uint32

	// idleWait is how long the helper waits for a job before it ends, a
	// timespec.
	idleWait = [2]int64{0, 50e6}
)

const (
	stateNew = iota
	stateRunning
	stateOff
)

// Add queues the pages [lo, hi) to be populated with advice (a
// MADV_POPULATE_* value) and touched by the helper, starting the helper at
// the first call; Flush hands them over. It reports false if there is no
// helper (or it has ended), no room, or Close has been called; the caller
// then maps the range itself. The range must stay mapped as long as the
// process runs, or be mapped by the time the helper gets to it (the Go
// heap's next chunk): where the populate fails, the helper leaves the rest
// of the range, and it reads only pages its populate has mapped.
//
// Add, Flush and Close are for one goroutine at a time: the main
// one, during package initialisation and as the command starts.
func Add(lo, hi, advice uintptr) bool {
	j := job{lo &^ 4095, hi, advice}
	if j.hi <= j.lo || queued == maxJobs || q.closed.Load() != 0 || !running() {
		return false
	}
	if ended() {
		return false // after idleWait without a job: a slow start-up
	}
	q.jobs[queued] = j
	queued++
	return true
}

// Flush hands the jobs queued so far to the helper and wakes it.
func Flush() {
	if state.Load() != stateRunning || q.n.Load() == queued {
		return
	}
	q.n.Store(queued)
	futexWake(&q.n)
}

// Close hands the helper the jobs queued and tells it that no more come:
// it ends once it has done them.
func Close() {
	if state.Load() != stateRunning {
		return
	}
	Flush()
	q.closed.Store(1)
	futexWake(&q.n)
}

// Idle reports whether the helper has done every job handed to it, or has
// ended.
func Idle() bool { return q.done.Load() == q.n.Load() || ended() }

// ended reports whether the helper's thread has ended (or never started):
// the kernel clears q.tid as it ends.
func ended() bool { return q.tid.Load() == 0 }

// running starts the helper if that was not decided yet, and reports
// whether it runs.
func running() bool {
	switch state.Load() {
	case stateRunning:
		return true
	case stateOff:
		return false
	}
	if v, _ := rawsys.Getenv("KILN_PREFAULT"); v == "0" || !start() {
		state.Store(stateOff)
		return false
	}
	state.Store(stateRunning)
	return true
}

// stackTop is the 16-byte-aligned top of the helper's stack.
func stackTop() uintptr {
	return uintptr(unsafe.Pointer(&stack[len(stack)-1])) &^ 15
}

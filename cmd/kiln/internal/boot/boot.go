// Package boot readies the process for kiln's start-up before the
// interpreter's packages initialise: it maps the first pages of the Go
// heap in one system call and starts the program with one P.
//
// Both are about the cost of start-up on machines where a page fault or a
// new thread is dear. On the Firecracker VM of docs/performance.md
// ("Start-up time") a page fault costs about 11 us, ten times what
// mapping the same page in a batch costs, and `kiln -c pass` touched 358
// heap pages one fault at a time: package initialisation builds the
// builtin types (half a megabyte), and a new span of each size class
// touches a fresh page.
//
// Go runs this package's init before the packages that allocate most of
// start-up: among packages whose dependencies are ready Go initialises them
// in import-path order, and this one depends on runtime alone (on
// linux/amd64, where it makes its system call itself), so it is ready as
// soon as the runtime is. GODEBUG=inittrace=1 shows it third, after
// crypto/internal/fips140deps/cpu and math, before errors, syscall and
// the rest of the standard library's inits.
package boot

import (
	"runtime"
	"unsafe"
)

// heapPrefaultBytes is how much of the heap, from where allocation has got
// to, the init populates. `kiln -c pass` touches 358 pages in the first
// 2 MiB of its heap (perf record -e page-faults -d); a larger program
// uses those pages anyway, and a smaller one pays at most 2 MiB of RSS
// less what it touches (0.6 to 0.9 MiB for `-c pass`).
const heapPrefaultBytes = 2 << 20

// heapChunkBytes is the unit in which the Go runtime maps heap memory
// (pallocChunkBytes): the page allocator grows the heap a chunk at a time,
// and randomises where in its first chunk the heap starts. Memory past the
// chunk being allocated from may not be mapped yet.
const heapChunkBytes = 4 << 20

// largeObjectBytes is the size of the smallest object that Go allocates in
// a span of its own (above the largest size class, 32 KiB).
const largeObjectBytes = 32<<10 + 1

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): fault in the
// range's pages writable, as writing to each would, without writing.
const madvPopulateWrite = 23

var (
	// prefaultLeft is the part of heapPrefaultBytes that the init could
	// not populate because it lies in the next chunk.
	prefaultLeft uintptr

	// oneProc is whether the init set GOMAXPROCS to 1.
	oneProc bool

	// marker is prefaultHeap's large object, a package variable so that
	// it is not put on the stack.
	marker []byte
)

func init() {
	if startsWithOneProc() {
		runtime.GOMAXPROCS(1)
		oneProc = true
	}
	if done := prefaultHeap(heapPrefaultBytes); done > 0 {
		prefaultLeft = heapPrefaultBytes - done
	}
}

// startsWithOneProc says whether the program should start with one P.
// Go's start-up gives a process as many Ps as CPUs, and every goroutine
// that start-up creates while a P is idle (the collector's helpers, the
// signal handling of os/signal) wakes a new thread for it, each a clone,
// its stacks' page faults and futex wake-ups: `kiln -c pass` started 7
// threads besides its first, 4 or 5 with one P. The collector policy
// (cmd/kiln/gcpolicy.go) gives the Ps back at the first collection that
// finds more than a few MiB live, as it already did. GOMAXPROCS or GOGC
// in the environment (the policy does not run then) leaves the Ps alone.
func startsWithOneProc() bool {
	if runtime.NumCPU() < 2 {
		return false
	}
	return !inEnviron("GOMAXPROCS") && !inEnviron("GOGC")
}

// inEnviron reports whether the environment sets name (to anything).
func inEnviron(name string) bool {
	for _, kv := range runtimeEnvs() {
		if len(kv) > len(name) && kv[len(name)] == '=' && kv[:len(name)] == name {
			return true
		}
	}
	return false
}

// runtimeEnvs returns a copy of the environment the process started with:
// the runtime's copy, which it hands to package syscall, read here without
// waiting for syscall's init.
//
//go:linkname runtimeEnvs syscall.runtime_envs
func runtimeEnvs() []string

// OneProc reports whether the program started with one P: the collector
// policy gives the Ps back when the heap grows.
func OneProc() bool { return oneProc }

// PrefaultRest populates what the init could not of the heap's first
// heapPrefaultBytes, once start-up has allocated into the next chunk.
// main calls it before it makes the interpreter.
func PrefaultRest() {
	if prefaultLeft > 0 {
		prefaultHeap(prefaultLeft)
		prefaultLeft = 0
	}
}

// prefaultHeap populates up to n bytes of the heap from where the heap
// has got to, within that chunk, and returns how many bytes it populated.
// Where the heap has got to is the address of a new large object: its
// span comes straight from the page allocator, which hands out the lowest
// free pages, as it will the next spans of start-up. (A small object
// could come from an older span lower down.) The object is not written:
// memory fresh from the OS is not cleared, and it is garbage at once.
// Populating changes no byte (the pages were zero and stay zero) and only
// maps them; an error (an older kernel, a range the runtime has not
// mapped) leaves them to fault in one at a time.
func prefaultHeap(n uintptr) uintptr {
	marker = make([]byte, largeObjectBytes)
	frontier := uintptr(unsafe.Pointer(unsafe.SliceData(marker)))
	marker = nil
	return populate(frontier, n)
}

// populate maps up to n bytes from the page of addr, within addr's heap
// chunk, and returns how many bytes it mapped: 0 if the system call
// failed.
func populate(addr, n uintptr) uintptr {
	const page = 4096
	lo := addr &^ (page - 1)
	hi := min(lo+n, (lo+heapChunkBytes)&^(heapChunkBytes-1))
	if errno := madvise(lo, hi-lo, madvPopulateWrite); errno != 0 {
		return 0
	}
	return hi - lo
}

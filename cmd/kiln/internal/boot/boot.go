// Package boot readies the process for kiln's start-up before the
// interpreter's packages initialise: it maps the 2 MB of the Go heap that
// start-up will use with one huge page (hugeheap.go), or else its pages,
// a few on the main thread and the rest on the prefault helper thread,
// and those of the runtime's metadata; the package mainstack it imports
// has grown the main goroutine's stack to its start-up size in one step.
//
// All are about the cost of start-up on machines where a page fault or a
// new thread is dear. On the Firecracker VM of docs/performance.md
// ("Start-up time") a page fault costs about 11 us, ten times what
// mapping the same page in a batch costs, and `kiln -c pass` touched 358
// heap pages one fault at a time: package initialisation builds the
// builtin types (half a megabyte), and a new span of each size class
// touches a fresh page.
//
// Go runs this package's init before the packages that allocate most of
// start-up: among packages whose dependencies are ready Go initialises them
// in import-path order, and this one depends on the runtime, rawsys and
// prefault alone (on linux/amd64, where it makes its system calls through
// rawsys), so it is ready as soon as the runtime is. GODEBUG=inittrace=1
// shows it after the runtime's own inits, mainstack and math, then
// exepages (which imports it to come after), before errors, syscall and
// the rest of the standard library's inits.
package boot

import (
	"unsafe"

	_ "github.com/kilnpy/kiln/cmd/kiln/internal/boot/mainstack" // first of kiln's inits
	"github.com/kilnpy/kiln/cmd/kiln/internal/prefault"
)

// heapPrefaultBytes is how much of the heap, from where allocation has got
// to, the init populates: what the rest of start-up and a short program
// touch there. After boot's init, `kiln -c pass` touches 105 to 115 pages
// of its heap, the highest 770 to 830 KiB above where allocation had got
// to, and a 20-line script without imports 170 to 185, up to 1.25 MiB
// (perf record -e page-faults -d with the populate off). A page populated
// and never touched costs RSS and a little time (about 0.7 us here, against
// 12 us for a fault and 6 us for the first touch of a populated page); a
// larger program faults its pages past this as it would anyway.
// TestStartupHeapFits (cmd/kiln) checks that `kiln -c pass` still fits.
const heapPrefaultBytes = 1280 << 10

// heapInitBytes is the part of heapPrefaultBytes that the init has
// populated: what the packages' initialisation allocates after it
// (vm/runtime builds the builtin types, about 200 KiB), with room. The
// init populates the first heapMainBytes itself and has the prefault
// helper thread populate and touch the rest, ahead of the main thread's
// first writes there; PrefaultRest has it do the same with the rest of
// heapPrefaultBytes when main starts.
const heapInitBytes = 512 << 10

// heapMainBytes is what the init populates on the main thread, from where
// allocation has got to: what start-up allocates while the helper starts
// (a clone) and populates its first pages. Without a helper the init
// populates all of heapInitBytes.
const heapMainBytes = 64 << 10

// heapChunkBytes is the unit in which the Go runtime maps heap memory
// (pallocChunkBytes): the page allocator grows the heap a chunk at a time,
// and randomises where in its first chunk the heap starts. Memory past the
// chunk being allocated from may not be mapped yet.
const heapChunkBytes = 4 << 20

// pageBytes is the system's page.
const pageBytes = 4096

// largeObjectBytes is the size of the smallest object that Go allocates in
// a span of its own (above the largest size class, 32 KiB).
const largeObjectBytes = 32<<10 + 1

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): fault in the
// range's pages writable, as writing to each would, without writing.
const madvPopulateWrite = 23

var (
	// prefaultLeft is the part of heapPrefaultBytes that the init left to
	// PrefaultRest.
	prefaultLeft uintptr

	// populatedEnd is the end of the heap the init or PrefaultRest
	// populated from where allocation had got to; 0 if none.
	populatedEnd uintptr

	// marker is heapFrontier's large object, a package variable so that
	// it is not put on the stack.
	marker []byte
)

// The init leaves the program the machine's Ps: the collector policy
// (cmd/kiln/gcpolicy.go) takes it to one at its first cycle if the heap is
// small. GOMAXPROCS(1) here cost 0.3 ms (a stop of the world, and the
// second P's caches given back: span-set blocks and page-allocator
// summaries to write, most of them fresh pages), and saved less since
// start-up starts no goroutine of kiln's before main (vm/internal/sigflag).
func init() {
	frontier := heapFrontier()
	if hugeEnd := collapseHeap(frontier); hugeEnd != 0 {
		prefaultMetadata() // after the collapse: it starts the helper
		populateHoles(frontier)
		populatedEnd = hugeEnd
		return
	}
	prefaultMetadata()
	if done := prefaultHeap(frontier); done > 0 {
		prefaultLeft = heapPrefaultBytes - done
		populatedEnd = frontier&^(pageBytes-1) + done
	}
}

// metadataPrefaultBytes is how much of the runtime's persistent metadata
// allocator the init populates, from where it has got to. After boot's
// init, `kiln -c pass` faulted 26 pages over the next 35 there, and a
// 20-line script 36 over 44: the blocks of the mcentrals' span sets (4 KiB
// each, one for every size class and state a span is first put in), the
// special records of finalizers, cleanups and weak pointers, and itabs.
const metadataPrefaultBytes = 192 << 10

// prefaultMetadata populates metadataPrefaultBytes of the runtime's
// persistent allocator from where it has got to: the prefault helper's
// first job, which starts it, or here without a helper (the populate
// stops where the mapping does, and so does the helper).
//
// The runtime allocates its own metadata that is never freed (span sets'
// blocks, itabs, the fixed-size allocators' chunks) from 256 KiB chunks
// of memory mapped apart from the heap, bumping an offset, so start-up's
// metadata goes to consecutive pages, each a fault. Where the offset is
// shows through an itab: a type assertion that needs an itab the linker did
// not make allocates it there, and the interface value holds its address.
// Each P has a chunk of its own; the probe finds the chunk of the P the
// main goroutine runs on, which start-up's allocations use. The populate
// stops at the end of the mapping; past the chunk it may map pages of a
// neighbouring mapping of the runtime's, at most metadataPrefaultBytes of
// RSS.
func prefaultMetadata() {
	if at := persistentFrontier(); at != 0 {
		metadataFrontier = at
		lo := at &^ (pageBytes - 1)
		handOff(lo, lo+metadataPrefaultBytes)
	}
}

// persistentFrontier returns where the runtime's persistent allocator has
// got to, for the current P: the address of an itab made for the purpose,
// or 0 if it was made before (a second call).
func persistentFrontier() uintptr {
	probe, ok := probeValue.(chunkProbe)
	if !ok {
		return 0
	}
	probe.probeChunk()
	itab := (*[2]uintptr)(unsafe.Pointer(&probe))[0]
	if itab == probeItab {
		return 0
	}
	probeItab = itab
	return itab
}

// chunkProbe and probeType are an interface and a type implementing it that
// nothing converts statically, so the linker makes no itab for the pair
// and the first assertion of one to the other has the runtime make it.
type chunkProbe interface{ probeChunk() }

type probeType struct{}

func (probeType) probeChunk() {}

var (
	// probeValue is a probeType the compiler cannot see through.
	probeValue any = probeType{}

	// probeItab is the itab persistentFrontier saw last.
	probeItab uintptr

	// metadataFrontier is where the init found the persistent allocator.
	metadataFrontier uintptr
)

// ResidentPastPopulate returns how many of the pages in the n bytes past
// the end of what the init (and PrefaultRest) populated are resident: the
// heap pages start-up touched beyond the populate, one fault each
// (TestStartupHeapFits in cmd/kiln). ok is false if nothing was populated
// or mincore failed.
func ResidentPastPopulate(n uintptr) (pages int, ok bool) {
	if populatedEnd == 0 {
		return 0, false
	}
	vec := make([]byte, n/pageBytes)
	if mincore(populatedEnd, uintptr(len(vec))*pageBytes, &vec[0]) != 0 {
		return 0, false
	}
	for _, v := range vec {
		pages += int(v & 1)
	}
	return pages, true
}

// PrefaultRest populates what the init left of the heap's first
// heapPrefaultBytes, from where allocation has got to: on the prefault
// helper thread, which touches the pages too, or here if there is none.
// main calls it before it makes the interpreter.
func PrefaultRest() {
	if prefaultLeft == 0 {
		return
	}
	from := heapFrontier()
	lo := from &^ (pageBytes - 1)
	hi := min(lo+prefaultLeft, chunkEnd(lo))
	if handOff(lo, hi) == 0 {
		populatedEnd = max(populatedEnd, hi)
	}
	prefaultLeft = 0
}

// prefaultHeap populates heapInitBytes of the heap from frontier, where
// allocation has got to (heapFrontier), and the pages below it that
// start-up will still use, and returns how many bytes it populated from
// frontier up.
//
// Where the heap has got to is the address of a new object of more than
// 32 KiB: its span is the lowest free run of its pages, in the P's page
// cache or from the page allocator, as the next spans of start-up will
// be. (A small object could come from an older span lower down.) The
// object is not written:
// memory fresh from the OS is not cleared, and it is garbage at once.
// Populating changes no byte (the pages were zero and stay zero) and only
// maps them; an error (an older kernel, a range the runtime has not
// mapped) leaves them to fault in one at a time.
//
// Below that address there may be free pages too, which the page
// allocator hands out again, lowest first, once the P's page cache runs
// out: pages given back by a P's cache or by freed stacks and spans (when
// this init ran GOMAXPROCS(1), the second P's cache: 60 to 130 faults
// after it in a quarter of `kiln -c pass` runs). So the pages between the
// bottom of the heap, its lowest resident page, and that address that are
// not resident are populated too (populateHoles).
//
// The runtime maps the heap a chunk at a time, as allocation reaches it,
// and starts the heap at a random place in its first chunk: in half the
// runs less than heapPrefaultBytes is left of it, and start-up's
// allocations go on into the next chunk, which the runtime maps when they
// get there. The init populates up to the end of the chunk, and
// PrefaultRest, as main starts, from where allocation has got to then,
// in the next chunk if it is there. (The init once had the runtime map
// the next chunk first, with goroutines whose large stacks spilled into
// it: since the init runs on two Ps, their threads cost more than the
// faults they saved, 0.35 ms at the median of `kiln -c pass`.)
func prefaultHeap(frontier uintptr) uintptr {
	populateHoles(frontier)
	return populateStart(frontier, chunkEnd(frontier))
}

// populateStart populates heapInitBytes of the heap from the page of
// frontier, up to limit, and returns how many bytes it populated, or will
// have: heapMainBytes at once, and the rest queued to the prefault helper,
// which also touches those pages. A page the helper has touched costs the
// main thread's first write no trap (prefault's doc): with the populate
// all on the main thread, its writes came moments after and trapped at
// each page anyway. The heap's memory stays mapped (the runtime returns
// free pages with MADV_DONTNEED, which a read maps back), as Add needs.
func populateStart(frontier, limit uintptr) uintptr {
	lo := frontier &^ (pageBytes - 1)
	hi := min(lo+heapInitBytes, limit)
	mid := min(lo+heapMainBytes, hi)
	if madvise(lo, mid-lo, madvPopulateWrite) != 0 {
		return 0
	}
	if handOff(mid, hi) != 0 {
		return mid - lo
	}
	return hi - lo
}

// handOff has the prefault helper populate and touch [lo, hi), or
// populates it here without a helper, and returns the populate's errno
// then (0 once queued).
func handOff(lo, hi uintptr) (errno uintptr) {
	if prefault.Add(lo, hi, madvPopulateWrite) {
		prefault.Flush()
		return 0
	}
	return madvise(lo, hi-lo, madvPopulateWrite)
}

// populateHoles populates the pages of frontier's heap chunk below
// frontier that are not resident but lie above one that is: free pages
// that start-up's spans will take, lowest first, before those above
// frontier. Below the lowest resident page, the heap's bottom, is the
// runtime's random padding (the heap starts at a random page of its first
// chunk), never used. The resident pages it leaves: populating a page
// already mapped still costs about 1 us here (the whole range from the
// bottom, 110 pages, most of them resident, took 80 to 180 us).
func populateHoles(frontier uintptr) {
	var vec chunkPages
	base, n := residency(frontier, &vec)
	bottom := false    // a resident page came before i: i is above the bottom
	hole := uintptr(0) // where the run of absent pages before i starts, if inHole
	inHole := false
	for i := range n {
		resident := vec[i]&1 != 0
		switch {
		case resident && inHole:
			populate(base+hole*pageBytes, (i-hole)*pageBytes)
			inHole = false
		case !resident && bottom && !inHole:
			hole, inHole = i, true
		}
		bottom = bottom || resident
	}
	if inHole {
		populate(base+hole*pageBytes, (n-hole)*pageBytes)
	}
}

// chunkPages holds a byte per page of a heap chunk, as mincore fills it.
type chunkPages [heapChunkBytes / pageBytes]byte

// residency fills vec with the residency of the pages of frontier's heap
// chunk below frontier (mincore) and returns the chunk's base and how
// many pages it filled: none if mincore failed.
func residency(frontier uintptr, vec *chunkPages) (base, n uintptr) {
	base = frontier &^ (heapChunkBytes - 1)
	n = (frontier - base) / pageBytes
	if n == 0 || mincore(base, n*pageBytes, &vec[0]) != 0 {
		return base, 0
	}
	return base, n
}

// heapFrontier returns the address of a new large object, garbage at once.
func heapFrontier() uintptr {
	marker = make([]byte, largeObjectBytes)
	frontier := uintptr(unsafe.Pointer(unsafe.SliceData(marker)))
	marker = nil
	return frontier
}

// chunkEnd is the end of the heap chunk that holds addr.
func chunkEnd(addr uintptr) uintptr {
	return (addr + heapChunkBytes) &^ (heapChunkBytes - 1)
}

// populate maps up to n bytes from the page of addr, within addr's heap
// chunk, and returns how many bytes it mapped: 0 if the system call
// failed.
func populate(addr, n uintptr) uintptr {
	lo := addr &^ (pageBytes - 1)
	hi := min(lo+n, chunkEnd(lo))
	if errno := madvise(lo, hi-lo, madvPopulateWrite); errno != 0 {
		return 0
	}
	return hi - lo
}

package boot

import "github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"

// This file maps the 2 MB of the Go heap that start-up allocates in with
// one transparent huge page, where they hold all of it.
//
// Start-up writes to 300 to 350 heap pages: a span for each size class it
// allocates, and with Go 1.26's collector each small-object span writes
// its mark bits at its end, so most spans cost two pages. On a guest whose
// page tables the hypervisor shadows (docs/performance.md, "Start-up
// time") each first touch traps, 12 us for a fault and 6 to 8 us for a
// page populated beforehand, and the prefault helper, which touches them
// ahead of the main thread, spent about 2.5 ms there that it could not
// spend on the executable's pages. A 2-MB page is one entry in the
// hypervisor's tables: once it is made, the first touch of each of its
// 4-KB pages costs 0.03 us.
//
// THP is "madvise" on most distributions, and the runtime has written to
// the heap's first pages before any of kiln's code runs, so a page fault
// there maps a 4-KB page whatever the advice. MADV_COLLAPSE (Linux 6.1)
// copies the pages already there into a new 2-MB page and maps it,
// whatever THP's sysfs mode (a process with THP disabled by prctl is
// refused). It runs on the main thread before the prefault helper starts:
// it takes the address space's lock for writing, which the helper's
// populates take for reading, and has every CPU drain its lists of pages
// first.
//
// A 2-MB page is resident whole, and the heap starts at a random page of
// its first 4-MB chunk. Where what `kiln -c pass` uses past the frontier,
// startupHeapBytes, does not fit in the frontier's 2 MB, or the frontier
// has only just crossed into them (hugeHeapFits; together half the runs),
// boot maps 4-KB pages as before: a huge page there would be mostly
// unused, and `kiln -c pass` would peak above CPython's 9.4 MiB.
//
// KILN_HEAPTHP=0 in the environment turns it off.

// hugePageBytes is the size of a page mapped by one PMD entry on x86-64.
const hugePageBytes = 2 << 20

// madvCollapse is MADV_COLLAPSE (Linux 6.1): map the range's aligned
// 2-MB stretches with huge pages now, copying the pages there.
const madvCollapse = 25

// startupHeapBytes is how much of the heap above the frontier at boot's
// init `kiln -c pass` touches: 770 to 830 KiB (heapPrefaultBytes).
const startupHeapBytes = 832 << 10

// minHugeOffset is how far into its 2 MB the frontier must be for the
// huge page to be made. In a sixth of the runs it was in the first 256
// KiB, having just crossed into them, with most of the heap's pages in
// the 2 MB before: a huge page there holds little more than
// startupHeapBytes, and `kiln -c pass` peaked at up to 9.5 MiB with one,
// against at most 9.05 with the frontier further in (200 runs).
const minHugeOffset = 256 << 10

// hugeHeap is the start of the heap's huge page, 0 if there is none.
var hugeHeap uintptr

// hugeHeapFits reports whether a huge page for the 2 MB that hold frontier
// is worth its memory: frontier is at least minHugeOffset into them, and
// startupHeapBytes from it fit.
func hugeHeapFits(frontier uintptr) bool {
	lo := frontier &^ (hugePageBytes - 1)
	return frontier-lo >= minHugeOffset && frontier+startupHeapBytes <= lo+hugePageBytes
}

// collapseHeap maps the 2-MB stretch of the heap that holds frontier with
// a huge page if it fits (hugeHeapFits), and returns its end: 0 if it did
// not (no fit, turned off, an older kernel, THP disabled for the process,
// no 2-MB page free).
func collapseHeap(frontier uintptr) uintptr {
	if v, _ := rawsys.Getenv("KILN_HEAPTHP"); v == "0" {
		return 0
	}
	if !hugeHeapFits(frontier) {
		return 0
	}
	lo := frontier &^ (hugePageBytes - 1)
	if madvise(lo, hugePageBytes, madvCollapse) != 0 {
		return 0
	}
	hugeHeap = lo
	return lo + hugePageBytes
}

// HugeHeap returns the start of the heap's huge page, and whether there is
// one.
func HugeHeap() (uintptr, bool) { return hugeHeap, hugeHeap != 0 }

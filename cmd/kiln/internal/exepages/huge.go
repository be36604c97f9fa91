package exepages

import (
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// This file finds which 2-MB chunks of the executable a process maps with
// one PMD entry each: those the page cache holds as 2-MB folios
// (cmd/kiln/internal/hugetext). The populate of the start-up list skips
// them: they are mapped whole from their first touch, which the Go
// runtime's start has made for the first chunk before any package init.

// madvise(2) advice.
const (
	madvDontneed   = 4
	madvNoHugepage = 15
)

// HugePage is the size of a PMD page on x86-64.
const HugePage = 2 << 20

// PAGEMAP_SCAN (Linux 6.7), on /proc/self/pagemap.
const (
	pagemapScan = 0xc0606610 // _IOWR('f', 16, struct pm_scan_arg)
	pageIsHuge  = 1 << 6     // PAGE_IS_HUGE: a PMD-mapped page
)

type pmScanArg struct {
	size, flags, start, end, walkEnd, vec, vecLen, maxPages       uint64
	categoryInverted, categoryMask, categoryAnyofMask, returnMask uint64
}

type pageRegion struct{ start, end, categories uint64 }

// WholeChunks returns those of chunks, 2-MB-aligned addresses, that this
// process maps with PMD entries.
func WholeChunks(chunks []uintptr) ([]uintptr, error) {
	fd, err := openFile("/proc/self/pagemap", oRdonly, 0)
	if err != nil {
		return nil, err
	}
	defer closeFD(fd)
	var whole []uintptr
	for _, lo := range chunks {
		var region [1]pageRegion
		arg := pmScanArg{
			start: uint64(lo), end: uint64(lo + HugePage),
			vec: uint64(uintptr(unsafe.Pointer(&region[0]))), vecLen: 1,
			categoryMask: pageIsHuge, returnMask: pageIsHuge,
		}
		arg.size = uint64(unsafe.Sizeof(arg))
		n, errno := rawsys.Syscall6(sysIoctl, uintptr(fd), pagemapScan, uintptr(unsafe.Pointer(&arg)), 0, 0, 0)
		if errno != 0 {
			return nil, Errno(errno)
		}
		if n == 1 && region[0].start == uint64(lo) && region[0].end == uint64(lo+HugePage) {
			whole = append(whole, lo)
		}
	}
	return whole, nil
}

// AlignedChunks returns the 2-MB-aligned chunks that lie within one of
// segments: the ones a process can map whole.
func AlignedChunks(segments []Range) []uintptr {
	var chunks []uintptr
	for _, s := range segments {
		for lo := (s.Lo + HugePage - 1) &^ (HugePage - 1); lo+HugePage <= s.Hi; lo += HugePage {
			chunks = append(chunks, lo)
		}
	}
	return chunks
}

// Drop unmaps the executable's pages in r, clean pages of the file that
// the kernel maps again from the page cache at their next touch, a page at
// a time: MADV_NOHUGEPAGE first, or a chunk the page cache holds as a
// 2-MB folio would come back whole.
func Drop(r Range) {
	madvise(r.Lo, r.Hi-r.Lo, madvNoHugepage)
	madvise(r.Lo, r.Hi-r.Lo, madvDontneed)
}

// PopulateStartupPages maps the pages of the start-up list that lie in r.
func PopulateStartupPages(r Range) {
	for _, run := range startupRuns {
		if lo, hi := max(run.Lo, r.Lo), min(run.Hi, r.Hi); lo < hi {
			madvise(lo, hi-lo, madvPopulateRead)
		}
	}
}

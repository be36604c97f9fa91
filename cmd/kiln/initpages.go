package main

import (
	"bytes"
	"os"
	"strconv"
	"time"

	"golang.org/x/sys/unix"
)

// This file defines dropInitPagesLater, which gives back the pages of the
// kiln executable that only start-up needed.

// initPagesDelay is how long a program runs before dropInitPages: a
// short one (kiln -c pass, most tests) exits first and pays nothing, since
// the drop costs start-up 1 to 2 ms of wall time (the pages it drops that
// the interpreter goes on using fault back in, and the other threads'
// mappings are flushed).
const initPagesDelay = 10 * time.Millisecond

// dropInitPagesLater drops the pages of start-up once the program has run
// for initPagesDelay. It finds the executable's mappings now, so that the
// timer opens no file: a descriptor kiln opened behind the program's back,
// at a moment that depends on the load, could take the last free place of
// a program running at its descriptor limit (testdata/lifetime/emfile.py).
func dropInitPagesLater() {
	if ranges := executableReadOnlyMappings(); len(ranges) > 0 {
		time.AfterFunc(initPagesDelay, func() { dropPages(ranges) })
	}
}

// addrRange is a mapping's [lo, hi) addresses.
type addrRange struct{ lo, hi uintptr }

// executableReadOnlyMappings returns kiln's read-only mappings of its
// executable (code and read-only data). They are clean pages of the file,
// so the kernel maps them again from the page cache when they are next
// touched. Errors give none: the pages then simply stay.
func executableReadOnlyMappings() []addrRange {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return nil
	}
	var ranges []addrRange
	for _, line := range bytes.Split(maps, []byte("\n")) {
		// start-end perms offset dev inode path
		f := bytes.Fields(line)
		if len(f) < 6 || string(f[5]) != exe || bytes.IndexByte(f[1], 'w') >= 0 {
			continue
		}
		start, end, ok := bytes.Cut(f[0], []byte("-"))
		if !ok {
			continue
		}
		lo, err1 := strconv.ParseUint(string(start), 16, 64)
		hi, err2 := strconv.ParseUint(string(end), 16, 64)
		if err1 != nil || err2 != nil || hi <= lo {
			continue
		}
		ranges = append(ranges, addrRange{uintptr(lo), uintptr(hi)})
	}
	return ranges
}

// dropPages drops the resident pages of ranges. Starting up touches code
// and tables spread over the whole binary, and each fault maps its
// neighbours too, so about 7 of its 12 MiB were resident whatever the
// program ran: dropping them lowers the peak RSS of a program whose heap
// grows after the drop by 1 to 2.5 MiB (bench/generators 13.9 to 11.5
// MiB); the ones only start-up used stay out.
func dropPages(ranges []addrRange) {
	for _, r := range ranges {
		unix.Syscall(unix.SYS_MADVISE, r.lo, r.hi-r.lo, unix.MADV_DONTNEED)
	}
}

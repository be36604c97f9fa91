package main

import (
	"time"

	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
	"golang.org/x/sys/unix"
)

// This file defines dropInitPagesLater, which gives back the pages of the
// kiln executable that only start-up needed, and recordStartupPages, which
// lists the ones start-up touched for the next start (exepages/startup.go).

// initPagesDelay is how long a program runs before dropInitPages: a
// short one (kiln -c pass, most tests) exits first and pays nothing, since
// the drop costs start-up 1 to 2 ms of wall time (the pages it drops that
// the interpreter goes on using fault back in, and the other threads'
// mappings are flushed). 10 ms was too short where page faults are dear:
// in a Firecracker VM `kiln -c pass` takes 10 to 20 ms, and the drop came
// in the middle of most runs' start-up (3 percent of their CPU time, and
// the faults after it); every benchmark runs longer than 50 ms.
const initPagesDelay = 50 * time.Millisecond

// dropInitPagesLater drops the pages of start-up once the program has run
// for initPagesDelay. The executable's segments come from its program
// headers (exepages), so that the timer opens no file: a descriptor kiln
// opened behind the program's back, at a moment that depends on the load,
// could take the last free place of a program running at its descriptor
// limit (testdata/lifetime/emfile.py).
//
// It returns the timer, nil if there is nothing to drop: stopping it before
// it fires keeps the pages.
func dropInitPagesLater() *time.Timer {
	if ranges := exepages.ReadOnly(); len(ranges) > 0 {
		return time.AfterFunc(initPagesDelay, func() { dropPages(ranges) })
	}
	return nil
}

// recordStartupPages writes the list of the executable's pages that this
// run touched, for the next start to map at once, when the build has no
// list yet and the run ended before drop fired: what is resident then is
// what start-up and a short program need.
func recordStartupPages(drop *time.Timer) {
	if exepages.StartupListed() || drop == nil || !drop.Stop() {
		return
	}
	exepages.RecordStartupPages() // without a list, start-up is only slower
}

// dropPages drops the resident pages of ranges, kiln's code and read-only
// data: clean pages of the file, which the kernel maps again from the page
// cache when they are next touched. Start-up touches code and tables that
// the program may never use again (the compiler, the imports, package
// initialisation, and the 1.5 MiB that the Go runtime's start-up mapped
// before exepages turned fault-around off); dropping them lowers the peak
// RSS of every program that runs longer than initPagesDelay (`--jit off`,
// without the drop and with it: bench/generators 10.0 to 7.0 MiB,
// fannkuch 9.8 to 7.2, nbody 10.1 to 7.0, random_draws 11.2 to 8.0).
func dropPages(ranges []exepages.Range) {
	for _, r := range ranges {
		unix.Syscall(unix.SYS_MADVISE, r.Lo, r.Hi-r.Lo, unix.MADV_DONTNEED)
	}
}

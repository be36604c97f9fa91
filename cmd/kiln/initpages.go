package main

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
	"github.com/kilnpy/kiln/cmd/kiln/internal/hugetext"
)

// This file defines dropInitPagesLater, which gives back the pages of the
// kiln executable that only start-up needed, and recordStartupPages, which
// lists the ones start-up touched for the next start (exepages/startup.go).

// initPagesDelay is how long a program runs (from main) before its
// start-up pages are dropped: a short one (kiln -c pass, most tests) exits
// first and pays nothing, since the drop costs 1 to 2 ms of wall time (the
// pages it drops that the interpreter goes on using fault back in, and
// the other threads' mappings are flushed). It was 50 ms when start-up
// after main took 10 ms and more here; it now takes about 1, and at 20 ms
// the pages go before a small benchmark's heap has grown, which the peak
// RSS shows (`--jit off`, 6 runs each, against CPython's 9.4 to 9.6 MiB):
// generators 9.3 to 9.7 MiB at 50 ms, 8.9 to 9.3 at 20; fannkuch 9.1 to
// 9.5 and 8.9 to 9.3; nbody 8.9 to 9.1 and 8.3 to 8.8, for the same CPU
// time.
const initPagesDelay = 20 * time.Millisecond

// recordWindow is how soon after main a program must end for its resident
// pages to be recorded as the build's start-up list, if they have not been
// dropped: what a short program touches, not what a long one does.
const recordWindow = 50 * time.Millisecond

// initPagesDrop drops the pages of start-up at the end of the first
// collection after the program has run initPagesDelay. A collection, not
// a timer: a timer made at every start initialises Go's network poller
// (an epoll instance and an eventfd, 40 to 50 us of `kiln -c pass`), and
// a program that never collects has a small heap, whose peak RSS is its
// start-up's anyway.
type initPagesDrop struct {
	start   time.Time
	ranges  []exepages.Range
	done    atomic.Bool // dropped, or past the time to record the list
	release sync.Once   // releaseFn, at most once
	// releaseFn gives back the chunks mapped whole: hugetext.Release
	// (a test's own).
	releaseFn func()
}

// chunkReleaseDelay is how long a program runs (from main) before the
// chunks of code that start-up mapped whole are mapped a page at a time
// again, if no collection has come first. They are resident whole, 4 MiB
// where start-up uses about 1.6, and a small program's heap and code grow
// on top of them until its first collection: generators (`--jit off`)
// peaked at 9.9 to 10.2 MiB with them, 8.5 to 8.9 without, against
// CPython's 9.2 to 9.5, its first collection 15 ms in and the release
// after it some milliseconds later still; with the release 10 ms after
// main, at 8.6 to 10.3, with it 5 ms after, at 8.3 to 8.9 (the timer's
// goroutine waits for a P once the first collection has taken a small
// heap to one). A program that ends sooner (`kiln -c pass` ends 1 ms
// after main) keeps them and pays nothing.
const chunkReleaseDelay = 5 * time.Millisecond

// dropInitPagesLater arranges the drop. The executable's segments come
// from its program headers (exepages), so that the drop opens no file: a
// descriptor kiln opened behind the program's back, at a moment that
// depends on the load, could take the last free place of a program running
// at its descriptor limit (testdata/lifetime/emfile.py). It returns nil
// if there is nothing to drop.
func dropInitPagesLater() *initPagesDrop {
	ranges := exepages.ReadOnly()
	if len(ranges) == 0 {
		return nil
	}
	d := &initPagesDrop{start: time.Now(), ranges: ranges, releaseFn: hugetext.Release}
	d.arm(len(exepages.WholeAtStart()) > 0)
	return d
}

// arm has the end of the first collection after initPagesDelay drop the
// pages; whole says whether start-up mapped chunks of code whole.
//
// The first collection, or chunkReleaseDelay, whichever comes first, also
// has hugetext give back the chunks of code that start-up mapped whole.
func (d *initPagesDrop) arm(whole bool) {
	if whole {
		// A timer, whose goroutine runs on the P that the interpreter's
		// leaves idle until the first collection takes a small heap to
		// one; the Go network poller it needs is made by vm.Run's own
		// timer anyway (vm/internal/sigflag).
		time.AfterFunc(chunkReleaseDelay, d.releaseChunks)
	}
	afterEachCollection(func() bool {
		d.releaseChunks()
		if time.Since(d.start) < initPagesDelay {
			return true
		}
		if d.done.CompareAndSwap(false, true) {
			dropPages(d.ranges)
		}
		return false
	})
}

// releaseChunks gives back the chunks of code that start-up mapped whole,
// the first time it is called.
func (d *initPagesDrop) releaseChunks() { d.release.Do(d.releaseFn) }

// recordStartupPages writes the list of the executable's pages that this
// run touched, for the next start to map at once, when the build has no
// list yet and the run ended within recordWindow, before any drop: what
// is resident then is what start-up and a short program need. Such a run
// also has hugetext check that the densest chunks of code were mapped
// whole.
func recordStartupPages(d *initPagesDrop) {
	if d == nil || time.Since(d.start) >= recordWindow || !d.done.CompareAndSwap(false, true) {
		return
	}
	if !exepages.StartupListed() {
		exepages.RecordStartupPages() // without a list, start-up is only slower
	}
	hugetext.Keep()
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
		exepages.Drop(r)
	}
}

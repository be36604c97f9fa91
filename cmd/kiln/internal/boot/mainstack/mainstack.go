// Package mainstack grows the main goroutine's stack to the size kiln's
// start-up grows it to, in one step, before any other of kiln's packages
// initialises.
//
// A goroutine starts with 2 KiB of stack and the runtime doubles it as it
// runs out. The main goroutine, which runs every package's init and then
// main, grew at deeper points of start-up, each time copying its frames
// and reading their stack maps in the executable's pclntab (a 20-line
// script: 39 pclntab faults under copystack, `perf record -e page-faults
// -d`). And the first stack of each size comes from a new 32 KiB span of
// the runtime's stack pool, which writes a free-list link at the start of
// every stack it holds: the span of 4 KiB stacks touched all 8 of its
// pages, that of 8 KiB stacks 4 (stackpoolalloc under copystack). One call
// of a function whose frame needs the final size makes the runtime grow
// the stack to it at once (newstack doubles until the frame fits). A
// program that does not need it gives it back: the collector halves a
// stack that uses under a quarter of it.
//
// The package imports nothing, so Go initialises it first among the
// packages of the program (runtime.main runs the runtime's own inits
// before): among packages whose dependencies are ready, inits run in
// import-path order, and cmd/kiln/internal/boot/mainstack sorts before
// cmd/kiln/internal/exepages, the first of the others
// (GODEBUG=inittrace=1; TestMainStackInitFirst in cmd/kiln). Boot imports
// it.
package mainstack

// StackBytes is the stack the main goroutine has after the init: what
// package initialisation and a short program grow it to (8 KiB for
// `kiln -c pass`, 16 KiB for a 20-line script, 32 KiB for one that
// imports collections). A stack of 32 KiB is a span of its own, of which
// only the pages the goroutine writes are touched: `kiln -c pass` and the
// script without imports touched as many pages with it as with 16 KiB,
// the one with imports 50 to 100 fewer (pclntab pages under copystack).
const StackBytes = 32 << 10

func init() {
	grow()
}

// grow grows the calling goroutine's stack to StackBytes, if it is
// smaller, with one copy.
func grow() {
	bigFrame()
}

// bigFrame has a frame of most of StackBytes, which its stack check makes
// the runtime provide before the body runs; the body never touches it.
// Indexing, not slicing, keeps the array in the frame.
//
//go:noinline
func bigFrame() {
	if neverTrue {
		var frame [StackBytes - 4<<10]byte
		frame[frameIndex] = 1
		frameIndex = int(frame[frameIndex/2])
	}
}

// neverTrue is false and frameIndex 0; the compiler cannot know, so
// bigFrame keeps its frame.
var (
	neverTrue  bool
	frameIndex int
)

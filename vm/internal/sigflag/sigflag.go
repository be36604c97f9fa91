// Package sigflag catches SIGINT and SIGTERM with a handler that does
// nothing but set bits in a word.
//
// The interpreter reads that word (Interpreter.Pending) at its safe
// points. A signal caught through os/signal reaches it later: the Go
// runtime queues the signal for a goroutine, which with kiln's one P runs
// only once the program's goroutine is preempted (up to 10 ms on), so a
// program that sent itself SIGINT ran on past it, where CPython raises
// KeyboardInterrupt at once. And the first signal.Notify of a process
// makes the runtime start a goroutine locked to a thread of its own, for
// the signal masks, and wait until it has run; with one P that goroutine
// took the thread the program was running on, and the program went on on
// another, cloned for it: 0.3 to 0.4 ms of every `kiln -c pass`
// (docs/performance.md, "Signals, the heap's pages and the pclntab's 2
// MB"). The handler needs no thread.
//
// Catch installs the handler in place of the Go runtime's, for both
// signals; Uncatch puts the runtime's back for one of them, so that
// os/signal can take it over (the driver does for SIGTERM, whose grace
// period needs a goroutine: it calls Notify first and Uncatch after, so
// that no signal falls between the two); the last Release puts back what
// is left.
//
// The handler is assembly (sigflag_linux_amd64.s): it may run on any
// thread, at any instruction, on the signal stack the runtime gave that
// thread (SA_ONSTACK), so it must not run Go code. It reads one pointer
// and two bit masks that Catch stores before it installs the handler,
// and ORs one mask into the word with a LOCK-prefixed instruction, which
// the interpreter's atomic loads see; it counts itself in inHandler
// meanwhile, so that Release can wait until no handler holds a pointer to
// a word it ends. Elsewhere Catch reports false.
package sigflag

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Signal numbers (linux): the two signals caught.
const (
	sigint  = 2
	sigterm = 15
)

var (
	// mu orders Catch and Release; catchers are the words caught for,
	// in the order of their Catch, each with its bits.
	mu       sync.Mutex
	catchers []catcher

	// word, interruptBits and terminateBits are what the handler reads:
	// the last catcher's word (a *uint32, stored atomically) and bits.
	// word is nil while no handler is installed.
	word          unsafe.Pointer
	interruptBits uint32
	terminateBits uint32

	// inHandler counts the handlers running, which the handler itself
	// increments before it loads word and decrements after its store
	// through it: Release waits for it to be 0 after it has moved word
	// away from the word it ends, so that no handler still holds that
	// pointer once Release returns (its interpreter may then be freed).
	inHandler int32
)

type catcher struct {
	word                 *uint32
	interrupt, terminate uint32
}

// Catch makes SIGINT OR interrupt into *w and SIGTERM OR terminate into
// it, and reports whether it did. A signal that the process ignored at
// its start (as a shell's background jobs ignore SIGINT) stays ignored,
// as in CPython. While several words are caught for (interpreters run
// side by side in one process), the signals go to the last one.
func Catch(w *atomic.Uint32, interrupt, terminate uint32) bool {
	if !supported {
		return false
	}
	mu.Lock()
	defer mu.Unlock()
	if len(catchers) == 0 && !install() {
		return false
	}
	// atomic.Uint32 is a uint32 (and a zero-size noCopy): the handler's
	// LOCK ORL on it is an atomic Or.
	catchers = append(catchers, catcher{(*uint32)(unsafe.Pointer(w)), interrupt, terminate})
	point()
	return true
}

// Uncatch puts back the action that Catch replaced for sig (2, SIGINT,
// or 15, SIGTERM), for every word: the other signal stays caught.
func Uncatch(sig int) {
	mu.Lock()
	defer mu.Unlock()
	uncatch(sig)
}

// Release ends the catching for w that Catch started; after the last,
// the handlers Catch replaced are back.
func Release(w *atomic.Uint32) {
	mu.Lock()
	defer mu.Unlock()
	p := (*uint32)(unsafe.Pointer(w))
	for i := len(catchers) - 1; i >= 0; i-- {
		if catchers[i].word == p {
			catchers = append(catchers[:i], catchers[i+1:]...)
			break
		}
	}
	if len(catchers) == 0 {
		restore()
		atomic.StorePointer(&word, nil)
	} else {
		point()
	}
	for atomic.LoadInt32(&inHandler) != 0 {
		runtime.Gosched()
	}
}

// point has the handler set the last catcher's bits in its word. A
// handler running meanwhile may pair the old word with the new bits: the
// interpreters of one process all use the same bits.
func point() {
	c := catchers[len(catchers)-1]
	interruptBits, terminateBits = c.interrupt, c.terminate
	atomic.StorePointer(&word, unsafe.Pointer(c.word))
}

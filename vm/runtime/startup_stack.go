package runtime

// The main goroutine's stack starts small and doubles when a call needs
// more, by copying it: the copy walks every frame on the stack, reading
// each function's frame size and stack maps from pclntab, pages nothing
// else at start-up reads. `kiln -c pass` needs 8 KB. Grown here, in a
// package init three frames under runtime.main, the copy reads a few of
// those pages; grown where start-up first needs it, under NewInterpreter,
// it read about ten (docs/performance.md, "Start-up time"). The package's
// generated init, whose frame holds the temporaries of package variables
// built by code, may grow it first; this keeps the place from depending
// on that frame's size.
func init() { reserveStack() }

// reserveStack's frame takes the stack past 4 KB.
//
//go:noinline
func reserveStack() {
	var frame [5 << 10]byte
	keepFrame(frame[:])
}

//go:noinline
func keepFrame([]byte) {}

package mainstack

import (
	"testing"
	"unsafe"
)

// TestGrow checks that grow leaves a goroutine a stack in which a frame of
// nearly StackBytes fits without another copy. A stack copy moves the
// goroutine's locals, so the address of one tells whether the stack moved.
func TestGrow(t *testing.T) {
	moved := make(chan [2]bool)
	go func() {
		var local byte
		at := func() uintptr { return uintptr(unsafe.Pointer(&local)) }
		start := at()
		grow()
		grown := at()
		fillStack()
		moved <- [2]bool{grown != start, at() != grown}
	}()
	m := <-moved
	if !m[0] {
		t.Error("grow did not grow a new goroutine's stack")
	}
	if m[1] {
		t.Errorf("a frame of %d bytes needed another stack copy after grow", fillStackBytes)
	}
}

// fillStackBytes is a frame that fits in StackBytes with room for the
// frames below it.
const fillStackBytes = StackBytes - 6<<10

// fillStack has a frame of fillStackBytes, untouched, as bigFrame's.
//
//go:noinline
func fillStack() {
	if neverTrue {
		var frame [fillStackBytes]byte
		frame[frameIndex] = 1
		frameIndex = int(frame[frameIndex/2])
	}
}

// Data slots: words in RW memory that generated code jumps through, so
// traces are linked (bridges, side exits) without ever writing to code.

package native

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Slot is one 8-byte word of RW, non-executable, off-heap memory holding a
// code address. Generated code does `JMP [slot]` (EmitJumpSlot); Go code
// retargets it with Set. The word never holds a Go pointer, so living
// outside the Go heap is fine and its address is stable for embedding.
type Slot struct{ p *uint64 }

// Addr returns the slot's address, to embed in code.
func (s Slot) Addr() uintptr { return uintptr(unsafe.Pointer(s.p)) }

// Set makes code that jumps through s go to target. The store is atomic:
// a goroutine running the code sees the old or the new target, both valid.
func (s Slot) Set(target uintptr) { atomic.StoreUint64(s.p, uint64(target)) }

// Target returns where s currently leads.
func (s Slot) Target() uintptr { return uintptr(atomic.LoadUint64(s.p)) }

// slotPool hands out slots from mmapped pages and recycles freed ones.
var slotPool struct {
	mu   sync.Mutex
	free []*uint64
}

// NewSlot returns a slot leading to target.
func NewSlot(target uintptr) (Slot, error) {
	slotPool.mu.Lock()
	defer slotPool.mu.Unlock()
	if len(slotPool.free) == 0 {
		m, err := unix.Mmap(-1, 0, pageSize, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
		if err != nil {
			return Slot{}, fmt.Errorf("native: mmap slots: %w", err)
		}
		for off := len(m) - 8; off >= 0; off -= 8 {
			slotPool.free = append(slotPool.free, (*uint64)(unsafe.Pointer(&m[off])))
		}
	}
	p := slotPool.free[len(slotPool.free)-1]
	slotPool.free = slotPool.free[:len(slotPool.free)-1]
	s := Slot{p}
	s.Set(target)
	return s, nil
}

// FreeSlot returns s to the pool. As with Free, no code that jumps through
// s may still be running or enterable.
func FreeSlot(s Slot) {
	s.Set(0)
	slotPool.mu.Lock()
	slotPool.free = append(slotPool.free, s.p)
	slotPool.mu.Unlock()
}

// SlotTarget returns the target held by the slot at address addr (as
// generated code stores it into the state block). addr must be the Addr of
// a live Slot.
func SlotTarget(addr uintptr) uintptr {
	p := *(**uint64)(unsafe.Pointer(&addr)) // off-heap: invisible to the GC, never moves
	return uintptr(atomic.LoadUint64(p))
}

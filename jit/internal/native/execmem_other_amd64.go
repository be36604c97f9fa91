//go:build amd64 && !linux

// Executable memory is only implemented on Linux; elsewhere loading code
// fails and the JIT leaves every loop interpreted.

package native

import "errors"

// ErrNotSupported is what loading code returns where it can't be run.
var ErrNotSupported = errors.New("native: executable memory not supported on this OS")

// Code is one loaded unit of machine code (never produced here).
type Code struct {
	Addr uintptr
	Size int
}

// Entry returns the address of offset off of the code.
func (c *Code) Entry(off int64) uintptr { return c.Addr + uintptr(off) }

// Load fails: no executable memory on this OS.
func Load(code []byte) (*Code, error) { return nil, ErrNotSupported }

// Free does nothing.
func Free(c *Code) error { return nil }

// Slot is a jump slot (never produced here).
type Slot struct{ p *uint64 }

// Addr returns the slot's address.
func (s Slot) Addr() uintptr { return 0 }

// Set does nothing.
func (s Slot) Set(target uintptr) {}

// Target returns 0.
func (s Slot) Target() uintptr { return 0 }

// NewSlot fails: no executable memory on this OS.
func NewSlot(target uintptr) (Slot, error) { return Slot{}, ErrNotSupported }

// FreeSlot does nothing.
func FreeSlot(s Slot) {}

// SlotTarget returns 0.
func SlotTarget(addr uintptr) uintptr { return 0 }

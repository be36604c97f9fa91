// Executable memory: pooled pages that are written only while RW and run
// only while RX (W^X), with their invariants.

package native

import (
	"errors"
	"fmt"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// chunkPages is how many pages one mmap reserves for code. Units take whole
// pages of a chunk, so loading a unit costs one mprotect, not an mmap, an
// mprotect and later a munmap.
const chunkPages = 64

// Code is one loaded unit of machine code: whole pages, read+execute.
type Code struct {
	Addr  uintptr // address of the first byte (entry offset 0)
	Size  int     // bytes of code
	mem   []byte  // the pages (len = pages*pageSize), RX while loaded
	chunk *chunk
	first int // first page index within chunk
	freed bool
}

// Entry returns the address of the byte at offset off of the code, for
// entering it at a secondary entry point.
func (c *Code) Entry(off int64) uintptr { return c.Addr + uintptr(off) }

// chunk is one mmapped region; used[i] says whether page i belongs to a
// loaded unit. Free pages are RW (never executable).
type chunk struct {
	mem  []byte
	used [chunkPages]bool
}

// Arena hands out executable pages. The zero value is ready; DefaultArena
// is the process-wide one. Safe for concurrent use.
type Arena struct {
	mu     sync.Mutex
	chunks []*chunk
	big    map[*Code]struct{} // units larger than a chunk, mapped alone
}

// DefaultArena is the arena Load and Free use.
var DefaultArena Arena

// Load copies code into fresh pages and makes them executable.
func Load(code []byte) (*Code, error) { return DefaultArena.Load(code) }

// Free releases c. The caller guarantees that no goroutine is running or
// can enter c (no state block holds an entry into it and no slot links to
// it): the pages become writable again and are reused.
func Free(c *Code) error { return DefaultArena.Free(c) }

var pageSize = unix.Getpagesize()

// Load copies code into pages that are RW and not executable, then makes
// them RX. The pages are never writable again while the unit is loaded.
func (a *Arena) Load(code []byte) (*Code, error) {
	if len(code) == 0 {
		return nil, errors.New("native: empty code")
	}
	pages := (len(code) + pageSize - 1) / pageSize
	if pages > chunkPages {
		return a.loadAlone(code, pages)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	ch, first := a.findPages(pages)
	if ch == nil {
		m, err := unix.Mmap(-1, 0, chunkPages*pageSize, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
		if err != nil {
			return nil, fmt.Errorf("native: mmap code chunk: %w", err)
		}
		ch = &chunk{mem: m}
		a.chunks = append(a.chunks, ch)
		first = 0
	}
	mem := ch.mem[first*pageSize : (first+pages)*pageSize]
	copy(mem, code) // the pages are RW and not executable here
	fillTrap(mem[len(code):])
	if err := unix.Mprotect(mem, unix.PROT_READ|unix.PROT_EXEC); err != nil {
		return nil, fmt.Errorf("native: mprotect RX: %w", err)
	}
	for i := first; i < first+pages; i++ {
		ch.used[i] = true
	}
	return &Code{Addr: uintptr(unsafe.Pointer(&mem[0])), Size: len(code), mem: mem, chunk: ch, first: first}, nil
}

// findPages returns a chunk with pages free pages in a row (first fit).
func (a *Arena) findPages(pages int) (*chunk, int) {
	for _, ch := range a.chunks {
		run := 0
		for i := range chunkPages {
			if ch.used[i] {
				run = 0
				continue
			}
			run++
			if run == pages {
				return ch, i - pages + 1
			}
		}
	}
	return nil, 0
}

// loadAlone maps a unit larger than a chunk on its own.
func (a *Arena) loadAlone(code []byte, pages int) (*Code, error) {
	m, err := unix.Mmap(-1, 0, pages*pageSize, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil, fmt.Errorf("native: mmap code: %w", err)
	}
	copy(m, code)
	fillTrap(m[len(code):])
	if err := unix.Mprotect(m, unix.PROT_READ|unix.PROT_EXEC); err != nil {
		unix.Munmap(m)
		return nil, fmt.Errorf("native: mprotect RX: %w", err)
	}
	return &Code{Addr: uintptr(unsafe.Pointer(&m[0])), Size: len(code), mem: m}, nil
}

// Free makes c's pages writable (not executable) and returns them to the
// pool. They are not filled: no jump can land in a page that is not
// executable, and Load fills whatever a new unit leaves of its pages with
// INT3.
func (a *Arena) Free(c *Code) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if c.freed {
		return errors.New("native: code freed twice")
	}
	c.freed = true
	if c.chunk == nil {
		return unix.Munmap(c.mem)
	}
	if err := unix.Mprotect(c.mem, unix.PROT_READ|unix.PROT_WRITE); err != nil {
		return fmt.Errorf("native: mprotect RW: %w", err)
	}
	for i := c.first; i < c.first+len(c.mem)/pageSize; i++ {
		c.chunk.used[i] = false
	}
	return nil
}

// fillTrap fills b with INT3: one byte, then copies of what is filled,
// doubling (memmoves rather than a loop of byte stores, and no table made
// at every start).
func fillTrap(b []byte) {
	if len(b) == 0 {
		return
	}
	b[0] = 0xcc
	for n := 1; n < len(b); n *= 2 {
		copy(b[n:], b[:n])
	}
}

package exepages

import (
	"encoding/binary"
	"os"
	"testing"
	"unsafe"
)

// The test binary links this package too, so its init has run on the test
// binary's own segments.

func TestReadOnlySegments(t *testing.T) {
	ranges := ReadOnly()
	if len(ranges) == 0 {
		t.Fatal("no read-only segments found")
	}
	text := funcAddr(TestReadOnlySegments)
	inText := false
	for _, r := range ranges {
		if r.Lo >= r.Hi || r.Lo%4096 != 0 || r.Hi%4096 != 0 {
			t.Errorf("range %#x-%#x is not page-aligned and non-empty", r.Lo, r.Hi)
		}
		inText = inText || r.Lo <= text && text < r.Hi
	}
	if !inText {
		t.Errorf("this test's code at %#x is in none of %x", text, ranges)
	}
}

// TestOnePagePerFault touches one page of read-only data that no page
// around it has brought in and checks that it alone became resident.
func TestOnePagePerFault(t *testing.T) {
	if ok, why := Status(); !ok {
		t.Skip("fault-around left on:", why)
	}
	pagemap, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skip(err)
	}
	defer pagemap.Close()
	present := func(addr uintptr) bool {
		var e [8]byte
		if _, err := pagemap.ReadAt(e[:], int64(addr/4096*8)); err != nil {
			t.Fatal(err)
		}
		return binary.LittleEndian.Uint64(e[:])&(1<<63) != 0
	}
	const span = 33 // a page with 16 absent pages on either side
	for _, r := range ReadOnly() {
		run := 0
		for addr := r.Lo; addr < r.Hi; addr += 4096 {
			if present(addr) {
				run = 0
				continue
			}
			if run++; run < span {
				continue
			}
			mid := addr - span/2*4096
			sink = *(*byte)(unsafe.Add(unsafe.Pointer(nil), mid))
			for p := addr - (span-1)*4096; p <= addr; p += 4096 {
				if got := present(p); got != (p == mid) {
					t.Fatalf("after touching %#x: page %#x present=%v", mid, p, got)
				}
			}
			return
		}
	}
	t.Skip("no run of absent pages to touch")
}

// sink keeps the compiler from dropping the load that touches a page.
var sink byte

func funcAddr(f func(*testing.T)) uintptr {
	return **(**uintptr)(unsafe.Pointer(&f))
}

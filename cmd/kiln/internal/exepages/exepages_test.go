package exepages

import (
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

// TestOnePagePerFault touches one page of read-only data in a 64 KiB block
// that nothing has brought in, the block fault-around would map, and
// checks that the page alone became resident.
func TestOnePagePerFault(t *testing.T) {
	if ok, why := Status(); !ok {
		t.Skip("fault-around left on:", why)
	}
	const block = 16 * 4096
	for _, r := range ReadOnly() {
		for lo := (r.Lo + block - 1) &^ (block - 1); lo+block <= r.Hi; lo += block {
			if !absent(t, lo, lo+block) {
				continue
			}
			mid := lo + block/2
			sink = *(*byte)(unsafe.Add(unsafe.Pointer(nil), mid))
			for p := lo; p < lo+block; p += 4096 {
				if got := resident(t, p); got != (p == mid) {
					t.Fatalf("after touching %#x: page %#x present=%v", mid, p, got)
				}
			}
			return
		}
	}
	t.Skip("no block of absent pages to touch")
}

// absent reports whether no page of [lo, hi) is resident.
func absent(t *testing.T, lo, hi uintptr) bool {
	for p := lo; p < hi; p += 4096 {
		if resident(t, p) {
			return false
		}
	}
	return true
}

// sink keeps the compiler from dropping the load that touches a page.
var sink byte

func funcAddr(f func(*testing.T)) uintptr {
	return **(**uintptr)(unsafe.Pointer(&f))
}

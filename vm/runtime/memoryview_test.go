package runtime

import "testing"

// A view of a view of a bytearray writes through to it, following both
// strides, and a released view refuses further use.
func TestMemoryViewWritesThroughAndReleases(t *testing.T) {
	ba := NewByteArray([]byte("abcdef"))
	m, err := memoryViewNew(nil, MemoryViewType, []Value{ba}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := memoryViewGetItem(nil, m, NewSlice(None, None, Int(-2)))
	if err != nil {
		t.Fatal(err)
	}
	// rev views f, d, b; rev[0:2] = b"XY" writes f and d.
	if err := memoryViewSetItem(nil, rev, NewSlice(Int(0), Int(2), None), NewBytes([]byte("XY"))); err != nil {
		t.Fatal(err)
	}
	if got := string(BytesValue(ba)); got != "abcYeX" {
		t.Errorf("bytearray = %q, want abcYeX", got)
	}
	if b, ok := bytesLike(rev); !ok || string(b) != "XYb" {
		t.Errorf("bytesLike(view) = %q, %v; want XYb", b, ok)
	}
	asMemoryView(m).released = true
	if _, err := memoryViewGetItem(nil, m, Int(0)); !IsInstanceOf(err, ValueError) {
		t.Errorf("indexing a released view: err = %v, want ValueError", err)
	}
	if _, ok := bytesLike(m); ok {
		t.Errorf("a released view is still bytes-like")
	}
}

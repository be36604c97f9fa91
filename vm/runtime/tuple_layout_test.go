package runtime

import (
	"fmt"
	"runtime"
	"testing"
	"unsafe"
)

// This file checks the tuple layout: small exact tuples are one block of
// 32 + 16n bytes with their items inline, larger ones and subclass
// instances point at their items, and the collector sees every item.

func TestTupleBlockSizes(t *testing.T) {
	if got := unsafe.Sizeof(Tuple{}); got != 32 {
		t.Errorf("tuple header: %d bytes, want 32", got)
	}
	if got := unsafe.Sizeof(tupleBlock[[2]Value]{}); got != 64 {
		t.Errorf("2-tuple block: %d bytes, want 64", got)
	}
	if JITTupleItemsOffset != JITListItemsOffset {
		t.Errorf("tuple items at %d, list items at %d: the JIT reads both alike", JITTupleItemsOffset, JITListItemsOffset)
	}
	a, b := NewStr("a"), NewStr("b")
	if n := testing.AllocsPerRun(100, func() { NewTuple2(a, b) }); n != 1 {
		t.Errorf("NewTuple2: %v allocations, want 1", n)
	}
	vals := make([]Value, tupleInlineMax)
	for n := 1; n <= tupleInlineMax; n++ {
		if allocs := testing.AllocsPerRun(100, func() { NewTupleCopy(vals[:n]) }); allocs != 1 {
			t.Errorf("NewTupleCopy of %d: %v allocations, want 1", n, allocs)
		}
		tup := as[Tuple](NewTupleCopy(vals[:n]))
		start := uintptr(unsafe.Pointer(tup))
		if got := uintptr(unsafe.Pointer(tup.first)); got != start+unsafe.Sizeof(Tuple{}) {
			t.Errorf("tuple of %d: items at +%d, want inline at +32", n, got-start)
		}
	}
}

// A large tuple keeps the slice it was made from; a subclass instance
// points at its items whatever their number.
func TestTupleOutOfLineItems(t *testing.T) {
	items := make([]Value, tupleInlineMax+1)
	v := NewTuple(items)
	if &TupleItems(v)[0] != &items[0] {
		t.Error("a large tuple copied its items")
	}
	tup := newTupleOver(TupleType, []Value{None, None})
	if uintptr(unsafe.Pointer(tup.first)) == uintptr(unsafe.Pointer(tup))+unsafe.Sizeof(Tuple{}) {
		t.Error("newTupleOver put the items inline")
	}
}

// collectReusingMemory runs three collections, each followed by
// allocations that reuse the memory of whatever the collection freed, so
// that an object the collector missed is overwritten before it is read.
func collectReusingMemory() {
	for range 3 {
		runtime.GC()
		garbage := make([][]byte, 0, 1000)
		for range 1000 {
			garbage = append(garbage, make([]byte, 64))
		}
		runtime.KeepAlive(garbage)
	}
}

// Every item of tuples of every size, made each way, is still there after
// collections: the collector scans the inline items' pointer words.
func TestTupleItemsSurviveGC(t *testing.T) {
	var tuples [][2]Value // the tuple and a Python list of its expected items
	for n := 1; n <= 2*tupleInlineMax+1; n++ {
		vals := make([]Value, n)
		for i := range vals {
			vals[i] = NewStr(fmt.Sprintf("item %d of %d", i, n))
		}
		tuples = append(tuples,
			[2]Value{NewTupleCopy(vals), NewList(append([]Value(nil), vals...))},
			[2]Value{NewTuple(append([]Value(nil), vals...)), NewList(append([]Value(nil), vals...))})
		if n == 2 {
			tuples = append(tuples, [2]Value{NewTuple2(vals[0], vals[1]), NewList(append([]Value(nil), vals...))})
		}
	}
	collectReusingMemory()
	for _, c := range tuples {
		got, want := TupleItems(c[0]), ListItems(c[1])
		if len(got) != len(want) {
			t.Fatalf("tuple of %d items has %d", len(want), len(got))
		}
		for i := range got {
			if StrValue(got[i]) != StrValue(want[i]) {
				t.Fatalf("tuple of %d: item %d = %q, want %q", len(want), i, StrValue(got[i]), StrValue(want[i]))
			}
		}
	}
}

package runtime

import (
	"fmt"
	"testing"
	"unsafe"
)

// This file checks the layout of short list displays (list_inline.go):
// one block of 48 + 16n bytes with the items inline, every item seen by
// the collector, and a list that outgrows its block working as any list.

func TestListDisplaySizes(t *testing.T) {
	if got := unsafe.Sizeof(List{}); got != 48 {
		t.Errorf("list header: %d bytes, want 48", got)
	}
	vals := make([]Value, listInlineMax+1)
	for n := 1; n <= listInlineMax; n++ {
		if allocs := testing.AllocsPerRun(100, func() { newListDisplay(vals[:n]) }); allocs != 1 {
			t.Errorf("display of %d: %v allocations, want 1", n, allocs)
		}
		l := as[List](newListDisplay(vals[:n]))
		start := uintptr(unsafe.Pointer(l))
		if got := uintptr(unsafe.Pointer(unsafe.SliceData(l.items))); got != start+unsafe.Sizeof(List{}) {
			t.Errorf("display of %d: items at +%d, want inline at +48", n, got-start)
		}
		if len(l.items) != n || cap(l.items) != n {
			t.Errorf("display of %d: len %d cap %d", n, len(l.items), cap(l.items))
		}
		want := 48 + 16*float64(n) // 64, 80, 96, 112: size classes
		if got := bytesPerObject(nil, 20000, func(*Thread, int) Value { return newListDisplay(vals[:n]) }); got > want+2 {
			t.Errorf("display of %d: %.0f bytes, want %.0f", n, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { newListDisplay(vals) }); allocs != 2 {
		t.Errorf("display of %d: %v allocations, want 2 (header and array)", len(vals), allocs)
	}
}

// Every item of displays of every size is still there after collections,
// and a display that grows, shrinks and grows again keeps its items.
func TestListDisplayItemsSurviveGC(t *testing.T) {
	th := newTestThread()
	var lists []Value
	var want [][]string
	for n := 0; n <= listInlineMax+1; n++ {
		vals := make([]Value, n)
		texts := make([]string, n)
		for i := range vals {
			texts[i] = fmt.Sprintf("item %d of %d", i, n)
			vals[i] = NewStr(texts[i])
		}
		lists = append(lists, newListDisplay(vals))
		want = append(want, texts)
		clear(vals)
	}
	check := func(when string) {
		t.Helper()
		for k, v := range lists {
			items := ListItems(v)
			if len(items) != len(want[k]) {
				t.Fatalf("%s: list %d has %d items, want %d", when, k, len(items), len(want[k]))
			}
			for i, x := range items {
				if StrValue(x) != want[k][i] {
					t.Fatalf("%s: list %d item %d = %q, want %q", when, k, i, StrValue(x), want[k][i])
				}
			}
		}
	}
	collectReusingMemory()
	check("after collections")
	for k, v := range lists {
		for i := range 3 {
			text := fmt.Sprintf("appended %d", i)
			if _, err := CallMethod(th, v, "append", NewStr(text)); err != nil {
				t.Fatal(err)
			}
			want[k] = append(want[k], text)
		}
		if _, err := CallMethod(th, v, "pop", Int(0)); err != nil {
			t.Fatal(err)
		}
		want[k] = want[k][1:]
	}
	collectReusingMemory()
	check("after growing")
}

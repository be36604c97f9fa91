package runtime

import "testing"

// Allocation counts and CPU of the paths bench/collections_heapq.py lives
// on (run with -benchmem): key functions called once per item, lists
// built by append, and < between heap entries. Every allocation is also
// work for the collector, which is 40 percent of that program's CPU time.

// min(xs, key=len) over 1000 strs: the key's argument slice is reused, so
// the call allocates nothing per item.
func BenchmarkAllocMinKey(b *testing.B) {
	th := newTestThread()
	items := make([]Value, 1000)
	for i := range items {
		items[i] = NewStr("word")
	}
	args := []Value{NewList(items)}
	kw := []string{"key"}
	lenFn, _ := th.Interp.Builtins.GetStr("len")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := minMax(th, "min", append(args[:1:1], lenFn), kw, CmpLT); err != nil {
			b.Fatal(err)
		}
	}
}

// sorted(xs, key=len) over 1000 strs: the keys and the index, not one
// argument slice per item.
func BenchmarkAllocSortedKey(b *testing.B) {
	th := newTestThread()
	items := make([]Value, 1000)
	for i := range items {
		items[i] = NewStr("word")
	}
	lenFn, _ := th.Interp.Builtins.GetStr("len")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := sortValues(th, append([]Value(nil), items...), lenFn, false); err != nil {
			b.Fatal(err)
		}
	}
}

// 100000 appends to an empty list: bytes per op are what its growth
// copies, which the collector is paced by.
func BenchmarkAllocListAppend(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l := NewList(nil)
		for j := 0; j < 100000; j++ {
			ListAppend(l, Int(int64(j)))
		}
	}
}

// (priority, node) < (priority, node) with equal priorities, as a heap of
// Dijkstra entries compares them.
func BenchmarkLessThanIntPairs(b *testing.B) {
	th := newTestThread()
	x, y := NewTuple2(Int(7), Int(1)), NewTuple2(Int(7), Int(2))
	for i := 0; i < b.N; i++ {
		if lt, err := LessThan(th, x, y); err != nil || !lt {
			b.Fatal(lt, err)
		}
	}
}

// (count, word) < (count, word) with equal counts, as most_common's
// heap and sorted() of Counter items compare them.
func BenchmarkLessThanIntStrPairs(b *testing.B) {
	th := newTestThread()
	x, y := NewTuple2(Int(7), NewStr("apple")), NewTuple2(Int(7), NewStr("banana"))
	for i := 0; i < b.N; i++ {
		if lt, err := LessThan(th, x, y); err != nil || !lt {
			b.Fatal(lt, err)
		}
	}
}

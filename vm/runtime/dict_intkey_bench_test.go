package runtime

import "testing"

// The dict operations of a graph search keyed by node number (run with
// -benchmem): collections_heapq's dist and seen hold 14400 int keys.

// benchIntDict returns a dict of the ints 0 to n-1.
func benchIntDict(th *Thread, n int) *Dict {
	d := NewDict()
	for i := 0; i < n; i++ {
		if err := d.Set(th, Int(int64(i)), Int(int64(i)*3)); err != nil {
			panic(err)
		}
	}
	return d
}

// d[k] hits and misses (dist[u], dist.get(v, default)).
func BenchmarkDictIntGet(b *testing.B) {
	th := newTestThread()
	d := benchIntDict(th, 14400)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := d.Get(th, Int(int64(i%28800))); err != nil {
			b.Fatal(err)
		}
	}
}

// d[k] = v over existing and new keys (dist[v] = nd), the dict rebuilt
// every 14400 stores.
func BenchmarkDictIntSet(b *testing.B) {
	th := newTestThread()
	d := NewDict()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		k := i % 14400
		if k == 0 && i > 0 && i%(14400*4) == 0 {
			d = NewDict()
		}
		if err := d.Set(th, Int(int64(k)), Int(int64(i))); err != nil {
			b.Fatal(err)
		}
	}
}

// k in d through the dict type's slot (v not in seen).
func BenchmarkDictIntContains(b *testing.B) {
	th := newTestThread()
	d := ValueOf(benchIntDict(th, 14400))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Contains(th, d, Int(int64(i%28800))); err != nil {
			b.Fatal(err)
		}
	}
}

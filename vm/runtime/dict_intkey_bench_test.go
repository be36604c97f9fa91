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

const dictIntBenchSrc = `
class Counts(dict):
    def __missing__(self, k):
        return 0

def graph(n):
    seen = {0: 0}
    i = 0
    while i < n:
        v = i % 4096
        if v not in seen:
            seen[v] = seen[v - 1] + 1
        i += 1

def groups(n):
    g = Counts()
    i = 0
    while i < n:
        g[i & 7] = g[i & 7] + 1
        i += 1
`

// BenchmarkInterpDictIntKeys is BFS's `if v not in seen: seen[v] =
// seen[u] + 1`, per op (the dict holds 4096 keys after the first round).
func BenchmarkInterpDictIntKeys(b *testing.B) {
	genBenchCall(b, dictIntBenchSrc, "graph", 10000)
}

// BenchmarkInterpDefaultdictIntKeys is g[k] = g[k] + 1 on a dict
// subclass with __missing__ (as defaultdict and Counter are) of 8 keys,
// per op.
func BenchmarkInterpDefaultdictIntKeys(b *testing.B) {
	genBenchCall(b, dictIntBenchSrc, "groups", 10000)
}

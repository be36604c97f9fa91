package heapq

import (
	"testing"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// nsmallest(10, words, key=len) over 1000 strs, as bench/collections_heapq
// calls it over 200000: allocations per call, which must not grow with
// the input (the key's argument slice is reused).
func BenchmarkAllocNsmallestKey(b *testing.B) {
	th := rt.NewInterpreter(rt.Options{}).MainThread()
	words := make([]rt.Value, 1000)
	for i := range words {
		words[i] = rt.NewStr("word")
	}
	lenFn, _ := th.Interp.Builtins.GetStr("len")
	args := []rt.Value{rt.Int(10), rt.NewList(words), lenFn, rt.False}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := heapqSelect(th, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

package vm

import (
	"io"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// BenchmarkOrderedDictLRU runs collections_heapq's LRU loop over 50000
// words (move_to_end, `lru[w] = 1`, `lru.popitem(last=False)` as a
// statement), start-up included: allocations per op count the bound
// methods and the dropped pairs of popitem.
func BenchmarkOrderedDictLRU(b *testing.B) {
	code := `from collections import OrderedDict
ws = ["w%d" % (i * 7919 % 997) for i in range(50000)]
lru = OrderedDict()
for w in ws:
    if w in lru:
        lru.move_to_end(w)
    else:
        lru[w] = 1
        if len(lru) > 500:
            lru.popitem(last=False)
`
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Run(Program{Kind: Command, Target: code}, runtime.Options{
			Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
			Exit: func(int) { b.Fatal("os._exit was called") },
		})
	}
}

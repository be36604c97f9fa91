package runtime

import (
	"math/rand"
	"slices"
	"testing"
)

// TestTimSortStable sorts lists of many shapes (random with few or many
// distinct keys, runs ascending and descending, sorted pieces) and checks
// the result against the library's stable sort.
func TestTimSortStable(t *testing.T) {
	type item struct{ key, pos int }
	rng := rand.New(rand.NewSource(1))
	shapes := map[string]func(i, n int) int{
		"random":     func(i, n int) int { return rng.Intn(n + 1) },
		"fewkeys":    func(i, n int) int { return rng.Intn(4) },
		"ascending":  func(i, n int) int { return i },
		"descending": func(i, n int) int { return n - i },
		"sawtooth":   func(i, n int) int { return i % 97 },
		"stride":     func(i, n int) int { return i * 7919 % 1000 },
		"mostly":     func(i, n int) int { return i + rng.Intn(3)*rng.Intn(2)*(n/2) },
	}
	for name, key := range shapes {
		for _, n := range []int{0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 257, 1000, 4099, 60000} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{key(i, n), i}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b item) int { return a.key - b.key })
			timSort(s, func(a, b *item) bool { return a.key < b.key })
			if !slices.Equal(s, want) {
				t.Fatalf("%s, %d items: not the stable order", name, n)
			}
		}
	}
}

// TestTimSortInconsistent checks that a comparison that starts answering
// false to everything midway (as the sorter does after an exception)
// leaves a permutation of the items.
func TestTimSortInconsistent(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, stop := range []int{0, 10, 100, 1000, 5000} {
		s := make([]int, 3000)
		for i := range s {
			s[i] = rng.Intn(500)
		}
		want := slices.Clone(s)
		slices.Sort(want)
		calls := 0
		timSort(s, func(a, b *int) bool {
			calls++
			return calls < stop && *a < *b
		})
		slices.Sort(s)
		if !slices.Equal(s, want) {
			t.Fatalf("stop after %d comparisons: not a permutation", stop)
		}
	}
}

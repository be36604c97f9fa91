package runtime

import "testing"

// BenchmarkStrFullHash measures hash() of short ASCII strs, which a Str
// does not cache (tuple hashes of strs pay it per item).
func BenchmarkStrFullHash(b *testing.B) {
	var strs []*Str
	for _, w := range []string{"the", "quick", "brown", "foxes", "jumps over", "lazy dogs sleep"} {
		s := newStr(w)
		s.markASCII()
		strs = append(strs, s)
	}
	for i := 0; i < b.N; i++ {
		strs[i%len(strs)].fullHash()
	}
}

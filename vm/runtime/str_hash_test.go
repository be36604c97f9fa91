package runtime

import (
	"strconv"
	"testing"
)

// TestStrHash64 checks the str hash against CPython 3.12's hash() under
// three PYTHONHASHSEEDs (values printed by CPython 3.12.1), for ASCII,
// Latin-1, UCS-2, UCS-4 and lone surrogate texts.
func TestStrHash64(t *testing.T) {
	strs := []string{"", "a", "abc", "hello world", "12345678", "123456789abcdefg", "é", "héllo", "ÿ", "Ā", "日本語", "€x", "😀", "a😀b",
		"\xed\xa0\x80", "x\xed\xbf\xbfy", "the quick brown fox"}
	for _, tc := range []struct {
		seed uint64
		want []uint64
	}{
		{0, []uint64{0x0, 0x407448d2b89b1813, 0xc03bc3a0042630f2, 0xb1b1f2e707e4ac8a, 0x3489982430560a87, 0x2b1aa8d688793027, 0x53ec5bc2a68870e3, 0x58c0c6757e25cf3c, 0x30406ea523c53def, 0x10bac45c41e3669, 0x1948de75b0356e, 0xf94aa23dc24ea393, 0xceebaef96ca4072c, 0x9758e8dabf594574, 0x523f8e2048440329, 0x48ddc57e8d9aac1, 0x5a17575ad3449cba}},
		{12345, []uint64{0x0, 0x83a33d688c5cf68f, 0x291cb018e04e0d94, 0x2c308cd4ea6fa053, 0x158d1acebf100fd3, 0xa8850a79821aa356, 0x56b420f99d09d8e3, 0xd0bbc01b358f0e1f, 0xbc1764c57ea0b3ce, 0xdaa4ac012a6e8f04, 0x4c98c92178423e9e, 0x77b1c88f854452e3, 0x3b95f30349aa44ac, 0x105d3c4002d895bd, 0xeb3ca37e12089ab0, 0xe42268453daaf22f, 0x130aaed53486d520}},
		{4294967295, []uint64{0x0, 0xace05e4e86f8e887, 0xab088c2fdb5ce95f, 0x562a03779e55ed6d, 0xb40dff49971e9614, 0xa89834fb7769d3e9, 0xb0527a0743b1d1ce, 0x3074298ac1857b24, 0x6df0d898c4ebf30f, 0x64cad30cfb5cfc2, 0xa7ff7f8a1dbcea9e, 0x3a97a0c671173c99, 0xb6d148802d2e7427, 0x4145b19edb479a1e, 0x9a1560588b56978a, 0xd0eaacd27109d4d1, 0x7be00ab1b348e33d}},
	} {
		k0, k1 := strHashKey(strconv.FormatUint(tc.seed, 10))
		for i, s := range strs {
			if got := strHash64(k0, k1, s); got != tc.want[i] {
				t.Errorf("PYTHONHASHSEED=%d: hash(%q) = %#x, want %#x", tc.seed, s, got, tc.want[i])
			}
		}
	}
}

// BenchmarkStrHash measures the hash of short ASCII words (word_count's).
func BenchmarkStrHash(b *testing.B) {
	words := []string{"the", "quick", "brown", "foxes", "jumps over", "lazy dogs sleep"}
	for i := 0; i < b.N; i++ {
		strSipHash(words[i%len(words)])
	}
}

// BenchmarkStrHashFNV is the FNV-1a hash the SipHash replaced, for
// comparison.
func BenchmarkStrHashFNV(b *testing.B) {
	words := []string{"the", "quick", "brown", "foxes", "jumps over", "lazy dogs sleep"}
	for i := 0; i < b.N; i++ {
		h := uint64(14695981039346656037)
		s := words[i%len(words)]
		for j := 0; j < len(s); j++ {
			h ^= uint64(s[j])
			h *= 1099511628211
		}
		_ = h
	}
}

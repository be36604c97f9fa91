package runtime

import (
	"strings"
	"testing"
)

// countCodePoints agrees with countRunes on every well-formed text a str
// holds (WTF-8: lone surrogates included), at every length and alignment.
func TestCountCodePoints(t *testing.T) {
	pieces := []string{"a", "é", "€", "😀", "\xed\xa0\x80", "\xed\xbf\xbf", "z\u00ff", "\u0800"}
	for n := 0; n < 200; n++ {
		var b strings.Builder
		for k := 0; k < n; k++ {
			b.WriteString(pieces[(k*7+n)%len(pieces)])
		}
		s := b.String()
		for off := 0; off < len(s) && off < 9; off++ {
			u := s[off:]
			for len(u) > 0 && u[0]&0xc0 == 0x80 {
				u = u[1:]
			}
			if got, want := countCodePoints(u), countRunes(u); got != want {
				t.Fatalf("countCodePoints(%q) = %d, want %d", u, got, want)
			}
		}
	}
}

// isASCIIString finds a byte >= 0x80 at every position of texts of every
// length up to 100, and none in ASCII texts.
func TestIsASCIIString(t *testing.T) {
	for n := 0; n <= 100; n++ {
		ascii := strings.Repeat("a", n)
		if !isASCIIString(ascii) {
			t.Fatalf("isASCIIString(%d ASCII bytes) = false", n)
		}
		for i := 0; i < n; i++ {
			b := []byte(ascii)
			b[i] = 0x80 | byte(i)
			if isASCIIString(string(b)) {
				t.Fatalf("isASCIIString: byte %#x at %d of %d not found", b[i], i, n)
			}
		}
	}
}

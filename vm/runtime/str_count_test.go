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

package re

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestStrInputLatin1 checks strInput's Latin-1 path against decoding
// rune by rune, for every code point up to 0x17f among ASCII text and for
// texts that must take runes.
func TestStrInputLatin1(t *testing.T) {
	for r := rune(0); r < 0x180; r++ {
		s := "ab" + string(r) + "c" + string(r)
		in, ascii := strInput(s)
		want := []rune(s)
		if ascii != (r < 0x80) || in.n != len(want) || (in.r != nil) != (r >= 0x100) {
			t.Fatalf("%U: ascii %v, n %d, runes %v", r, ascii, in.n, in.r != nil)
		}
		for i, w := range want {
			if in.at(i) != w {
				t.Fatalf("%U: code point %d is %U, want %U", r, i, in.at(i), w)
			}
		}
	}
	// Runs of ASCII, copied eight bytes at a time, around Latin-1 at
	// every offset.
	for k := 0; k < 24; k++ {
		s := strings.Repeat("x", k) + "é" + strings.Repeat("y", 24-k) + "ÿ" + strings.Repeat("z", k%9)
		in, _ := strInput(s)
		if string(in.b) != string([]byte(latin1Of(s))) || in.r != nil {
			t.Fatalf("%q: got %q", s, in.b)
		}
	}
	// Not UTF-8 (a lone surrogate's three bytes), and a truncated sequence.
	for _, s := range []string{"a\xed\xa0\x80b", "caf\xc3"} {
		in, _ := strInput(s)
		if in.r == nil || utf8.ValidString(s) {
			t.Fatalf("%q: got a byte input", s)
		}
	}
}

// latin1Of returns the code points of s, all below 256, a byte each.
func latin1Of(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

// TestAppendLatin1UTF8 checks the encoding of Latin-1 spans against Go's
// own, around non-ASCII bytes at every offset.
func TestAppendLatin1UTF8(t *testing.T) {
	for k := 0; k < 24; k++ {
		for _, c := range []byte{0x80, 0xe9, 0xff} {
			b := []byte(strings.Repeat("a", k) + string(rune(0)) + strings.Repeat("b", 20-k%20))
			b[k] = c
			want := "pre" + string([]rune(string(latin1Runes(b))))
			if got := string(appendLatin1UTF8([]byte("pre"), b)); got != want {
				t.Fatalf("%q: got %q, want %q", b, got, want)
			}
		}
	}
}

// latin1Runes returns the bytes of b as code points.
func latin1Runes(b []byte) []rune {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return rs
}

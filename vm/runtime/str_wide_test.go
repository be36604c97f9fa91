package runtime

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The str layout packs the length, the code point flags and the hash into
// one word, and keeps a non-ASCII str's code points in strWideCache: these
// tests check that neither loses the other's bits and that an evicted
// entry is rebuilt.

func TestStrMetaPacking(t *testing.T) {
	for _, text := range []string{"", "a", "héllo", strings.Repeat("x", 1000), strings.Repeat("é", 300)} {
		s := newStr(text)
		h := s.hashValue()
		if h != strHash(text) || h < 0 || h > strHashMask {
			t.Errorf("%.10q: hash %d, want strHash %d in [0, %d]", text, h, strHash(text), strHashMask)
		}
		if s.isASCII() != isASCIIString(text) {
			t.Errorf("%.10q: isASCII %v", text, s.isASCII())
		}
		if s.text() != text || s.hashValue() != h {
			t.Errorf("%.10q: after hash and scan: text %.10q, hash %d", text, s.text(), s.hashValue())
		}
		if n := s.runeCount(); n != utf8.RuneCountInString(text) {
			t.Errorf("%.10q: runeCount %d", text, n)
		}
	}
}

func TestStrWideCacheEviction(t *testing.T) {
	text := strings.Repeat("aé€", 40) // 240 bytes, 120 code points
	s := newStr(text)
	if n := s.runeCount(); n != 120 {
		t.Fatalf("runeCount %d, want 120", n)
	}
	if n, ok := s.knownRuneCount(); !ok || n != 120 {
		t.Fatalf("knownRuneCount %d %v, want 120 true", n, ok)
	}
	if s.at(2) != '€' || s.substr(1, 3) != "é€" {
		t.Fatalf("at(2) %q, substr(1, 3) %q", s.at(2), s.substr(1, 3))
	}
	// Other wide strs take every slot, s's among them.
	others := make([]*Str, 4*len(strWideCache))
	for i := range others {
		others[i] = newStr(strings.Repeat("é", 40+i%7))
		others[i].at(39)
	}
	if s.runeCount() != 120 || s.at(119) != '€' || s.at(0) != 'a' {
		t.Fatalf("after eviction: runeCount %d, at(119) %q", s.runeCount(), s.at(119))
	}
	for _, o := range others[:50] {
		if o.runeCount() != len(o.text())/2 {
			t.Fatalf("other str: runeCount %d, want %d", o.runeCount(), len(o.text())/2)
		}
	}
}

// TestStrWideOffsetIndex checks code point indexing through the sparse
// offset index against the decoded code points, at every index of texts
// around the cache's minimum length and the index's stride, lone
// surrogates included.
func TestStrWideOffsetIndex(t *testing.T) {
	surrogate := string([]byte{0xed, 0xa0, 0x80}) // U+D800, WTF-8
	for _, unit := range []string{"é", "a€", "😀b", "x" + surrogate, "日本語"} {
		for reps := 1; reps < 60; reps += 7 {
			text := strings.Repeat(unit, reps)
			s := newStr(text)
			rs := decodeRunes(text)
			if n := s.runeCount(); n != len(rs) {
				t.Fatalf("%q: runeCount %d, want %d", text, n, len(rs))
			}
			for i := range rs {
				if got := s.at(i); got != rs[i] {
					t.Fatalf("%q: at(%d) = %q, want %q", text, i, got, rs[i])
				}
				for _, j := range []int{i, i + 1, len(rs)} {
					if got, want := s.substr(i, j), runesToStr(rs[i:j]); got != want {
						t.Fatalf("%q: substr(%d, %d) = %q, want %q", text, i, j, got, want)
					}
				}
			}
		}
	}
}

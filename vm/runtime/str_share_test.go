package runtime

import (
	"strconv"
	"strings"
	"testing"
)

// This file tests StrPieces: which pieces share one str object, and that
// a shared piece carries its text, flags and hash.

func TestStrPiecesShareRepeatedWords(t *testing.T) {
	words := strings.Fields(strings.Repeat("the quick brown fox jumps over the lazy dog ", 100))
	var p StrPieces
	p.Start(len(words), true)
	distinct := map[*Str]bool{}
	byText := map[string]*Str{}
	for _, w := range words {
		s := p.Piece(w)
		if s.text() != w || !s.knownASCII() {
			t.Fatalf("piece %q: text %q, ASCII %v", w, s.text(), s.knownASCII())
		}
		if h := int64(s.meta >> strHashShift); h != strHash(w) {
			t.Fatalf("piece %q: cached hash %d, want %d", w, h, strHash(w))
		}
		distinct[s] = true
		if prev, ok := byText[w]; ok && prev != s {
			t.Fatalf("piece %q: two str objects", w)
		}
		byText[w] = s
	}
	if len(distinct) != 8 {
		t.Errorf("%d str objects for 8 distinct words", len(distinct))
	}
}

func TestStrPiecesStopsSharingDistinctPieces(t *testing.T) {
	n := 4 * strShareProbe
	var p StrPieces
	p.Start(n, false)
	for i := 0; i < n; i++ {
		p.Piece(strconv.Itoa(i))
	}
	if p.sharing || p.seen != strShareProbe {
		t.Errorf("still sharing after %d distinct pieces (sharing %v, %d seen)", n, p.sharing, p.seen)
	}
}

func TestStrPiecesSmallCallsAndLongPieces(t *testing.T) {
	var p StrPieces
	p.Start(3, false)
	if a, b := p.Piece("ab"), p.Piece("ab"); a == b {
		t.Error("a call of 3 pieces shared them")
	}
	long := strings.Repeat("x", strShareMaxLen+1)
	p.Start(-1, false)
	if a, b := p.Piece(long), p.Piece(long); a == b || a.text() != long {
		t.Error("a piece longer than strShareMaxLen was shared")
	}
	if p.Piece("") != emptyStr {
		t.Error("the empty piece is not the shared empty str")
	}
}

// str.split() of word_count's text: allocations and bytes per call.
func BenchmarkStrSplitWords(b *testing.B) {
	text := NewStr(strings.Repeat("the quick brown fox jumps over the lazy dog and then sleeps ", 1000))
	strBenchLoop(b, func(int) {
		if _, ok := strSplitASCIIWhitespace(StrValue(text)); !ok {
			b.Fatal("not ASCII")
		}
	})
}

// str.split() of distinct numbers, where sharing gives up.
func BenchmarkStrSplitDistinct(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 12000; i++ {
		sb.WriteString(strconv.Itoa(i * 7919))
		sb.WriteByte(' ')
	}
	text := NewStr(sb.String())
	strBenchLoop(b, func(int) {
		if _, ok := strSplitASCIIWhitespace(StrValue(text)); !ok {
			b.Fatal("not ASCII")
		}
	})
}

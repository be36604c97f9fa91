package runtime

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// This file checks the inline strs strAlloc makes in noscan memory
// (str_alloc.go): the blocks are the size classes they were, and a str
// and its text live as long as anything refers to either, through
// collections (run under GODEBUG=gccheckmark=1,clobberfree=1 too).

func TestStrInlineSizes(t *testing.T) {
	for _, c := range []struct {
		n, bytes int
	}{{1, 48}, {8, 48}, {16, 48}, {17, 64}, {32, 64}, {33, 96}, {64, 96}, {65, 128}, {96, 128}, {97, 160}, {128, 160}} {
		if allocs := testing.AllocsPerRun(100, func() { strAlloc(c.n) }); allocs != 1 {
			t.Errorf("str of %d bytes: %v allocations, want 1", c.n, allocs)
		}
		s, buf := strAlloc(c.n)
		if uintptr(unsafe.Pointer(unsafe.SliceData(buf))) != uintptr(unsafe.Pointer(s))+unsafe.Sizeof(Str{}) {
			t.Errorf("str of %d bytes: text not inline", c.n)
		}
		got := bytesPerObject(nil, 20000, func(*Thread, int) Value {
			s, buf := strAlloc(c.n)
			clear(buf)
			return ValueOf(s)
		})
		if got > float64(c.bytes)+2 {
			t.Errorf("str of %d bytes: %.0f bytes, want %d", c.n, got, c.bytes)
		}
	}
}

// Strs made by each builder, kept by the str or only by a slice of its
// text, keep their text through collections that reuse the memory of
// the garbage around them.
func TestStrInlineSurvivesGC(t *testing.T) {
	th := newTestThread()
	var strs []Value
	var texts []string // slices of the texts of strs no longer referred to
	var want, wantTexts []string
	for i := range 2000 {
		text := fmt.Sprintf("n%d-%s", i, strings.Repeat("x", i%140))
		var v Value
		switch i % 3 {
		case 0:
			v = NewStrBytes([]byte(text))
		case 1:
			v = ValueOf(strConcatObjs(th, as[Str](NewStr(text[:len(text)/2])), as[Str](NewStr(text[len(text)/2:]))))
		default:
			v = ValueOf(strFromParts([]Value{NewStr(text[:1]), NewStr(text[1:])}, ""))
		}
		if i%2 == 0 {
			strs, want = append(strs, v), append(want, text)
		} else {
			texts, wantTexts = append(texts, StrValue(v)[1:]), append(wantTexts, text[1:])
		}
	}
	collectReusingMemory()
	for i, v := range strs {
		if v.Type() != StrType || StrValue(v) != want[i] {
			t.Fatalf("str %d: %v %q, want %q", i, v.Type().Name, StrValue(v), want[i])
		}
	}
	for i, s := range texts {
		if s != wantTexts[i] {
			t.Fatalf("text %d: %q, want %q", i, s, wantTexts[i])
		}
	}
}

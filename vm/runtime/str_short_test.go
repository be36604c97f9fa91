package runtime

import (
	"strconv"
	"testing"
)

// This file tests strShortTable: which concatenations and slices share a
// str, and that a shared str is complete (never written after).

func TestStrShortSharesCompleteStrs(t *testing.T) {
	th := newTestThread()
	a, b := NewStr("fox"), NewStr("es")
	x, err := Binary(th, OpAdd, a, b)
	if err != nil {
		t.Fatal(err)
	}
	y, _ := Binary(th, OpAdd, a, b)
	if !Is(x, y) || StrValue(x) != "foxes" {
		t.Errorf("fox + es: %q and %q, same object %v", StrValue(x), StrValue(y), Is(x, y))
	}
	s := as[Str](x)
	if !s.knownASCII() || int64(s.meta>>strHashShift) != strHash("foxes") {
		t.Errorf("a cached str is published without its flags or hash (meta %#x)", s.meta)
	}
	w := strShort(th, "caf", "é", false)
	if w.meta&strWide == 0 || w.knownASCII() || w.runeCount() != 4 {
		t.Errorf("non-ASCII short str: meta %#x, %d code points", w.meta, w.runeCount())
	}
	long := strShort(th, "0123456789", "abcdef", true)
	if long.text() != "0123456789abcdef" || strShort(th, "0123456789abcdef", "", false) != long {
		t.Error("a 16-byte text is not cached")
	}
	src := NewStr("total = alpha + alpha;")
	s1, _ := GetItem(th, src, NewSlice(Int(8), Int(13), None))
	s2, _ := GetItem(th, src, NewSlice(Int(16), Int(21), None))
	if !Is(s1, s2) || StrValue(s1) != "alpha" {
		t.Errorf("src[8:13], src[16:21]: %q and %q, same object %v", StrValue(s1), StrValue(s2), Is(s1, s2))
	}
	if as[Str](s1).p == as[Str](src).p {
		t.Error("a cached slice shares its source's text")
	}
}

// "item-" + str(i): short results that never repeat, string_build's.
func BenchmarkStrConcatShortDistinct(b *testing.B) {
	th := newTestThread()
	prefix := NewStr("item-")
	nums := make([]Value, 1<<16)
	for i := range nums {
		nums[i] = NewStr(strconv.Itoa(i * 7))
	}
	strBenchLoop(b, func(i int) {
		if _, err := Binary(th, OpAdd, prefix, nums[i&(len(nums)-1)]); err != nil {
			b.Fatal(err)
		}
	})
}

func TestStrShortRestsWhenTextsNeverRepeat(t *testing.T) {
	th := newTestThread()
	for i := 0; i < strShortProbe; i++ {
		strShort(th, "item-", strconv.Itoa(i), true)
	}
	if th.strShort.rest != strShortRest {
		t.Fatalf("rest %d after %d distinct texts", th.strShort.rest, strShortProbe)
	}
	a, b := strShort(th, "ab", "c", true), strShort(th, "ab", "c", true)
	if a == b || !a.knownASCII() || a.text() != "abc" {
		t.Errorf("a resting table shared %q", a.text())
	}
	th.strShort.rest = 0
	for i := 0; i < strShortProbe; i++ {
		strShort(th, "fox", "es", true)
	}
	if th.strShort.rest != 0 {
		t.Error("a table whose texts repeat rests")
	}
}

package runtime

import (
	"strings"
	"testing"
)

// CPU and allocations per operation of the str- and dict-heavy paths of
// bench/word_count, string_build, tokenizer and json_loads (run with
// -benchmem). They go through the protocol entry points the interpreter
// calls, so that they measure the same code before and after a change of
// the functions behind them.

// strBenchLoop runs op b.N times and reports, besides allocations, the
// process's CPU time per op (collector included; see genBenchCPU).
func strBenchLoop(b *testing.B, op func(i int)) {
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := genBenchCPU()
	for i := 0; i < b.N; i++ {
		op(i)
	}
	b.ReportMetric(float64(genBenchCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// benchStrWords are short words, the keys of word_count's dicts.
var benchStrWords = func() []Value {
	words := []string{"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "sleeps", "while"}
	out := make([]Value, len(words))
	for i, w := range words {
		out[i] = NewStr(w)
	}
	return out
}()

// a + " ": a short result, one allocation.
func BenchmarkStrConcatShort(b *testing.B) {
	th := newTestThread()
	sp := NewStr(" ")
	strBenchLoop(b, func(i int) {
		if _, err := Binary(th, OpAdd, benchStrWords[i%len(benchStrWords)], sp); err != nil {
			b.Fatal(err)
		}
	})
}

// "%s:%d;" % (s, n), string_build's formatting.
func BenchmarkStrPercentTwoArgs(b *testing.B) {
	th := newTestThread()
	format := NewStr("%s:%d;")
	args := NewTuple([]Value{NewStr("ITEM-12345"), Int(10)})
	strBenchLoop(b, func(i int) {
		if _, err := Binary(th, OpMod, format, args); err != nil {
			b.Fatal(err)
		}
	})
}

// json_loads' twelve-argument record template.
func BenchmarkStrPercentRecord(b *testing.B) {
	th := newTestThread()
	format := NewStr(`{"id": %d, "name": "user-%d", "score": %d.%d, "active": %s, "tags": ["t%d", "g%d"], "geo": {"lat": %d.25, "lon": -%d.5e-1}, "notes": %s, "nums": [%d, %d]}`)
	args := NewTuple([]Value{Int(1), Int(2), Int(3), Int(4), NewStr("true"), Int(5), Int(6), Int(7), Int(8), NewStr("null"), Int(9), Int(10)})
	strBenchLoop(b, func(i int) {
		if _, err := Binary(th, OpMod, format, args); err != nil {
			b.Fatal(err)
		}
	})
}

// " ".join(list of 10 words).
func BenchmarkStrJoinList(b *testing.B) {
	th := newTestThread()
	sep, list := NewStr(" "), NewList(benchStrWords)
	strBenchLoop(b, func(i int) {
		if _, err := CallMethod(th, sep, "join", list); err != nil {
			b.Fatal(err)
		}
	})
}

// int("12345"), the tokenizer's numbers.
func BenchmarkStrToInt(b *testing.B) {
	th := newTestThread()
	arg := []Value{NewStr("12345")}
	strBenchLoop(b, func(i int) {
		if _, err := Call(th, ValueOf(IntType), arg, nil); err != nil {
			b.Fatal(err)
		}
	})
}

// f"{i}": the FORMAT of an int with no spec.
func BenchmarkStrFormatInt(b *testing.B) {
	th := newTestThread()
	strBenchLoop(b, func(i int) {
		if _, err := formatField(th, Int(int64(i)), ""); err != nil {
			b.Fatal(err)
		}
	})
}

// BUILDSTRING of an f-string's four parts.
func BenchmarkStrBuildString(b *testing.B) {
	parts := []Value{NewStr("item-"), NewStr("12345"), NewStr(":"), NewStr("10;")}
	strBenchLoop(b, func(i int) {
		buildString(parts)
	})
}

// d[word] += 1 on a dict of short str keys: a get and a set.
func BenchmarkDictStrCount(b *testing.B) {
	th := newTestThread()
	d := ValueOf(NewDict())
	for _, w := range benchStrWords {
		if err := SetItem(th, d, w, Int(0)); err != nil {
			b.Fatal(err)
		}
	}
	strBenchLoop(b, func(i int) {
		w := benchStrWords[i%len(benchStrWords)]
		n, err := GetItem(th, d, w)
		if err != nil {
			b.Fatal(err)
		}
		if err := SetItem(th, d, w, Int(n.SmallInt()+1)); err != nil {
			b.Fatal(err)
		}
	})
}

// "abc" == "abd" through the comparison slot.
func BenchmarkStrEqual(b *testing.B) {
	th := newTestThread()
	x, y := NewStr("abc"), NewStr("abd")
	strBenchLoop(b, func(i int) {
		if _, err := Compare(th, CmpEQ, x, y); err != nil {
			b.Fatal(err)
		}
	})
}

// s[i] on a non-ASCII str: the code points come from strWideCache.
func BenchmarkStrIndexNonASCII(b *testing.B) {
	th := newTestThread()
	s := NewStr(strings.Repeat("aé€", 100))
	strBenchLoop(b, func(i int) {
		if _, err := GetItem(th, s, Int(int64(i%300))); err != nil {
			b.Fatal(err)
		}
	})
}

// len(s) of a non-ASCII str.
func BenchmarkStrLenNonASCII(b *testing.B) {
	th := newTestThread()
	s := NewStr(strings.Repeat("aé€", 100))
	strBenchLoop(b, func(i int) {
		if _, err := Len(th, s); err != nil {
			b.Fatal(err)
		}
	})
}

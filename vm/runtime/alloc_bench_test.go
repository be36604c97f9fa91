package runtime

import "testing"

// Allocation counts of the object-building paths that dominate the
// string, dict and tuple benchmarks of bench/ (run with -benchmem): each
// allocation is also work for the collector, which is a third of the CPU
// time of those programs.

// str(12345): the digits and their str; nothing for the call itself.
func BenchmarkAllocStrOfInt(b *testing.B) {
	th := newTestThread()
	arg := []Value{Int(12345)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Call(th, ValueOf(StrType), arg, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// "a longer key, " + "value": the str and its bytes in one allocation.
func BenchmarkAllocStrConcat(b *testing.B) {
	x, y := NewStr("a longer key, "), NewStr("value")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := strBinOp(nil, OpAdd, x, y); err != nil {
			b.Fatal(err)
		}
	}
}

// "w%d" % 12: the result; no big.Int and no []rune of the format.
func BenchmarkAllocPercentInt(b *testing.B) {
	th := newTestThread()
	args := Int(12)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := strPercentFormat(th, "w%d", args); err != nil {
			b.Fatal(err)
		}
	}
}

// "7".isdigit(): no allocation.
func BenchmarkAllocStrIsDigit(b *testing.B) {
	th := newTestThread()
	s := NewStr("7")
	m, err := GetAttr(th, s, "isdigit")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Call(th, m, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// The pair zip() and dict.items() produce: one allocation.
func BenchmarkAllocTuplePair(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		NewTuple2(Int(1), Int(2))
	}
}

// math.sin and math.cos: CPU per call (no allocation).
func BenchmarkSinCos(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += glibcSin(float64(i%1000)+0.5) + glibcCos(float64(i%1000)+0.5)
	}
	_ = x
}

package runtime

import (
	"math/big"
	"testing"
)

// The allocation paths that carry an allocation-profiling hook, with
// profiling off: each hook is one load and a branch never taken, which
// these benchmarks show costs nothing next to the allocation (compare
// with the same benchmarks before the hooks; docs/profiler.md).

var profBenchSink Value

func BenchmarkProfAllocOffStr(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = NewStr("a short string")
	}
}

func BenchmarkProfAllocOffStrConcat(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = ValueOf(newStrConcat("a longer key, ", "value"))
	}
}

func BenchmarkProfAllocOffList(b *testing.B) {
	items := []Value{Int(1), Int(2)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = NewList(items)
	}
}

func BenchmarkProfAllocOffDict(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = ValueOf(NewDict())
	}
}

func BenchmarkProfAllocOffTuple(b *testing.B) {
	items := []Value{Int(1), Int(2), Int(3)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = NewTupleCopy(items)
	}
}

func BenchmarkProfAllocOffBigInt(b *testing.B) {
	x := new(big.Int).Lsh(big.NewInt(1), 100)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = MakeInt(x)
	}
}

func BenchmarkProfAllocOffInstance(b *testing.B) {
	th := newTestThread()
	globals := NewDict()
	if _, err := ExecSource(th, "bench.py", []byte("class P:\n    pass\n"), "exec", globals, nil); err != nil {
		b.Fatal(err)
	}
	cls, _ := globals.GetStr("P")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v, err := Call(th, cls, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		profBenchSink = v
	}
}

func BenchmarkProfAllocOffSet(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = ValueOf(NewSet())
	}
}

func BenchmarkProfAllocOffCell(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = ValueOf(NewCell(None))
	}
}

func BenchmarkProfAllocOffDictSized(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = ValueOf(NewDictSized(4))
	}
}

func BenchmarkProfAllocOffDictCopy(b *testing.B) {
	d := NewDict()
	d.SetStr("a", Int(1))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		profBenchSink = ValueOf(d.Copy())
	}
}

package json

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// benchLoadsText is n records of bench/json_loads.py's shape: eight keys,
// two short lists, a nested object, escaped strings, ints and floats.
func benchLoadsText(n int) string {
	var b strings.Builder
	b.WriteString(`{"version": 3, "records": [`)
	seed := 4242
	for i := 0; i < n; i++ {
		seed = (seed*1103515245 + 12345) & 0x7fffffff
		if i > 0 {
			b.WriteString(",\n")
		}
		notes := "null"
		if seed%4 == 0 {
			notes = `"a \"quoted\" line"`
		}
		fmt.Fprintf(&b, `{"id": %d, "name": "user-%d", "score": %d.%d, "active": %t, `+
			`"tags": ["t%d", "g%d", "\u00fc\n"], "geo": {"lat": %d.25, "lon": -%d.5e-1}, `+
			`"notes": %s, "nums": [%d, %d, %d]}`,
			i, seed%100000, seed%1000, seed%97, seed%3 != 0, seed%17, seed%5, seed%90, seed%180,
			notes, seed%7, seed%11, seed%13)
	}
	b.WriteString("]}")
	return b.String()
}

// BenchmarkLoadsRecords decodes 5000 records of json_loads' shape:
// allocations and CPU per document (cpu-ns/op, the process's CPU time,
// collector included).
func BenchmarkLoadsRecords(b *testing.B) {
	th := rt.NewInterpreter(rt.Options{}).MainThread()
	text := benchLoadsText(5000)
	b.SetBytes(int64(len(text)))
	benchLoop(b, func() { decodeForTest(b, th, text) })
}

// BenchmarkDumpsRecords encodes the same document back, compact, with
// sort_keys, and with indent.
func BenchmarkDumpsRecords(b *testing.B) {
	th := rt.NewInterpreter(rt.Options{}).MainThread()
	doc := decodeForTest(b, th, benchLoadsText(5000))
	for _, mode := range []struct {
		name         string
		indent, sort rt.Value
	}{{"compact", rt.None, rt.False}, {"sort_keys", rt.None, rt.True}, {"indent", rt.Int(2), rt.False}} {
		b.Run(mode.name, func(b *testing.B) {
			args := []rt.Value{doc, rt.False, rt.True, rt.True, rt.True, mode.indent,
				rt.NewStr(", "), rt.NewStr(": "), rt.None, mode.sort}
			benchLoop(b, func() {
				if _, err := jsonEncode(th, args, nil); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

func benchLoop(b *testing.B, op func()) {
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		op()
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// processCPU is the process's CPU time in nanoseconds.
func processCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

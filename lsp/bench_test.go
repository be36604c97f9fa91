// Benchmarks: re-diagnosing a 5,000-line file after a change must take
// well under 50 ms, through the whole stack (JSON-RPC, incremental edit,
// parse, resolve, publish).

package lsp

import (
	"fmt"
	"strings"
	"testing"
)

// bigProgram returns a Python program of about n lines.
func bigProgram(n int) string {
	var b strings.Builder
	for i := 0; strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, `class Shape%d:
    """A shape."""
    sides = %d

    def __init__(self, name, size=1.0):
        self.name = name
        self.size = size

    def area(self):
        total = 0.0
        for i in range(self.sides):
            total += self.size * i
        return total

def make%d(n):
    shapes = [Shape%d(str(k)) for k in range(n)]
    with open("out%d.txt", "w") as f:
        for s in shapes:
            f.write(f"{s.name}: {s.area()}\n")
    return {s.name: s for s in shapes if s.sides > 2}

`, i, i%7, i, i, i)
	}
	return b.String()
}

// BenchmarkRediagnose5000Lines measures didChange → publishDiagnostics on
// a 5,000-line file, alternating an edit that breaks the syntax and one
// that repairs it.
func BenchmarkRediagnose5000Lines(b *testing.B) {
	src := bigProgram(5000)
	c := startServer(b, b.TempDir(), Options{})
	c.initialize(nil)
	uri := c.open("big.py", src)
	line := strings.Count(src, "\n") / 2
	waitFor := func(n int) {
		for {
			<-c.changed
			if len(c.diagnostics(uri)) == n {
				return
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := int32(i + 2)
		if i%2 == 0 {
			c.change(uri, v, rangeChange(line, 0, line, 0, "(\n"))
			waitFor(1)
		} else {
			c.change(uri, v, rangeChange(line, 0, line+1, 0, ""))
			waitFor(0)
		}
	}
}

// BenchmarkAnalyze5000Lines is the parse and resolve part alone.
func BenchmarkAnalyze5000Lines(b *testing.B) {
	src := bigProgram(5000)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		d := newDocument("file:///big.py", 1, src)
		staticDiagnostics(d, encodingUTF16)
	}
}

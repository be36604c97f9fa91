package runtime

// Benchmarks of the generator paths that bench/collections_heapq.py and
// bench/generators.py spend their time in: making a generator, resuming
// it from a for loop and from next(), and letting it finish. Run with
// -benchmem; every allocation is also work for Go's collector.

import (
	"syscall"
	"testing"
)

// genBenchSetup runs src (which defines the functions the benchmark
// calls) and returns the thread and the module's globals.
func genBenchSetup(b *testing.B, src string) (*Thread, *Dict) {
	b.Helper()
	th := newTestThread()
	globals := NewDict()
	globals.SetStr("__name__", NewStr("__main__"))
	if _, err := ExecSource(th, "<bench>", []byte(src), "exec", globals, nil); err != nil {
		b.Fatal(err)
	}
	return th, globals
}

// genBenchCall calls the module function name with an int argument b.N
// is spread over by the function itself (so per-op figures are per
// generator or per resumption).
func genBenchCall(b *testing.B, src, name string, perCall int) {
	th, globals := genBenchSetup(b, src)
	fn, _ := globals.GetStr(name)
	arg := []Value{Int(int64(perCall))}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := genBenchCPU()
	for i := 0; i < b.N; i += perCall {
		if _, err := Call(th, fn, arg, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(genBenchCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// genBenchCPU is the process's CPU time (user + system) in nanoseconds,
// collector included: on a machine shared with other work the wall time
// of ns/op measures the load as much as the code.
func genBenchCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

const genBenchNeighbours = `
def neighbours(i):
    x, y = divmod(i, 120)
    if x > 0: yield i - 120
    if x < 119: yield i + 120
    if y > 0: yield i - 1
    if y < 119: yield i + 1

def make(n):
    for i in range(n):
        for v in neighbours(i % 14400):
            pass

def count(n):
    def g():
        i = 0
        while i < n:
            yield i
            i += 1
    t = 0
    for x in g():
        t += x
    return t

def nexts(n):
    def g():
        while True:
            yield 1
    it = g()
    for _ in range(n):
        next(it)

def sums(n):
    xs = [1, 2, 3]
    for i in range(n):
        sum(x for x in xs)

def empty(n):
    def g():
        return
        yield
    for i in range(n):
        next(g(), None)
`

// One generator made, resumed four or five times by a for loop and
// finished: the inner loop of the Dijkstra and the BFS.
func BenchmarkGeneratorMakeAndExhaust(b *testing.B) {
	genBenchCall(b, genBenchNeighbours, "make", 1000)
}

// for x in gen(): the cost of one resumption from FOR_ITER.
func BenchmarkGeneratorForLoop(b *testing.B) {
	genBenchCall(b, genBenchNeighbours, "count", 10000)
}

// next(it): one resumption through the builtin.
func BenchmarkGeneratorNext(b *testing.B) {
	genBenchCall(b, genBenchNeighbours, "nexts", 10000)
}

// next(gen(), None) on a generator that returns at once: creation and
// the StopIteration next() with a default swallows.
func BenchmarkGeneratorEmptyNextDefault(b *testing.B) {
	genBenchCall(b, genBenchNeighbours, "empty", 1000)
}

// sum(x for x in xs): a generator expression a builtin consumes, made
// and exhausted once per op.
func BenchmarkGeneratorExprSum(b *testing.B) {
	genBenchCall(b, genBenchNeighbours, "sums", 1000)
}

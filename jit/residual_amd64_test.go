package jit

// Leaving compiled code from a residual call, on the native backend: an
// exception raised by the instruction (traceback at its line, side
// effects once), a result of another kind, a branch on objects going the
// other way. Each program's output is compared with the interpreter's and
// the loop must have run as compiled code with its calls.

import (
	"testing"
)

func TestResidualLeavesCompiledCode(t *testing.T) {
	x86NativeForTest(t)
	progs := map[string]string{
		"raise": `
import traceback
log = []
class Boom:
    def __init__(self, i):
        log.insert(len(log), i)  # a residual call: Boom(i) stays one too
        if i == 4000:
            raise ValueError(i)
        self.i = i
def make(n):
    t = 0
    for i in range(n):
        t += Boom(i).i
        t += i * 3 % 7 + i * 5 % 11 + i * 7 % 13 + i * 11 % 17
    return t
try:
    make(5000)
except ValueError:
    print(len(log), log[-3:])
    print(traceback.format_exc())
`,
		"kind": `
def f(n):
    d = {}
    t = 0
    for i in range(n):
        v = d.get(i % 50)
        if v is None:
            d[i % 50] = i
        else:
            t += v
        if i == 3000:
            d[7] = 2.5
    return t
print(f(5000))
`,
		"branch": `
class V:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x
def f(n):
    lo, hi = V(10), V(20)
    t = 0
    for i in range(n):
        if lo < hi:
            t += 1
        else:
            t -= 1
        if i == 2500:
            lo.x = 30
        t += i * 3 % 7 + i * 5 % 11 + i * 7 % 13 + i * 11 % 17
    return t
print(f(5000))
`,
	}
	for name, src := range progs {
		t.Run(name, func(t *testing.T) {
			want, _ := runPy(t, src, false)
			got, j := runPyResidual(src, nativeBackend, 0)
			if got != want {
				t.Fatalf("got\n%s\nwant\n%s", got, want)
			}
			calls := countKeptOps(j, Opcode.IsCall)
			if calls == 0 || j.stats.Entries == 0 {
				t.Fatalf("%d residual calls compiled, %d entries", calls, j.stats.Entries)
			}
		})
	}
}

package jit

// The differential fuzzer of residual calls: random loops over dicts,
// strs, slices, tuples, lists, instances and exceptions caught inside the
// loop, run interpreted and with the JIT on the native backend at
// threshold 1 with residual_cost=0 (every residual call compiled), whose
// outputs must match. TestFuzzResidual runs a fixed number of seeds;
// KILN_JIT_FUZZ_SECONDS=N keeps generating for N seconds. A failing
// program is printed: add it to testdata/run/ as jit_residual_*.py.

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
)

// residualStmts are the loop body statements the generator picks from;
// "M" and "R" become small ints.
var residualStmts = []string{
	"d[k] = d.get(k, 0) + i % M",
	"k = s[i % len(s)]",
	"k = str(i % M)",
	"t = (i, s[i % 3:i % 3 + R])\n        acc += len(t[1]) + t[0] % 5",
	"lst.append(i % M)\n        if len(lst) > 20:\n            lst.pop(0)",
	"p = P(i % M)\n        acc += p.x",
	"if k in d:\n            acc += 1",
	"if p == q:\n            acc += 3",
	"x = x + k\n        x = x[-R:]",
	"try:\n            acc += d2[str(i % M)]\n        except KeyError:\n            acc -= 1",
	"acc += p.twice()",
	"if lst:\n            acc += lst[-1]",
	"acc += len(d) + len(x)",
	"q = P(acc % R)",
	"acc = acc % 1000003",
	"if i % M == R:\n            d = {}",
	"w = [i, k]\n        acc += len(w)",
	"acc += P(i).x if i % M == 0 else R",
}

const residualPrologue = `
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def twice(self):
        return self.x * 2

def run(n):
    d = {}
    d2 = {str(j): j for j in range(0, 11, 2)}
    s = "abcdefgh"
    lst = [0]
    x = ""
    k = "a"
    p = P(0)
    q = P(1)
    acc = 0
    for i in range(n):
`

func residualProgram(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(residualPrologue)
	for n := 2 + r.Intn(6); n > 0; n-- {
		st := residualStmts[r.Intn(len(residualStmts))]
		st = strings.ReplaceAll(st, "M", strconv.Itoa(2+r.Intn(9)))
		st = strings.ReplaceAll(st, "R", strconv.Itoa(1+r.Intn(4)))
		b.WriteString("        " + st + "\n")
	}
	b.WriteString("    return acc, sorted(d.items())[:5], lst[-3:], x, p.x, q.x\n")
	fmt.Fprintf(&b, "print(run(%d))\nprint(run(%d))\n", 50+r.Intn(400), 3+r.Intn(5))
	return b.String()
}

func TestFuzzResidual(t *testing.T) {
	x86NativeForTest(t)
	seeds, deadline := fuzzSeeds(40, 40, "KILN_JIT_FUZZ_SECONDS")
	for seed := 0; seed < seeds; seed++ {
		if !deadline.IsZero() && time.Now().After(deadline) {
			break
		}
		src := residualProgram(rand.New(rand.NewSource(int64(seed))))
		want, _ := runPy(t, src, false)
		got, _ := runPyResidual(src, nativeBackend, 0)
		if got != want {
			t.Fatalf("seed %d: JIT output differs\n--- program\n%s\n--- interpreted\n%s\n--- JIT\n%s", seed, src, want, got)
		}
	}
}

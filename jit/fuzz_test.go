package jit

// The differential fuzzer: random small Python loop programs (ints,
// floats, branches, overflow, lists, inlined calls) run interpreted and
// with the JIT on the reference executor at threshold 1 (bridges after 3
// failures), and their outputs must match. TestFuzzLoops runs a fixed
// number of seeds; KILN_JIT_FUZZ_SECONDS=N keeps generating for N seconds
// (the long run); KILN_JIT_FUZZ_NATIVE=1 runs the JIT on the native
// backend instead of the reference executor. A failing program is printed: add it to
// jit/testdata/fuzz/ (kept as regression tests by TestFuzzRegressions).

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

type progGen struct {
	r     *rand.Rand
	b     strings.Builder
	depth int
}

func (g *progGen) intExpr(d int) string {
	leaf := []string{"a", "c", "i", strconv.Itoa(g.r.Intn(20) - 5), "xs[i % 5]", "len(xs)", "ord(s[i % 7])", "len(s)",
		"dd.get(i % 9, 7)"} // dicts by int keys: helper.go
	if d <= 0 || g.r.Intn(3) == 0 {
		return leaf[g.r.Intn(len(leaf))]
	}
	x, y := g.intExpr(d-1), g.intExpr(d-1)
	switch g.r.Intn(12) {
	case 10:
		return fmt.Sprintf("(%s << %d)", x, g.r.Intn(4))
	case 11:
		// divmod taken apart at once (record_divmod.go).
		return fmt.Sprintf("dm(%s, %d)", x, []int{7, 1, 13, -3}[g.r.Intn(4)])
	case 0:
		return fmt.Sprintf("(%s + %s)", x, y)
	case 1:
		return fmt.Sprintf("(%s - %s)", x, y)
	case 2:
		return fmt.Sprintf("(%s * %s)", x, y)
	case 3:
		return fmt.Sprintf("(%s %% %d)", x, g.r.Intn(9)+1)
	case 4:
		return fmt.Sprintf("(%s // %d)", x, g.r.Intn(9)+1)
	case 5:
		return fmt.Sprintf("(%s & %s)", x, y)
	case 6:
		return fmt.Sprintf("(%s ^ %s)", x, y)
	case 7:
		return fmt.Sprintf("(%s >> %d)", x, g.r.Intn(5))
	case 8:
		return fmt.Sprintf("g(%s, %s)", x, y)
	default:
		return fmt.Sprintf("(%s * %d)", x, []int{3, 1000003, 1 << 40, -7}[g.r.Intn(4)])
	}
}

func (g *progGen) floatExpr(d int) string {
	leaf := []string{"b", "0.5", "1.25", "i * 0.1", "float(a % 100)"}
	if d <= 0 || g.r.Intn(3) == 0 {
		l := leaf[g.r.Intn(len(leaf))]
		if l == "float(a % 100)" {
			l = "(a % 100) * 1.0"
		}
		return l
	}
	x, y := g.floatExpr(d-1), g.floatExpr(d-1)
	switch g.r.Intn(6) {
	case 0:
		return fmt.Sprintf("(%s + %s)", x, y)
	case 1:
		return fmt.Sprintf("(%s - %s)", x, y)
	case 2:
		return fmt.Sprintf("(%s * %s)", x, y)
	case 3:
		return fmt.Sprintf("(%s / (%s + 3.0))", x, "b * b")
	case 4:
		return fmt.Sprintf("math.sqrt(%s * %s + 1.0)", x, x)
	default:
		return fmt.Sprintf("math.sin(%s)", x)
	}
}

func (g *progGen) cond() string {
	ops := []string{"<", "<=", "==", "!=", ">", ">="}
	switch g.r.Intn(4) {
	case 3:
		// Reads of a str's characters (record_str.go).
		return []string{`s[i % 7] == " "`, `s[i % 7].isdigit()`, `s[-1 - i % 7] in "ab;"`, `s[i % 7] != s[0]`, `s[i % 7].isalpha()`}[g.r.Intn(5)]
	case 0:
		return fmt.Sprintf("%s %s %s", g.intExpr(1), ops[g.r.Intn(6)], g.intExpr(1))
	case 1:
		if g.r.Intn(3) == 0 {
			return fmt.Sprintf("%s %% 11 in dd", g.intExpr(1))
		}
		return fmt.Sprintf("i %% %d == %d", g.r.Intn(5)+2, g.r.Intn(2))
	}
	return fmt.Sprintf("b %s %s", ops[g.r.Intn(6)], g.floatExpr(1))
}

func (g *progGen) stmt(indent string) {
	switch g.r.Intn(8) {
	case 0, 1:
		fmt.Fprintf(&g.b, "%sa = %s\n", indent, g.intExpr(2))
	case 2:
		fmt.Fprintf(&g.b, "%sb = %s\n", indent, g.floatExpr(2))
	case 3:
		fmt.Fprintf(&g.b, "%sc += %s\n", indent, g.intExpr(2))
	case 4:
		fmt.Fprintf(&g.b, "%sxs[%s %% 5] = %s %% 100003\n", indent, g.intExpr(1), g.intExpr(1))
	case 5:
		if g.r.Intn(2) == 0 {
			fmt.Fprintf(&g.b, "%sdd[%s %% 9] = %s %% 1000\n", indent, g.intExpr(1), g.intExpr(1))
			return
		}
		fmt.Fprintf(&g.b, "%sa = a %% 1000003\n", indent)
	default:
		if g.depth > 1 {
			fmt.Fprintf(&g.b, "%sc -= 1\n", indent)
			return
		}
		g.depth++
		fmt.Fprintf(&g.b, "%sif %s:\n", indent, g.cond())
		g.stmt(indent + "    ")
		if g.r.Intn(2) == 0 {
			fmt.Fprintf(&g.b, "%selse:\n", indent)
			g.stmt(indent + "    ")
		}
		g.depth--
	}
}

// genGenerator writes gen(n, xs), a generator with random statements
// and one to three yields of ints (or, sometimes, a float) in its loop.
func (g *progGen) genGenerator() {
	g.b.WriteString("def gen(n, xs):\n    a = 1\n    b = 0.5\n    c = 0\n    s = S\n    dd = {1: 2, 4: -1}\n")
	if g.r.Intn(2) == 0 {
		g.b.WriteString("    for i in range(n):\n")
	} else {
		g.b.WriteString("    i = 0\n    while i < n:\n        i += 1\n")
	}
	yields := []string{"i", "a", "c % 97", "i * 3 - a % 5"}
	for k := g.r.Intn(3) + 1; k > 0; k-- {
		g.stmt("        ")
		switch g.r.Intn(4) {
		case 0:
			fmt.Fprintf(&g.b, "        if %s:\n            yield %s\n", g.cond(), yields[g.r.Intn(len(yields))])
		case 1:
			fmt.Fprintf(&g.b, "        if i == %d:\n            yield b\n", g.r.Intn(60))
		default:
			fmt.Fprintf(&g.b, "        yield %s\n", yields[g.r.Intn(len(yields))])
		}
	}
	g.b.WriteString("        a = a % 1000000007\n        c = c % 1000000007\n")
	if g.r.Intn(3) == 0 {
		fmt.Fprintf(&g.b, "        if i == %d:\n            xs[0] = xs[0] // (i - %d)\n", g.r.Intn(200), g.r.Intn(200))
	}
	g.b.WriteString("\n")
}

// genProgram returns a random loop program.
func genProgram(seed int64) string {
	g := &progGen{r: rand.New(rand.NewSource(seed))}
	g.b.WriteString("import math\n\ndef g(x, y):\n    return x - y * 2 + 1\n\n")
	g.b.WriteString("def dm(x, y):\n    q, r = divmod(x, y)\n    return q * 5 + r\n\n")
	// An ASCII str, or one that is not (its reads leave compiled code).
	fmt.Fprintf(&g.b, "S = %q\n\n", []string{"ab1 ;Zq", "9 x_;(b", "ab1 ;Z\u00e9"}[g.r.Intn(3)])
	g.b.WriteString("class Box:\n    def __init__(self, k):\n        self.v = k\n        self.w = k * 0.5\n\n")
	g.b.WriteString("    def get(self, d):\n        return self.v * 2 + d\n\n")
	g.genGenerator()
	g.b.WriteString("def f(n, xs):\n    a = 1\n    b = 0.5\n    c = 0\n    s = S\n    dd = {1: 2, 4: -1}\n")
	switch g.r.Intn(6) {
	case 4:
		// A for loop over a generator (record_gen.go).
		g.b.WriteString("    for i in gen(n, xs):\n")
	case 5:
		// Short loops over generators nested in the loop: made,
		// resumed and finished in the trace.
		fmt.Fprintf(&g.b, "    for j in range(n):\n      for i in gen(j %% %d + 1, xs):\n", g.r.Intn(7)+1)
	case 0:
		g.b.WriteString("    for i in range(n):\n")
	case 1:
		g.b.WriteString("    i = 0\n    while i < n:\n        i += 1\n")
	case 2:
		// Objects from a list: attribute reads, stores and a method.
		fmt.Fprintf(&g.b, "    ps = [Box(k) for k in range(n)]\n    if n > 7:\n        ps[n - %d] = Box(0.5)\n", g.r.Intn(7)+1)
		g.b.WriteString("    for p in ps:\n        i = p.v\n")
		for k := g.r.Intn(3); k >= 0; k-- {
			switch g.r.Intn(4) {
			case 0:
				fmt.Fprintf(&g.b, "        p.v = (p.v + %s) %% 1000\n", g.intExpr(1))
			case 1:
				g.b.WriteString("        b = b + p.w\n")
			case 2:
				fmt.Fprintf(&g.b, "        c += p.get(%s)\n", g.intExpr(1))
			default:
				g.b.WriteString("        p.w /= 2.0\n")
			}
		}
	default:
		// A list (or tuple) of ints, then a float among them sometimes.
		seq := "list"
		if g.r.Intn(2) == 0 {
			seq = "tuple"
		}
		fmt.Fprintf(&g.b, "    ys = %s(range(n))\n", seq)
		if g.r.Intn(2) == 0 {
			fmt.Fprintf(&g.b, "    ys = ys + %s([2.5])\n", seq)
		}
		g.b.WriteString("    for i in ys:\n")
	}
	for k := g.r.Intn(5) + 1; k > 0; k-- {
		g.stmt("        ")
	}
	// Keep the ints from growing without bound (overflow happens inside
	// an iteration all the same).
	g.b.WriteString("        a = a % 1000000007\n        c = c % 1000000007\n")
	g.b.WriteString("    return a, b, c, xs\n\n")
	fmt.Fprintf(&g.b, "for n in (%d, %d):\n", g.r.Intn(50)+1, g.r.Intn(3000)+200)
	g.b.WriteString("    try:\n        print(f(n, [3, 1, 4, 1, 5]))\n")
	g.b.WriteString("    except Exception as e:\n        print(type(e).__name__, e)\n")
	return g.b.String()
}

// runFuzz runs src interpreted and with the JIT; it returns a non-empty
// report if they differ.
func runFuzz(src string) string {
	run := func(jit bool) string {
		var out bytes.Buffer
		opts := runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}}
		if jit {
			p := DefaultParams()
			p.Threshold, p.TraceEagerness = 1, 3
			j := New(p, nil)
			if os.Getenv("KILN_JIT_FUZZ_NATIVE") == "" || nativeBackend == nil {
				j.SetBackend(IRExec{})
			}
			opts.JIT = j
		}
		vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, opts)
		return out.String()
	}
	want, got := run(false), run(true)
	if want != got {
		return fmt.Sprintf("program:\n%s\n--- interpreted\n%s--- jit\n%s", src, want, got)
	}
	return ""
}

// fuzzSeeds returns how many programs a fuzz test generates: seeds, or
// short under -short; with secondsVar=N in the environment, as many as N
// seconds allow (until deadline).
func fuzzSeeds(seeds, short int, secondsVar string) (int, time.Time) {
	if testing.Short() {
		seeds = short
	}
	if s, err := strconv.Atoi(os.Getenv(secondsVar)); err == nil {
		return 1 << 30, time.Now().Add(time.Duration(s) * time.Second)
	}
	return seeds, time.Time{}
}

func TestFuzzLoops(t *testing.T) {
	seeds, deadline := fuzzSeeds(150, 30, "KILN_JIT_FUZZ_SECONDS")
	for seed := int64(1); seed <= int64(seeds); seed++ {
		if !deadline.IsZero() && time.Now().After(deadline) {
			t.Logf("%d programs", seed-1)
			break
		}
		if os.Getenv("KILN_JIT_FUZZ_VERBOSE") != "" {
			fmt.Fprintln(os.Stderr, "seed", seed)
		}
		if rep := runFuzz(genProgram(seed)); rep != "" {
			t.Fatalf("seed %d: %s", seed, rep)
		}
	}
}

// TestFuzzRegressions reruns the programs the fuzzer once failed on.
func TestFuzzRegressions(t *testing.T) {
	files, _ := filepath.Glob("testdata/fuzz/*.py")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if rep := runFuzz(string(src)); rep != "" {
			t.Errorf("%s: %s", file, rep)
		}
	}
}

package runtime

// This file tests the ports of glibc's sin, cos, tan, atan and atan2
// against files of glibc 2.36's results: "name x y result" lines of hex
// floats, as bench/cmath/libm_oracle.c prints them for the arguments
// bench/cmath/libm_cases.py draws (y is atan2's first argument and unused
// otherwise). Each test reads a committed sample; an environment variable
// names a larger file of the same format (the millions of arguments of
// the measurements in docs/stdlib.md).

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// glibcCaseFuncs maps the names of the case files to the ports.
var glibcCaseFuncs = map[string]func(x, y float64) float64{
	"sin": func(x, _ float64) float64 { return glibcSin(x) },
	"cos": func(x, _ float64) float64 { return glibcCos(x) },
}

// checkGlibcCases compares every line of path (or of the file that the
// environment variable env names) with the port of its function and
// fails on any difference in the bits; it returns the count per name.
func checkGlibcCases(t *testing.T, path, env string) map[string]int {
	t.Helper()
	if p := os.Getenv(env); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	counts, bad := map[string]int{}, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		fn := glibcCaseFuncs[p[0]]
		if len(p) != 4 || fn == nil {
			t.Fatalf("bad line %q", sc.Text())
		}
		var v [3]float64
		for i := range v {
			if v[i], err = strconv.ParseFloat(p[i+1], 64); err != nil {
				t.Fatal(err)
			}
		}
		if got := fn(v[0], v[1]); math.Float64bits(got) != math.Float64bits(v[2]) && !(math.IsNaN(got) && math.IsNaN(v[2])) {
			if bad++; bad <= 10 {
				t.Errorf("%s(%x, %x) = %x, glibc %x", p[0], v[0], v[1], got, v[2])
			}
		}
		counts[p[0]]++
	}
	if bad > 0 {
		t.Errorf("%d differ", bad)
	}
	t.Logf("%s: %v", path, counts)
	return counts
}

// TestSinCosMatchGlibc checks glibcSin and glibcCos on
// testdata/glibc_sincos.txt (KILN_SINCOS_CASES names another file).
func TestSinCosMatchGlibc(t *testing.T) {
	n := checkGlibcCases(t, "testdata/glibc_sincos.txt", "KILN_SINCOS_CASES")
	if n["sin"] < 1000 || n["cos"] < 1000 {
		t.Fatalf("too few cases: %v", n)
	}
	for _, x := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		if !math.IsNaN(glibcSin(x)) || !math.IsNaN(glibcCos(x)) {
			t.Errorf("sin/cos(%v) not NaN", x)
		}
	}
	if s := glibcSin(math.Copysign(0, -1)); s != 0 || !math.Signbit(s) {
		t.Errorf("sin(-0) = %v", s)
	}
}

// benchArgs are the arguments of the per-call benchmarks: a mix of the
// reduction paths (small, table, one pi/2 reduction, branred).
var benchArgs = func() []float64 {
	xs := make([]float64, 1024)
	for i := range xs {
		switch i % 8 {
		case 7:
			xs[i] = float64(i) * 1e10
		case 6:
			xs[i] = float64(i) * 0.001
		default:
			xs[i] = float64(i%1000) + 0.5
		}
	}
	return xs
}()

func benchLibm(b *testing.B, f func(float64) float64) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += f(benchArgs[i&1023])
	}
	_ = x
}

func BenchmarkGlibcSin(b *testing.B) { benchLibm(b, glibcSin) }
func BenchmarkGlibcCos(b *testing.B) { benchLibm(b, glibcCos) }

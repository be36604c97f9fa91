package runtime

// This file tests the ports of glibc's sin, cos, tan, atan, atan2 and log1p
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

// glibcCaseFuncs maps the names of the case files to the ports: each
// returns its result and whether it is glibc's own algorithm for that
// argument (false where glibc reads a table of searched points and the
// port falls back to a correctly rounded result).
var glibcCaseFuncs = map[string]func(x, y float64) (float64, bool){
	"sin":   func(x, _ float64) (float64, bool) { return glibcSin(x), true },
	"cos":   func(x, _ float64) (float64, bool) { return glibcCos(x), true },
	"tan":   tabulatedOr(glibcTanUntabulated, accurateTan),
	"atan":  tabulatedOr(glibcAtanUntabulated, accurateAtan),
	"atan2": func(x, y float64) (float64, bool) { return tabulatedOr2(y, x) },
	"log":   tabulatedOr(glibcLogUntabulated, accurateLog),
	"log1p": func(x, _ float64) (float64, bool) { return glibcLog1p(x), true },
}

// tabulatedOr returns the case function of a port with a table
// fallback.
func tabulatedOr(f func(float64) (float64, bool), fallback func(float64) float64) func(x, _ float64) (float64, bool) {
	return func(x, _ float64) (float64, bool) {
		_, ported := f(x)
		return untabulatedOr(f, fallback, x), ported
	}
}

func tabulatedOr2(y, x float64) (float64, bool) {
	_, ported := glibcAtan2Untabulated(y, x)
	return glibcAtan2(y, x), ported
}

// glibcCaseCounts counts, per function, the cases of a file: ported
// (glibc's algorithm), and fallback (glibc's table) with how many of
// those differ from glibc.
type glibcCaseCounts struct{ ported, fallback, fallbackDiffer int }

// checkGlibcCases compares every line of path (or of the file that the
// environment variable env names) with the port of its function. Where
// the port runs glibc's algorithm any difference in the bits fails;
// where it falls back, differences are counted and may be at most one
// ulp, in at most 1% of those cases.
func checkGlibcCases(t *testing.T, path, env string) map[string]*glibcCaseCounts {
	t.Helper()
	if p := os.Getenv(env); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	counts, bad := map[string]*glibcCaseCounts{}, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		fn := glibcCaseFuncs[p[0]]
		if len(p) != 4 || fn == nil {
			t.Fatalf("bad line %q", sc.Text())
		}
		var v [3]float64
		for i := range v {
			f := p[i+1]
			if f == "-nan" { // C's printf for a NaN with the sign bit
				f = "nan"
			}
			if v[i], err = strconv.ParseFloat(f, 64); err != nil {
				t.Fatal(err)
			}
		}
		c := counts[p[0]]
		if c == nil {
			c = &glibcCaseCounts{}
			counts[p[0]] = c
		}
		got, ported := fn(v[0], v[1])
		same := math.Float64bits(got) == math.Float64bits(v[2]) || math.IsNaN(got) && math.IsNaN(v[2])
		switch {
		case ported:
			c.ported++
		case same:
			c.fallback++
		default:
			c.fallback++
			c.fallbackDiffer++
			if math.Nextafter(got, v[2]) == v[2] {
				continue
			}
		}
		if !same {
			if bad++; bad <= 10 {
				t.Errorf("%s(%x, %x) = %x, glibc %x", p[0], v[0], v[1], got, v[2])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d differ", bad)
	}
	for name, c := range counts {
		t.Logf("%s %s: %d ported, all equal; %d fall back, %d differ by an ulp", path, name, c.ported, c.fallback, c.fallbackDiffer)
		if c.fallbackDiffer*100 > c.fallback {
			t.Errorf("%s: %d of %d fallback results differ from glibc", name, c.fallbackDiffer, c.fallback)
		}
	}
	return counts
}

// TestSinCosMatchGlibc checks glibcSin and glibcCos on
// testdata/glibc_sincos.txt (KILN_SINCOS_CASES names another file).
func TestSinCosMatchGlibc(t *testing.T) {
	n := checkGlibcCases(t, "testdata/glibc_sincos.txt", "KILN_SINCOS_CASES")
	if n["sin"] == nil || n["cos"] == nil || n["sin"].ported < 1000 || n["cos"].ported < 1000 {
		t.Fatal("too few cases")
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

// TestTanAtanLogMatchGlibc checks glibcTan, glibcAtan, glibcAtan2 and
// glibcLog on testdata/glibc_tan_atan_log.txt (KILN_TAN_ATAN_LOG_CASES
// names another file).
func TestTanAtanLogMatchGlibc(t *testing.T) {
	n := checkGlibcCases(t, "testdata/glibc_tan_atan_log.txt", "KILN_TAN_ATAN_LOG_CASES")
	for _, name := range []string{"tan", "atan", "atan2", "log"} {
		if n[name] == nil || n[name].ported < 1000 {
			t.Fatalf("too few %s cases", name)
		}
	}
}

func BenchmarkGlibcSin(b *testing.B)  { benchLibm(b, glibcSin) }
func BenchmarkGlibcCos(b *testing.B)  { benchLibm(b, glibcCos) }
func BenchmarkGlibcTan(b *testing.B)  { benchLibm(b, glibcTan) }
func BenchmarkGlibcAtan(b *testing.B) { benchLibm(b, glibcAtan) }
func BenchmarkGlibcLog(b *testing.B) {
	benchLibm(b, func(x float64) float64 { return glibcLog(x * 0.002) })
}
func BenchmarkGlibcAtan2(b *testing.B) {
	benchLibm(b, func(x float64) float64 { return glibcAtan2(x, 3.5) })
}

// TestLog1pMatchesGlibc checks glibcLog1p on testdata/glibc_log1p.txt
// (KILN_LOG1P_CASES names another file).
func TestLog1pMatchesGlibc(t *testing.T) {
	n := checkGlibcCases(t, "testdata/glibc_log1p.txt", "KILN_LOG1P_CASES")
	if n["log1p"] == nil || n["log1p"].ported < 1000 {
		t.Fatal("too few cases")
	}
	for _, c := range [][2]float64{{-1, math.Inf(-1)}, {math.Inf(1), math.Inf(1)}, {math.Copysign(0, -1), math.Copysign(0, -1)}, {0x1p-60, 0x1p-60}} {
		if got := glibcLog1p(c[0]); math.Float64bits(got) != math.Float64bits(c[1]) {
			t.Errorf("log1p(%v) = %v, want %v", c[0], got, c[1])
		}
	}
	for _, x := range []float64{-2, math.Inf(-1), math.NaN()} {
		if got := glibcLog1p(x); !math.IsNaN(got) {
			t.Errorf("log1p(%v) = %v, want NaN", x, got)
		}
	}
}

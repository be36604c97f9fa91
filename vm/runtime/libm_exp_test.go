package runtime

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestExpMatchesGlibc compares glibcExp and glibcExpm1 with CPython
// 3.12's math.exp and math.expm1 (glibc 2.36) on the arguments of
// testdata/glibc_exp.txt (made by testdata/gen_glibc_exp.py);
// KILN_EXP_CASES names another file of the same format.
func TestExpMatchesGlibc(t *testing.T) {
	path := "testdata/glibc_exp.txt"
	if p := os.Getenv("KILN_EXP_CASES"); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fns := map[string]func(float64) float64{"exp": glibcExp, "expm1": glibcExpm1}
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		x, _ := strconv.ParseFloat(p[1], 64)
		want, _ := strconv.ParseFloat(p[2], 64)
		if got := fns[p[0]](x); math.Float64bits(got) != math.Float64bits(want) {
			if bad++; bad <= 10 {
				t.Errorf("%s(%x) = %x, glibc %x", p[0], x, got, want)
			}
		}
		n++
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, n)
	}
	if n < 1000 {
		t.Fatalf("only %d cases", n)
	}
	for _, c := range [][2]float64{{math.Inf(-1), -1}, {math.Inf(1), math.Inf(1)}, {-800, -1}, {710, math.Inf(1)}, {0x1p-60, 0x1p-60}} {
		if got := glibcExpm1(c[0]); got != c[1] {
			t.Errorf("expm1(%v) = %v, want %v", c[0], got, c[1])
		}
	}
	if got := glibcExpm1(math.NaN()); !math.IsNaN(got) {
		t.Errorf("expm1(nan) = %v", got)
	}
	for _, c := range [][2]float64{{math.Inf(-1), 0}, {math.Inf(1), math.Inf(1)}, {-800, 0}, {710, math.Inf(1)}, {0, 1}} {
		if got := glibcExp(c[0]); got != c[1] {
			t.Errorf("exp(%v) = %x, want %x", c[0], got, c[1])
		}
	}
}

package glibc

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestHypotMatchesGlibc compares Hypot with glibc 2.36's hypot on the
// arguments of testdata/glibc_hypot.txt (made by bench/cmath/libm_oracle.c).
func TestHypotMatchesGlibc(t *testing.T) {
	f, err := os.Open("testdata/glibc_hypot.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		x, _ := strconv.ParseFloat(p[1], 64)
		y, _ := strconv.ParseFloat(p[2], 64)
		want, _ := strconv.ParseFloat(p[3], 64)
		if got := Hypot(x, y); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("hypot(%x, %x) = %x, glibc %x", x, y, got, want)
		}
		n++
	}
	if n < 1000 {
		t.Fatalf("only %d cases", n)
	}
	for _, c := range [][3]float64{{math.Inf(-1), math.NaN(), math.Inf(1)}, {math.NaN(), 1, math.NaN()}, {0, -0.0, 0}, {-3, 4, 5}} {
		if got := Hypot(c[0], c[1]); math.Float64bits(got) != math.Float64bits(c[2]) && !(math.IsNaN(got) && math.IsNaN(c[2])) {
			t.Errorf("hypot(%v, %v) = %v, want %v", c[0], c[1], got, c[2])
		}
	}
}

package runtime

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestExpm1MatchesGlibc compares glibcExpm1 with CPython 3.12's
// math.expm1 (glibc 2.36, FMA build) on the arguments of
// testdata/glibc_expm1.txt, made by vm/runtime/testdata/gen_expm1.py.
func TestExpm1MatchesGlibc(t *testing.T) {
	path := "testdata/glibc_expm1.txt"
	if p := os.Getenv("KILN_EXPM1_CASES"); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		x, _ := strconv.ParseFloat(p[0], 64)
		want, _ := strconv.ParseFloat(p[1], 64)
		if got := glibcExpm1(x); math.Float64bits(got) != math.Float64bits(want) {
			if bad++; bad <= 10 {
				t.Errorf("expm1(%x) = %x, glibc %x (math.Expm1 %x)", x, got, want, math.Expm1(x))
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
}

package cmath

// This file compares every cmath function with CPython 3.12's results,
// bit for bit, over testdata/cpython_grid.txt.gz (made by
// testdata/gen_cpython_grid.py with CPython: a 30 by 30 grid of special
// and ordinary values, infinities, NaNs and signed zeros included, and 600
// seeded random inputs). The results that still differ by one ulp, all
// through glibc's table-driven ranges of tan, atan, atan2 and log (see
// docs/stdlib.md), are listed in testdata/known_differences.txt: the test
// fails on any other difference, and names a listed one that now agrees
// so that the list only shrinks.

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// cmathGridUnary are the functions of one complex argument, by name.
var cmathGridUnary = map[string]func(complex128) (complex128, status){
	"sqrt": cSqrt, "exp": cExp, "log": cLog, "log10": cLog10, "sin": cSin, "cos": cCos,
	"tan": cTan, "asin": cAsin, "acos": cAcos, "atan": cAtan, "sinh": cSinh, "cosh": cCosh,
	"tanh": cTanh, "asinh": cAsinh, "acosh": cAcosh, "atanh": cAtanh,
}

// cmathGridResult formats what Kiln's function name gives for x, y as
// the golden file writes CPython's.
func cmathGridResult(name string, x, y float64) string {
	bits := func(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }
	exc := func(st status) string {
		switch st {
		case edom:
			return "ValueError"
		case erange:
			return "OverflowError"
		}
		return ""
	}
	var r complex128
	var st status
	switch name {
	case "abs", "phase":
		f := cAbs
		if name == "phase" {
			f = cPhase
		}
		v, st := f(complex(x, y))
		if e := exc(st); e != "" {
			return e
		}
		return bits(v)
	case "rect":
		r, st = cRect(x, y)
	default:
		r, st = cmathGridUnary[name](complex(x, y))
	}
	if e := exc(st); e != "" {
		return e
	}
	return bits(real(r)) + " " + bits(imag(r))
}

// cmathSameResult compares two formatted results; any NaN equals any NaN
// (CPython's NaN signs and payloads are the C library's business).
func cmathSameResult(want, got string) bool {
	if want == got {
		return true
	}
	wf, gf := strings.Fields(want), strings.Fields(got)
	if len(wf) != len(gf) {
		return false
	}
	for i := range wf {
		w, err1 := strconv.ParseUint(wf[i], 16, 64)
		g, err2 := strconv.ParseUint(gf[i], 16, 64)
		if err1 != nil || err2 != nil {
			return false
		}
		if w != g && !(math.IsNaN(math.Float64frombits(w)) && math.IsNaN(math.Float64frombits(g))) {
			return false
		}
	}
	return true
}

func TestCmathMatchesCPythonGrid(t *testing.T) {
	known := map[string]bool{}
	if data, err := os.ReadFile("testdata/known_differences.txt"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				known[line] = true
			}
		}
	}
	f, err := os.Open("testdata/cpython_grid.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	cases, differ := 0, 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		name, xs, ys := fields[0], fields[1], fields[2]
		want := strings.Join(fields[3:], " ")
		xb, _ := strconv.ParseUint(xs, 16, 64)
		yb, _ := strconv.ParseUint(ys, 16, 64)
		got := cmathGridResult(name, math.Float64frombits(xb), math.Float64frombits(yb))
		cases++
		key := name + " " + xs + " " + ys
		if cmathSameResult(want, got) {
			if known[key] {
				t.Errorf("%s now agrees with CPython: remove it from testdata/known_differences.txt", key)
			}
			continue
		}
		differ++
		if !known[key] {
			t.Errorf("%s(complex(%v, %v)) = %s, CPython %s", name, math.Float64frombits(xb), math.Float64frombits(yb), got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d results, %d differ from CPython (all known)", cases, differ)
}

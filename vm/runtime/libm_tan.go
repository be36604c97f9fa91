package runtime

import "math"

// This file defines glibcTan, tan x as glibc 2.36 computes it on x86-64
// processors with FMA (s_tan.c, IBM's accurate library without its slow
// paths), wherever glibc's algorithm needs no table: |x| <= 0.0608, and
// larger x whose reduction x - n*pi/2 is within 0.0608 of zero (a
// polynomial for tan, and its reciprocal in double-double for -cot).
// Elsewhere glibc expands tan around points x_i near i/256 (utan.tbl)
// that are, as atan's, the results of a search for points where tan and
// cot lie unusually close to doubles, which nothing but the table
// reproduces; there glibcTan keeps accurateTan's correctly rounded
// result, which agrees with glibc except in about one argument in a
// thousand.

// The constants of utan.h.
const (
	tanD3    = 0x1.5555555555555p-2
	tanD5    = 0x1.11111111107c6p-3
	tanD7    = 0x1.ba1ba1cdb8745p-5
	tanD9    = 0x1.664ed49cfc666p-6
	tanD11   = 0x1.2385a3cf2e4eap-7
	tanG1    = 0x1.b096cp-27 // 1.259e-8
	tanG2    = 0x1.f212dp-5  // 0.0608
	tanG4    = 25
	tanG5    = 0x1.7d784p26 // 1e8
	tanMp3   = -0x1.cb3b399d747f2p-55
	tanHpinv = sinHpinv
	tanToint = sinToint
)

// tanPoly is glibc's polynomial for tan: tan t = t + t**3 * tanPoly(t*t)
// for |t| <= 0.0608, Horner's rule with each step fused.
func tanPoly(x2 float64) float64 {
	return hornerFMA(x2, tanD3, tanD5, tanD7, tanD9, tanD11)
}

// glibcTan returns tan x, as glibc's FMA build rounds it where its
// algorithm uses no table and correctly rounded elsewhere.
func glibcTan(x float64) float64 { return untabulatedOr(glibcTanUntabulated, accurateTan, x) }

// glibcTanUntabulated returns glibc's tan x and true, or false where
// glibc would read its table.
func glibcTanUntabulated(x float64) (float64, bool) {
	w := math.Abs(x)
	var a, da float64
	var n int
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x - x, true
	case w <= tanG1:
		return x, true
	case w <= tanG2:
		x2 := x * x
		return math.FMA(tanPoly(x2), x*x2, x), true
	case w <= 0x1.92f1ap-1: // 0.787: tabulated
		return 0, false
	case w <= tanG4:
		// x - n*pi/2 in three pieces; xn*mp3 is used by two
		// subtractions, so GCC fuses it into both.
		xn, t1, parity := tanReduceStart(x)
		a = math.FMA(-xn, tanMp3, t1)
		da = math.FMA(-xn, tanMp3, t1-a)
		n = parity
	case w <= tanG5:
		a, da, n = tanReduceFour(x)
	default:
		a, da, n = glibcBranred(x)
		a, da = fastTwoSumOrdered(a, da)
	}
	if math.Abs(a) > tanG2 {
		return 0, false
	}
	return tanReduced(a, da, n&1 != 0), true
}

// tanReduceStart returns the multiple xn of pi/2 nearest x as glibc
// rounds it, x - xn*(mp1 + mp2) (the first two, exact, pieces of the
// reduction) and xn's parity.
func tanReduceStart(x float64) (xn, r float64, parity int) {
	t := math.FMA(x, tanHpinv, tanToint)
	xn = t - tanToint
	return xn, math.FMA(-xn, sinMp2, math.FMA(-xn, sinMp1, x)), int(math.Float64bits(t) & 1)
}

// tanReduceFour is s_tan.c's reduction "algorithm ii" for 25 < |x| <=
// 1e8: four pieces of pi/2, then the sum renormalised.
func tanReduceFour(x float64) (a, da float64, n int) {
	xn, t1, n := tanReduceStart(x)
	t := math.FMA(-xn, sinPp3, t1)
	da = math.FMA(-xn, sinPp3, t1-t)
	a = math.FMA(-xn, sinPp4, t)
	da = math.FMA(-xn, sinPp4, t-a) + da
	a, da = fastTwoSumOrdered(a, da)
	return a, da, n
}

// fastTwoSumOrdered is dla.h's EADD: z + zz = x + y exactly, the larger
// magnitude subtracted first.
func fastTwoSumOrdered(x, y float64) (z, zz float64) {
	z = x + y
	if math.Abs(x) > math.Abs(y) {
		return z, (x - z) + y
	}
	return z, (y - z) + x
}

// tanReduced returns tan(a + da) (or -cot(a + da) for an odd quadrant)
// for |a| <= 0.0608, glibc's cases (VI), (VIII) and (X).
func tanReduced(a, da float64, odd bool) float64 {
	a2 := a * a
	t2 := math.FMA(a*a2, tanPoly(a2), da)
	if !odd {
		return a + t2
	}
	// -1/(a + t2) in double-length arithmetic (EADD, then DIV2 of 1).
	b, db := fastTwoSumOrdered(a, t2)
	c := 1 / b
	u := c * b
	uu := math.FMA(c, b, -u)
	cc := math.FMA(-c, db, ((1-u)-uu)+0) / b
	z := c + cc
	zz := (c - z) + cc
	return -(z + zz)
}

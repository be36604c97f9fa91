package runtime

import "math"

// This file gives float and complex arithmetic the elementary functions
// of the C library CPython links with. glibc's pow, exp, log, hypot, sin
// and cos are correctly rounded in practice, while Go's math package is
// only accurate to an ulp or two, which shows in reprs (2 ** 2.5 must be
// 5.656854249492381, not ...38). The functions here compute in
// double-double arithmetic (about 106 bits) and round once, so they
// return the correctly rounded result except in astronomically rare
// cases.

// dd is a double-double: the unevaluated sum hi + lo, |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (x dd) add(y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s = quickTwoSum(s.hi, s.lo+t.hi)
	return quickTwoSum(s.hi, s.lo+t.lo)
}

func (x dd) neg() dd { return dd{-x.hi, -x.lo} }

func (x dd) mul(y dd) dd {
	p := twoProd(x.hi, y.hi)
	return quickTwoSum(p.hi, p.lo+(x.hi*y.lo+x.lo*y.hi))
}

func (x dd) mulF(y float64) dd {
	p := twoProd(x.hi, y)
	return quickTwoSum(p.hi, p.lo+x.lo*y)
}

func (x dd) div(y dd) dd {
	q1 := x.hi / y.hi
	r := x.add(y.mulF(q1).neg())
	q2 := r.hi / y.hi
	r = r.add(y.mulF(q2).neg())
	q3 := r.hi / y.hi
	return quickTwoSum(q1, q2).add(dd{q3, 0})
}

// ddLn2 is ln 2 to about 107 bits.
var ddLn2 = dd{0.6931471805599453, 2.3190468138462996e-17}

// ddExp returns e**a for |a| below about 745.
func ddExp(a dd) (r dd, k int) {
	kf := math.Round(a.hi / ddLn2.hi)
	x := a.add(ddLn2.mulF(kf).neg())
	const squarings = 10
	x = dd{math.Ldexp(x.hi, -squarings), math.Ldexp(x.lo, -squarings)}
	// expm1(x) by its Taylor series; |x| < 2**-10 * ln2/2.
	term, sum := x, x
	for n := 2.0; n <= 12; n++ {
		term = term.mul(x).div(dd{n, 0})
		sum = sum.add(term)
	}
	// (1 + s)**2 - 1 = s * (s + 2), keeping the small part exact.
	for i := 0; i < squarings; i++ {
		sum = sum.mul(sum.add(dd{2, 0}))
	}
	return sum.add(dd{1, 0}), int(kf)
}

// ddLog returns ln x for a positive finite x.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// ln m = 2 atanh(f), f = (m-1)/(m+1), |f| < 0.172: a series that keeps
	// full relative precision near m = 1.
	f := dd{m - 1, 0}.div(twoSum(m, 1))
	f2 := f.mul(f)
	term, sum := f, f
	for n := 3.0; n < 60; n += 2 {
		term = term.mul(f2)
		t := term.div(dd{n, 0})
		sum = sum.add(t)
		if math.Abs(t.hi) < math.Abs(sum.hi)*0x1p-110 {
			break
		}
	}
	sum = sum.mulF(2)
	return sum.add(ddLn2.mulF(float64(e)))
}

// ddScale returns (hi + lo) * 2**k rounded once to a float64, subnormal
// results included.
func ddScale(x dd, k int) float64 {
	r := math.Ldexp(x.hi, k)
	if math.Abs(r) >= 0x1p-1022 || r == 0 && x.hi == 0 {
		return r
	}
	// Round on the subnormal grid (multiples of 2**-1074) from the exact
	// double-double, not from the already rounded x.hi.
	qh, ql := math.Ldexp(x.hi, k+1074), math.Ldexp(x.lo, k+1074)
	n := math.Floor(qh)
	frac := (qh - n) + ql
	if frac < 0 {
		n--
		frac++
	}
	if frac > 0.5 || frac == 0.5 && math.Mod(n, 2) != 0 {
		n++
	}
	return math.Ldexp(n, -1074)
}

// accuratePow returns x**y for a positive finite x and a finite y, and
// false if the result overflows.
func accuratePow(x, y float64) (float64, bool) {
	if !(x > 0) || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(y) {
		r := math.Pow(x, y)
		return r, !math.IsInf(r, 0) || math.IsInf(x, 0) || math.IsInf(y, 0)
	}
	if y == 1 {
		return x, true
	}
	if y == 0.5 {
		return math.Sqrt(x), true
	}
	p := ddLog(x).mulF(y)
	if p.hi > 710 {
		return math.Inf(1), false
	}
	if p.hi < -746 {
		return 0, true
	}
	e, k := ddExp(p)
	r := ddScale(e, k)
	if math.IsInf(r, 0) {
		return r, false
	}
	return r, true
}

// accurateExp returns e**x.
func accurateExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	e, k := ddExp(dd{x, 0})
	return ddScale(e, k)
}

// accurateLog returns ln x.
func accurateLog(x float64) float64 {
	if x <= 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Log(x)
	}
	return ddLog(x).hi
}

// accurateHypot returns sqrt(x*x + y*y) without undue overflow.
func accurateHypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if x == 0 {
		return 0
	}
	// Scale by a power of two so the squares neither overflow nor
	// underflow; the scaling is exact.
	_, e := math.Frexp(x)
	x, y = math.Ldexp(x, -e), math.Ldexp(y, -e)
	s := twoProd(x, x).add(twoProd(y, y))
	r := math.Sqrt(s.hi)
	// One Newton step on the double-double sum: r + (s - r*r) / (2r).
	corr := s.add(twoProd(r, r).neg())
	root := quickTwoSum(r, corr.hi/(2*r))
	return ddScale(root, e)
}

// ddPiOver2 is pi/2 split into three doubles (about 160 bits), for
// reducing arguments of sin and cos.
var ddPiOver2 = [3]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33}

// accurateSinCos returns sin x and cos x, correctly rounded for
// |x| < 2**30; larger arguments fall back to Go's math package.
func accurateSinCos(x float64) (sin, cos float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 0x1p30 {
		return math.Sin(x), math.Cos(x)
	}
	if x == 0 {
		return x, 1
	}
	k := math.Round(x / ddPiOver2[0])
	// r = x - k*pi/2, each product exact as a double-double.
	r := dd{x, 0}
	for _, p := range ddPiOver2 {
		r = r.add(twoProd(k, p).neg())
	}
	r2 := r.mul(r)
	// Taylor series of sin and cos of the reduced |r| <= pi/4.
	sinSum, cosSum := r, dd{1, 0}
	term := r
	cterm := dd{1, 0}
	for n := 1.0; n < 30; n++ {
		term = term.mul(r2).div(dd{-(2 * n) * (2*n + 1), 0})
		cterm = cterm.mul(r2).div(dd{-(2*n - 1) * (2 * n), 0})
		sinSum = sinSum.add(term)
		cosSum = cosSum.add(cterm)
		if math.Abs(term.hi) < 0x1p-120 && math.Abs(cterm.hi) < 0x1p-120 {
			break
		}
	}
	s, c := sinSum.hi, cosSum.hi
	switch int64(k) & 3 {
	case 1:
		s, c = c, -s
	case 2:
		s, c = -s, -c
	case 3:
		s, c = -c, s
	}
	return s, c
}

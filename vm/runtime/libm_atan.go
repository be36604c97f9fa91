package runtime

import "math"

// This file defines glibcAtan, atan x as glibc 2.36 computes it on x86-64
// processors with FMA (s_atan.c, IBM's accurate library without its slow
// paths), where glibc's algorithm needs no table: |x| < 1/16, a
// polynomial in x*x, and |x| >= 16, pi/2 minus the same polynomial in
// 1/x. Between the two glibc expands atan around points x_i near i/256
// (its table uatan.tbl), and those points are not i/256 but the results
// of a search (Gal's accurate tables: x_i is moved by up to about 2**-21
// until atan(x_i) lies unusually close to a double); nothing reproduces
// them but the table, so that range keeps accurateAtan's correctly
// rounded result, which agrees with glibc there except in about one
// argument in a thousand.

// The constants of atnat.h.
const (
	atanA    = 0x1.bb67ap-27 // 1.290e-8
	atanE    = 0x1.49ff2p52  // 5.805e15
	atanD3   = -0x1.5555555555555p-2
	atanD5   = 0x1.99999999997fdp-3
	atanD7   = -0x1.24924923f7603p-3
	atanD9   = 0x1.c71c6e5129a3bp-4
	atanD11  = -0x1.7458022b13c25p-4
	atanD13  = 0x1.375f08b31cbcep-4
	atanHpi  = 0x1.921fb54442d18p0
	atanHpi1 = 0x1.1a62633145c07p-54
)

// atanPoly is glibc's odd polynomial for atan: atan t = t + t**3 *
// atanPoly(t*t) for |t| < 1/16, Horner's rule with each step fused.
func atanPoly(v float64) float64 {
	return hornerFMA(v, atanD3, atanD5, atanD7, atanD9, atanD11, atanD13)
}

// hornerFMA returns c[0] + v*(c[1] + v*(c[2] + ...)), each step one fused
// multiply-add, as GCC contracts Horner's rule.
func hornerFMA(v float64, c ...float64) float64 {
	r := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		r = math.FMA(v, r, c[i])
	}
	return r
}

// glibcAtan returns atan x, as glibc's FMA build rounds it outside 1/16
// <= |x| < 16 and correctly rounded inside.
func glibcAtan(x float64) float64 { return untabulatedOr(glibcAtanUntabulated, accurateAtan, x) }

// untabulatedOr returns f's result for x where f has one (glibc's
// algorithm reads no table there), else fallback's.
func untabulatedOr(f func(float64) (float64, bool), fallback func(float64) float64, x float64) float64 {
	if r, ok := f(x); ok {
		return r
	}
	return fallback(x)
}

// glibcAtanUntabulated returns glibc's atan x and true, or false where
// glibc would read its table.
func glibcAtanUntabulated(x float64) (float64, bool) {
	u := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x + x, true
	case u < atanA:
		return x, true
	case u < 1.0/16:
		v := x * x
		return math.FMA(atanPoly(v), x*v, x), true
	case u < 16:
		return 0, false
	case u < atanE:
		w := 1 / u
		v := w * w
		t1 := w * u
		t2 := math.FMA(w, u, -t1)        // w*u = t1 + t2 exactly
		t3, cor := dekkerSub(atanHpi, w) // pi/2 - w = t3 + cor exactly
		// ww = w*(1 - w*u) corrects 1/u; GCC fuses both products into
		// their subtractions.
		s := math.FMA(-w, (1-t1)-t2, atanHpi1+cor)
		yy := math.FMA(-atanPoly(v), w*v, s)
		return math.Copysign(t3+yy, x), true
	}
	return math.Copysign(atanHpi, x), true
}

// The constants of atnat2.h that atnat.h does not have.
const (
	atan2Pi  = 0x1.921fb54442d18p1
	atan2Pi1 = 0x1.1a62633145c07p-53 // pi - atan2Pi
	atan2Big = 0x1p500
)

// glibcAtan2 returns the angle of the point (x, y) (e_atan2.c), as
// glibc's FMA build rounds it where its algorithm needs no table: the
// special cases, and the smaller of |y/x| and |x/y| below 1/16 (a
// polynomial in it, added to 0, pi/2 or pi). Elsewhere, where glibc
// reads atan's searched table, the result is accurateAtan2's.
func glibcAtan2(y, x float64) float64 {
	if r, ok := glibcAtan2Untabulated(y, x); ok {
		return r
	}
	return accurateAtan2(y, x)
}

// glibcAtan2Untabulated returns glibc's atan2(y, x) and true, or false
// where glibc would read its table.
func glibcAtan2Untabulated(y, x float64) (float64, bool) {
	switch {
	case math.IsNaN(x):
		return x + y, true
	case math.IsNaN(y):
		return y + y, true
	case y == 0:
		if math.Signbit(x) {
			return math.Copysign(atan2Pi, y), true
		}
		return y, true
	case x == 0:
		return math.Copysign(atanHpi, y), true
	case math.IsInf(x, 0):
		switch {
		case math.IsInf(y, 0) && x > 0:
			return math.Copysign(atanHpi/2, y), true
		case math.IsInf(y, 0):
			return math.Copysign(0x1.2d97c7f3321d2p1, y), true // 3pi/4
		case x > 0:
			return math.Copysign(0, y), true
		}
		return math.Copysign(atan2Pi, y), true
	case math.IsInf(y, 0):
		return math.Copysign(atanHpi, y), true
	}
	// The difference of the exponent fields of y and x, in glibc's units
	// of the high word.
	de := int32(math.Float64bits(y)>>32&0x7ff00000) - int32(math.Float64bits(x)>>32&0x7ff00000)
	if de >= 57<<20 {
		return math.Copysign(atanHpi, y), true
	}
	if de <= -57<<20 {
		if x > 0 {
			return math.Copysign(math.Abs(y)/math.Abs(x), y), true
		}
		return math.Copysign(atan2Pi, y), true
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < 1/atan2Big || ay < 1/atan2Big {
		ax *= atan2Big
		ay *= atan2Big
	}
	if ax > atan2Big || ay > atan2Big {
		ax /= atan2Big
		ay /= atan2Big
	}
	// u + du is the smaller ratio of the two in double length.
	num, den := ay, ax
	if ay >= ax {
		num, den = ax, ay
	}
	u := num / den
	v := den * u
	du := ((num - v) - math.FMA(den, u, -v)) / den
	if u >= 1.0/16 {
		return 0, false
	}
	v = u * u
	p := atanPoly(v)
	var z float64
	switch {
	case x > 0 && ay < ax: // atan(u)
		z = u + math.FMA(u*v, p, du)
	case x > 0: // pi/2 - atan(u)
		t2, cor := dekkerSub(atanHpi, u)
		z = t2 + math.FMA(-(u*v), p, (atanHpi1+cor)-du)
	case ax < ay: // pi/2 + atan(u)
		t2, cor := fastTwoSumOrdered(atanHpi, u)
		z = t2 + math.FMA(u*v, p, (atanHpi1+cor)+du)
	default: // pi - atan(u)
		t2, cor := dekkerSub(atan2Pi, u)
		z = t2 + math.FMA(-(u*v), p, (atan2Pi1+cor)-du)
	}
	return math.Copysign(z, y), true
}

// dekkerSub is dla.h's ESUB: z + zz = x - y exactly.
func dekkerSub(x, y float64) (z, zz float64) {
	z = x - y
	if math.Abs(x) > math.Abs(y) {
		return z, (x - z) - y
	}
	return z, x - (y + z)
}

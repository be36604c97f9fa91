// Package cmath is Kiln's cmath module: the complex elementary functions
// with CPython 3.12's results bit for bit. The finite cases follow Kahan's
// branch-cut formulas ("Branch Cuts for Complex Elementary Functions",
// 1987) with the scaling that avoids spurious overflow and underflow, over
// the glibc-matching real functions of runtime.Libm; the infinities and
// NaNs follow C99 Annex G (special.go). Invalid operations raise
// ValueError("math domain error"), overflows OverflowError("math range
// error").
package cmath

import (
	"math"

	rt "github.com/kilnpy/kiln/vm/runtime"
	"github.com/kilnpy/kiln/vm/stdlib/cmath/glibc"
)

// The real functions, as the C library computes them (package glibc for
// hypot; the others are the runtime's, see docs/stdlib.md for where they
// still differ from glibc).
var (
	sin, cos, sinhR, coshR = rt.Libm.Sin, rt.Libm.Cos, rt.Libm.Sinh, rt.Libm.Cosh
	expR, logR, log1p      = rt.Libm.Exp, rt.Libm.Log, rt.Libm.Log1p
	atan2, hypot           = rt.Libm.Atan2, glibc.Hypot
	asinhR, tanhR, tanR    = rt.Libm.Asinh, rt.Libm.Tanh, rt.Libm.Tan
)

// Thresholds of the scaled formulas.
const (
	largeDouble     = math.MaxFloat64 / 4 // beyond it, squares overflow
	logLargeDouble  = 708.3964185322641   // log(largeDouble)
	minNormal       = 0x1p-1022
	mantDigits      = 53
	scaleUp         = 2*(mantDigits/2) + 1 // an odd power of two, for sqrt
	scaleDown       = -(scaleUp + 1) / 2
	ln2             = math.Ln2
	ln10            = math.Ln10
	sqrtLargeDouble = 6.703903964971298e+153 // sqrt(largeDouble)
	sqrtMinNormal   = 1.4916681462400413e-154
)

// status is the C errno the functions set.
type status uint8

const (
	ok status = iota
	edom
	erange
)

func statusOf(invalid bool) status {
	if invalid {
		return edom
	}
	return ok
}

// finite is f at a finite z, special its value elsewhere.
func finite(z complex128, special func(x, y float64) (complex128, bool), f func(x, y float64) (complex128, status)) (complex128, status) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		r, invalid := special(x, y)
		return r, statusOf(invalid)
	}
	return f(x, y)
}

func overflowed(r complex128) status {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return erange
	}
	return ok
}

func cSqrt(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) { return conjugated(x, y, sqrtSpecial) }, func(x, y float64) (complex128, status) {
		if x == 0 && y == 0 {
			return complex(0, y), ok
		}
		ax, ay := math.Abs(x), math.Abs(y)
		var s float64
		if ax < minNormal && ay < minNormal {
			// Subnormal parts: scale up so that hypot keeps its precision.
			ax = math.Ldexp(ax, scaleUp)
			s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
		} else {
			ax /= 8
			s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
		}
		d := ay / (2 * s)
		if x >= 0 {
			return complex(s, math.Copysign(d, y)), ok
		}
		return complex(d, math.Copysign(s, y)), ok
	})
}

func cExp(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) {
		if math.IsInf(x, -1) && !isFinite(y) {
			return 0, false
		}
		return conjugated(x, y, expSpecial)
	}, func(x, y float64) (complex128, status) {
		var r complex128
		if x > logLargeDouble {
			l := expR(x - 1)
			r = complex(l*cos(y)*math.E, l*sin(y)*math.E)
		} else {
			l := expR(x)
			r = complex(l*cos(y), l*sin(y))
		}
		return r, overflowed(r)
	})
}

func cLog(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) { return conjugated(x, y, logSpecial) }, func(x, y float64) (complex128, status) {
		ax, ay := math.Abs(x), math.Abs(y)
		var re float64
		switch {
		case ax > largeDouble || ay > largeDouble:
			re = logR(hypot(ax/2, ay/2)) + ln2
		case ax < minNormal && ay < minNormal:
			if ax == 0 && ay == 0 {
				return complex(math.Inf(-1), atan2(y, x)), edom
			}
			re = logR(hypot(math.Ldexp(ax, mantDigits), math.Ldexp(ay, mantDigits))) - mantDigits*ln2
		default:
			h := hypot(ax, ay)
			if 0.71 <= h && h <= 1.73 {
				am, an := max(ax, ay), min(ax, ay)
				re = log1p(float64((am-1)*(am+1))+float64(an*an)) / 2
			} else {
				re = logR(h)
			}
		}
		return complex(re, atan2(y, x)), ok
	})
}

func cLog10(z complex128) (complex128, status) {
	r, st := cLog(z)
	return complex(real(r)/ln10, imag(r)/ln10), st
}

func cAcos(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) { return conjugated(x, y, acosSpecial) }, func(x, y float64) (complex128, status) {
		if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
			re := atan2(math.Abs(y), x)
			var im float64
			if x < 0 {
				im = -math.Copysign(logR(hypot(x/2, y/2))+ln2*2, y)
			} else {
				im = math.Copysign(logR(hypot(x/2, y/2))+ln2*2, -y)
			}
			return complex(re, im), ok
		}
		s1, _ := cSqrt(complex(1-x, -y))
		s2, _ := cSqrt(complex(1+x, y))
		re := 2 * atan2(real(s1), real(s2))
		im := asinhR(float64(real(s2)*imag(s1)) - float64(imag(s2)*real(s1)))
		return complex(re, im), ok
	})
}

func cAcosh(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) { return conjugated(x, y, acoshSpecial) }, func(x, y float64) (complex128, status) {
		if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
			return complex(logR(hypot(x/2, y/2))+ln2*2, atan2(y, x)), ok
		}
		s1, _ := cSqrt(complex(x-1, y))
		s2, _ := cSqrt(complex(x+1, y))
		re := asinhR(float64(real(s1)*real(s2)) + float64(imag(s1)*imag(s2)))
		im := 2 * atan2(imag(s1), real(s2))
		return complex(re, im), ok
	})
}

func cAsinh(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) { return oddConjugated(x, y, asinhSpecial) }, func(x, y float64) (complex128, status) {
		if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
			var re float64
			if y >= 0 {
				re = math.Copysign(logR(hypot(x/2, y/2))+ln2*2, x)
			} else {
				re = -math.Copysign(logR(hypot(x/2, y/2))+ln2*2, -x)
			}
			return complex(re, atan2(y, math.Abs(x))), ok
		}
		s1, _ := cSqrt(complex(1+y, -x))
		s2, _ := cSqrt(complex(1-y, x))
		re := asinhR(float64(real(s1)*imag(s2)) - float64(real(s2)*imag(s1)))
		im := atan2(y, float64(real(s1)*real(s2))-float64(imag(s1)*imag(s2)))
		return complex(re, im), ok
	})
}

// cAsin is -i asinh(iz).
func cAsin(z complex128) (complex128, status) {
	s, st := cAsinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), st
}

func cAtanh(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) { return oddConjugated(x, y, atanhSpecial) }, atanhFinite)
}

func atanhFinite(x, y float64) (complex128, status) {
	if x < 0 {
		// Reduce to x >= 0 by oddness.
		r, st := atanhFinite(-x, -y)
		return complex(-real(r), -imag(r)), st
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), ok
	case x == 1 && ay < sqrtMinNormal:
		if ay == 0 {
			return complex(inf, y), edom
		}
		re := -logR(math.Sqrt(ay) / math.Sqrt(hypot(ay, 2)))
		return complex(re, math.Copysign(atan2(2, -ay)/2, y)), ok
	}
	re := log1p(4*x/(float64((1-x)*(1-x))+float64(ay*ay))) / 4
	im := -atan2(-2*y, float64((1-x)*(1+x))-float64(ay*ay)) / 2
	return complex(re, im), ok
}

// cAtan is -i atanh(iz).
func cAtan(z complex128) (complex128, status) {
	s, st := cAtanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), st
}

func cCosh(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) {
		// cosh is even: cosh(x+iy) is cosh(|x| + i y sign(x)).
		if math.IsNaN(x) && y == 0 {
			return complex(nan, 0), false
		}
		if !math.IsNaN(x) && math.Signbit(x) {
			x, y = -x, -y
		}
		return conjugated(x, y, coshSpecial)
	}, func(x, y float64) (complex128, status) {
		var r complex128
		if math.Abs(x) > logLargeDouble {
			xm1 := x - math.Copysign(1, x)
			r = complex(cos(y)*coshR(xm1)*math.E, sin(y)*sinhR(xm1)*math.E)
		} else {
			r = complex(cos(y)*coshR(x), sin(y)*sinhR(x))
		}
		return r, overflowed(r)
	})
}

func cSinh(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) {
		if math.IsNaN(y) && (x == 0 || math.IsInf(x, 0)) {
			// The sign of the real part is +, whatever x's.
			return complex(math.Abs(x), nan), false
		}
		return oddConjugated(x, y, sinhSpecial)
	}, func(x, y float64) (complex128, status) {
		var r complex128
		if math.Abs(x) > logLargeDouble {
			xm1 := x - math.Copysign(1, x)
			r = complex(cos(y)*sinhR(xm1)*math.E, sin(y)*coshR(xm1)*math.E)
		} else {
			r = complex(cos(y)*sinhR(x), sin(y)*coshR(x))
		}
		return r, overflowed(r)
	})
}

func cTanh(z complex128) (complex128, status) {
	return finite(z, func(x, y float64) (complex128, bool) {
		if math.IsInf(x, 0) && math.IsInf(y, 0) {
			return complex(math.Copysign(1, x), 0), false
		}
		return oddConjugated(x, y, tanhSpecial)
	}, func(x, y float64) (complex128, status) {
		if math.Abs(x) > logLargeDouble {
			return complex(math.Copysign(1, x), 4*sin(y)*cos(y)*expR(-2*math.Abs(x))), ok
		}
		tx, ty := tanhR(x), tanR(y)
		cx := 1 / coshR(x)
		txty := tx * ty
		denom := 1 + float64(txty*txty)
		return complex(tx*(1+float64(ty*ty))/denom, ((ty/denom)*cx)*cx), ok
	})
}

// cCos is cosh(iz).
func cCos(z complex128) (complex128, status) { return cCosh(complex(-imag(z), real(z))) }

// cSin is -i sinh(iz).
func cSin(z complex128) (complex128, status) {
	s, st := cSinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), st
}

// cTan is -i tanh(iz).
func cTan(z complex128) (complex128, status) {
	s, st := cTanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), st
}

// cAbs is abs(z): hypot, an infinity if either part is one.
func cAbs(z complex128) (float64, status) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return inf, ok
		}
		return nan, ok
	}
	r := hypot(x, y)
	if math.IsInf(r, 0) {
		return r, erange
	}
	return r, ok
}

// cPhase is phase(z): glibc's atan2 reports an underflow to zero as
// ERANGE, which phase raises.
func cPhase(z complex128) (float64, status) {
	x, y := real(z), imag(z)
	phi := atan2(y, x)
	if phi == 0 && y != 0 && isFinite(x) && isFinite(y) {
		return 0, erange
	}
	return phi, ok
}

func cRect(r, phi float64) (complex128, status) {
	if !isFinite(r) || !isFinite(phi) {
		z, invalid := rectSpecial(r, phi)
		return z, statusOf(invalid)
	}
	if phi == 0 {
		// r*phi keeps the sign of the zero imaginary part right.
		return complex(r, r*phi), ok
	}
	return complex(r*cos(phi), r*sin(phi)), ok
}

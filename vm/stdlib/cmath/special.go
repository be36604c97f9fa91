package cmath

// This file defines the values of the functions at infinities and NaNs,
// from the C99 Annex G specification of the complex functions (G.6), with
// CPython's choice wherever Annex G leaves a sign unspecified. Each
// function is given for the upper half-plane (the imaginary part's sign
// bit clear) and reflected, since all of them commute with conjugation.
// The second result reports an invalid operation (CPython's EDOM, a
// ValueError).

import "math"

var (
	inf = math.Inf(1)
	nan = math.NaN()
)

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// conjugated applies f to x+i|y| and conjugates the result when y's sign
// bit is set, for the functions f with f(conj z) = conj(f(z)). A NaN
// imaginary part is passed as it is.
func conjugated(x, y float64, f func(x, y float64) (complex128, bool)) (complex128, bool) {
	if math.IsNaN(y) || !math.Signbit(y) {
		return f(x, y)
	}
	r, edom := f(x, -y)
	return complex(real(r), -imag(r)), edom
}

// oddConjugated is conjugated for odd functions as well (f(-z) = -f(z)):
// f is given the first quadrant, and the signs are put back.
func oddConjugated(x, y float64, f func(x, y float64) (complex128, bool)) (complex128, bool) {
	negX := !math.IsNaN(x) && math.Signbit(x)
	negY := !math.IsNaN(y) && math.Signbit(y)
	ax, ay := x, y
	if negX {
		ax = -x
	}
	if negY {
		ay = -y
	}
	r, edom := f(ax, ay)
	re, im := real(r), imag(r)
	if negX {
		re = -re
	}
	if negY {
		im = -im
	}
	return complex(re, im), edom
}

// expSpecial is exp at a non-finite x+iy, y >= +0 or NaN.
func expSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(x, 1) && isFinite(y) && y != 0:
		return complex(math.Copysign(inf, cos(y)), math.Copysign(inf, sin(y))), false
	case math.IsInf(x, -1) && isFinite(y) && y != 0:
		return complex(math.Copysign(0, cos(y)), math.Copysign(0, sin(y))), false
	case math.IsInf(x, 1) && y == 0:
		return complex(inf, y), false
	case math.IsInf(x, -1) && y == 0:
		return complex(0, 0), false
	case math.IsInf(x, 1) && math.IsInf(y, 0):
		return complex(inf, nan), true
	case math.IsInf(x, 1): // y NaN
		return complex(inf, nan), false
	case math.IsNaN(x) && y == 0:
		return complex(nan, y), false
	case math.IsInf(y, 0) && isFinite(x):
		return complex(nan, nan), true
	}
	return complex(nan, nan), false
}

// logSpecial is log at a non-finite x+iy, y >= +0 or NaN.
func logSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(y, 0):
		switch {
		case math.IsInf(x, -1):
			return complex(inf, 3*math.Pi/4), false
		case math.IsInf(x, 1):
			return complex(inf, math.Pi/4), false
		case math.IsNaN(x):
			return complex(inf, nan), false
		}
		return complex(inf, math.Pi/2), false
	case math.IsNaN(y):
		if math.IsInf(x, 0) {
			return complex(inf, nan), false
		}
		return complex(nan, nan), false
	case math.IsInf(x, -1):
		return complex(inf, math.Pi), false
	case math.IsInf(x, 1):
		return complex(inf, 0), false
	}
	return complex(nan, nan), false
}

// sqrtSpecial is sqrt at a non-finite x+iy, y >= +0 or NaN.
func sqrtSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(y, 0):
		return complex(inf, inf), false
	case math.IsInf(x, -1) && isFinite(y):
		return complex(0, inf), false
	case math.IsInf(x, 1) && isFinite(y):
		return complex(inf, 0), false
	case math.IsInf(x, -1): // y NaN
		return complex(nan, inf), false
	case math.IsInf(x, 1):
		return complex(inf, nan), false
	}
	return complex(nan, nan), false
}

// acosSpecial is acos at a non-finite x+iy, y >= +0 or NaN; the
// imaginary part of acos has the opposite sign to y's.
func acosSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(y, 0):
		switch {
		case math.IsInf(x, -1):
			return complex(3*math.Pi/4, -inf), false
		case math.IsInf(x, 1):
			return complex(math.Pi/4, -inf), false
		case math.IsNaN(x):
			return complex(nan, -inf), false
		}
		return complex(math.Pi/2, -inf), false
	case math.IsNaN(y):
		switch {
		case math.IsInf(x, 0):
			return complex(nan, inf), false
		case x == 0:
			return complex(math.Pi/2, nan), false
		}
		return complex(nan, nan), false
	case math.IsInf(x, -1):
		return complex(math.Pi, -inf), false
	case math.IsInf(x, 1):
		return complex(0, -inf), false
	}
	return complex(nan, nan), false
}

// acoshSpecial is acosh at a non-finite x+iy, y >= +0 or NaN.
func acoshSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(y, 0):
		switch {
		case math.IsInf(x, -1):
			return complex(inf, 3*math.Pi/4), false
		case math.IsInf(x, 1):
			return complex(inf, math.Pi/4), false
		case math.IsNaN(x):
			return complex(inf, nan), false
		}
		return complex(inf, math.Pi/2), false
	case math.IsNaN(y):
		if math.IsInf(x, 0) {
			return complex(inf, nan), false
		}
		return complex(nan, nan), false
	case math.IsInf(x, -1):
		return complex(inf, math.Pi), false
	case math.IsInf(x, 1):
		return complex(inf, 0), false
	}
	return complex(nan, nan), false
}

// asinhSpecial is asinh at a non-finite x+iy in the first quadrant.
func asinhSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(x, 1):
		switch {
		case math.IsInf(y, 1):
			return complex(inf, math.Pi/4), false
		case math.IsNaN(y):
			return complex(inf, nan), false
		}
		return complex(inf, 0), false
	case math.IsInf(y, 1):
		if math.IsNaN(x) {
			return complex(inf, nan), false
		}
		return complex(inf, math.Pi/2), false
	case math.IsNaN(x) && y == 0:
		return complex(nan, 0), false
	}
	return complex(nan, nan), false
}

// atanhSpecial is atanh at a non-finite x+iy in the first quadrant.
func atanhSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(x, 1):
		if math.IsNaN(y) {
			return complex(0, nan), false
		}
		return complex(0, math.Pi/2), false
	case math.IsInf(y, 1):
		return complex(0, math.Pi/2), false
	case x == 0 && math.IsNaN(y):
		return complex(0, nan), false
	}
	return complex(nan, nan), false
}

// coshSpecial is cosh at a non-finite x+iy in the first quadrant; cosh is
// even, so the caller reflects the imaginary part.
func coshSpecial(x, y float64) (complex128, bool) {
	edom := math.IsInf(y, 0) && !math.IsNaN(x)
	switch {
	case math.IsInf(x, 1) && isFinite(y) && y != 0:
		return complex(math.Copysign(inf, cos(y)), math.Copysign(inf, sin(y))), false
	case math.IsInf(x, 1) && y == 0:
		return complex(inf, 0), false
	case math.IsInf(x, 1):
		return complex(inf, nan), edom
	case x == 0 && !isFinite(y):
		return complex(nan, 0), edom
	case math.IsNaN(x) && y == 0:
		return complex(nan, 0), false
	}
	return complex(nan, nan), edom
}

// sinhSpecial is sinh at a non-finite x+iy in the first quadrant.
func sinhSpecial(x, y float64) (complex128, bool) {
	edom := math.IsInf(y, 0) && !math.IsNaN(x)
	switch {
	case math.IsInf(x, 1) && isFinite(y) && y != 0:
		return complex(math.Copysign(inf, cos(y)), math.Copysign(inf, sin(y))), false
	case math.IsInf(x, 1) && y == 0:
		return complex(inf, 0), false
	case math.IsInf(x, 1):
		return complex(inf, nan), edom
	case x == 0 && !isFinite(y):
		return complex(0, nan), edom
	case math.IsNaN(x) && y == 0:
		return complex(nan, 0), false
	}
	return complex(nan, nan), edom
}

// tanhSpecial is tanh at a non-finite x+iy in the first quadrant.
func tanhSpecial(x, y float64) (complex128, bool) {
	switch {
	case math.IsInf(x, 1) && isFinite(y) && y != 0:
		return complex(1, math.Copysign(0, 2*sin(y)*cos(y))), false
	case math.IsInf(x, 1):
		return complex(1, 0), false
	case math.IsNaN(x) && y == 0:
		return complex(nan, 0), false
	}
	return complex(nan, nan), math.IsInf(y, 0) && isFinite(x)
}

// rectSpecial is rect(r, phi) for a non-finite r or phi.
func rectSpecial(r, phi float64) (complex128, bool) {
	edom := r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0)
	switch {
	case math.IsInf(r, 0) && isFinite(phi) && phi != 0:
		if r > 0 {
			return complex(math.Copysign(inf, cos(phi)), math.Copysign(inf, sin(phi))), false
		}
		return complex(-math.Copysign(inf, cos(phi)), -math.Copysign(inf, sin(phi))), false
	case math.IsInf(r, 0) && phi == 0:
		if r > 0 {
			return complex(inf, phi), false
		}
		return complex(-inf, -phi), false
	case math.IsInf(r, 0):
		return complex(inf, nan), edom
	case r == 0 && !math.IsNaN(phi) || r == 0 && math.IsNaN(phi):
		return complex(0, 0), edom
	case math.IsNaN(r) && phi == 0:
		return complex(nan, 0), false
	}
	return complex(nan, nan), edom
}

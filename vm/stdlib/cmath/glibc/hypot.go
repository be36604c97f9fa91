// Package glibc holds real functions computed the way the GNU C library
// computes them, where that differs from the correctly rounded result:
// CPython calls the C library, and Kiln's output must match CPython's bit
// for bit. It depends on nothing else of Kiln's, so the runtime (abs of a
// complex) can use it as well as cmath.
package glibc

import "math"

// Hypot is sqrt(x*x + y*y) by Borges's corrected algorithm ("An
// Improved Algorithm for hypot(a,b)", 2019), which glibc uses since 2.35:
// the rounded square root of the rounded sum, then one correction step
// from the exact residual. Its results are within an ulp of the exact
// value and not always the nearest, so matching CPython's abs(complex)
// and cmath, which call the C library's hypot, takes the same steps.
// Arguments beyond 2**511 or below 2**-511 are scaled by 2**600 first.
func Hypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	const (
		scale = 0x1p-600
		large = 0x1p511
		tiny  = 0x1p-511
		eps   = 0x1p-54
	)
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel is the corrected hypot of ax >= ay >= 0, neither huge nor
// tiny.
func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(ax*ax + ay*ay)
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = ax * (2*delta - ax)
		t2 = (delta - 2*(ax-ay)) * delta
	} else {
		delta := h - ax
		t1 = 2 * delta * (ax - 2*ay)
		t2 = (4*delta-ay)*ay + delta*delta
	}
	return h - (t1+t2)/(2*h)
}

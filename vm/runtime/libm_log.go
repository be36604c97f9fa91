package runtime

import "math"

// This file defines glibcLog, ln x as glibc 2.36 computes it on x86-64
// processors with FMA (e_log.c, from ARM's optimized-routines), which is
// what CPython's math.log returns there.
//
// glibc's log treats x within about 1/16 of 1 apart, with one
// polynomial of degree 11 in r = x - 1 whose leading terms r - r*r/2 are
// summed in double length; that part is ported here operation for
// operation. Every other x is split as 2**k * z and z = c * (1 + r) with c
// from a table of 128 pairs (1/c, log c) whose c were picked by a search
// (optimized-routines' log_data.c describes the criteria, not the search
// window's exact bounds nor how ties between candidates break); those
// arguments keep accurateLog's correctly rounded result, which agrees
// with glibc except in about one argument in a thousand.

// The polynomial of glibc's log near 1 (log_data.c's poly1): log(1+r) =
// r + logNear1B[0] r**2 + ... for -1/16 <= r < 0x1.09p-4.
var logNear1B = [11]float64{
	-0x1p-1,
	0x1.5555555555577p-2,
	-0x1.ffffffffffdcbp-3,
	0x1.999999995dd0cp-3,
	-0x1.55555556745a7p-3,
	0x1.24924a344de3p-3,
	-0x1.fffffa4423d65p-4,
	0x1.c7184282ad6cap-4,
	-0x1.999eb43b068ffp-4,
	0x1.78182f7afd085p-4,
	-0x1.5521375d145cdp-4,
}

// glibcLog returns ln x, as glibc's FMA build rounds it within about
// 1/16 of 1 and correctly rounded elsewhere.
func glibcLog(x float64) float64 { return untabulatedOr(glibcLogUntabulated, accurateLog, x) }

// glibcLogUntabulated returns glibc's ln x and true, or false where glibc
// would read its table.
func glibcLogUntabulated(x float64) (float64, bool) {
	const lo, hi = 0x3fee000000000000, 0x3ff1090000000000 // 1 - 2**-4, 1 + 0x1.09p-4
	ix := math.Float64bits(x)
	if ix-lo >= hi-lo {
		return 0, false
	}
	if x == 1 {
		return 0, true
	}
	b := &logNear1B
	r := x - 1
	r2 := r * r
	r3 := r * r2
	inner := math.FMA(r3, b[10], math.FMA(r2, b[9], math.FMA(r, b[8], b[7])))
	mid := math.FMA(r3, inner, math.FMA(r2, b[6], math.FMA(r, b[5], b[4])))
	outer := math.FMA(r3, mid, math.FMA(r2, b[3], math.FMA(r, b[2], b[1])))
	// r - r*r/2 in double length: r split into 26-bit halves so that the
	// square of the high half is exact.
	w := r * 0x1p27
	rhi := r + w - w
	rlo := r - rhi
	w = rhi * rhi * b[0]
	h := r + w
	l := r - h + w
	l = math.FMA(b[0]*rlo, rhi+r, l)
	y := math.FMA(r3, outer, l)
	return y + h, true
}

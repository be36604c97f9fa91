package runtime

import "math"

// This file defines glibcExpm1, e**x - 1 as glibc 2.36 computes it on
// x86-64 processors with FMA (all current ones), which is what CPython's
// math.expm1 returns there and what its sinh, cosh and tanh build on.
//
// glibc's expm1 is fdlibm's algorithm with the polynomial regrouped as
// Estrin's scheme, and on x86-64 it is an IFUNC that picks a copy compiled
// with -mfma, where GCC contracts each a*b+c into one fused multiply-add.
// Go's math.Expm1 is fdlibm's Horner form without fusing, so it differs
// from glibc in about one result of 1,400. Every math.FMA below stands
// for a contraction GCC makes in glibc's C, and only those: the products
// that are used by something other than one addition stay separate
// roundings.

// The constants of fdlibm's expm1 (bit patterns in the comments).
const (
	expm1Threshold = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
	expm1Ln2Hi     = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	expm1Ln2Lo     = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
	expm1InvLn2    = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
	expm1Q1        = -3.33333333333331316428e-02
	expm1Q2        = 1.58730158725481460165e-03
	expm1Q3        = -7.93650757867487942473e-05
	expm1Q4        = 4.00821782732936239552e-06
	expm1Q5        = -2.01099218183624371326e-07
)

// glibcExpm1 returns e**x - 1, rounded as glibc's FMA build rounds it.
// The range tests compare the high 32 bits of |x|, as glibc's do.
func glibcExpm1(x float64) float64 {
	bits := math.Float64bits(x)
	hx := uint32(bits>>32) & 0x7fffffff
	negative := bits>>63 != 0
	if hx >= 0x4043687a { // |x| >= 56*ln2
		if hx >= 0x40862e42 { // |x| >= 709.78...
			if hx >= 0x7ff00000 {
				if math.IsNaN(x) {
					return x + x
				}
				if negative {
					return -1
				}
				return x
			}
			if x > expm1Threshold {
				return math.Inf(1)
			}
		}
		if negative {
			return -1
		}
	}
	var c float64
	k := 0
	switch {
	case hx > 0x3fd62e42: // |x| > 0.5*ln2: reduce by k*ln2
		var hi, lo float64
		if hx < 0x3ff0a2b2 { // |x| < 1.5*ln2
			if !negative {
				hi, lo, k = x-expm1Ln2Hi, expm1Ln2Lo, 1
			} else {
				hi, lo, k = x+expm1Ln2Hi, -expm1Ln2Lo, -1
			}
		} else {
			half := 0.5
			if negative {
				half = -0.5
			}
			k = int(math.FMA(expm1InvLn2, x, half))
			t := float64(k)
			hi = math.FMA(-t, expm1Ln2Hi, x) // t*ln2_hi is exact here
			lo = t * expm1Ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := math.FMA(hxs, expm1Q1, 1)
	h2 := hxs * hxs
	r2 := math.FMA(hxs, expm1Q3, expm1Q2)
	h4 := h2 * h2
	r3 := math.FMA(hxs, expm1Q5, expm1Q4)
	r := math.FMA(h4, r3, math.FMA(h2, r2, r1))
	t := math.FMA(-r, hfx, 3)
	e := hxs * ((r - t) / math.FMA(-x, t, 6))
	if k == 0 {
		return x - math.FMA(x, e, -hxs)
	}
	twopk := math.Float64frombits(uint64(0x3ff+k) << 52)
	e = math.FMA(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return math.FMA(0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return math.FMA(2, x-e, 1)
	case k <= -2 || k > 56: // exp(x)-1 suffices
		y := 1 - (e - x)
		if k == 1024 {
			return math.FMA(y*2, 0x1p1023, -1)
		}
		return math.FMA(y, twopk, -1)
	case k < 20:
		t := math.Float64frombits(uint64(0x3ff00000-(0x200000>>uint(k))) << 32) // 1-2**-k
		return (t - (e - x)) * twopk
	}
	t = math.Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return y * twopk
}

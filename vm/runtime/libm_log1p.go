package runtime

import "math"

// This file defines glibcLog1p, log(1 + x) as glibc 2.36 computes it on
// x86-64 processors with FMA, which is what CPython's math.log1p returns
// there and what cmath's atanh (and so atan), asinh and acosh build on.
//
// glibc's log1p is fdlibm's algorithm (1+x = 2**k (1+f), s = f/(2+f),
// log1p f = f - (hfsq - s*(hfsq + R(s*s)))) with the polynomial split
// into four pairs for pipelined processors. The exported log1p is a
// wrapper, but the function it calls is an IFUNC with a copy compiled
// with -mfma, where GCC contracts each a*b + c into one fused
// multiply-add: each math.FMA below stands for one of those contractions
// and only those (s*(hfsq+R) is shared by both returns, so it stays a
// separate rounding). Go's math.Log1p, fdlibm's Horner form without
// fusing, differs from glibc in about one result in 2,600.

// The constants of fdlibm's log1p.
const (
	log1pLn2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	log1pLn2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
	log1pLp1   = 6.666666666666735130e-01   // 0x3FE5555555555593
	log1pLp2   = 3.999999999940941908e-01   // 0x3FD999999997FA04
	log1pLp3   = 2.857142874366239149e-01   // 0x3FD2492494229359
	log1pLp4   = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
	log1pLp5   = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
	log1pLp6   = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
	log1pLp7   = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
)

// glibcLog1p returns log(1 + x), rounded as glibc's FMA build rounds it.
// The range tests compare the high 32 bits of x, as glibc's do.
func glibcLog1p(x float64) float64 {
	hx := int32(math.Float64bits(x) >> 32)
	ax := hx & 0x7fffffff
	reduce := true // 1+x must be split into 2**k (1+f)
	switch {
	case hx < 0x3fda827a: // x < 0.41422
		switch {
		case ax >= 0x3ff00000: // x <= -1
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		case ax < 0x3c900000: // |x| < 2**-54
			return x
		case ax < 0x3e200000: // |x| < 2**-29
			return math.FMA(-(x * x), 0.5, x)
		case hx > 0 || hx <= -0x402d413d: // -0.2929 < x < 0.41422: f = x exactly
			reduce = false
		}
	case hx >= 0x7ff00000:
		return x + x
	}
	k, f, c := 0, x, 0.0
	hu := int32(1) // nonzero unless f is below 2**-20
	if reduce {
		u := x
		if hx < 0x43400000 {
			// u = 1+x rounded, and c/u corrects log(u) for the rounding.
			u = 1 + x
			if u >= 2 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		}
		ubits := math.Float64bits(u)
		hu = int32(ubits>>32) & 0x000fffff
		k = int(ubits>>52&0x7ff) - 1023
		if hu < 0x6a09e { // normalise u into [sqrt(2)/2, sqrt(2))
			u = math.Float64frombits(uint64(hu|0x3ff00000)<<32 | ubits&0xffffffff)
		} else {
			k++
			u = math.Float64frombits(uint64(hu|0x3fe00000)<<32 | ubits&0xffffffff)
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	fk := float64(k)
	hfsq := 0.5 * f * f
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			return math.FMA(fk, log1pLn2Hi, math.FMA(fk, log1pLn2Lo, c))
		}
		r := math.FMA(-f, 0.66666666666666666, 1) * hfsq
		if k == 0 {
			return f - r
		}
		return math.FMA(fk, log1pLn2Hi, -((r - math.FMA(fk, log1pLn2Lo, c)) - f))
	}
	s := f / (2 + f)
	z := s * s
	z2 := z * z
	z4 := z2 * z2
	z6 := z2 * z4
	r := math.FMA(z, log1pLp1, z2*math.FMA(z, log1pLp3, log1pLp2))
	r = math.FMA(z4, math.FMA(z, log1pLp5, log1pLp4), r)
	r = math.FMA(z6, math.FMA(z, log1pLp7, log1pLp6), r)
	t := s * (hfsq + r)
	if k == 0 {
		return f - (hfsq - t)
	}
	return math.FMA(fk, log1pLn2Hi, -((hfsq - (math.FMA(fk, log1pLn2Lo, c) + t)) - f))
}

package runtime

import "math"

// This file implements math.gamma and math.lgamma with CPython's own
// algorithm (Modules/mathmodule.c: a Lanczos approximation with g = 6.02
// and 13 terms, plus a reflection formula for negative arguments), which
// CPython uses instead of the C library's, so that results match it bit
// for bit. The elementary functions it calls are the glibc-equivalent ones
// of float_libm.go. The float64 conversions keep Go from fusing
// multiply-adds that C does not.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// lanczosNum and lanczosDen are the numerator and denominator coefficients
// of the Lanczos sum; the denominator is x*(x+1)*...*(x+11).
var (
	lanczosNum = [13]float64{
		23531376880.410759688572007674451636754734846804940,
		42919803642.649098768957899047001988850926355848959,
		35711959237.355668049440185451547166705960488635843,
		17921034426.037209699919755754458931112671403265390,
		6039542586.3520280050642916443072979210699388420708,
		1439720407.3117216736632230727949123939715485786772,
		248874557.86205415651146038641322942321632125127801,
		31426415.585400194380614231628318205362874684987640,
		2876370.6289353724412254090516208496135991145378768,
		186056.26539522349504029498971604569928220784236328,
		8071.6720023658162106380029022722506138218516325024,
		210.82427775157934587250973392071336271166969580291,
		2.5066282746310002701649081771338373386264310793408,
	}
	lanczosDen = [13]float64{
		0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
		13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
	}
)

// lanczosSum is the rational function L_g(x) for x > 0, evaluated in 1/x
// for large x to avoid overflow.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi returns sin(pi*x) for a finite x, exact at the integers and half
// integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.Round(2 * y)) {
	case 0:
		r = glibcSin(math.Pi * y)
	case 1:
		r = glibcCos(math.Pi * (y - 0.5))
	case 2:
		// Not -sin(pi*(y-1)), which would give -0.0 at y == 1.
		r = glibcSin(math.Pi * (1 - y))
	case 3:
		r = -glibcCos(math.Pi * (y - 1.5))
	default:
		r = glibcSin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

// gammaIntegral holds gamma(n) = (n-1)! for n = 1..23, all exact.
var gammaIntegral = [23]float64{
	1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800,
	479001600, 6227020800, 87178291200, 1307674368000, 20922789888000,
	355687428096000, 6402373705728000, 121645100408832000,
	2432902008176640000, 51090942171709440000, 1124000727777607680000,
}

// cpythonGamma is CPython's m_tgamma for finite x other than zero and the
// negative integers (which the caller rejects).
func cpythonGamma(x float64) float64 {
	if x == math.Floor(x) && x > 0 && x <= float64(len(gammaIntegral)) {
		return gammaIntegral[int(x)-1]
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		return 1 / x
	}
	if ax > 200 {
		if x < 0 {
			return 0 / sinPi(x)
		}
		return math.Inf(1)
	}
	y := ax + lanczosGMinusHalf
	// z is the rounding error of y, which the correction below accounts
	// for.
	var z float64
	if ax > lanczosGMinusHalf {
		q := y - ax
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - ax
	}
	z = float64(z*lanczosG) / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(ax) / ax * glibcExp(y) / lanczosSum(ax)
		r -= float64(z * r)
		if ax < 140 {
			r /= libmPow(y, ax-0.5)
		} else {
			sqrtPow := libmPow(y, ax/2-0.25)
			r /= sqrtPow
			r /= sqrtPow
		}
	} else {
		r = lanczosSum(ax) / glibcExp(y)
		r += float64(z * r)
		if ax < 140 {
			r *= libmPow(y, ax-0.5)
		} else {
			sqrtPow := libmPow(y, ax/2-0.25)
			r *= sqrtPow
			r *= sqrtPow
		}
	}
	return r
}

// cpythonLgamma is CPython's m_lgamma for finite x other than zero and
// the negative integers (which the caller rejects).
func cpythonLgamma(x float64) float64 {
	if x == math.Floor(x) && x > 0 && x <= 2 {
		return 0 // lgamma(1) = lgamma(2) = 0
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		return -glibcLog(ax)
	}
	r := glibcLog(lanczosSum(ax)) - lanczosG
	r += float64((ax - 0.5) * (glibcLog(ax+lanczosG-0.5) - 1))
	if x < 0 {
		// The reflection formula.
		r = logPi - glibcLog(math.Abs(sinPi(ax))) - glibcLog(ax) - r
	}
	return r
}

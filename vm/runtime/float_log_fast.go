package runtime

// This file defines the first, cheaper try of accurateLog (Ziv's
// strategy): ln x to about 2**-64 of its magnitude, kept when that is
// enough to know its rounding. ddLog's full series took about 0.7
// microseconds a call, most of random.gauss's time.

import "math"

// logFastError bounds the relative error of logFastTry's sum: the tail
// summed in doubles errs by less than 2**-69 of it, and the addition of
// e*ln2 at most doubles that where it cancels.
const logFastError = 0x1p-64

// logInv3 and logInv5 are 1/3 and 1/5 as double-doubles: the series'
// second and third terms are too large to sum in doubles.
var (
	logInv3 = dd{1.0 / 3, math.FMA(-3, 1.0/3, 1) / 3}
	logInv5 = dd{1.0 / 5, math.FMA(-5, 1.0/5, 1) / 5}
)

// logTailCoefficients are 1/7, 1/9, ... 1/35: the rest of the series
// 2 atanh(f) = 2 (f + f**3/3 + f**5/5 + ...) past f**5, summed in doubles
// by Horner's rule in f**2 <= 0.0295; the first term left out is below
// 2**-74 of the sum.
var logTailCoefficients = [...]float64{
	1.0 / 7, 1.0 / 9, 1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21,
	1.0 / 23, 1.0 / 25, 1.0 / 27, 1.0 / 29, 1.0 / 31, 1.0 / 33, 1.0 / 35,
}

// logFastTry returns ln x for a positive finite x to within logFastError
// of its magnitude, by ddLog's reduction.
func logFastTry(x float64) dd {
	f, e := logReduce(x)
	f2 := f.mul(f)
	z := f2.hi
	tail := 0.0
	for i := len(logTailCoefficients) - 1; i >= 0; i-- {
		tail = tail*z + logTailCoefficients[i]
	}
	f3 := f.mul(f2)
	f5 := f3.mul(f2)
	f7 := f5.mul(f2)
	sum := f.add(f3.mul(logInv3)).add(f5.mul(logInv5)).add(f7.mulF(tail))
	return sum.mulF(2).add(ddLn2.mulF(float64(e)))
}

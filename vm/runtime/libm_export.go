package runtime

// This file exports, for modules written outside this package (cmath),
// the C library's elementary functions as CPython 3.12 sees them (the
// glibc-matching versions of float_libm.go), CPython's complex division,
// and the conversion of an argument to a complex number.

// Libm holds the real functions of the C library that CPython's modules
// call, with glibc's results.
var Libm = struct {
	Exp, Log, Log1p, Log10, Sin, Cos, Tan, Sinh, Cosh, Tanh, Asinh, Atan func(float64) float64
	Atan2, Hypot                                                         func(y, x float64) float64
}{
	Exp: glibcExp, Log: glibcLog, Log1p: glibcLog1p, Log10: libmLog10,
	Sin: glibcSin, Cos: glibcCos, Tan: glibcTan,
	Sinh: libmSinh, Cosh: libmCosh, Tanh: libmTanh, Asinh: libmAsinh, Atan: glibcAtan,
	Atan2: glibcAtan2, Hypot: accurateHypot,
}

// ComplexQuotient is a / b as CPython computes it (Smith's algorithm); ok
// is false when b is zero.
func ComplexQuotient(a, b complex128) (q complex128, ok bool) { return complexQuot(a, b) }

// ComplexArg converts an argument to a complex number as CPython's "D"
// argument format does: a complex, an object with __complex__, or a real
// number (float, int, __float__, __index__).
func ComplexArg(th *Thread, v Value) (complex128, error) {
	c, _, ok, err := complexFromNumber(th, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "must be real number, not %s", TypeName(v))
	}
	return c, nil
}

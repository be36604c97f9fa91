package runtime

import "strconv"

// This file defines AppendFloatRepr, float.__repr__ written straight into
// a caller's buffer. FloatRepr made five Go allocations per float (Go's
// 'e' text, the digits without the point, the exponent, the builder's
// growth, the result): json.dumps of a document of floats spent a fifth
// of its allocations there. Here Go's shortest digits go into an array on
// the stack and are rearranged from there.

// AppendFloatRepr appends repr(f) to b: the shortest digits that
// round-trip, in fixed notation when the decimal exponent is in [-4, 16)
// and in exponent notation (1e+16, 1e-05) otherwise; nan, inf, -inf for
// the non-finite values.
func AppendFloatRepr(b []byte, f float64) []byte {
	if s, ok := floatNonFinite(f); ok {
		return append(b, s...)
	}
	// Go's shortest form: [-]D[.DDD]e±XX, at most 17 digits.
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	if e[0] == '-' {
		b = append(b, '-')
		e = e[1:]
	}
	k := 1 // the 'e'
	for e[k] != 'e' {
		k++
	}
	exp := 0
	for _, c := range e[k+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[k+1] == '-' {
		exp = -exp
	}
	// The digits without the point: the first, then those after it.
	var digitBuf [24]byte
	digits := append(digitBuf[:0], e[0])
	if k > 1 {
		digits = append(digits, e[2:k]...)
	}
	decpt := exp + 1 // value = 0.DIGITS × 10**decpt
	if decpt <= -4 || decpt > 16 {
		b = append(b, digits[0])
		if len(digits) > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(exp), 10)
	}
	switch {
	case decpt <= 0:
		b = append(b, '0', '.')
		for i := decpt; i < 0; i++ {
			b = append(b, '0')
		}
		return append(b, digits...)
	case decpt >= len(digits):
		b = append(b, digits...)
		for i := len(digits); i < decpt; i++ {
			b = append(b, '0')
		}
		return append(b, '.', '0')
	}
	b = append(b, digits[:decpt]...)
	b = append(b, '.')
	return append(b, digits[decpt:]...)
}

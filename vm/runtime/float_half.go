package runtime

// The half-precision floats of struct's and memoryview's format 'e'.

import "math"

// FloatToHalf rounds x to IEEE 754 binary16 (round half to even); false
// if it is too large.
func FloatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	}
	a := math.Abs(x)
	if a < 0x1p-14 {
		m := math.RoundToEven(a * 0x1p24)
		return sign | uint16(m), true // m == 1024 is the smallest normal
	}
	_, e := math.Frexp(a)
	e-- // a = 1.f * 2**e
	m := math.RoundToEven((math.Ldexp(a, -e) - 1) * 1024)
	if m == 1024 {
		m = 0
		e++
	}
	if e > 15 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | uint16(m), true
}

// HalfToFloat widens an IEEE 754 binary16 value.
func HalfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 0x1f:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}

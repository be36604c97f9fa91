package runtime

// This file reads and writes the items of a memoryview: the native
// single-character struct formats of CPython's memoryview (an optional
// '@', then one of "cbB?hHiIlLqQnNfdeP"), little-endian as on amd64, with
// CPython's errors for values that do not fit.

import (
	"encoding/binary"
	"math"
	"math/big"
)

// memoryFormatChar returns the item character of a native single-character
// format ("h", "@h") and its item size, or false.
func memoryFormatChar(format string) (byte, int, bool) {
	if len(format) == 2 && format[0] == '@' {
		format = format[1:]
	}
	if len(format) != 1 {
		return 0, 0, false
	}
	switch c := format[0]; c {
	case 'c', 'b', 'B', '?':
		return c, 1, true
	case 'h', 'H', 'e':
		return c, 2, true
	case 'i', 'I', 'f':
		return c, 4, true
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return c, 8, true
	}
	return 0, 0, false
}

// isByteFormat reports whether items of format c are single bytes that a
// cast may reinterpret from or to any other format.
func isByteFormat(c byte) bool { return c == 'b' || c == 'B' || c == 'c' }

// memoryUnpack reads the item of format c at b.
func memoryUnpack(c byte, b []byte) Value {
	switch c {
	case 'B':
		return Int(int64(b[0]))
	case 'b':
		return Int(int64(int8(b[0])))
	case 'c':
		return NewBytes([]byte{b[0]})
	case '?':
		return Bool(b[0] != 0)
	case 'h':
		return Int(int64(int16(binary.LittleEndian.Uint16(b))))
	case 'H':
		return Int(int64(binary.LittleEndian.Uint16(b)))
	case 'i':
		return Int(int64(int32(binary.LittleEndian.Uint32(b))))
	case 'I':
		return Int(int64(binary.LittleEndian.Uint32(b)))
	case 'l', 'q', 'n':
		return Int(int64(binary.LittleEndian.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		x := binary.LittleEndian.Uint64(b)
		if x > math.MaxInt64 {
			return MakeInt(new(big.Int).SetUint64(x))
		}
		return Int(int64(x))
	case 'e':
		return Float(HalfToFloat(binary.LittleEndian.Uint16(b)))
	case 'f':
		return Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
	case 'd':
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	}
	panic("kiln: memoryview item format " + string(c))
}

// memoryPack writes v as an item of format c at b, or fails as CPython's
// memoryview does: "invalid type" for a value of the wrong kind, "invalid
// value" for one out of range.
func memoryPack(th *Thread, c byte, b []byte, v Value) error {
	invalid := func(what string) error {
		exc := ValueError
		if what == "type" {
			exc = TypeError
		}
		return Errorf(exc, "memoryview: invalid %s for format '%c'", what, c)
	}
	switch c {
	case 'c':
		if v.Type().Layout != LayoutBytes {
			return invalid("type")
		}
		data := BytesValue(v)
		if len(data) != 1 {
			return invalid("value")
		}
		b[0] = data[0]
		return nil
	case '?':
		t, err := Truth(th, v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		x, err := ToFloat(th, v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(TypeError) {
				return invalid("type")
			}
			return err
		}
		switch c {
		case 'e':
			h, ok := FloatToHalf(x)
			if !ok {
				return invalid("value")
			}
			binary.LittleEndian.PutUint16(b, h)
		case 'f':
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(x)))
		default:
			binary.LittleEndian.PutUint64(b, math.Float64bits(x))
		}
		return nil
	}
	iv, err := Index(th, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(TypeError) {
			return invalid("type")
		}
		return err
	}
	var u uint64
	if x, ok := intSmall(iv); ok {
		if !memorySmallIntFits(c, x) {
			return invalid("value")
		}
		u = uint64(x) // a negative 'P' is its two's complement, as PyLong_AsVoidPtr makes it
	} else {
		x := intBig(iv)
		switch c {
		case 'L', 'Q', 'N', 'P':
			if x.Sign() > 0 && x.BitLen() <= 64 {
				u = x.Uint64()
				break
			}
			return invalid("value")
		default:
			return invalid("value")
		}
	}
	switch len(b) {
	case 1:
		b[0] = byte(u)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(u))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(u))
	default:
		binary.LittleEndian.PutUint64(b, u)
	}
	return nil
}

// memorySmallIntFits reports whether x is in the range of the integer
// format c ('P' takes any int64, as PyLong_AsVoidPtr does).
func memorySmallIntFits(c byte, x int64) bool {
	switch c {
	case 'b':
		return x >= math.MinInt8 && x <= math.MaxInt8
	case 'B':
		return x >= 0 && x <= math.MaxUint8
	case 'h':
		return x >= math.MinInt16 && x <= math.MaxInt16
	case 'H':
		return x >= 0 && x <= math.MaxUint16
	case 'i':
		return x >= math.MinInt32 && x <= math.MaxInt32
	case 'I':
		return x >= 0 && x <= math.MaxUint32
	case 'L', 'Q', 'N':
		return x >= 0
	}
	return true // l, q, n, P
}

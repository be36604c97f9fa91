package runtime

import (
	"math"
	"strings"
)

// This file defines the complex type: arithmetic with CPython's algorithms
// (Smith's division, integer powers by repeated squaring), repr, hash,
// equality with ints and floats, and the complex() constructor with its
// string syntax.

// ComplexType is the type of complex numbers.
var ComplexType = NewBuiltinType("complex", ObjectType, LayoutComplex, FlagBaseType)

// Complex is a complex number (or an instance of a complex subclass).
type Complex struct {
	Object
	v complex128
}

// NewComplex returns a complex value.
func NewComplex(c complex128) Value {
	return ValueOf(&Complex{Object: Object{typ: ComplexType}, v: c})
}

func newComplexOfType(t *Type, c complex128) Value {
	o := &Complex{Object: Object{typ: t}, v: c}
	if t.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	return ValueOf(o)
}

// ComplexValue returns the value of a complex. v must have LayoutComplex.
func ComplexValue(v Value) complex128 { return as[Complex](v).v }

// complexOperand converts an operand of a complex operator: a complex, a
// float or an int. ok is false for other types.
func complexOperand(v Value) (c complex128, ok bool, err error) {
	if v.Type().Layout == LayoutComplex {
		return as[Complex](v).v, true, nil
	}
	f, ok, err := floatOperand(v)
	return complex(f, 0), ok, err
}

// complexMul multiplies without fused multiply-add, as C does.
func complexMul(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// complexQuot is CPython's _Py_c_quot (Smith's algorithm); ok is false for
// division by zero.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// complexPow is CPython's complex_pow: small integral exponents multiply,
// others go through polar form.
func complexPow(a, b complex128) (Value, error) {
	var r complex128
	domainErr := false
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			r = complexPowUint(a, n)
		} else {
			var ok bool
			r, ok = complexQuot(1, complexPowUint(a, -n))
			domainErr = !ok
		}
	} else {
		switch {
		case b == 0:
			r = 1
		case a == 0:
			domainErr = imag(b) != 0 || real(b) < 0
		default:
			vabs := accurateHypot(real(a), imag(a))
			length, _ := accuratePow(vabs, real(b))
			at := glibcAtan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				length /= glibcExp(at * imag(b))
				phase += imag(b) * glibcLog(vabs)
			}
			r = complex(length*glibcCos(phase), length*glibcSin(phase))
		}
	}
	if domainErr {
		return Value{}, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return Value{}, Errorf(OverflowError, "complex exponentiation")
	}
	return NewComplex(r), nil
}

func complexPowUint(x complex128, n int) complex128 {
	r := complex128(1)
	p := x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

func complexBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	x, ok, err := complexOperand(a)
	if err != nil || !ok {
		return NotImplemented, err
	}
	y, ok, err := complexOperand(b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	switch op {
	case OpAdd:
		return NewComplex(complex(real(x)+real(y), imag(x)+imag(y))), nil
	case OpSub:
		return NewComplex(complex(real(x)-real(y), imag(x)-imag(y))), nil
	case OpMul:
		return NewComplex(complexMul(x, y)), nil
	case OpTrueDiv:
		q, ok := complexQuot(x, y)
		if !ok {
			return Value{}, Errorf(ZeroDivisionError, "complex division by zero")
		}
		return NewComplex(q), nil
	case OpPow:
		return complexPow(x, y)
	}
	return NotImplemented, nil
}

func complexCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	x := as[Complex](a).v
	var eq bool
	switch {
	case b.Type().Layout == LayoutComplex:
		eq = x == as[Complex](b).v
	case isInt(b):
		eq = imag(x) == 0 && !math.IsNaN(real(x)) && compareFloatInt(real(x), b) == 0
	default:
		f, ok := floatValue(b)
		if !ok {
			return NotImplemented, nil
		}
		eq = imag(x) == 0 && real(x) == f
	}
	return Bool(eq == (op == CmpEQ)), nil
}

func complexUnary(th *Thread, op UnaryOp, v Value) (Value, error) {
	x := as[Complex](v).v
	switch op {
	case OpNeg:
		return NewComplex(complex(-real(x), -imag(x))), nil
	case OpPos:
		return NewComplex(x), nil
	case OpAbs:
		r := accurateHypot(real(x), imag(x))
		if math.IsInf(r, 0) && !math.IsInf(real(x), 0) && !math.IsInf(imag(x), 0) {
			return Value{}, Errorf(OverflowError, "absolute value too large")
		}
		return Float(r), nil
	}
	return NotImplemented, nil
}

// ComplexRepr returns repr(c): 1j, (1+2j), (-0-1j), (nan+infj).
func ComplexRepr(c complex128) string {
	im := complexPartRepr(imag(c))
	if real(c) == 0 && !math.Signbit(real(c)) {
		return im + "j"
	}
	if !strings.HasPrefix(im, "-") {
		im = "+" + im
	}
	return "(" + complexPartRepr(real(c)) + im + "j)"
}

// complexPartRepr is a float repr without the ".0" of integral values,
// as complex reprs write their parts.
func complexPartRepr(f float64) string {
	return strings.TrimSuffix(FloatRepr(f), ".0")
}

// complexFromString parses complex(s): a real, an imaginary or a real
// plus an imaginary number, optionally in parentheses.
func complexFromString(s string) (complex128, bool) {
	t := strings.TrimFunc(numASCIIDigits(s), isPySpace)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimFunc(t[1:len(t)-1], isPySpace)
	}
	if t == "" {
		return 0, false
	}
	if !strings.HasSuffix(t, "j") && !strings.HasSuffix(t, "J") {
		f, ok := complexParseReal(t)
		return complex(f, 0), ok
	}
	t = t[:len(t)-1]
	// Split at the sign that starts the imaginary part: the last + or -
	// not at the start and not after an exponent marker.
	split := -1
	for i := len(t) - 1; i > 0; i-- {
		if (t[i] == '+' || t[i] == '-') && t[i-1] != 'e' && t[i-1] != 'E' {
			split = i
			break
		}
	}
	re, imText := 0.0, t
	if split > 0 {
		var ok bool
		if re, ok = complexParseReal(t[:split]); !ok {
			return 0, false
		}
		imText = t[split:]
	}
	var im float64
	switch imText {
	case "", "+":
		im = 1
	case "-":
		im = -1
	default:
		var ok bool
		if im, ok = complexParseReal(imText); !ok {
			return 0, false
		}
	}
	return complex(re, im), true
}

// complexParseReal parses one part of a complex literal; unlike float()
// it allows no inner whitespace.
func complexParseReal(s string) (float64, bool) {
	if s == "" || strings.IndexFunc(s, isPySpace) >= 0 {
		return 0, false
	}
	return ParseFloat(s)
}

// complexFromNumber converts one argument of complex(): a complex, an
// object with __complex__, a float, an int, or an object with __float__ or
// __index__. ok is false if x is none of these; isComplex tells a complex
// from a real number.
func complexFromNumber(th *Thread, x Value) (c complex128, isComplex, ok bool, err error) {
	if r, found, err := numCallSpecial(th, x, "__complex__"); err != nil {
		return 0, false, false, err
	} else if found {
		if r.Type().Layout != LayoutComplex {
			return 0, false, false, Errorf(TypeError, "__complex__ returned non-complex (type %s)", TypeName(r))
		}
		return as[Complex](r).v, true, true, nil
	}
	if x.Type().Layout == LayoutComplex {
		return as[Complex](x).v, true, true, nil
	}
	if f, ok := floatValue(x); ok {
		return complex(f, 0), false, true, nil
	}
	if isInt(x) || x.Type().Lookup("__float__").IsValid() || x.Type().Index != nil {
		f, err := FloatFromValue(th, x)
		if err != nil {
			return 0, false, false, err
		}
		return complex(f.AsFloat(), 0), false, true, nil
	}
	return 0, false, false, nil
}

func complexNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var re, im Value
	if err := UnpackArgs("complex", args, kwnames, "real?", &re, "imag?", &im); err != nil {
		return Value{}, err
	}
	if !re.IsValid() {
		re = Int(0)
	}
	if re.Type().Layout == LayoutStr {
		if im.IsValid() {
			return Value{}, Errorf(TypeError, "complex() can't take second arg if first is a string")
		}
		c, ok := complexFromString(StrValue(re))
		if !ok {
			return Value{}, Errorf(ValueError, "complex() arg is a malformed string")
		}
		return newComplexOfType(t, c), nil
	}
	if im.IsValid() && im.Type().Layout == LayoutStr {
		return Value{}, Errorf(TypeError, "complex() second arg can't be a string")
	}
	if t == ComplexType && !im.IsValid() && re.Type() == ComplexType {
		return re, nil
	}
	a, aIsComplex, ok, err := complexFromNumber(th, re)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeError, "complex() first argument must be a string or a number, not '%s'", TypeName(re))
	}
	if !im.IsValid() {
		return newComplexOfType(t, a), nil
	}
	b, bIsComplex, ok, err := complexFromNumber(th, im)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeError, "complex() second argument must be a number, not '%s'", TypeName(im))
	}
	// real + imag*1j, computed as CPython does, without multiplying and
	// adding only the parts that are there, so that signed zeros and
	// infinities survive.
	re2, im2 := real(a), real(b)
	if bIsComplex {
		re2 -= imag(b)
	}
	if aIsComplex {
		im2 += imag(a)
	}
	return newComplexOfType(t, complex(re2, im2)), nil
}

func init() {
	t := ComplexType
	t.New = complexNew
	t.Repr = func(th *Thread, v Value) (Value, error) { return NewStr(ComplexRepr(as[Complex](v).v)), nil }
	t.Hash = func(th *Thread, v Value) (int64, error) {
		c := as[Complex](v).v
		h := uint64(hashFloat(real(c))) + 1000003*uint64(hashFloat(imag(c)))
		if int64(h) == -1 {
			return -2, nil
		}
		return int64(h), nil
	}
	t.Compare = complexCompare
	t.Bool = func(th *Thread, v Value) (bool, error) { return as[Complex](v).v != 0, nil }
	t.BinOp = complexBinOp
	t.Unary = complexUnary
	numAddProtocolDunders(t)
	numAddCompareDunders(t, complexCompare)
	numAddBinaryDunders(t, complexBinOp, OpAdd, OpSub, OpMul, OpTrueDiv, OpPow)
	numAddUnaryDunders(t, complexUnary, OpNeg, OpPos, OpAbs)
	numNoArgMethod(t, "conjugate", func(th *Thread, self Value) (Value, error) {
		c := as[Complex](self).v
		return NewComplex(complex(real(c), -imag(c))), nil
	})
	numNoArgMethod(t, "__complex__", func(th *Thread, self Value) (Value, error) {
		return NewComplex(as[Complex](self).v), nil
	})
	numNoArgMethod(t, "__getnewargs__", func(th *Thread, self Value) (Value, error) {
		c := as[Complex](self).v
		return NewTuple([]Value{Float(real(c)), Float(imag(c))}), nil
	})
	t.AddGetSet("real", func(th *Thread, self Value) (Value, error) { return Float(real(as[Complex](self).v)), nil }, nil)
	t.AddGetSet("imag", func(th *Thread, self Value) (Value, error) { return Float(imag(as[Complex](self).v)), nil }, nil)
}

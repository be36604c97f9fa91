package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file defines the float type: arithmetic with CPython's rules for
// floor division, modulo and pow, exact comparison with ints, the numeric
// hash shared with int, repr (shortest round-trip digits), the float()
// constructor and string parsing, round(), and the methods of float.
//
// Floats are immediates; instances of float subclasses are *FloatObject.
// Mixed int/float arithmetic and comparison happen here: int's slots answer
// NotImplemented for floats, and the protocol tries float's slot next.

// FloatObject is an instance of a float subclass. Plain floats are
// immediates and never use it.
type FloatObject struct {
	Object
	v float64
}

// floatValue returns the value of a float or float-subclass instance.
func floatValue(v Value) (float64, bool) {
	if v.p == pFloat {
		return v.AsFloat(), true
	}
	if v.Type().Layout == LayoutFloat {
		return as[FloatObject](v).v, true
	}
	return 0, false
}

// newFloatOfType returns f as an instance of t (float or a subclass).
func newFloatOfType(t *Type, f float64) Value {
	if t == FloatType {
		return Float(f)
	}
	profileNew(t, profFloatSize)
	o := &FloatObject{Object: Object{typ: t}, v: f}
	if t.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	return ValueOf(o)
}

// floatOperand converts an operand of a float operator: a float or an int.
// ok is false for other types (the operator is NotImplemented).
func floatOperand(v Value) (f float64, ok bool, err error) {
	if f, ok := floatValue(v); ok {
		return f, true, nil
	}
	if isInt(v) {
		f, err := IntToFloat(v)
		return f, err == nil, err
	}
	return 0, false, nil
}

// floatOperands converts both operands of a float operator; ok is false
// if either is not a float or an int.
func floatOperands(a, b Value) (x, y float64, ok bool, err error) {
	if x, ok, err = floatOperand(a); err != nil || !ok {
		return
	}
	y, ok, err = floatOperand(b)
	return
}

// FloatRepr returns repr(f) as CPython writes it: the shortest digits that
// round-trip, in fixed notation when the decimal exponent is in [-4, 16)
// and in exponent notation (1e+16, 1e-05) otherwise.
func FloatRepr(f float64) string {
	if s, ok := floatNonFinite(f); ok {
		return s
	}
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// floatNonFinite returns "nan", "inf" or "-inf" for the non-finite
// floats, which every float formatting writes alike.
func floatNonFinite(f float64) (string, bool) {
	switch {
	case math.IsNaN(f):
		return "nan", true
	case math.IsInf(f, 1):
		return "inf", true
	case math.IsInf(f, -1):
		return "-inf", true
	}
	return "", false
}

// floatDigits splits Go's 'e' formatting ("-1.2345e+06") into digits, the
// decimal point position and the sign.
func floatDigits(s string) (digits string, decpt int, neg bool) {
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	e := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[e+1:])
	digits = strings.Replace(s[:e], ".", "", 1)
	return digits, exp + 1, neg
}

// writeFixedDigits writes 0.DIGITS × 10**decpt in fixed notation with at
// least minFrac digits after the point (padding with zeros).
func writeFixedDigits(sb *strings.Builder, digits string, decpt, minFrac int) {
	var intPart, frac string
	switch {
	case decpt <= 0:
		intPart = "0"
		frac = strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		intPart = digits + strings.Repeat("0", decpt-len(digits))
	default:
		intPart, frac = digits[:decpt], digits[decpt:]
	}
	sb.WriteString(intPart)
	if len(frac) < minFrac {
		frac += strings.Repeat("0", minFrac-len(frac))
	}
	if frac != "" {
		sb.WriteByte('.')
		sb.WriteString(frac)
	}
}

// formatExponent returns e+XX / e-XX with at least two digits.
func formatExponent(exp int) string {
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	d := strconv.Itoa(exp)
	if len(d) < 2 {
		d = "0" + d
	}
	return "e" + sign + d
}

// hashFloat is CPython's _Py_HashDouble: equal to the hash of the int of
// the same value for integral floats, and generally the value of the
// float as a fraction modulo 2**61 - 1.
func hashFloat(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	const bitsPerStep = 28
	var x uint64
	for m != 0 {
		x = ((x << bitsPerStep) & hashModulus) | x>>(61-bitsPerStep)
		m *= 1 << bitsPerStep
		e -= bitsPerStep
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(61-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// floatCompare compares a float with a float or an int, exactly.
func floatCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	x, ok := floatValue(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := floatValue(b); ok {
		if math.IsNaN(x) || math.IsNaN(y) {
			return Bool(op == CmpNE), nil
		}
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(compareResult(op, c)), nil
	}
	if !isInt(b) {
		return NotImplemented, nil
	}
	if math.IsNaN(x) {
		return Bool(op == CmpNE), nil
	}
	return Bool(compareResult(op, compareFloatInt(x, b))), nil
}

// compareFloatInt compares a non-NaN float with an int exactly, even when
// the int has more bits than a float can hold.
func compareFloatInt(x float64, i Value) int {
	if math.IsInf(x, 0) {
		if x > 0 {
			return 1
		}
		return -1
	}
	if n, ok := intSmall(i); ok && n >= -1<<53 && n <= 1<<53 {
		switch y := float64(n); {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return new(big.Float).SetFloat64(x).Cmp(new(big.Float).SetInt(intBig(i)))
}

// floatBinOp implements the arithmetic operators of floats, with an int
// on either side.
func floatBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	x, y, ok, err := floatOperands(a, b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	case OpPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatMod is Python's x % y for floats: the result has the sign of y.
func floatMod(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// floatDivmod is CPython's float_divmod: the floor quotient (as a float,
// adjusted so that q*y + mod is as close to x as possible) and modulo.
func floatDivmod(x, y float64) (floordiv, mod float64) {
	mod = math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow is CPython's float_pow: C99 pow with Python's errors, and a
// complex result for a negative base and a non-integral exponent.
func floatPow(x, y float64) (Value, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	yIsOddInt := math.Mod(math.Abs(y), 2) == 1
	if math.IsInf(y, 0) {
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return Float(1), nil
		case (y > 0) == (ax > 1):
			return Float(math.Inf(1)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(x, 0) {
		if y > 0 {
			if yIsOddInt {
				return Float(x), nil
			}
			return Float(math.Abs(x)), nil
		}
		if yIsOddInt {
			return Float(math.Copysign(0, x)), nil
		}
		return Float(0), nil
	}
	if x == 0 {
		if y < 0 {
			return Value{}, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if yIsOddInt {
			return Float(x), nil
		}
		return Float(0), nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return complexPow(complex(x, 0), complex(y, 0))
		}
		x = -x
		negate = yIsOddInt
	}
	if x == 1 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r, ok := accuratePow(x, y)
	if !ok {
		return Value{}, errNumericalRange()
	}
	if negate {
		r = -r
	}
	return Float(r), nil
}

// errNumericalRange is the OverflowError CPython raises from errno ERANGE.
func errNumericalRange() error {
	return NewException(OverflowError, Int(34), NewStr("Numerical result out of range"))
}

// floatUnary implements -x, +x and abs(x) for floats.
func floatUnary(th *Thread, op UnaryOp, v Value) (Value, error) {
	x, _ := floatValue(v)
	switch op {
	case OpNeg:
		return Float(-x), nil
	case OpPos:
		return Float(x), nil
	case OpAbs:
		return Float(math.Abs(x)), nil
	}
	return NotImplemented, nil
}

// ParseFloat parses s as float(s) does: surrounding whitespace, a sign,
// decimal digits with single underscores between digits, an exponent, or
// inf, infinity and nan in any case. ok is false for anything else.
func ParseFloat(s string) (f float64, ok bool) {
	t := strings.TrimFunc(numASCIIDigits(s), isPySpace)
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return 0, false
	}
	neg := strings.HasPrefix(t, "-")
	switch strings.ToLower(body) {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		clean, ok := floatLiteralDigits(body)
		if !ok {
			return 0, false
		}
		var err error
		f, err = strconv.ParseFloat(clean, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return 0, false
		}
	}
	if neg {
		f = -f
	}
	return f, true
}

// floatLiteralDigits checks the syntax of an unsigned decimal float
// (digits, optional fraction, optional exponent; underscores only between
// digits) and returns it without underscores.
func floatLiteralDigits(s string) (string, bool) {
	var sb strings.Builder
	digitsBefore, digitsAfter := 0, 0
	i := 0
	scanDigits := func() int {
		n := 0
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				sb.WriteByte(c)
				n++
				i++
			} else if c == '_' && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			} else {
				break
			}
		}
		return n
	}
	digitsBefore = scanDigits()
	if i < len(s) && s[i] == '.' {
		sb.WriteByte('.')
		i++
		digitsAfter = scanDigits()
	}
	if digitsBefore+digitsAfter == 0 {
		return "", false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		sb.WriteByte('e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			sb.WriteByte(s[i])
			i++
		}
		if scanDigits() == 0 {
			return "", false
		}
	}
	return sb.String(), i == len(s)
}

// FloatFromValue is float(x) with one argument.
func FloatFromValue(th *Thread, x Value) (Value, error) {
	if f, ok := floatValue(x); ok {
		return Float(f), nil
	}
	if isInt(x) {
		f, err := IntToFloat(x)
		return Float(f), err
	}
	var s string
	switch x.Type().Layout {
	case LayoutStr:
		s = StrValue(x)
	case LayoutBytes, LayoutByteArray:
		s = latin1Decode(BytesValue(x))
	default:
		r, ok, err := numCallSpecial(th, x, "__float__")
		if err != nil {
			return Value{}, err
		}
		if ok {
			if f, isFloat := floatValue(r); isFloat {
				if r.Type() != FloatType {
					if err := Warn(th, DeprecationWarning, TypeName(x)+".__float__ returned non-float (type "+TypeName(r)+
						").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1); err != nil {
						return Value{}, err
					}
				}
				return Float(f), nil
			}
			return Value{}, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
		}
		if b, ok := bytesLike(x); ok && isMemoryView(x) {
			s = latin1Decode(b) // CPython reads any buffer as bytes
			break
		}
		if x.Type().Index != nil {
			i, err := Index(th, x)
			if err != nil {
				return Value{}, err
			}
			f, err := IntToFloat(i)
			return Float(f), err
		}
		return Value{}, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(x))
	}
	f, ok := ParseFloat(s)
	if !ok {
		repr := strRepr(s)
		if x.Type().Layout != LayoutStr {
			repr = bytesRepr(x)
		}
		return Value{}, Errorf(ValueError, "could not convert string to float: %s", repr)
	}
	return Float(f), nil
}

func floatNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var x Value
	if err := NoKwargs("float", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) > 1 {
		return Value{}, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	if err := UnpackArgs("float", args, kwnames, "x?", &x, "/", nil); err != nil {
		return Value{}, err
	}
	r := Float(0)
	if x.IsValid() {
		var err error
		if r, err = FloatFromValue(th, x); err != nil {
			return Value{}, err
		}
	}
	return newFloatOfType(t, r.AsFloat()), nil
}

// FloatRound returns round(x, ndigits), correctly rounded (ties to even on
// the exact binary value), as CPython's double_round.
func FloatRound(x float64, ndigits int64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x == 0:
		return x, nil
	case ndigits > 323:
		return x, nil
	case ndigits < -308:
		return math.Copysign(0, x), nil
	}
	var r float64
	if ndigits >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', int(ndigits), 64), 64)
	} else {
		pow10 := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
		q := new(big.Rat).SetFloat64(x)
		q.Quo(q, new(big.Rat).SetInt(pow10))
		n := ratRoundHalfEven(q)
		r, _ = new(big.Float).SetInt(n.Mul(n, pow10)).Float64()
	}
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowError, "rounded value too large to represent")
	}
	return math.Copysign(r, x), nil
}

// ratRoundHalfEven rounds q to the nearest integer, ties to even.
func ratRoundHalfEven(q *big.Rat) *big.Int {
	n, r := bigFloorDivMod(q.Num(), q.Denom())
	c := new(big.Int).Lsh(r, 1).Cmp(q.Denom())
	if c > 0 || (c == 0 && n.Bit(0) == 1) {
		n.Add(n, big.NewInt(1))
	}
	return n
}

// floatRoundMethod is float.__round__(ndigits=None).
func floatRoundMethod(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var nd Value
	if err := UnpackArgs("__round__", args, kwnames, "ndigits?", &nd); err != nil {
		return Value{}, err
	}
	x, _ := floatValue(self)
	if !nd.IsValid() || nd.IsNone() {
		return FloatToInt(math.RoundToEven(x))
	}
	n, err := Index(th, nd)
	if err != nil {
		return Value{}, err
	}
	digits := int64(math.MaxInt32)
	if small, ok := intSmall(n); ok && small < digits {
		digits = small
	} else if intSign(n) < 0 {
		digits = math.MinInt32
	}
	r, err := FloatRound(x, digits)
	return Float(r), err
}

// FloatHex is float.hex(): 0x1.8000000000000p+1, always 13 hex digits.
func FloatHex(x float64) string {
	if s, ok := floatNonFinite(x); ok {
		return s
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexDigits = "0123456789abcdef"
	var sb strings.Builder
	sb.WriteString(sign + "0x")
	sb.WriteByte(hexDigits[int(m)])
	m -= math.Floor(m)
	sb.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		sb.WriteByte(hexDigits[int(m)])
		m -= math.Floor(m)
	}
	sb.WriteByte('p')
	if e >= 0 {
		sb.WriteByte('+')
	}
	sb.WriteString(strconv.Itoa(e))
	return sb.String()
}

// FloatFromHex is float.fromhex(s).
func FloatFromHex(s string) (float64, error) {
	invalid := Errorf(ValueError, "invalid hexadecimal floating-point string")
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	var f float64
	switch strings.ToLower(t) {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		lower := strings.ToLower(t)
		if strings.HasPrefix(lower, "0x") {
			t = t[2:]
			lower = lower[2:]
		}
		mant, exp := lower, "0"
		if i := strings.IndexByte(lower, 'p'); i >= 0 {
			mant, exp = lower[:i], lower[i+1:]
		}
		if mant == "" || mant == "." || strings.Count(mant, ".") > 1 || strings.Trim(mant, "0123456789abcdef.") != "" {
			return 0, invalid
		}
		if e := strings.TrimLeft(exp, "+-"); e == "" || len(exp)-len(e) > 1 || strings.Trim(e, "0123456789") != "" {
			return 0, invalid
		}
		var err error
		f, err = strconv.ParseFloat("0x"+mant+"p"+exp, 64)
		if err != nil {
			if strings.Contains(err.Error(), "range") && math.IsInf(f, 0) {
				return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
			}
			if !strings.Contains(err.Error(), "range") {
				return 0, invalid
			}
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// floatAsIntegerRatio is float.as_integer_ratio().
func floatAsIntegerRatio(x float64) (Value, error) {
	switch {
	case math.IsInf(x, 0):
		return Value{}, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return Value{}, Errorf(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return NewTuple([]Value{MakeInt(new(big.Int).Set(r.Num())), MakeInt(new(big.Int).Set(r.Denom()))}), nil
}

func init() {
	t := FloatType
	t.New = floatNew
	t.Repr = func(th *Thread, v Value) (Value, error) {
		x, _ := floatValue(v)
		return NewStr(FloatRepr(x)), nil
	}
	t.Hash = func(th *Thread, v Value) (int64, error) {
		x, _ := floatValue(v)
		return hashFloat(x), nil
	}
	t.Compare = floatCompare
	t.Bool = func(th *Thread, v Value) (bool, error) {
		x, _ := floatValue(v)
		return x != 0, nil
	}
	t.BinOp = floatBinOp
	t.Unary = floatUnary
	numAddProtocolDunders(t)
	numAddCompareDunders(t, floatCompare)
	numAddBinaryDunders(t, floatBinOp, numArithmeticOps...)
	numAddUnaryDunders(t, floatUnary, OpNeg, OpPos, OpAbs)
	t.planAdder(func() {
		powWithMod := func(name string, reflected bool) {
			t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount(name, args, kwnames, 1, 2); err != nil {
					return Value{}, err
				}
				if len(args) == 2 && !args[1].IsNone() {
					return Value{}, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
				}
				if reflected {
					return floatBinOp(th, OpPow, args[0], self)
				}
				return floatBinOp(th, OpPow, self, args[0])
			})
		}
		powWithMod("__pow__", false)
		powWithMod("__rpow__", true)
		divmod := func(a, b Value) (Value, error) {
			x, y, ok, err := floatOperands(a, b)
			if err != nil || !ok {
				return NotImplemented, err
			}
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionError, "float divmod()")
			}
			q, m := floatDivmod(x, y)
			return NewTuple([]Value{Float(q), Float(m)}), nil
		}
		numAddDivmodDunders(t, divmod)
		toInt := func(round func(float64) float64) func(th *Thread, self Value) (Value, error) {
			return func(th *Thread, self Value) (Value, error) {
				x, _ := floatValue(self)
				return FloatToInt(round(x))
			}
		}
		numNoArgMethod(t, "__int__", toInt(math.Trunc))
		numNoArgMethod(t, "__trunc__", toInt(math.Trunc))
		numNoArgMethod(t, "__floor__", toInt(math.Floor))
		numNoArgMethod(t, "__ceil__", toInt(math.Ceil))
		exact := func(th *Thread, self Value) (Value, error) {
			x, _ := floatValue(self)
			return Float(x), nil
		}
		numNoArgMethod(t, "__float__", exact)
		numNoArgMethod(t, "conjugate", exact)
		numNoArgMethod(t, "__getnewargs__", func(th *Thread, self Value) (Value, error) {
			x, _ := floatValue(self)
			return NewTuple([]Value{Float(x)}), nil
		})
		t.AddMethod("__round__", floatRoundMethod)
		numNoArgMethod(t, "is_integer", func(th *Thread, self Value) (Value, error) {
			x, _ := floatValue(self)
			return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
		})
		numNoArgMethod(t, "as_integer_ratio", func(th *Thread, self Value) (Value, error) {
			x, _ := floatValue(self)
			return floatAsIntegerRatio(x)
		})
		numNoArgMethod(t, "hex", func(th *Thread, self Value) (Value, error) {
			x, _ := floatValue(self)
			return NewStr(FloatHex(x)), nil
		})
		t.AddClassMethod("fromhex", func(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(as[Type](cls).Name+".fromhex", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			if args[0].Type().Layout != LayoutStr {
				return Value{}, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(args[0]))
			}
			f, err := FloatFromHex(StrValue(args[0]))
			if err != nil {
				return Value{}, err
			}
			if as[Type](cls) != FloatType {
				return Call(th, cls, []Value{Float(f)}, nil)
			}
			return Float(f), nil
		})
		t.AddGetSet("real", exact, nil)
		t.AddGetSet("imag", func(th *Thread, self Value) (Value, error) { return Float(0), nil }, nil)
	}) // the methods: with the dict, at its first use (type_dict.go)
}

package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
)

// This file defines the int and bool types: arithmetic on small ints with
// overflow into math/big, Python's floor division and modulo, shifts and
// bitwise operators, exact hashing, the int() and bool() constructors, int
// parsing (IntFromString) and the methods of int.
//
// An int is an immediate when it fits in int64 and its type is exactly int;
// big values and instances of int subclasses are *BigInt. Mixed int/float
// operations and comparisons are float's job (float.go): int's slots answer
// NotImplemented for floats, as CPython's long methods do.

// IntMaxStrDigits is CPython's default limit on the number of decimal digits
// converted between str and int (sys.get_int_max_str_digits()). It guards
// against quadratic-time conversions of enormous numbers.
const IntMaxStrDigits = 4300

// isInt reports whether v is an int: an immediate, a big int, a bool, or an
// instance of an int subclass.
func isInt(v Value) bool { return v.Type().Layout == LayoutInt }

// intSmall returns the value of the int v if it fits in int64.
func intSmall(v Value) (int64, bool) {
	switch v.p {
	case pInt, pBool:
		return int64(v.n), true
	}
	b := as[BigInt](v).v
	if b.IsInt64() {
		return b.Int64(), true
	}
	return 0, false
}

// intBig returns the value of the int v as a *big.Int that the caller must
// not modify (it may be the int's own storage).
func intBig(v Value) *big.Int {
	switch v.p {
	case pInt, pBool:
		return big.NewInt(int64(v.n))
	}
	return as[BigInt](v).v
}

// intExact returns the int v as a value of exactly type int, as int(v) and
// the operators do for bools and subclass instances.
func intExact(v Value) Value {
	switch v.p {
	case pInt:
		return v
	case pBool:
		return Int(int64(v.n))
	}
	b := as[BigInt](v)
	if b.typ == IntType {
		return v
	}
	return MakeInt(b.v)
}

// newIntOfType returns x as an instance of t, which is int or a subclass.
func newIntOfType(t *Type, x *big.Int) Value {
	if t == IntType {
		return MakeInt(x)
	}
	profileNew(t, profBigIntSize(x))
	o := &BigInt{Object: Object{typ: t}, v: x}
	if t.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	return ValueOf(o)
}

// intSign returns -1, 0 or 1.
func intSign(v Value) int {
	if x, ok := intSmall(v); ok {
		switch {
		case x < 0:
			return -1
		case x > 0:
			return 1
		}
		return 0
	}
	return intBig(v).Sign()
}

// IntToFloat converts an int to the nearest float (ties to even), raising
// OverflowError if it is too large, as CPython's PyLong_AsDouble.
func IntToFloat(v Value) (float64, error) {
	if x, ok := intSmall(v); ok {
		return float64(x), nil
	}
	f, _ := new(big.Float).SetInt(intBig(v)).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// NumberToFloat returns the value of an int, bool or float (or an instance
// of a subclass of one) as a float64. It reports false for other values and
// for ints too large for a float; it never runs Python code.
func NumberToFloat(th *Thread, v Value) (float64, bool) {
	if f, ok := floatValue(v); ok {
		return f, true
	}
	if isInt(v) {
		f, err := IntToFloat(v)
		return f, err == nil
	}
	return 0, false
}

// hashBigInt is CPython's hash of an int: its value modulo 2**61 - 1, with
// the sign of the int, and -1 (the C error marker) replaced by -2.
func hashBigInt(x *big.Int) int64 {
	if x.IsInt64() {
		return hashInt64(x.Int64())
	}
	m := new(big.Int).Abs(x)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func intHash(th *Thread, v Value) (int64, error) {
	if x, ok := intSmall(v); ok {
		return hashInt64(x), nil
	}
	return hashBigInt(intBig(v)), nil
}

// intDecimal returns the decimal text of an int, enforcing the digit limit.
func intDecimal(v Value) (string, error) {
	var s string
	if x, ok := intSmall(v); ok {
		return formatInt64(x), nil
	}
	s = intBig(v).Text(10)
	if over, lim := intStrDigitsExceeded(len(strings.TrimPrefix(s, "-"))); over {
		return "", Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
	}
	return s, nil
}

func formatInt64(x int64) string { return strconv.FormatInt(x, 10) }

func intRepr(th *Thread, v Value) (Value, error) {
	s, err := intDecimal(v)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// intCompare compares two ints; other operands are NotImplemented (float's
// slot compares ints with floats exactly).
func intCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if !isInt(a) || !isInt(b) {
		return NotImplemented, nil
	}
	var c int
	x, okx := intSmall(a)
	y, oky := intSmall(b)
	if okx && oky {
		switch {
		case x < y:
			c = -1
		case x > y:
			c = 1
		}
	} else {
		c = intBig(a).Cmp(intBig(b))
	}
	return Bool(compareResult(op, c)), nil
}

// compareResult applies op to the result c (-1, 0, 1) of a three-way
// comparison.
func compareResult(op CompareOp, c int) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// intBinOp implements the binary operators on two ints.
func intBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if !isInt(a) || !isInt(b) {
		return NotImplemented, nil
	}
	x, okx := intSmall(a)
	y, oky := intSmall(b)
	if okx && oky {
		if r, ok, err := intSmallOp(op, x, y); ok || err != nil {
			return r, err
		}
	}
	return intBigOp(op, intBig(a), intBig(b))
}

// intSmallOp computes x op y in int64 arithmetic; it reports false when
// the result does not fit (or the operation needs big ints), and the caller
// redoes it with big ints.
func intSmallOp(op BinaryOp, x, y int64) (Value, bool, error) {
	switch op {
	case OpAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return Int(r), true, nil
		}
	case OpSub:
		r := x - y
		if (r < x) == (y > 0) {
			return Int(r), true, nil
		}
	case OpMul:
		hi, lo := bits.Mul64(uint64(absInt64(x)), uint64(absInt64(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return Int(r), true, nil
		}
	case OpFloorDiv:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return Value{}, false, nil
		}
		q := x / y
		if x%y != 0 && (x < 0) != (y < 0) {
			q--
		}
		return Int(q), true, nil
	case OpMod:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "integer modulo by zero")
		}
		if y == -1 {
			return Int(0), true, nil
		}
		r := x % y
		if r != 0 && (r < 0) != (y < 0) {
			r += y
		}
		return Int(r), true, nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "division by zero")
		}
		const exact = 1 << 53
		if -exact <= x && x <= exact && -exact <= y && y <= exact {
			return Float(float64(x) / float64(y)), true, nil
		}
	case OpPow:
		if y < 0 {
			r, err := floatPow(float64(x), float64(y))
			return r, true, err
		}
		if r, ok := powInt64(x, y); ok {
			return Int(r), true, nil
		}
	case OpLShift:
		if y < 0 {
			return Value{}, false, Errorf(ValueError, "negative shift count")
		}
		if x == 0 {
			return Int(0), true, nil
		}
		if y < 63 && (x<<y)>>y == x {
			return Int(x << y), true, nil
		}
	case OpRShift:
		if y < 0 {
			return Value{}, false, Errorf(ValueError, "negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return Int(x >> y), true, nil
	case OpAnd:
		return Int(x & y), true, nil
	case OpOr:
		return Int(x | y), true, nil
	case OpXor:
		return Int(x ^ y), true, nil
	case OpMatMul:
		return NotImplemented, true, nil
	}
	return Value{}, false, nil
}

func absInt64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// powInt64 computes x**y (y >= 0) by squaring, reporting false on overflow.
func powInt64(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 != 0 {
			hi, lo := bits.Mul64(uint64(absInt64(r)), uint64(absInt64(x)))
			if hi != 0 || lo > math.MaxInt64 || x == math.MinInt64 {
				return 0, false
			}
			neg := (r < 0) != (x < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		y >>= 1
		if y > 0 {
			if absInt64(x) > math.MaxInt32 || x == math.MinInt64 {
				return 0, false
			}
			x *= x
		}
	}
	return r, true
}

// intBigOp computes x op y with big ints.
func intBigOp(op BinaryOp, x, y *big.Int) (Value, error) {
	z := new(big.Int)
	switch op {
	case OpAdd:
		return MakeInt(z.Add(x, y)), nil
	case OpSub:
		return MakeInt(z.Sub(x, y)), nil
	case OpMul:
		return MakeInt(z.Mul(x, y)), nil
	case OpFloorDiv:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, _ := bigFloorDivMod(x, y)
		return MakeInt(q), nil
	case OpMod:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionError, "integer modulo by zero")
		}
		_, r := bigFloorDivMod(x, y)
		return MakeInt(r), nil
	case OpTrueDiv:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionError, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case OpPow:
		if y.Sign() < 0 {
			fx, err := IntToFloat(MakeInt(x))
			if err != nil {
				return Value{}, err
			}
			fy, err := IntToFloat(MakeInt(y))
			if err != nil {
				return Value{}, err
			}
			return floatPow(fx, fy)
		}
		return MakeInt(z.Exp(x, y, nil)), nil
	case OpLShift, OpRShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > math.MaxInt32 {
			if op == OpRShift || x.Sign() == 0 {
				if x.Sign() < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			return Value{}, Errorf(OverflowError, "too many digits in integer")
		}
		if op == OpLShift {
			return MakeInt(z.Lsh(x, uint(y.Int64()))), nil
		}
		return MakeInt(z.Rsh(x, uint(y.Int64()))), nil
	case OpAnd:
		return MakeInt(z.And(x, y)), nil
	case OpOr:
		return MakeInt(z.Or(x, y)), nil
	case OpXor:
		return MakeInt(z.Xor(x, y)), nil
	}
	return NotImplemented, nil
}

// bigFloorDivMod returns Python's x // y and x % y: the quotient rounded
// towards negative infinity and a remainder with the sign of y.
func bigFloorDivMod(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

// IntDivmod returns divmod(a, b) for two ints.
func IntDivmod(a, b Value) (Value, error) {
	if intSign(b) == 0 {
		return Value{}, Errorf(ZeroDivisionError, "integer division or modulo by zero")
	}
	q, r := bigFloorDivMod(intBig(a), intBig(b))
	return NewTuple([]Value{MakeInt(q), MakeInt(r)}), nil
}

// IntPowMod returns pow(base, exp, mod) for three ints, as CPython's
// long_pow: a negative exponent takes the modular inverse, and the result
// has the sign of mod.
func IntPowMod(base, exp, mod Value) (Value, error) {
	m := intBig(mod)
	if m.Sign() == 0 {
		return Value{}, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	absM := new(big.Int).Abs(m)
	b := new(big.Int).Mod(intBig(base), absM)
	e := intBig(exp)
	if e.Sign() < 0 {
		if b.ModInverse(b, absM) == nil {
			return Value{}, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, absM)
	if absM.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return MakeInt(r), nil
}

// intUnary implements -x, +x, ~x and abs(x); the results are plain ints
// even for bools and subclass instances.
func intUnary(th *Thread, op UnaryOp, v Value) (Value, error) {
	if x, ok := intSmall(v); ok && x != math.MinInt64 {
		switch op {
		case OpNeg:
			return Int(-x), nil
		case OpPos:
			return Int(x), nil
		case OpInvert:
			return Int(^x), nil
		case OpAbs:
			return Int(absInt64(x)), nil
		}
	}
	x := intBig(v)
	z := new(big.Int)
	switch op {
	case OpNeg:
		z.Neg(x)
	case OpPos:
		z.Set(x)
	case OpInvert:
		z.Not(x)
	case OpAbs:
		z.Abs(x)
	}
	return MakeInt(z), nil
}

// intRound is int.__round__(ndigits): for negative ndigits it rounds to a
// multiple of 10**-ndigits, ties to even. Unlike float's, it does not
// accept None (round() drops an ndigits of None before calling it).
func intRound(th *Thread, v, ndigits Value) (Value, error) {
	if !ndigits.IsValid() {
		return intExact(v), nil
	}
	nd, err := Index(th, ndigits)
	if err != nil {
		return Value{}, err
	}
	if intSign(nd) >= 0 {
		return intExact(v), nil
	}
	n := new(big.Int).Neg(intBig(nd))
	if !n.IsInt64() || n.Int64() > 1<<20 {
		return Int(0), nil
	}
	pow10 := new(big.Int).Exp(big.NewInt(10), n, nil)
	q, r := bigFloorDivMod(intBig(v), pow10)
	c := new(big.Int).Lsh(r, 1).Cmp(pow10)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return MakeInt(q.Mul(q, pow10)), nil
}

// intNew is int.__new__: int(), int(x), int(x, base).
func intNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if len(args) == 0 && t == IntType {
		return Int(0), nil // int(), defaultdict(int)'s factory: x and base would escape to the heap
	}
	if len(args) == 1 && len(kwnames) == 0 {
		// int(x), the common call: UnpackArgs' binding of x alone cost
		// more than parsing a short decimal str (tokenizer's int(t.text)).
		r, err := IntFromValue(th, args[0])
		if err != nil || t == IntType {
			return r, err
		}
		return newIntOfType(t, new(big.Int).Set(intBig(r))), nil
	}
	var x, base Value
	for _, k := range kwnames {
		if k != "base" {
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for int()", k)
		}
	}
	if err := UnpackArgs("int", args, kwnames, "x?", &x, "/", nil, "base?", &base); err != nil {
		return Value{}, err
	}
	var r Value
	var err error
	switch {
	case !x.IsValid():
		if base.IsValid() {
			return Value{}, Errorf(TypeError, "int() missing string argument")
		}
		r = Int(0)
	case base.IsValid():
		r, err = intFromStringValue(th, x, base)
	default:
		r, err = IntFromValue(th, x)
	}
	if err != nil || t == IntType {
		return r, err
	}
	return newIntOfType(t, new(big.Int).Set(intBig(r))), nil
}

// intFromStringValue is int(x, base): x must be a str, bytes or bytearray.
func intFromStringValue(th *Thread, x, baseV Value) (Value, error) {
	b, err := AsInt(th, baseV)
	if err != nil {
		return Value{}, err
	}
	if b != 0 && (b < 2 || b > 36) {
		return Value{}, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	switch x.Type().Layout {
	case LayoutStr:
		return IntFromString(StrValue(x), int(b))
	case LayoutBytes, LayoutByteArray:
		return intFromText(latin1Decode(BytesValue(x)), int(b), bytesRepr(x))
	}
	return Value{}, Errorf(TypeError, "int() can't convert non-string with explicit base")
}

// IntFromValue is int(x) with one argument: the conversion of numbers,
// strings and bytes, and of objects with __int__, __index__ or __trunc__.
func IntFromValue(th *Thread, x Value) (Value, error) {
	if isInt(x) {
		return intExact(x), nil
	}
	if f, ok := floatValue(x); ok {
		return FloatToInt(f)
	}
	switch x.Type().Layout {
	case LayoutStr:
		return IntFromString(StrValue(x), 10)
	case LayoutBytes, LayoutByteArray:
		return intFromStringValue(th, x, Int(10))
	}
	for _, name := range [...]string{"__int__", "__index__", "__trunc__"} {
		r, ok, err := numCallSpecial(th, x, name)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			continue
		}
		if name == "__trunc__" {
			if err := Warn(th, DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1); err != nil {
				return Value{}, err
			}
		}
		if isInt(r) {
			if name != "__trunc__" {
				if err := warnIntSubclass(th, name, r); err != nil {
					return Value{}, err
				}
			}
			return intExact(r), nil
		}
		if name == "__trunc__" {
			if r.Type().Index == nil {
				return Value{}, Errorf(TypeError, "__trunc__ returned non-Integral (type %s)", TypeName(r))
			}
			return Index(th, r)
		}
		return Value{}, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeName(r))
	}
	if isMemoryView(x) {
		if b, ok := bytesLike(x); ok {
			return intFromStringValue(th, NewBytes(b), Int(10)) // CPython reads any buffer as bytes
		}
	}
	return Value{}, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// warnIntSubclass issues CPython's DeprecationWarning for a method (name)
// of a conversion to int that returned r, an instance of a strict
// subclass of int; r of type int itself passes.
func warnIntSubclass(th *Thread, name string, r Value) error {
	if r.p == pInt || r.Type() == IntType {
		return nil
	}
	return Warn(th, DeprecationWarning, name+" returned non-int (type "+TypeName(r)+
		").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1)
}

// numCallSpecial calls the special method name of v's type, if it has
// one, as CPython's lookup of special methods: on the type, not the
// instance.
func numCallSpecial(th *Thread, v Value, name string, args ...Value) (Value, bool, error) {
	m := v.Type().Lookup(name)
	if !m.IsValid() {
		return Value{}, false, nil
	}
	if m.IsNone() {
		return Value{}, false, nil
	}
	r, err := Call(th, m, append([]Value{v}, args...), nil)
	return r, true, err
}

// FloatToInt truncates f towards zero, as int(f).
func FloatToInt(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return Value{}, Errorf(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return Value{}, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return Int(int64(f)), nil
	}
	z, _ := new(big.Float).SetFloat64(f).Int(nil)
	return MakeInt(z), nil
}

// IntFromString parses s as int(s, base) does: surrounding whitespace, a
// sign, a base prefix (0x, 0o, 0b) when base is 0 or matches it, single
// underscores between digits, and any Unicode decimal digits. base is 0 or
// 2..36. Errors are CPython's ValueErrors, quoting s.
func IntFromString(s string, base int) (Value, error) {
	if v, ok := strSmallDecimal(s, base); ok {
		return v, nil
	}
	return intFromText(s, base, strRepr(s))
}

// intFromText is IntFromString for text that came from a str or a bytes
// object, whose repr (quoted) the error message shows.
func intFromText(s string, base int, quoted string) (Value, error) {
	invalid := func() error {
		return Errorf(ValueError, "invalid literal for int() with base %d: %s", base, quoted)
	}
	t := strings.TrimFunc(numASCIIDigits(s), isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		p := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[t[1]]
		if p != 0 && (b == 0 || b == p) {
			b = p
			t = t[2:]
			prefixed = true
		}
	}
	onlyZeros := false
	if b == 0 {
		b = 10
		onlyZeros = len(t) > 0 && t[0] == '0'
	}
	if prefixed && strings.HasPrefix(t, "_") {
		t = t[1:]
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return Value{}, invalid()
	}
	digits := strings.ReplaceAll(t, "_", "")
	for i := 0; i < len(digits); i++ {
		if d := digitValue(digits[i]); d >= b || (onlyZeros && d != 0) {
			return Value{}, invalid()
		}
	}
	if over, lim := intStrDigitsExceeded(len(digits)); b&(b-1) != 0 && over {
		return Value{}, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, len(digits))
	}
	z, ok := new(big.Int).SetString(digits, b)
	if !ok {
		return Value{}, invalid()
	}
	if neg {
		z.Neg(z)
	}
	return MakeInt(z), nil
}

// digitValue returns the value of an ASCII digit or letter in bases up to
// 36, or 99.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// numASCIIDigits replaces Unicode decimal digits by their ASCII digits and
// Unicode whitespace by spaces, as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII; other non-ASCII characters
// become '?', which no parser accepts.
func numASCIIDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case isPySpace(r):
			sb.WriteByte(' ')
		case unicode.Is(unicode.Nd, r):
			sb.WriteByte(byte('0' + decimalDigitValue(r)))
		default:
			sb.WriteByte('?')
		}
	}
	return sb.String()
}

// decimalDigitValue returns the value of a Unicode decimal digit (category
// Nd). Decimal digits come in runs of ten consecutive code points from 0
// to 9, so the value is the distance from the start of the run, mod 10.
func decimalDigitValue(r rune) int {
	n := 0
	for unicode.Is(unicode.Nd, r-rune(n)-1) {
		n++
	}
	return n % 10
}

// isPySpace reports whether r is whitespace for Python's str.isspace and
// str.split: Unicode White_Space plus the separators \x1c-\x1f.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0:
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.Is(unicode.White_Space, r) || unicode.Is(unicode.Zs, r)
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	var lengthV, orderV, signedV Value
	if err := UnpackArgs("to_bytes", args, kwnames, "length?", &lengthV, "byteorder?", &orderV, "$signed?", &signedV); err != nil {
		return Value{}, err
	}
	length := int64(1)
	if lengthV.IsValid() {
		var err error
		if length, err = AsInt(th, lengthV); err != nil {
			return Value{}, err
		}
		if length < 0 {
			return Value{}, Errorf(ValueError, "length argument must be non-negative")
		}
	}
	little, signed, err := numByteOrderSigned(th, orderV, signedV)
	if err != nil {
		return Value{}, err
	}
	// CPython allocates the bytes before it converts.
	if length > math.MaxInt64-bytesHeaderSize {
		return Value{}, Errorf(OverflowError, "byte string is too large")
	}
	if err := checkGrowth(maxSeqBytes, 0, length, 1); err != nil {
		return Value{}, err
	}
	x := intBig(self)
	if x.Sign() < 0 && !signed {
		return Value{}, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	// Two's complement: a negative x is stored as 2**(8*length) + x.
	limit := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
	u := new(big.Int).Set(x)
	if signed {
		half := new(big.Int).Rsh(limit, 1)
		if length == 0 || u.Cmp(half) >= 0 || new(big.Int).Neg(u).Cmp(half) > 0 {
			if length == 0 && u.Sign() == 0 {
				return NewBytes([]byte{}), nil
			}
			return Value{}, Errorf(OverflowError, "int too big to convert")
		}
		if u.Sign() < 0 {
			u.Add(u, limit)
		}
	} else if u.Cmp(limit) >= 0 {
		return Value{}, Errorf(OverflowError, "int too big to convert")
	}
	out := u.FillBytes(make([]byte, length))
	if little {
		reverseBytes(out)
	}
	return NewBytes(out), nil
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// numByteOrderSigned parses the byteorder and signed arguments of
// to_bytes and from_bytes.
func numByteOrderSigned(th *Thread, orderV, signedV Value) (little, signed bool, err error) {
	if little, err = numByteOrder(orderV); err != nil {
		return
	}
	if signedV.IsValid() {
		signed, err = Truth(th, signedV)
	}
	return
}

// numByteOrder parses the byteorder argument of to_bytes and from_bytes.
func numByteOrder(v Value) (little bool, err error) {
	if !v.IsValid() {
		return false, nil
	}
	if v.Type().Layout != LayoutStr {
		return false, Errorf(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(v))
	}
	switch StrValue(v) {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

// intFromBytes is the classmethod int.from_bytes(bytes, byteorder='big', *,
// signed=False).
func intFromBytes(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
	var data, orderV, signedV Value
	if err := UnpackArgs("from_bytes", args, kwnames, "bytes", &data, "byteorder?", &orderV, "$signed?", &signedV); err != nil {
		return Value{}, err
	}
	little, signed, err := numByteOrderSigned(th, orderV, signedV)
	if err != nil {
		return Value{}, err
	}
	if data.Type().IsSubtype(StrType) {
		// PyObject_Bytes, unlike bytes(), has no encoding to ask for.
		return Value{}, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeName(data))
	}
	raw, err := BytesFromValue(th, data)
	if err != nil {
		return Value{}, err
	}
	b := append([]byte(nil), raw...)
	if little {
		reverseBytes(b)
	}
	z := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		z.Sub(z, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := MakeInt(z)
	if t := as[Type](cls); t != IntType {
		return Call(th, cls, []Value{r}, nil)
	}
	return r, nil
}

// boolNew is bool.__new__: bool(x=False) is the truth value of x.
func boolNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("bool", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) > 1 {
		return Value{}, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(th, args[0])
	return Bool(b), err
}

// boolBinOp gives &, | and ^ of two bools a bool result; everything else
// is int arithmetic.
func boolBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if a.p == pBool && b.p == pBool {
		switch op {
		case OpAnd:
			return Bool(a.n&b.n != 0), nil
		case OpOr:
			return Bool(a.n|b.n != 0), nil
		case OpXor:
			return Bool(a.n^b.n != 0), nil
		}
	}
	return intBinOp(th, op, a, b)
}

func init() {
	t := IntType
	t.New = intNew
	t.Repr = intRepr
	t.Hash = intHash
	t.Compare = intCompare
	t.Bool = func(th *Thread, v Value) (bool, error) { return intSign(v) != 0, nil }
	t.BinOp = intBinOp
	t.Unary = intUnary
	t.Index = func(th *Thread, v Value) (Value, error) { return intExact(v), nil }
	numAddProtocolDunders(t)
	numAddCompareDunders(t, intCompare)
	numAddBinaryDunders(t, intBinOp, append(numArithmeticOps, numBitwiseOps...)...)
	numAddUnaryDunders(t, intUnary, OpNeg, OpPos, OpInvert, OpAbs)
	t.planAdder(func() {
		t.AddMethod("__pow__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("__pow__", args, kwnames, 1, 2); err != nil {
				return Value{}, err
			}
			if len(args) == 2 && !args[1].IsNone() {
				if !isInt(args[0]) || !isInt(args[1]) {
					return NotImplemented, nil
				}
				return IntPowMod(self, args[0], args[1])
			}
			return intBinOp(th, OpPow, self, args[0])
		})
		divmod := func(a, b Value) (Value, error) {
			if !isInt(a) || !isInt(b) {
				return NotImplemented, nil
			}
			return IntDivmod(a, b)
		}
		numAddDivmodDunders(t, divmod)
		exact := func(th *Thread, self Value) (Value, error) { return intExact(self), nil }
		for _, name := range []string{"__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate"} {
			numNoArgMethod(t, name, exact)
		}
		numNoArgMethod(t, "__float__", func(th *Thread, self Value) (Value, error) {
			f, err := IntToFloat(self)
			return Float(f), err
		})
		numNoArgMethod(t, "__getnewargs__", func(th *Thread, self Value) (Value, error) {
			return NewTuple([]Value{intExact(self)}), nil
		})
		t.AddMethod("__round__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			var nd Value
			if err := UnpackArgs("__round__", args, kwnames, "ndigits?", &nd); err != nil {
				return Value{}, err
			}
			return intRound(th, self, nd)
		})
		numNoArgMethod(t, "bit_length", func(th *Thread, self Value) (Value, error) {
			if x, ok := intSmall(self); ok {
				if x == math.MinInt64 {
					return Int(64), nil
				}
				return Int(int64(bits.Len64(uint64(absInt64(x))))), nil
			}
			return Int(int64(intBig(self).BitLen())), nil
		})
		numNoArgMethod(t, "bit_count", func(th *Thread, self Value) (Value, error) {
			n := 0
			for _, w := range new(big.Int).Abs(intBig(self)).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return Int(int64(n)), nil
		})
		numNoArgMethod(t, "as_integer_ratio", func(th *Thread, self Value) (Value, error) {
			return NewTuple([]Value{intExact(self), Int(1)}), nil
		})
		numNoArgMethod(t, "is_integer", func(th *Thread, self Value) (Value, error) { return True, nil })
		t.AddMethod("to_bytes", intToBytes)
		t.AddClassMethod("from_bytes", intFromBytes)
		getExact := func(th *Thread, self Value) (Value, error) { return intExact(self), nil }
		t.AddGetSet("real", getExact, nil)
		t.AddGetSet("numerator", getExact, nil)
		t.AddGetSet("imag", func(th *Thread, self Value) (Value, error) { return Int(0), nil }, nil)
		t.AddGetSet("denominator", func(th *Thread, self Value) (Value, error) { return Int(1), nil }, nil)
	}) // the methods: with the dict, at its first use (type_dict.go)

	b := BoolType
	b.New = boolNew
	b.Repr = func(th *Thread, v Value) (Value, error) {
		if v.n != 0 {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	}
	b.BinOp = boolBinOp
	numAddProtocolDunders(b)
	numAddBinaryDunders(b, boolBinOp, OpAnd, OpOr, OpXor)
}

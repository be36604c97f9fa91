package runtime

import (
	"math"
	"math/big"
)

// This file defines the math module: every function and constant of
// CPython 3.12's, with its error messages. Arguments may be any real
// number (int, big int, float, bool, or an object with __float__ or
// __index__); the integer functions accept big ints.

// mathModuleInit makes the math module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func mathModuleInit(th *Thread, m *Module) error {
	m.Set("pi", Float(math.Pi))
	m.Set("e", Float(math.E))
	m.Set("tau", Float(2*math.Pi))
	m.Set("inf", Float(math.Inf(1)))
	m.Set("nan", Float(math.NaN()))
	for _, f := range mathUnary {
		m.AddFunction(f.name, mathUnaryFunc(f.name, f.fn, f.canOverflow))
	}
	for name, fn := range map[string]NativeFunc{
		"ceil": mathCeil, "floor": mathFloor, "trunc": mathTrunc, "sqrt": mathSqrt, "isqrt": mathIsqrt,
		"log": mathLog, "log2": mathLog2, "log10": mathLog10, "log1p": mathLog1p, "pow": mathPow,
		"fmod": mathFmod, "modf": mathModf, "frexp": mathFrexp, "ldexp": mathLdexp, "copysign": mathCopysign,
		"hypot": mathHypot, "dist": mathDist, "atan2": mathAtan2, "degrees": mathDegrees, "radians": mathRadians,
		"gamma": mathGamma, "lgamma": mathLgamma, "factorial": mathFactorial, "comb": mathComb, "perm": mathPerm,
		"gcd": mathGcd, "lcm": mathLcm, "isclose": mathIsclose, "isfinite": mathIsfinite, "isinf": mathIsinf,
		"isnan": mathIsnan, "prod": mathProd, "fsum": mathFsum, "nextafter": mathNextafter, "ulp": mathUlp,
		"sumprod": mathSumprod, "remainder": mathRemainder,
	} {
		m.AddFunction(name, fn)
	}
	return nil
}

var (
	errMathDomain = func() error { return Errorf(ValueError, "math domain error") }
	errMathRange  = func() error { return Errorf(OverflowError, "math range error") }
)

// mathUnary lists the functions of one float that follow CPython's
// math_1 error rules.
var mathUnary = []struct {
	name        string
	fn          func(float64) float64
	canOverflow bool
}{
	// glibc's exp, exp2, sin, cos and tan are correctly rounded in
	// practice and Go's are not, hence the float_libm.go versions.
	{"exp", glibcExp, true}, {"exp2", accurateExp2, true}, {"expm1", glibcExpm1, true},
	{"fabs", math.Abs, false}, {"cbrt", glibcCbrt, false},
	{"sin", glibcSin, false}, {"cos", glibcCos, false}, {"tan", glibcTan, false},
	{"asin", accurateAsin, false}, {"acos", accurateAcos, false}, {"atan", glibcAtan, false},
	{"sinh", libmSinh, true}, {"cosh", libmCosh, true}, {"tanh", libmTanh, false},
	{"asinh", libmAsinh, false}, {"acosh", libmAcosh, false}, {"atanh", math.Atanh, false},
	{"erf", math.Erf, false}, {"erfc", math.Erfc, false},
}

// mathCheck applies CPython's rules to r = f(x): a NaN from a non-NaN is a
// domain error; an infinity from a finite x is a range error for functions
// that can overflow and a domain error (a pole) otherwise.
func mathCheck(x, r float64, canOverflow bool) (Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return Value{}, errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return Value{}, errMathRange()
		}
		return Value{}, errMathDomain()
	}
	return Float(r), nil
}

func mathUnaryFunc(name string, f func(float64) float64, canOverflow bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		x, err := mathArg1(th, name, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return mathCheck(x, f(x), canOverflow)
	}
}

// mathArg1 checks for exactly one argument and converts it to a float.
func mathArg1(th *Thread, name string, args []Value, kwnames []string) (float64, error) {
	if err := CheckArgCount(name, args, kwnames, 1, 1); err != nil {
		return 0, err
	}
	return ToFloat(th, args[0])
}

// mathArgs2 checks for exactly two arguments and converts them to floats.
func mathArgs2(th *Thread, name string, args []Value, kwnames []string) (float64, float64, error) {
	if err := NoKwargs(name, kwnames); err != nil {
		return 0, 0, err
	}
	if len(args) != 2 {
		return 0, 0, Errorf(TypeError, "%s expected 2 arguments, got %d", name, len(args))
	}
	x, err := ToFloat(th, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := ToFloat(th, args[1])
	return x, y, err
}

// ToFloat converts a real number to float64 as PyFloat_AsDouble does:
// floats, ints (OverflowError if too large), then __float__, then
// __index__.
func ToFloat(th *Thread, v Value) (float64, error) {
	switch {
	case v.IsFloat():
		return v.AsFloat(), nil
	case v.IsSmallInt(), v.IsBool():
		return float64(int64(v.n)), nil
	}
	if v.Type().Layout == LayoutInt {
		return bigToFloat(BigIntValue(v))
	}
	if m := v.Type().Lookup("__float__"); m.IsValid() {
		r, err := Call(th, m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if !r.IsFloat() {
			if r.Type().Layout == LayoutFloat {
				return ToFloat(th, r)
			}
			return 0, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(v), TypeName(r))
		}
		return r.AsFloat(), nil
	}
	if v.Type().Index != nil {
		i, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		return ToFloat(th, i)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(v))
}

// bigToFloat converts a big int to the nearest float, or raises
// OverflowError.
func bigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// mathIntArg converts an integer argument (anything with __index__) to a
// big int.
func mathIntArg(th *Thread, v Value) (*big.Int, error) {
	if v.IsSmallInt() || v.IsBool() {
		return big.NewInt(int64(v.n)), nil
	}
	if v.Type().Layout == LayoutInt {
		return BigIntValue(v), nil
	}
	i, err := Index(th, v)
	if err != nil {
		return nil, err
	}
	return BigIntValue(i), nil
}

// mathRound is ceil/floor: ints are returned as they are, objects with the
// dunder are asked, floats are rounded.
func mathRound(th *Thread, name, dunder string, round func(float64) float64, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount(name, args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	x := args[0]
	if x.IsSmallInt() || x.IsBool() {
		return Int(int64(x.n)), nil
	}
	if x.Type().Layout == LayoutInt {
		return MakeInt(BigIntValue(x)), nil
	}
	if !x.IsFloat() {
		if m := x.Type().Lookup(dunder); m.IsValid() {
			return Call(th, m, []Value{x}, nil)
		}
		if dunder == "__trunc__" {
			return Value{}, Errorf(TypeError, "type %s doesn't define __trunc__ method", TypeName(x))
		}
	}
	f, err := ToFloat(th, x)
	if err != nil {
		return Value{}, err
	}
	return FloatToInt(round(f))
}

func mathCeil(th *Thread, args []Value, kwnames []string) (Value, error) {
	return mathRound(th, "ceil", "__ceil__", math.Ceil, args, kwnames)
}

func mathFloor(th *Thread, args []Value, kwnames []string) (Value, error) {
	return mathRound(th, "floor", "__floor__", math.Floor, args, kwnames)
}

func mathTrunc(th *Thread, args []Value, kwnames []string) (Value, error) {
	return mathRound(th, "trunc", "__trunc__", math.Trunc, args, kwnames)
}

func mathSqrt(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "sqrt", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return mathCheck(x, math.Sqrt(x), false)
}

func mathIsqrt(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("isqrt", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := mathIntArg(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueError, "isqrt() argument must be nonnegative")
	}
	return MakeInt(new(big.Int).Sqrt(n)), nil
}

// mathLogOf returns f(v) for a log function f. An int too large for a
// float is split as CPython does, m * 2**e with m in [0.5, 1), and its log
// computed as f(m) + f(2)*e, so that log(10**400) works and matches.
func mathLogOf(th *Thread, v Value, f func(float64) float64) (float64, error) {
	if v.Type().Layout == LayoutInt && !v.IsSmallInt() && !v.IsBool() {
		b := BigIntValue(v)
		if b.Sign() <= 0 {
			return 0, errMathDomain()
		}
		if _, err := bigToFloat(b); err != nil {
			mant := new(big.Float)
			e := new(big.Float).SetInt(b).MantExp(mant)
			m, _ := mant.Float64()
			return f(m) + f(2)*float64(e), nil
		}
	}
	x, err := ToFloat(th, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, nil
	}
	if x <= 0 {
		return 0, errMathDomain()
	}
	return f(x), nil
}

func mathLog(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("log", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	num, err := mathLogOf(th, args[0], glibcLog)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := mathLogOf(th, args[1], glibcLog)
	if err != nil {
		return Value{}, err
	}
	if den == 0 {
		return Value{}, Errorf(ZeroDivisionError, "float division by zero")
	}
	return Float(num / den), nil
}

func mathLog2(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("log2", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	r, err := mathLogOf(th, args[0], accurateLog2)
	return Float(r), err
}

func mathLog10(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("log10", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	r, err := mathLogOf(th, args[0], libmLog10)
	return Float(r), err
}

func mathLog1p(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "log1p", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if x <= -1 {
		return Value{}, errMathDomain()
	}
	return Float(glibcLog1p(x)), nil
}

func mathPow(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, y, err := mathArgs2(th, "pow", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	// C99 special cases that Go's Pow answers differently.
	switch {
	case x == 1 || y == 0:
		return Float(1), nil
	case math.IsNaN(x) || math.IsNaN(y):
		return Float(math.NaN()), nil
	case x == 0 && y < 0 && !math.IsInf(y, 0):
		return Value{}, errMathDomain()
	}
	r := libmPow(x, y)
	if math.IsNaN(r) {
		return Value{}, errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		if x == 0 {
			return Value{}, errMathDomain()
		}
		return Value{}, errMathRange()
	}
	return Float(r), nil
}

func mathFmod(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, y, err := mathArgs2(th, "fmod", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return Value{}, errMathDomain()
	}
	return Float(r), nil
}

func mathRemainder(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, y, err := mathArgs2(th, "remainder", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return Float(math.NaN()), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return Value{}, errMathDomain()
	}
	return Float(math.Remainder(x, y)), nil
}

func mathModf(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "modf", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(x, 0) {
		return NewTuple([]Value{Float(math.Copysign(0, x)), Float(x)}), nil
	}
	i, f := math.Modf(x)
	return NewTuple([]Value{Float(f), Float(i)}), nil
}

func mathFrexp(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "frexp", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return NewTuple([]Value{Float(x), Int(0)}), nil
	}
	m, e := math.Frexp(x)
	return NewTuple([]Value{Float(m), Int(int64(e))}), nil
}

func mathLdexp(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("ldexp", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	x, err := ToFloat(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if args[1].Type().Layout != LayoutInt && !args[1].IsSmallInt() && !args[1].IsBool() {
		return Value{}, Errorf(TypeError, "Expected an int as second argument to ldexp.")
	}
	e := BigIntValue(args[1])
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return Float(x), nil
	}
	var exp int
	switch {
	case e.Cmp(big.NewInt(math.MaxInt32)) > 0:
		exp = math.MaxInt32
	case e.Cmp(big.NewInt(math.MinInt32)) < 0:
		exp = math.MinInt32
	default:
		exp = int(e.Int64())
	}
	r := math.Ldexp(x, exp)
	if math.IsInf(r, 0) {
		return Value{}, errMathRange()
	}
	return Float(r), nil
}

func mathCopysign(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, y, err := mathArgs2(th, "copysign", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return Float(math.Copysign(x, y)), nil
}

func mathAtan2(th *Thread, args []Value, kwnames []string) (Value, error) {
	y, x, err := mathArgs2(th, "atan2", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return Float(glibcAtan2(y, x)), nil
}

func mathDegrees(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "degrees", args, kwnames)
	return Float(x * (180.0 / math.Pi)), err
}

func mathRadians(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "radians", args, kwnames)
	return Float(x * (math.Pi / 180.0)), err
}

// vectorNorm is the Euclidean norm, scaled to avoid overflow and
// underflow, with infinities winning over NaNs as in CPython.
func vectorNorm(xs []float64) float64 {
	max, sawNaN := 0.0, false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsNaN(x) {
			sawNaN = true
		}
		if x > max {
			max = x
		}
	}
	switch {
	case math.IsInf(max, 1):
		return max
	case sawNaN:
		return math.NaN()
	case max == 0 || len(xs) <= 1:
		return max
	}
	// Sum the squares exactly and take one correctly rounded square root,
	// as CPython's vector_norm aims to.
	const prec = 4400 // enough for squares of any finite float, exactly
	sum := new(big.Float).SetPrec(prec)
	for _, x := range xs {
		sq := new(big.Float).SetPrec(prec).SetFloat64(x)
		sum.Add(sum, sq.Mul(sq, sq))
	}
	r, _ := new(big.Float).SetPrec(prec).Sqrt(sum).Float64()
	return r
}

func mathHypot(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("hypot", kwnames); err != nil {
		return Value{}, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := ToFloat(th, a)
		if err != nil {
			return Value{}, err
		}
		xs[i] = x
	}
	return Float(vectorNorm(xs)), nil
}

func mathDist(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("dist", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	for i, a := range args {
		if a.Type().Layout != LayoutTuple && a.Type().Layout != LayoutList {
			return Value{}, Errorf(TypeError, "dist() argument %d must be tuple, not %s", i+1, TypeName(a))
		}
	}
	p, err := ToSlice(th, args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := ToSlice(th, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueError, "both points must have the same number of dimensions")
	}
	xs := make([]float64, len(p))
	for i := range p {
		a, err := ToFloat(th, p[i])
		if err != nil {
			return Value{}, err
		}
		b, err := ToFloat(th, q[i])
		if err != nil {
			return Value{}, err
		}
		xs[i] = a - b
	}
	return Float(vectorNorm(xs)), nil
}

func mathGamma(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "gamma", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(x, -1) || (x <= 0 && x == math.Floor(x)) {
		return Value{}, errMathDomain()
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return Float(x), nil
	}
	return mathCheck(x, cpythonGamma(x), true)
}

func mathLgamma(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "lgamma", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if x <= 0 && x == math.Floor(x) && !math.IsInf(x, 0) {
		return Value{}, errMathDomain()
	}
	if math.IsInf(x, 0) {
		return Float(math.Inf(1)), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	return mathCheck(x, cpythonLgamma(x), true)
}

func mathFactorial(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("factorial", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := mathIntArg(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if !n.IsInt64() {
		if n.Sign() < 0 {
			return Value{}, Errorf(ValueError, "factorial() not defined for negative values")
		}
		return Value{}, Errorf(OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueError, "factorial() not defined for negative values")
	}
	return MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// mathNK reads the n and k of comb and perm; k may be absent (perm).
func mathNK(th *Thread, name string, args []Value, kwnames []string, kOptional bool) (n, k *big.Int, err error) {
	max := 2
	min := 2
	if kOptional {
		min = 1
	}
	if err := CheckArgCount(name, args, kwnames, min, max); err != nil {
		return nil, nil, err
	}
	if n, err = mathIntArg(th, args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) < 2 || args[1].IsNone() {
		k = n
	} else if k, err = mathIntArg(th, args[1]); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, Errorf(ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, Errorf(ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

func mathComb(th *Thread, args []Value, kwnames []string) (Value, error) {
	n, k, err := mathNK(th, "comb", args, kwnames, false)
	if err != nil {
		return Value{}, err
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	// comb(n, k) == comb(n, n-k): use the smaller.
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return Value{}, Errorf(OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	if n.IsInt64() {
		return MakeInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	}
	num := big.NewInt(1)
	for i := int64(0); i < k.Int64(); i++ {
		num.Mul(num, new(big.Int).Sub(n, big.NewInt(i)))
		num.Quo(num, big.NewInt(i+1))
	}
	return MakeInt(num), nil
}

func mathPerm(th *Thread, args []Value, kwnames []string) (Value, error) {
	n, k, err := mathNK(th, "perm", args, kwnames, true)
	if err != nil {
		return Value{}, err
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if !k.IsInt64() {
		return Value{}, Errorf(OverflowError, "k must not exceed %d", int64(math.MaxInt64))
	}
	if n.IsInt64() {
		return MakeInt(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
	}
	r := big.NewInt(1)
	for i := int64(0); i < k.Int64(); i++ {
		r.Mul(r, new(big.Int).Sub(n, big.NewInt(i)))
	}
	return MakeInt(r), nil
}

// mathIntArgs converts every argument of gcd or lcm to a big int.
func mathIntArgs(th *Thread, name string, args []Value, kwnames []string) ([]*big.Int, error) {
	if err := NoKwargs(name, kwnames); err != nil {
		return nil, err
	}
	ns := make([]*big.Int, len(args))
	for i, a := range args {
		n, err := mathIntArg(th, a)
		if err != nil {
			return nil, err
		}
		ns[i] = n.Abs(n)
	}
	return ns, nil
}

func mathGcd(th *Thread, args []Value, kwnames []string) (Value, error) {
	ns, err := mathIntArgs(th, "gcd", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, n)
	}
	return MakeInt(g), nil
}

func mathLcm(th *Thread, args []Value, kwnames []string) (Value, error) {
	ns, err := mathIntArgs(th, "lcm", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		if n.Sign() == 0 {
			return Int(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, new(big.Int).Quo(n, g))
	}
	return MakeInt(l), nil
}

func mathIsclose(th *Thread, args []Value, kwnames []string) (Value, error) {
	var av, bv, relV, absV Value
	if err := UnpackArgs("isclose", args, kwnames, "a", &av, "b", &bv, "$rel_tol?", &relV, "$abs_tol?", &absV); err != nil {
		return Value{}, err
	}
	a, err := ToFloat(th, av)
	if err != nil {
		return Value{}, err
	}
	b, err := ToFloat(th, bv)
	if err != nil {
		return Value{}, err
	}
	rel, abs := 1e-09, 0.0
	if relV.IsValid() {
		if rel, err = ToFloat(th, relV); err != nil {
			return Value{}, err
		}
	}
	if absV.IsValid() {
		if abs, err = ToFloat(th, absV); err != nil {
			return Value{}, err
		}
	}
	if rel < 0 || abs < 0 {
		return Value{}, Errorf(ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return False, nil
	}
	diff := math.Abs(b - a)
	return Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

func mathPredicate(name string, test func(float64) bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		x, err := mathArg1(th, name, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return Bool(test(x)), nil
	}
}

var (
	mathIsfinite = mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	mathIsinf    = mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	mathIsnan    = mathPredicate("isnan", math.IsNaN)
)

func mathProd(th *Thread, args []Value, kwnames []string) (Value, error) {
	var iterable, start Value
	if err := UnpackArgs("prod", args, kwnames, "iterable", &iterable, "/", nil, "$start?", &start); err != nil {
		return Value{}, err
	}
	acc := Int(1)
	if start.IsValid() {
		acc = start
	}
	err := ForEach(th, iterable, func(x Value) error {
		if acc.IsSmallInt() && x.IsSmallInt() {
			a, b := acc.SmallInt(), x.SmallInt()
			if p := a * b; a == 0 || (p/a == b && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64)) {
				acc = Int(p)
				return nil
			}
		}
		r, err := mathMul(th, acc, x)
		acc = r
		return err
	})
	return acc, err
}

// mathFsum is fsum(iterable): Shewchuk's exactly rounded sum of floats,
// as CPython's msum, with its handling of infinities and NaNs.
func mathFsum(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("fsum", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	sawSpecial := false
	err := ForEach(th, args[0], func(v Value) error {
		x, err := ToFloat(th, v)
		if err != nil {
			return err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				// A non-finite x could arise from a finite xsave by
				// overflow, or from an infinite or NaN input.
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return Errorf(OverflowError, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				sawSpecial = true
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return nil
	})
	if err != nil {
		return Value{}, err
	}
	if sawSpecial {
		if math.IsNaN(infSum) {
			return Value{}, Errorf(ValueError, "-inf + inf in fsum")
		}
		return Float(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Round half to even across the remaining partials.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return Float(hi), nil
}

func mathNextafter(th *Thread, args []Value, kwnames []string) (Value, error) {
	var xv, yv, stepsV Value
	if err := UnpackArgs("nextafter", args, kwnames, "x", &xv, "y", &yv, "/", nil, "$steps?", &stepsV); err != nil {
		return Value{}, err
	}
	x, err := ToFloat(th, xv)
	if err != nil {
		return Value{}, err
	}
	y, err := ToFloat(th, yv)
	if err != nil {
		return Value{}, err
	}
	if !stepsV.IsValid() || stepsV.IsNone() {
		return Float(math.Nextafter(x, y)), nil
	}
	steps, err := mathIntArg(th, stepsV)
	if err != nil {
		return Value{}, err
	}
	if steps.Sign() < 0 {
		return Value{}, Errorf(ValueError, "steps must be a non-negative integer")
	}
	n := int64(math.MaxInt64)
	if steps.IsInt64() {
		n = steps.Int64()
	}
	for i := int64(0); i < n && x != y && !math.IsNaN(x); i++ {
		x = math.Nextafter(x, y)
	}
	if math.IsNaN(y) {
		return Float(y), nil
	}
	return Float(x), nil
}

func mathUlp(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := mathArg1(th, "ulp", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Float(math.Abs(x)), nil
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return Float(x - math.Nextafter(x, 0)), nil
	}
	return Float(math.Nextafter(x, math.Inf(1)) - x), nil
}

// mathSumprod is sumprod(p, q): the sum of products. Floats and ints are
// summed exactly and rounded once, as CPython's extended precision does;
// other types go through * and +.
func mathSumprod(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("sumprod", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	p, err := ToSlice(th, args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := ToSlice(th, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueError, "Inputs are not the same length")
	}
	allNumbers, anyFloat := true, false
	for _, xs := range [][]Value{p, q} {
		for _, x := range xs {
			switch {
			case x.IsFloat():
				anyFloat = true
				if math.IsInf(x.AsFloat(), 0) || math.IsNaN(x.AsFloat()) {
					allNumbers = false
				}
			case x.IsSmallInt() || x.IsBool():
			default:
				allNumbers = false
			}
		}
	}
	if allNumbers && anyFloat {
		sum := new(big.Float).SetPrec(4096)
		for i := range p {
			a := new(big.Float).SetPrec(4096)
			b := new(big.Float).SetPrec(4096)
			mathSetExact(a, p[i])
			mathSetExact(b, q[i])
			sum.Add(sum, a.Mul(a, b))
		}
		f, _ := sum.Float64()
		return Float(f), nil
	}
	acc := Int(0)
	for i := range p {
		prod, err := mathMul(th, p[i], q[i])
		if err != nil {
			return Value{}, err
		}
		if acc.Type().Layout == LayoutInt && prod.Type().Layout == LayoutInt && !acc.IsBool() && !prod.IsBool() {
			acc = MakeInt(new(big.Int).Add(BigIntValue(acc), BigIntValue(prod)))
			continue
		}
		if acc, err = Binary(th, OpAdd, acc, prod); err != nil {
			return Value{}, err
		}
	}
	return acc, nil
}

// mathSetExact sets f to the float or small int v exactly.
func mathSetExact(f *big.Float, v Value) {
	if v.IsFloat() {
		f.SetFloat64(v.AsFloat())
	} else {
		f.SetInt64(int64(v.n))
	}
}

// mathMul multiplies two numbers, with fast paths for exact ints and
// floats, and the * operator for everything else.
func mathMul(th *Thread, a, b Value) (Value, error) {
	isInt := func(v Value) bool { return v.IsSmallInt() || (v.Type().Layout == LayoutInt && v.Type() == IntType) }
	switch {
	case isInt(a) && isInt(b):
		return MakeInt(new(big.Int).Mul(BigIntValue(a), BigIntValue(b))), nil
	case a.IsFloat() && b.IsFloat():
		return Float(a.AsFloat() * b.AsFloat()), nil
	case a.IsFloat() && isInt(b), isInt(a) && b.IsFloat():
		x, err := ToFloat(th, a)
		if err != nil {
			return Value{}, err
		}
		y, err := ToFloat(th, b)
		if err != nil {
			return Value{}, err
		}
		return Float(x * y), nil
	}
	return Binary(th, OpMul, a, b)
}

package runtime

import (
	"math"
	"math/big"
	"unicode/utf8"
)

// This file defines the numeric builtin functions: abs, bin, oct, hex,
// chr, ord, divmod, pow, round and sum.

func builtinAbs(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("abs", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	if v := args[0]; v.IsSmallInt() && v.SmallInt() != math.MinInt64 {
		if v.SmallInt() < 0 {
			return Int(-v.SmallInt()), nil
		}
		return v, nil
	}
	return UnaryOperation(th, OpAbs, args[0])
}

// formatIntBase returns the int v (anything with __index__) written in
// base with CPython's prefix: -0b101, 0o17, 0xff.
func formatIntBase(th *Thread, fname string, args []Value, kwnames []string, base int, prefix string) (Value, error) {
	if err := CheckArgCount(fname, args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	i, err := Index(th, args[0])
	if err != nil {
		return Value{}, err
	}
	b := BigIntValue(i)
	sign := ""
	if b.Sign() < 0 {
		sign = "-"
		b.Neg(b)
	}
	return NewStr(sign + prefix + b.Text(base)), nil
}

func builtinBin(th *Thread, args []Value, kwnames []string) (Value, error) {
	return formatIntBase(th, "bin", args, kwnames, 2, "0b")
}

func builtinOct(th *Thread, args []Value, kwnames []string) (Value, error) {
	return formatIntBase(th, "oct", args, kwnames, 8, "0o")
}

func builtinHex(th *Thread, args []Value, kwnames []string) (Value, error) {
	return formatIntBase(th, "hex", args, kwnames, 16, "0x")
}

func builtinChr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("chr", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	i, err := Index(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if !i.IsSmallInt() || i.SmallInt() > math.MaxInt32 || i.SmallInt() < math.MinInt32 {
		return Value{}, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	c := i.SmallInt()
	if c < 0 || c > 0x10ffff {
		return Value{}, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return charStr(rune(c)), nil
}

// encodeCodePoint encodes one code point as str holds it: UTF-8, with
// lone surrogates in the 3-byte form UTF-8 would give them (WTF-8), since
// Python strs may hold surrogates.
func encodeCodePoint(c rune) string {
	if c >= 0xd800 && c <= 0xdfff {
		return string([]byte{0xed, byte(0xa0 | (c>>6)&0x1f), byte(0x80 | c&0x3f)})
	}
	return string(c)
}

func builtinOrd(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("ord", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	switch v.Type().Layout {
	case LayoutStr:
		s := StrValue(v)
		if n := utf8.RuneCountInString(s); n != 1 {
			if n == 3 && len(s) == 3 && s[0] == 0xed {
				// A lone surrogate (see encodeCodePoint).
				return Int(int64(0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f))), nil
			}
			return Value{}, Errorf(TypeError, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := utf8.DecodeRuneInString(s)
		return Int(int64(r)), nil
	case LayoutBytes, LayoutByteArray:
		b := BytesValue(v)
		if len(b) != 1 {
			return Value{}, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(int64(b[0])), nil
	}
	return Value{}, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeName(v))
}

// specialBinary applies a binary operation that has no BinaryOp (divmod)
// through its dunder methods, with the right operand's reflected method
// first if its class is a proper subclass of the left's.
func specialBinary(th *Thread, a, b Value, name, rname, symbol string) (Value, error) {
	ta, tb := a.Type(), b.Type()
	fa := ta.Lookup(name)
	var fb Value
	if tb != ta {
		fb = tb.Lookup(rname)
	}
	if fb.p != nil && tb.IsSubtype(ta) && reflectedOverloadedName(ta, tb, rname) {
		r, err := callMethodAttr(th, b, fb, []Value{a}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
		fb = Value{}
	}
	if fa.p != nil {
		r, err := callMethodAttr(th, a, fa, []Value{b}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if fb.p != nil {
		r, err := callMethodAttr(th, b, fb, []Value{a}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	return Value{}, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, ta.Name, tb.Name)
}

func reflectedOverloadedName(left, right *Type, rname string) bool {
	a := left.Lookup(rname)
	return a.p == nil || !Is(a, right.Lookup(rname))
}

func builtinDivmod(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("divmod", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	a, b := args[0], args[1]
	if a.IsSmallInt() && b.IsSmallInt() && !(a.SmallInt() == math.MinInt64 && b.SmallInt() == -1) {
		x, y := a.SmallInt(), b.SmallInt()
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, r := x/y, x%y
		if r != 0 && (r < 0) != (y < 0) {
			q--
			r += y
		}
		return NewTuple2(Int(q), Int(r)), nil
	}
	return specialBinary(th, a, b, "__divmod__", "__rdivmod__", "divmod()")
}

func builtinPow(th *Thread, args []Value, kwnames []string) (Value, error) {
	var base, exp, mod Value
	if err := UnpackArgs("pow", args, kwnames, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return Value{}, err
	}
	if mod.p == nil || mod.IsNone() {
		return Binary(th, OpPow, base, exp)
	}
	isInt := func(v Value) bool { return v.IsSmallInt() || v.IsBool() || v.Type().Layout == LayoutInt }
	if isInt(base) && isInt(exp) && isInt(mod) {
		return intModPow(BigIntValue(base), BigIntValue(exp), BigIntValue(mod))
	}
	for _, v := range []Value{base, exp, mod} {
		if v.IsFloat() || v.Type().Layout == LayoutFloat {
			return Value{}, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
	}
	if f := base.Type().Lookup("__pow__"); f.p != nil {
		r, err := callMethodAttr(th, base, f, []Value{exp, mod}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	return Value{}, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(base), TypeName(exp), TypeName(mod))
}

// intModPow is pow(x, y, m) for ints: the result has m's sign, and a
// negative exponent uses the modular inverse.
func intModPow(x, y, m *big.Int) (Value, error) {
	if m.Sign() == 0 {
		return Value{}, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	mabs := new(big.Int).Abs(m)
	x = new(big.Int).Mod(x, mabs)
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(x, mabs)
		if inv == nil {
			return Value{}, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		x, y = inv, new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(x, y, mabs)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Sub(r, mabs)
	}
	return MakeInt(r), nil
}

func builtinRound(th *Thread, args []Value, kwnames []string) (Value, error) {
	var number, ndigits Value
	if err := UnpackArgs("round", args, kwnames, "number", &number, "ndigits?", &ndigits); err != nil {
		return Value{}, err
	}
	if (ndigits.p == nil || ndigits.IsNone()) && number.IsSmallInt() {
		return number, nil
	}
	f := number.Type().Lookup("__round__")
	if f.p == nil {
		return Value{}, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(number))
	}
	var rargs []Value
	if ndigits.p != nil && !ndigits.IsNone() {
		rargs = []Value{ndigits}
	}
	return callMethodAttr(th, number, f, rargs, nil)
}

// builtinSum is sum(iterable, /, start=0), with CPython's fast paths: ints
// are added in int64 until they overflow, and floats with Neumaier's
// compensated summation, as CPython 3.12 does.
func builtinSum(th *Thread, args []Value, kwnames []string) (Value, error) {
	var iterable, start Value
	if err := UnpackArgs("sum", args, kwnames, "iterable", &iterable, "/", nil, "start?", &start); err != nil {
		return Value{}, err
	}
	result := start
	if result.p == nil {
		result = Int(0)
	}
	switch result.Type().Layout {
	case LayoutStr:
		return Value{}, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case LayoutBytes:
		return Value{}, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	case LayoutByteArray:
		return Value{}, Errorf(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	next, err := iterate(th, iterable)
	if err != nil {
		return Value{}, err
	}
	// pending is an item read by a fast path that it could not add.
	var pending Value
	if result.IsSmallInt() {
		acc := result.SmallInt()
		for {
			item, ok, err := next()
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return Int(acc), nil
			}
			if item.IsSmallInt() || item.IsBool() {
				if n := int64(item.n); (acc+n > acc) == (n > 0) {
					acc += n
					continue
				}
			}
			result, pending = Int(acc), item
			break
		}
		if pending.IsFloat() {
			// int + float is float(int) + float, as float.__radd__ does.
			result = Float(float64(result.SmallInt()) + pending.AsFloat())
		} else if result, err = Binary(th, OpAdd, result, pending); err != nil {
			return Value{}, err
		}
	}
	if result.IsFloat() {
		f, c := result.AsFloat(), 0.0
		for {
			item, ok, err := next()
			if err != nil {
				return Value{}, err
			}
			if !ok {
				if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
					f += c
				}
				return Float(f), nil
			}
			if item.IsFloat() {
				x := item.AsFloat()
				t := f + x
				if math.Abs(f) >= math.Abs(x) {
					c += (f - t) + x
				} else {
					c += (x - t) + f
				}
				f = t
				continue
			}
			if item.IsSmallInt() || item.IsBool() {
				f += float64(int64(item.n))
				continue
			}
			if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
				f += c
			}
			if result, err = Binary(th, OpAdd, Float(f), item); err != nil {
				return Value{}, err
			}
			break
		}
	}
	for {
		item, ok, err := next()
		if err != nil || !ok {
			return result, err
		}
		if result, err = Binary(th, OpAdd, result, item); err != nil {
			return Value{}, err
		}
	}
}

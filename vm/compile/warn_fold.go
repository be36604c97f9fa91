package compile

// This file folds constant expressions the way CPython 3.12's AST
// optimizer does (ast_opt.c), for the compile-time SyntaxWarnings only:
// CPython checks `x is (1, 2)`, `-1(2)` or `(1, 2)[1, 2]` after folding,
// so the warnings must see `(1, 2)` and `-1` as the constants CPython
// does. Folding gives up where CPython's does: on an error (1/0) and on
// results past its size limits (2**1000, "a" * 10000), which stay
// expressions and draw no warning.

import (
	"math"
	"math/big"
	"math/cmplx"
	"unicode/utf8"

	"github.com/kilnpy/kiln/vm/syntax"
)

// CPython's limits on what the optimizer folds (ast_opt.c).
const (
	foldMaxIntBits    = 128
	foldMaxCollection = 256
	foldMaxStr        = 4096
	foldMaxTotalItems = 1024
)

// foldTuple is a folded tuple constant.
type foldTuple []any

// foldConst returns the constant CPython folds e to, if it does.
func foldConst(e syntax.Expr) (any, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		if v, ok := e.Value.(int); ok {
			return big.NewInt(int64(v)), true
		}
		return e.Value, true
	case *syntax.Tuple:
		if e.Ctx != syntax.Load {
			return nil, false
		}
		items := make(foldTuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := foldConst(x)
			if !ok {
				return nil, false
			}
			items[i] = v
		}
		return items, true
	case *syntax.UnaryOp:
		v, ok := foldConst(e.Operand)
		if !ok {
			return nil, false
		}
		return foldUnary(e.Op, v)
	case *syntax.BinOp:
		l, ok := foldConst(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := foldConst(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, l, r)
	case *syntax.Subscript:
		if e.Ctx != syntax.Load {
			return nil, false
		}
		v, ok := foldConst(e.Value)
		if !ok {
			return nil, false
		}
		k, ok := foldConst(e.Slice)
		if !ok {
			return nil, false
		}
		return foldIndex(v, k)
	}
	return nil, false
}

// foldTypeName is the type name of a folded constant (CPython's
// infer_type of a Constant).
func foldTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case foldTuple:
		return "tuple"
	case syntax.EllipsisType:
		return "ellipsis"
	}
	return "object"
}

// foldInt returns v as an int if it is an int or a bool.
func foldInt(v any) (*big.Int, bool) {
	switch v := v.(type) {
	case *big.Int:
		return v, true
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// foldFloat returns v as a float if it is an int, bool or float.
func foldFloat(v any) (float64, bool) {
	if f, ok := v.(float64); ok {
		return f, true
	}
	if i, ok := foldInt(v); ok {
		f, _ := new(big.Float).SetInt(i).Float64()
		return f, !math.IsInf(f, 0)
	}
	return 0, false
}

// foldComplex returns v as a complex if it is a number.
func foldComplex(v any) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := foldFloat(v)
	return complex(f, 0), ok
}

func foldUnary(op syntax.UnaryOperator, v any) (any, bool) {
	if op == syntax.Not {
		return nil, false // CPython 3.12 does not fold `not` of a constant
	}
	if i, ok := foldInt(v); ok {
		switch op {
		case syntax.UAdd:
			return i, true
		case syntax.USub:
			return new(big.Int).Neg(i), true
		case syntax.Invert:
			return new(big.Int).Not(i), true
		}
	}
	switch v := v.(type) {
	case float64:
		switch op {
		case syntax.UAdd:
			return v, true
		case syntax.USub:
			return -v, true
		}
	case complex128:
		switch op {
		case syntax.UAdd:
			return v, true
		case syntax.USub:
			return -v, true
		}
	}
	return nil, false
}

func foldBinary(op syntax.Operator, l, r any) (any, bool) {
	if op == syntax.MatMult {
		return nil, false
	}
	lb, lIsBool := l.(bool)
	rb, rIsBool := r.(bool)
	if lIsBool && rIsBool {
		switch op {
		case syntax.BitAnd:
			return lb && rb, true
		case syntax.BitOr:
			return lb || rb, true
		case syntax.BitXor:
			return lb != rb, true
		}
	}
	if li, ok := foldInt(l); ok {
		if ri, ok := foldInt(r); ok {
			return foldIntBinary(op, li, ri)
		}
	}
	if v, ok, done := foldSequenceBinary(op, l, r); done {
		return v, ok
	}
	_, lc := l.(complex128)
	_, rc := r.(complex128)
	if lc || rc {
		a, ok1 := foldComplex(l)
		b, ok2 := foldComplex(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		if v, ok, handled := foldArithmetic(op, a, b); handled {
			return v, ok
		}
		if op == syntax.Pow {
			if a == 0 && (real(b) < 0 || imag(b) != 0) {
				return nil, false
			}
			return cmplx.Pow(a, b), true
		}
		return nil, false
	}
	a, ok1 := foldFloat(l)
	b, ok2 := foldFloat(r)
	if !ok1 || !ok2 {
		return nil, false
	}
	if v, ok, handled := foldArithmetic(op, a, b); handled {
		return v, ok
	}
	switch op {
	case syntax.FloorDiv, syntax.Mod:
		if b == 0 {
			return nil, false
		}
		if op == syntax.Mod {
			m := math.Mod(a, b)
			if m != 0 && (m < 0) != (b < 0) {
				m += b
			}
			return m, true
		}
		return math.Floor(a / b), true
	case syntax.Pow:
		if a == 0 && b < 0 {
			return nil, false
		}
		if a < 0 && b != math.Trunc(b) {
			return cmplx.Pow(complex(a, 0), complex(b, 0)), true
		}
		p := math.Pow(a, b)
		if math.IsInf(p, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, false // OverflowError
		}
		return p, true
	}
	return nil, false
}

// foldArithmetic folds +, -, * and / of two floats or two complexes;
// handled is false for the other operators.
func foldArithmetic[T float64 | complex128](op syntax.Operator, a, b T) (v any, ok, handled bool) {
	switch op {
	case syntax.Add:
		return a + b, true, true
	case syntax.Sub:
		return a - b, true, true
	case syntax.Mult:
		return a * b, true, true
	case syntax.Div:
		if b == 0 {
			return nil, false, true // ZeroDivisionError
		}
		return a / b, true, true
	}
	return nil, false, false
}

// foldIntBinary folds an operation on two ints, within CPython's limits.
func foldIntBinary(op syntax.Operator, a, b *big.Int) (any, bool) {
	switch op {
	case syntax.Add:
		return new(big.Int).Add(a, b), true
	case syntax.Sub:
		return new(big.Int).Sub(a, b), true
	case syntax.Mult:
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > foldMaxIntBits {
			return nil, false
		}
		return new(big.Int).Mul(a, b), true
	case syntax.Div:
		if b.Sign() == 0 {
			return nil, false
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		return f, !math.IsInf(f, 0)
	case syntax.FloorDiv, syntax.Mod:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		if m.Sign() != 0 && b.Sign() < 0 {
			// Go's DivMod is Euclidean; Python's remainder has b's sign.
			q.Add(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == syntax.Mod {
			return m, true
		}
		return q, true
	case syntax.Pow:
		if b.Sign() < 0 {
			if a.Sign() == 0 {
				return nil, false
			}
			fa, _ := foldFloat(a)
			fb, _ := foldFloat(b)
			return math.Pow(fa, fb), true
		}
		if a.Sign() != 0 && b.Sign() > 0 {
			if !b.IsInt64() || int64(a.BitLen()) > foldMaxIntBits/b.Int64() {
				return nil, false
			}
		}
		return new(big.Int).Exp(a, b, nil), true
	case syntax.LShift, syntax.RShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if op == syntax.RShift {
			if !b.IsInt64() {
				return big.NewInt(int64(a.Sign()) >> 1), true
			}
			return new(big.Int).Rsh(a, uint(b.Int64())), true
		}
		if a.Sign() != 0 && b.Sign() != 0 {
			if !b.IsInt64() || b.Int64() > foldMaxIntBits || int64(a.BitLen()) > foldMaxIntBits-b.Int64() {
				return nil, false
			}
		}
		return new(big.Int).Lsh(a, uint(b.Int64())), true
	case syntax.BitAnd:
		return new(big.Int).And(a, b), true
	case syntax.BitOr:
		return new(big.Int).Or(a, b), true
	case syntax.BitXor:
		return new(big.Int).Xor(a, b), true
	}
	return nil, false
}

// foldSequenceBinary folds + and * of strs, bytes and tuples; done is
// false if neither operand is one.
func foldSequenceBinary(op syntax.Operator, l, r any) (v any, ok, done bool) {
	seqLen := func(x any) (int, bool) {
		switch x := x.(type) {
		case string:
			return utf8.RuneCountInString(x), true
		case []byte:
			return len(x), true
		case foldTuple:
			return len(x), true
		}
		return 0, false
	}
	_, lSeq := seqLen(l)
	_, rSeq := seqLen(r)
	if !lSeq && !rSeq {
		return nil, false, false
	}
	switch op {
	case syntax.Add:
		switch a := l.(type) {
		case string:
			if b, ok := r.(string); ok {
				return a + b, true, true
			}
		case []byte:
			if b, ok := r.([]byte); ok {
				return append(append([]byte{}, a...), b...), true, true
			}
		case foldTuple:
			if b, ok := r.(foldTuple); ok {
				return append(append(foldTuple{}, a...), b...), true, true
			}
		}
	case syntax.Mult:
		seq, count := l, r
		if !lSeq {
			seq, count = r, l
		}
		n, ok := foldInt(count)
		size, _ := seqLen(seq)
		if !ok {
			return nil, false, true
		}
		if size > 0 {
			limit := foldMaxStr
			if _, isTuple := seq.(foldTuple); isTuple {
				limit = foldMaxCollection
			}
			if n.Sign() < 0 || !n.IsInt64() || n.Int64() > int64(limit/size) {
				return nil, false, true
			}
			if t, isTuple := seq.(foldTuple); isTuple && n.Int64() > 0 && foldItems(t) > foldMaxTotalItems/int(n.Int64()) {
				return nil, false, true
			}
		}
		times := 0
		if n.Sign() > 0 && n.IsInt64() {
			times = int(n.Int64())
		}
		switch s := seq.(type) {
		case string:
			out := ""
			for i := 0; i < times; i++ {
				out += s
			}
			return out, true, true
		case []byte:
			out := []byte{}
			for i := 0; i < times; i++ {
				out = append(out, s...)
			}
			return out, true, true
		case foldTuple:
			out := foldTuple{}
			for i := 0; i < times; i++ {
				out = append(out, s...)
			}
			return out, true, true
		}
	}
	return nil, false, true
}

// foldItems counts the items of t and of the tuples in it (CPython's
// check_complexity).
func foldItems(t foldTuple) int {
	n := len(t)
	for _, x := range t {
		if u, ok := x.(foldTuple); ok {
			n += foldItems(u)
		}
	}
	return n
}

// foldIndex folds a constant subscripted with an int constant.
func foldIndex(v, k any) (any, bool) {
	i, ok := foldInt(k)
	if !ok || !i.IsInt64() {
		return nil, false
	}
	at := func(n int) (int, bool) {
		j := i.Int64()
		if j < 0 {
			j += int64(n)
		}
		return int(j), j >= 0 && j < int64(n)
	}
	switch v := v.(type) {
	case foldTuple:
		if j, ok := at(len(v)); ok {
			return v[j], true
		}
	case []byte:
		if j, ok := at(len(v)); ok {
			return big.NewInt(int64(v[j])), true
		}
	case string:
		runes := []rune(v)
		if j, ok := at(len(runes)); ok {
			return string(runes[j]), true
		}
	}
	return nil, false
}

// inferType is CPython's infer_type for the compile-time warnings: the
// type name of what e evaluates to, if the compiler can tell.
func inferType(e syntax.Expr) (string, bool) {
	if v, ok := foldConst(e); ok {
		return foldTypeName(v), true
	}
	switch e.(type) {
	case *syntax.Constant, *syntax.UnaryOp, *syntax.BinOp, *syntax.Subscript:
		return "", false
	}
	return literalType(e)
}

// checkCaller warns about calling a literal, as CPython's check_caller.
func (c *compiler) checkCaller(e *syntax.Call) {
	_, folded := foldConst(e.Func)
	switch e.Func.(type) {
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		if !folded {
			return
		}
	}
	name, _ := inferType(e.Func)
	c.warn(e.Func, "'%s' object is not callable; perhaps you missed a comma?", name)
}

// checkSubscript warns about subscripting a literal that cannot be, or
// with an index of a type it cannot take, as CPython's check_subscripter
// and check_index (loads only).
func (c *compiler) checkSubscript(e *syntax.Subscript) {
	if e.Ctx != syntax.Load {
		return
	}
	v, folded := foldConst(e.Value)
	notSubscriptable := false
	if folded {
		switch v.(type) {
		case nil, syntax.EllipsisType, *big.Int, bool, float64, complex128:
			notSubscriptable = true
		}
	} else {
		switch e.Value.(type) {
		case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
			notSubscriptable = true
		}
	}
	if notSubscriptable {
		name, _ := inferType(e.Value)
		c.warn(e.Value, "'%s' object is not subscriptable; perhaps you missed a comma?", name)
	}
	index, ok := inferType(e.Slice)
	if !ok || index == "int" || index == "bool" {
		return
	}
	if folded {
		switch v.(type) {
		case string, []byte, foldTuple:
		default:
			return
		}
	} else {
		switch e.Value.(type) {
		case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
		default:
			return
		}
	}
	name, _ := inferType(e.Value)
	c.warn(e.Value, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", name, index)
}

package syntax

// This file defines Unparse, which turns an expression back into source
// text the way CPython's C unparser (Python/ast_unparse.c) does. CPython
// uses that text for annotations under `from __future__ import
// annotations` (PEP 563), so it must match byte for byte: normalized
// spacing, reprs of constants, and parentheses only where precedence
// needs them.

import (
	"math"
	"math/big"
	"strings"
)

// Precedence levels of the unparser, lowest first, as in ast_unparse.c.
const (
	unparseTuple = iota
	unparseTest  // if-else, lambda
	unparseOr
	unparseAnd
	unparseNot
	unparseCmp
	unparseBor // also the level of `*x` and `**x`
	unparseBxor
	unparseBand
	unparseShift
	unparseArith
	unparseTerm
	unparseFactor
	unparsePower
	unparseAwait
	unparseAtom
)

var unparseBinOpLevel = [...]int{
	Add: unparseArith, Sub: unparseArith,
	Mult: unparseTerm, MatMult: unparseTerm, Div: unparseTerm, Mod: unparseTerm, FloorDiv: unparseTerm,
	LShift: unparseShift, RShift: unparseShift,
	BitOr: unparseBor, BitXor: unparseBxor, BitAnd: unparseBand,
	Pow: unparsePower,
}

// Unparse returns the source text CPython's unparser gives for e.
func Unparse(e Expr) string {
	var u unparser
	u.expr(e, unparseTest)
	return u.String()
}

type unparser struct{ strings.Builder }

// open writes "(" if an expression of precedence pr sits at level, and
// returns whether it did, for close.
func (u *unparser) open(level, pr int) bool {
	if level > pr {
		u.WriteByte('(')
		return true
	}
	return false
}

func (u *unparser) close(opened bool) {
	if opened {
		u.WriteByte(')')
	}
}

func (u *unparser) exprs(es []Expr, level int) {
	for i, e := range es {
		if i > 0 {
			u.WriteString(", ")
		}
		u.expr(e, level)
	}
}

func (u *unparser) expr(e Expr, level int) {
	switch e := e.(type) {
	case *BoolOp:
		pr, sep := unparseAnd, " and "
		if e.Op == Or {
			pr, sep = unparseOr, " or "
		}
		p := u.open(level, pr)
		for i, v := range e.Values {
			if i > 0 {
				u.WriteString(sep)
			}
			u.expr(v, pr+1)
		}
		u.close(p)
	case *BinOp:
		pr := unparseBinOpLevel[e.Op]
		left, right := pr, pr+1
		if e.Op == Pow { // right-associative
			left, right = pr+1, pr
		}
		p := u.open(level, pr)
		u.expr(e.Left, left)
		u.WriteString(" " + e.Op.String() + " ")
		u.expr(e.Right, right)
		u.close(p)
	case *UnaryOp:
		pr, op := unparseFactor, ""
		switch e.Op {
		case Invert:
			op = "~"
		case Not:
			pr, op = unparseNot, "not "
		case UAdd:
			op = "+"
		case USub:
			op = "-"
		}
		p := u.open(level, pr)
		u.WriteString(op)
		u.expr(e.Operand, pr)
		u.close(p)
	case *Lambda:
		p := u.open(level, unparseTest)
		if unparseHasArgs(e.Args) {
			u.WriteString("lambda ")
			u.args(e.Args)
			u.WriteString(": ")
		} else {
			u.WriteString("lambda: ")
		}
		u.expr(e.Body, unparseTest)
		u.close(p)
	case *IfExp:
		p := u.open(level, unparseTest)
		u.expr(e.Body, unparseTest+1)
		u.WriteString(" if ")
		u.expr(e.Test, unparseTest+1)
		u.WriteString(" else ")
		u.expr(e.OrElse, unparseTest)
		u.close(p)
	case *Dict:
		u.WriteByte('{')
		for i, k := range e.Keys {
			if i > 0 {
				u.WriteString(", ")
			}
			if k == nil {
				u.WriteString("**")
				u.expr(e.Values[i], unparseBor)
				continue
			}
			u.expr(k, unparseTest)
			u.WriteString(": ")
			u.expr(e.Values[i], unparseTest)
		}
		u.WriteByte('}')
	case *Set:
		if len(e.Elts) == 0 {
			u.WriteString("{*()}")
			return
		}
		u.WriteByte('{')
		u.exprs(e.Elts, unparseTest)
		u.WriteByte('}')
	case *ListComp:
		u.WriteByte('[')
		u.expr(e.Elt, unparseTest)
		u.comprehensions(e.Generators)
		u.WriteByte(']')
	case *SetComp:
		u.WriteByte('{')
		u.expr(e.Elt, unparseTest)
		u.comprehensions(e.Generators)
		u.WriteByte('}')
	case *DictComp:
		u.WriteByte('{')
		u.expr(e.Key, unparseTest)
		u.WriteString(": ")
		u.expr(e.Value, unparseTest)
		u.comprehensions(e.Generators)
		u.WriteByte('}')
	case *GeneratorExp:
		u.WriteByte('(')
		u.expr(e.Elt, unparseTest)
		u.comprehensions(e.Generators)
		u.WriteByte(')')
	case *Await:
		p := u.open(level, unparseAwait)
		u.WriteString("await ")
		u.expr(e.Value, unparseAtom)
		u.close(p)
	case *Yield:
		if e.Value == nil {
			u.WriteString("(yield)")
			return
		}
		u.WriteString("(yield ")
		u.expr(e.Value, unparseTest)
		u.WriteByte(')')
	case *YieldFrom:
		u.WriteString("(yield from ")
		u.expr(e.Value, unparseTest)
		u.WriteByte(')')
	case *Compare:
		p := u.open(level, unparseCmp)
		u.expr(e.Left, unparseCmp+1)
		for i, op := range e.Ops {
			u.WriteString(" " + op.String() + " ")
			u.expr(e.Comparators[i], unparseCmp+1)
		}
		u.close(p)
	case *Call:
		u.expr(e.Func, unparseAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*GeneratorExp); ok {
				u.expr(g, unparseTest) // f(x for x in y): no second parentheses
				return
			}
		}
		u.WriteByte('(')
		u.exprs(e.Args, unparseTest)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				u.WriteString(", ")
			}
			if k.Arg == "" {
				u.WriteString("**")
			} else {
				u.WriteString(k.Arg + "=")
			}
			u.expr(k.Value, unparseTest)
		}
		u.WriteByte(')')
	case *Constant:
		u.constant(e)
	case *JoinedStr:
		u.WriteByte('f')
		u.WriteString(pyRepr(unparseFStringBody(e.Values)))
	case *FormattedValue:
		u.WriteByte('f')
		u.WriteString(pyRepr(unparseFStringBody([]Expr{e})))
	case *Attribute:
		u.expr(e.Value, unparseAtom)
		if k, ok := e.Value.(*Constant); ok && unparseIsInt(k.Value) {
			u.WriteByte(' ') // `1 .real`: `1.real` would be a float
		}
		u.WriteString("." + e.Attr)
	case *Subscript:
		u.expr(e.Value, unparseAtom)
		u.WriteByte('[')
		u.expr(e.Slice, unparseTuple)
		u.WriteByte(']')
	case *Starred:
		u.WriteByte('*')
		u.expr(e.Value, unparseBor)
	case *Name:
		u.WriteString(e.Id)
	case *List:
		u.WriteByte('[')
		u.exprs(e.Elts, unparseTest)
		u.WriteByte(']')
	case *Tuple:
		if len(e.Elts) == 0 {
			u.WriteString("()")
			return
		}
		p := u.open(level, unparseTuple)
		u.exprs(e.Elts, unparseTest)
		if len(e.Elts) == 1 {
			u.WriteByte(',')
		}
		u.close(p)
	case *Slice:
		if e.Lower != nil {
			u.expr(e.Lower, unparseTest)
		}
		u.WriteByte(':')
		if e.Upper != nil {
			u.expr(e.Upper, unparseTest)
		}
		if e.Step != nil {
			u.WriteByte(':')
			u.expr(e.Step, unparseTest)
		}
	case *NamedExpr:
		p := u.open(level, unparseTuple)
		u.expr(e.Target, unparseAtom)
		u.WriteString(" := ")
		u.expr(e.Value, unparseAtom)
		u.close(p)
	}
}

func unparseIsInt(v any) bool {
	_, ok := v.(*big.Int)
	return ok
}

// constant writes a literal as its repr, with ... for Ellipsis, the u of a
// u-string kept, and infinities written as 1e309 (an overflowing literal)
// so that the text evaluates back to them.
func (u *unparser) constant(k *Constant) {
	switch v := k.Value.(type) {
	case EllipsisType:
		u.WriteString("...")
		return
	case float64:
		if math.IsInf(v, 0) {
			u.WriteString(strings.ReplaceAll(floatRepr(v), "inf", "1e309"))
			return
		}
	case complex128:
		if math.IsInf(imag(v), 0) {
			u.WriteString("1e309j")
			return
		}
	}
	if k.Kind == "u" {
		u.WriteByte('u')
	}
	u.WriteString(constantRepr(k.Value))
}

func (u *unparser) comprehensions(gens []*Comprehension) {
	for _, g := range gens {
		if g.IsAsync {
			u.WriteString(" async for ")
		} else {
			u.WriteString(" for ")
		}
		u.expr(g.Target, unparseTuple)
		u.WriteString(" in ")
		u.expr(g.Iter, unparseTest+1)
		for _, cond := range g.Ifs {
			u.WriteString(" if ")
			u.expr(cond, unparseTest+1)
		}
	}
}

func unparseHasArgs(a *Arguments) bool {
	return len(a.PosOnlyArgs)+len(a.Args)+len(a.KwOnlyArgs) > 0 || a.VarArg != nil || a.KwArg != nil
}

// args writes a lambda's parameters (lambdas have no annotations).
func (u *unparser) args(a *Arguments) {
	first := true
	sep := func() {
		if !first {
			u.WriteString(", ")
		}
		first = false
	}
	positional := append(append([]*Arg{}, a.PosOnlyArgs...), a.Args...)
	defaultsFrom := len(positional) - len(a.Defaults)
	for i, p := range positional {
		sep()
		u.WriteString(p.Arg)
		if i >= defaultsFrom {
			u.WriteByte('=')
			u.expr(a.Defaults[i-defaultsFrom], unparseTest)
		}
		if i == len(a.PosOnlyArgs)-1 {
			u.WriteString(", /")
		}
	}
	if a.VarArg != nil || len(a.KwOnlyArgs) > 0 {
		sep()
		u.WriteByte('*')
		if a.VarArg != nil {
			u.WriteString(a.VarArg.Arg)
		}
	}
	for i, p := range a.KwOnlyArgs {
		sep()
		u.WriteString(p.Arg)
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			u.WriteByte('=')
			u.expr(a.KwDefaults[i], unparseTest)
		}
	}
	if a.KwArg != nil {
		sep()
		u.WriteString("**" + a.KwArg.Arg)
	}
}

// unparseFStringBody returns the text between the quotes of an f-string
// with these parts, braces of literal text doubled.
func unparseFStringBody(parts []Expr) string {
	var b strings.Builder
	for _, p := range parts {
		switch p := p.(type) {
		case *Constant:
			s, _ := p.Value.(string)
			s = strings.ReplaceAll(s, "{", "{{")
			b.WriteString(strings.ReplaceAll(s, "}", "}}"))
		case *FormattedValue:
			var u unparser
			u.expr(p.Value, unparseTest+1)
			text := u.String()
			b.WriteByte('{')
			if strings.HasPrefix(text, "{") {
				b.WriteByte(' ') // `{{` would be an escaped brace
			}
			b.WriteString(text)
			if p.Conversion >= 0 {
				b.WriteByte('!')
				b.WriteByte(byte(p.Conversion))
			}
			if spec, ok := p.FormatSpec.(*JoinedStr); ok {
				b.WriteByte(':')
				b.WriteString(unparseFStringBody(spec.Values))
			}
			b.WriteByte('}')
		case *JoinedStr:
			b.WriteString(unparseFStringBody(p.Values))
		}
	}
	return b.String()
}

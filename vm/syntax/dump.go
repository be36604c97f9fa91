package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dump returns the tree rooted at n (a Node or a *Module) in the format of
// CPython's ast.dump(tree, include_attributes=True), so that trees can be
// compared with CPython's directly. A *Module is written as CPython's
// Module, whatever the mode it was parsed in.
func Dump(n any) string {
	var d dumper
	d.value(n)
	return d.b.String()
}

type dumper struct{ b strings.Builder }

// opt marks an optional field, omitted when nil as ast.dump omits None
// values of optional fields.
type opt struct{ v any }

// node writes name(k1=v1, ..., attributes) with the fields given as
// alternating names and values, followed by sp's position attributes if sp
// is not nil.
func (d *dumper) node(name string, sp *Span, kv ...any) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	for i := 0; i < len(kv); i += 2 {
		v := kv[i+1]
		if o, ok := v.(opt); ok {
			if isNil(o.v) {
				continue
			}
			v = o.v
		}
		if !first {
			d.b.WriteString(", ")
		}
		first = false
		d.b.WriteString(kv[i].(string))
		d.b.WriteByte('=')
		d.value(v)
	}
	if sp != nil {
		if !first {
			d.b.WriteString(", ")
		}
		fmt.Fprintf(&d.b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
			sp.Start.Line, sp.Start.Col, sp.End.Line, sp.End.Col)
	}
	d.b.WriteByte(')')
}

func isNil(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case *Arg:
		return v == nil
	case Expr:
		return v == nil
	case Pattern:
		return v == nil
	}
	return false
}

func list[T any](d *dumper, xs []T) {
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.value(x)
	}
	d.b.WriteByte(']')
}

func (d *dumper) value(v any) {
	switch x := v.(type) {
	case nil:
		d.b.WriteString("None")
	case string:
		d.b.WriteString(pyRepr(x))
	case int:
		d.b.WriteString(strconv.Itoa(x))
	case bool:
		if x {
			d.b.WriteString("True")
		} else {
			d.b.WriteString("False")
		}
	case []Stmt:
		list(d, x)
	case []Expr:
		list(d, x)
	case []Pattern:
		list(d, x)
	case []string:
		list(d, x)
	case []*Keyword:
		list(d, x)
	case []*Alias:
		list(d, x)
	case []*WithItem:
		list(d, x)
	case []*MatchCase:
		list(d, x)
	case []*Comprehension:
		list(d, x)
	case []*ExceptHandler:
		list(d, x)
	case []*TypeParam:
		list(d, x)
	case []*Arg:
		list(d, x)
	case rawList:
		list(d, x)
	case pyLiteral:
		d.b.WriteString(string(x))
	case ExprContext:
		d.b.WriteString([...]string{"Load()", "Store()", "Del()"}[x])
	case Operator:
		d.b.WriteString([...]string{"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
			"LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"}[x])
	case UnaryOperator:
		d.b.WriteString([...]string{"Invert()", "Not()", "UAdd()", "USub()"}[x])
	case BoolOperator:
		d.b.WriteString([...]string{"And()", "Or()"}[x])
	case CmpOperator:
		d.b.WriteString([...]string{"Lt()", "LtE()", "Eq()", "NotEq()", "Gt()", "GtE()",
			"Is()", "IsNot()", "In()", "NotIn()"}[x])
	case *Module:
		d.node("Module", nil, "body", x.Body, "type_ignores", []Stmt{})
	default:
		if n, ok := v.(Node); ok {
			d.nodeValue(n)
			return
		}
		if n, ok := v.(*WithItem); ok {
			d.node("withitem", nil, "context_expr", n.ContextExpr, "optional_vars", opt{n.OptionalVars})
			return
		}
		if n, ok := v.(*MatchCase); ok {
			d.node("match_case", nil, "pattern", n.Pattern, "guard", opt{n.Guard}, "body", n.Body)
			return
		}
		if n, ok := v.(*Arguments); ok {
			d.node("arguments", nil, "posonlyargs", nonNil(n.PosOnlyArgs), "args", nonNil(n.Args),
				"vararg", opt{n.VarArg}, "kwonlyargs", nonNil(n.KwOnlyArgs), "kw_defaults", nonNil(n.KwDefaults),
				"kwarg", opt{n.KwArg}, "defaults", nonNil(n.Defaults))
			return
		}
		fmt.Fprintf(&d.b, "<%T>", v)
	}
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func (d *dumper) nodeValue(n Node) {
	sp := n.GetSpan()
	switch x := n.(type) {
	case *FunctionDef:
		name := "FunctionDef"
		if x.IsAsync {
			name = "AsyncFunctionDef"
		}
		d.node(name, &sp, "name", x.Name, "args", x.Args, "body", x.Body, "decorator_list", nonNil(x.DecoratorList),
			"returns", opt{x.Returns}, "type_params", nonNil(x.TypeParams))
	case *ClassDef:
		d.node("ClassDef", &sp, "name", x.Name, "bases", nonNil(x.Bases), "keywords", nonNil(x.Keywords),
			"body", x.Body, "decorator_list", nonNil(x.DecoratorList), "type_params", nonNil(x.TypeParams))
	case *Return:
		d.node("Return", &sp, "value", opt{x.Value})
	case *Delete:
		d.node("Delete", &sp, "targets", x.Targets)
	case *Assign:
		d.node("Assign", &sp, "targets", x.Targets, "value", x.Value)
	case *TypeAlias:
		d.node("TypeAlias", &sp, "name", Expr(x.Name), "type_params", nonNil(x.TypeParams), "value", x.Value)
	case *AugAssign:
		d.node("AugAssign", &sp, "target", x.Target, "op", x.Op, "value", x.Value)
	case *AnnAssign:
		simple := 0
		if x.Simple {
			simple = 1
		}
		d.node("AnnAssign", &sp, "target", x.Target, "annotation", x.Annotation, "value", opt{x.Value}, "simple", simple)
	case *For:
		name := "For"
		if x.IsAsync {
			name = "AsyncFor"
		}
		d.node(name, &sp, "target", x.Target, "iter", x.Iter, "body", x.Body, "orelse", nonNil(x.OrElse))
	case *While:
		d.node("While", &sp, "test", x.Test, "body", x.Body, "orelse", nonNil(x.OrElse))
	case *If:
		d.node("If", &sp, "test", x.Test, "body", x.Body, "orelse", nonNil(x.OrElse))
	case *With:
		name := "With"
		if x.IsAsync {
			name = "AsyncWith"
		}
		d.node(name, &sp, "items", x.Items, "body", x.Body)
	case *Match:
		d.node("Match", &sp, "subject", x.Subject, "cases", x.Cases)
	case *Raise:
		d.node("Raise", &sp, "exc", opt{x.Exc}, "cause", opt{x.Cause})
	case *Try:
		name := "Try"
		if x.IsStar {
			name = "TryStar"
		}
		d.node(name, &sp, "body", x.Body, "handlers", nonNil(x.Handlers), "orelse", nonNil(x.OrElse), "finalbody", nonNil(x.FinalBody))
	case *Assert:
		d.node("Assert", &sp, "test", x.Test, "msg", opt{x.Msg})
	case *Import:
		d.node("Import", &sp, "names", x.Names)
	case *ImportFrom:
		d.node("ImportFrom", &sp, "module", opt{x.Module}, "names", x.Names, "level", x.Level)
	case *Global:
		d.node("Global", &sp, "names", x.Names)
	case *Nonlocal:
		d.node("Nonlocal", &sp, "names", x.Names)
	case *ExprStmt:
		d.node("Expr", &sp, "value", x.Value)
	case *Pass:
		d.node("Pass", &sp)
	case *Break:
		d.node("Break", &sp)
	case *Continue:
		d.node("Continue", &sp)

	case *BoolOp:
		d.node("BoolOp", &sp, "op", x.Op, "values", x.Values)
	case *NamedExpr:
		d.node("NamedExpr", &sp, "target", Expr(x.Target), "value", x.Value)
	case *BinOp:
		d.node("BinOp", &sp, "left", x.Left, "op", x.Op, "right", x.Right)
	case *UnaryOp:
		d.node("UnaryOp", &sp, "op", x.Op, "operand", x.Operand)
	case *Lambda:
		d.node("Lambda", &sp, "args", x.Args, "body", x.Body)
	case *IfExp:
		d.node("IfExp", &sp, "test", x.Test, "body", x.Body, "orelse", x.OrElse)
	case *Dict:
		d.node("Dict", &sp, "keys", x.Keys, "values", x.Values)
	case *Set:
		d.node("Set", &sp, "elts", x.Elts)
	case *ListComp:
		d.node("ListComp", &sp, "elt", x.Elt, "generators", x.Generators)
	case *SetComp:
		d.node("SetComp", &sp, "elt", x.Elt, "generators", x.Generators)
	case *DictComp:
		d.node("DictComp", &sp, "key", x.Key, "value", x.Value, "generators", x.Generators)
	case *GeneratorExp:
		d.node("GeneratorExp", &sp, "elt", x.Elt, "generators", x.Generators)
	case *Await:
		d.node("Await", &sp, "value", x.Value)
	case *Yield:
		d.node("Yield", &sp, "value", opt{x.Value})
	case *YieldFrom:
		d.node("YieldFrom", &sp, "value", x.Value)
	case *Compare:
		ops := make([]any, len(x.Ops))
		for i, op := range x.Ops {
			ops[i] = op
		}
		d.node("Compare", &sp, "left", x.Left, "ops", rawList(ops), "comparators", x.Comparators)
	case *Call:
		d.node("Call", &sp, "func", x.Func, "args", nonNil(x.Args), "keywords", nonNil(x.Keywords))
	case *FormattedValue:
		d.node("FormattedValue", &sp, "value", x.Value, "conversion", x.Conversion, "format_spec", opt{x.FormatSpec})
	case *JoinedStr:
		d.node("JoinedStr", &sp, "values", nonNil(x.Values))
	case *Constant:
		d.node("Constant", &sp, "value", constRepr(x.Value), "kind", opt{x.Kind})
	case *Attribute:
		d.node("Attribute", &sp, "value", x.Value, "attr", x.Attr, "ctx", x.Ctx)
	case *Subscript:
		d.node("Subscript", &sp, "value", x.Value, "slice", x.Slice, "ctx", x.Ctx)
	case *Starred:
		d.node("Starred", &sp, "value", x.Value, "ctx", x.Ctx)
	case *Name:
		d.node("Name", &sp, "id", x.Id, "ctx", x.Ctx)
	case *List:
		d.node("List", &sp, "elts", x.Elts, "ctx", x.Ctx)
	case *Tuple:
		d.node("Tuple", &sp, "elts", x.Elts, "ctx", x.Ctx)
	case *Slice:
		d.node("Slice", &sp, "lower", opt{x.Lower}, "upper", opt{x.Upper}, "step", opt{x.Step})

	case *MatchValue:
		d.node("MatchValue", &sp, "value", x.Value)
	case *MatchSingleton:
		d.node("MatchSingleton", &sp, "value", x.Value)
	case *MatchSequence:
		d.node("MatchSequence", &sp, "patterns", nonNil(x.Patterns))
	case *MatchMapping:
		d.node("MatchMapping", &sp, "keys", nonNil(x.Keys), "patterns", nonNil(x.Patterns), "rest", opt{x.Rest})
	case *MatchClass:
		d.node("MatchClass", &sp, "cls", x.Cls, "patterns", nonNil(x.Patterns), "kwd_attrs", nonNil(x.KwdAttrs), "kwd_patterns", nonNil(x.KwdPatterns))
	case *MatchStar:
		d.node("MatchStar", &sp, "name", opt{x.Name})
	case *MatchAs:
		d.node("MatchAs", &sp, "pattern", opt{x.Pattern}, "name", opt{x.Name})
	case *MatchOr:
		d.node("MatchOr", &sp, "patterns", x.Patterns)

	case *Comprehension:
		async := 0
		if x.IsAsync {
			async = 1
		}
		d.node("comprehension", nil, "target", x.Target, "iter", x.Iter, "ifs", nonNil(x.Ifs), "is_async", async)
	case *ExceptHandler:
		d.node("ExceptHandler", &sp, "type", opt{x.Type}, "name", opt{x.Name}, "body", x.Body)
	case *Arg:
		d.node("arg", &sp, "arg", x.Arg, "annotation", opt{x.Annotation})
	case *Keyword:
		d.node("keyword", &sp, "arg", opt{x.Arg}, "value", x.Value)
	case *Alias:
		d.node("alias", &sp, "name", x.Name, "asname", opt{x.AsName})
	case *TypeParam:
		switch x.Kind {
		case TypeVar:
			d.node("TypeVar", &sp, "name", x.Name, "bound", opt{x.Bound})
		case ParamSpec:
			d.node("ParamSpec", &sp, "name", x.Name)
		default:
			d.node("TypeVarTuple", &sp, "name", x.Name)
		}
	default:
		fmt.Fprintf(&d.b, "<%T>", n)
	}
}

// rawList is a list of values written with value.
type rawList []any

// pyLiteral is text written verbatim.
type pyLiteral string

func constRepr(v any) pyLiteral { return pyLiteral(constantRepr(v)) }

// constantRepr returns Python's repr of a Constant's Value.
func constantRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return floatRepr(v)
	case complex128:
		// Literals are imaginary: the real part is always zero.
		return imagRepr(imag(v)) + "j"
	case string:
		return pyRepr(v)
	case []byte:
		return bytesRepr(v)
	case EllipsisType:
		return "Ellipsis"
	}
	return fmt.Sprint(v)
}

func imagRepr(f float64) string {
	s := floatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// floatRepr formats f as Python's repr(float) does: the shortest string
// that round-trips, in exponent form outside 1e-4 <= |f| < 1e16.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		out += fmt.Sprintf("e%s%02d", sign, exp)
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if exp+1 >= len(digits) {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	} else {
		out = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}

// pyRepr quotes s as Python's repr(str) does.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if sr := decodeSurrogate(s[i:]); sr != 0 {
			r, size = sr, 3
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case !unicode.IsPrint(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// bytesRepr quotes b as Python's repr(bytes) does.
func bytesRepr(v []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(v), '\'') >= 0 && strings.IndexByte(string(v), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range v {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

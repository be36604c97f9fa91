package runtime

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is a test helper: an evaluator for a small subset of Python
// expressions (literals, operators, calls of a few builtins, methods,
// attributes and subscripts), so that the numbers/str/bytes tests can be
// written as Python expressions whose expected results come straight from
// CPython 3.12 (testdata/numbers_cpython.txt).

type pyEval struct {
	th   *Thread
	src  string
	pos  int
	toks []pyTok
	i    int
}

type pyTok struct {
	kind byte // 'n' number, 's' string, 'b' bytes, 'i' name, 'o' operator, 0 end
	text string
}

var pyOps = []string{"**", "//", "<<", ">>", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "&", "|", "^", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", "="}

func pyTokenize(src string) ([]pyTok, error) {
	var toks []pyTok
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i
			for j < len(src) && (isPyNumChar(src[j]) || (src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E') && !strings.HasPrefix(strings.ToLower(src[i:j]), "0x")) {
				j++
			}
			toks = append(toks, pyTok{'n', src[i:j]})
			i = j
		case c == '\'' || c == '"' || (c == 'b' || c == 'r') && i+1 < len(src) && (src[i+1] == '\'' || src[i+1] == '"'):
			kind := byte('s')
			raw := false
			if c == 'b' {
				kind = 'b'
				i++
			} else if c == 'r' {
				raw = true
				i++
			}
			q := src[i]
			j := i + 1
			var sb strings.Builder
			for j < len(src) && src[j] != q {
				if src[j] == '\\' && !raw {
					j++
					switch e := src[j]; e {
					case 'n':
						sb.WriteByte('\n')
					case 't':
						sb.WriteByte('\t')
					case 'r':
						sb.WriteByte('\r')
					case '0':
						sb.WriteByte(0)
					case 'x', 'u', 'U':
						n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
						v, err := strconv.ParseUint(src[j+1:j+1+n], 16, 32)
						if err != nil {
							return nil, err
						}
						if kind == 'b' {
							sb.WriteByte(byte(v))
						} else {
							sb.WriteRune(rune(v))
						}
						j += n
					default:
						sb.WriteByte(e)
					}
					j++
					continue
				}
				sb.WriteByte(src[j])
				j++
			}
			if j >= len(src) {
				return nil, fmt.Errorf("unterminated string")
			}
			toks = append(toks, pyTok{kind, sb.String()})
			i = j + 1
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, pyTok{'i', src[i:j]})
			i = j
		default:
			found := false
			for _, op := range pyOps {
				if strings.HasPrefix(src[i:], op) {
					toks = append(toks, pyTok{'o', op})
					i += len(op)
					found = true
					break
				}
			}
			if !found {
				return nil, fmt.Errorf("bad character %q", c)
			}
		}
	}
	return append(toks, pyTok{}), nil
}

func isPyNumChar(c byte) bool {
	return c >= '0' && c <= '9' || c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// evalPy evaluates src and returns the repr of the result, or "!! Type:
// message" for an exception.
func evalPy(th *Thread, src string) (string, error) {
	toks, err := pyTokenize(src)
	if err != nil {
		return "", err
	}
	e := &pyEval{th: th, src: src, toks: toks}
	v, err := e.expr()
	if err == nil && e.isOp(",") {
		// A bare tuple: a, b, c.
		items := []Value{v}
		for err == nil && e.isOp(",") {
			e.i++
			var x Value
			x, err = e.expr()
			items = append(items, x)
		}
		v = NewTuple(items)
	}
	if err != nil {
		if exc, ok := err.(*Exception); ok {
			return "!! " + exc.typ.Name + ": " + testExcMessage(th, exc), nil
		}
		return "", err
	}
	if e.peek().kind != 0 {
		return "", fmt.Errorf("trailing tokens at %q", e.peek().text)
	}
	return testRepr(th, v)
}

func testExcMessage(th *Thread, e *Exception) string {
	if msg, ok := UnicodeErrorMessage(e); ok {
		return msg
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if isStr(e.Args[0]) && e.typ != KeyError {
			return StrValue(e.Args[0])
		}
		r, _ := testRepr(th, e.Args[0])
		return r
	}
	r, _ := testRepr(th, NewTuple(e.Args))
	return r
}

// testRepr is repr() with tuples, lists and dicts written here, since
// their slots belong to another part of the runtime.
func testRepr(th *Thread, v Value) (string, error) {
	join := func(items []Value) (string, error) {
		parts := make([]string, len(items))
		for i, it := range items {
			r, err := testRepr(th, it)
			if err != nil {
				return "", err
			}
			parts[i] = r
		}
		return strings.Join(parts, ", "), nil
	}
	switch v.Type().Layout {
	case LayoutTuple:
		items := TupleItems(v)
		s, err := join(items)
		if len(items) == 1 {
			s += ","
		}
		return "(" + s + ")", err
	case LayoutList:
		s, err := join(ListItems(v))
		return "[" + s + "]", err
	case LayoutDict:
		keys, values := as[Dict](v).Items()
		parts := make([]string, len(keys))
		for i := range keys {
			k, err := testRepr(th, keys[i])
			if err != nil {
				return "", err
			}
			val, err := testRepr(th, values[i])
			if err != nil {
				return "", err
			}
			parts[i] = k + ": " + val
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	return Repr(th, v)
}

func (e *pyEval) peek() pyTok { return e.toks[e.i] }
func (e *pyEval) next() pyTok { t := e.toks[e.i]; e.i++; return t }
func (e *pyEval) isOp(op string) bool {
	t := e.peek()
	return t.kind == 'o' && t.text == op
}
func (e *pyEval) expect(op string) error {
	if !e.isOp(op) {
		return fmt.Errorf("expected %q at %q", op, e.peek().text)
	}
	e.i++
	return nil
}

var pyCompareOps = map[string]CompareOp{"<": CmpLT, "<=": CmpLE, "==": CmpEQ, "!=": CmpNE, ">": CmpGT, ">=": CmpGE}

func (e *pyEval) expr() (Value, error) {
	a, err := e.binary(0)
	if err != nil {
		return a, err
	}
	t := e.peek()
	if op, ok := pyCompareOps[t.text]; ok && t.kind == 'o' {
		e.i++
		b, err := e.binary(0)
		if err != nil {
			return b, err
		}
		return Compare(e.th, op, a, b)
	}
	if t.kind == 'i' && (t.text == "in" || t.text == "not") {
		e.i++
		neg := t.text == "not"
		if neg {
			e.next() // in
		}
		b, err := e.binary(0)
		if err != nil {
			return b, err
		}
		r, err := Contains(e.th, b, a)
		return Bool(r != neg), err
	}
	return a, nil
}

var pyBinaryLevels = []map[string]BinaryOp{
	{"|": OpOr},
	{"^": OpXor},
	{"&": OpAnd},
	{"<<": OpLShift, ">>": OpRShift},
	{"+": OpAdd, "-": OpSub},
	{"*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod},
}

func (e *pyEval) binary(level int) (Value, error) {
	if level == len(pyBinaryLevels) {
		return e.unary()
	}
	a, err := e.binary(level + 1)
	if err != nil {
		return a, err
	}
	for {
		t := e.peek()
		op, ok := pyBinaryLevels[level][t.text]
		if !ok || t.kind != 'o' {
			return a, nil
		}
		e.i++
		b, err := e.binary(level + 1)
		if err != nil {
			return b, err
		}
		if a, err = Binary(e.th, op, a, b); err != nil {
			return a, err
		}
	}
}

func (e *pyEval) unary() (Value, error) {
	ops := map[string]UnaryOp{"-": OpNeg, "+": OpPos, "~": OpInvert}
	if t := e.peek(); t.kind == 'o' {
		if op, ok := ops[t.text]; ok {
			e.i++
			v, err := e.unary()
			if err != nil {
				return v, err
			}
			return UnaryOperation(e.th, op, v)
		}
	}
	a, err := e.primary()
	if err != nil {
		return a, err
	}
	if e.isOp("**") {
		e.i++
		b, err := e.unary()
		if err != nil {
			return b, err
		}
		return Binary(e.th, OpPow, a, b)
	}
	return a, nil
}

func (e *pyEval) args(closer string) ([]Value, []string, error) {
	var args, kwargs []Value
	var kwnames []string
	for !e.isOp(closer) {
		if t := e.peek(); t.kind == 'i' && e.toks[e.i+1].text == "=" && e.toks[e.i+1].kind == 'o' {
			e.i += 2
			v, err := e.expr()
			if err != nil {
				return nil, nil, err
			}
			kwnames = append(kwnames, t.text)
			kwargs = append(kwargs, v)
		} else {
			v, err := e.expr()
			if err != nil {
				return nil, nil, err
			}
			args = append(args, v)
		}
		if !e.isOp(",") {
			break
		}
		e.i++
	}
	if err := e.expect(closer); err != nil {
		return nil, nil, err
	}
	return append(args, kwargs...), kwnames, nil
}

func (e *pyEval) primary() (Value, error) {
	v, err := e.atom()
	if err != nil {
		return v, err
	}
	for {
		switch {
		case e.isOp("("):
			e.i++
			args, kwnames, err := e.args(")")
			if err != nil {
				return Value{}, err
			}
			if v, err = Call(e.th, v, args, kwnames); err != nil {
				return v, err
			}
		case e.isOp("."):
			e.i++
			if v, err = GetAttr(e.th, v, e.next().text); err != nil {
				return v, err
			}
		case e.isOp("["):
			e.i++
			key, err := e.subscript()
			if err != nil {
				return key, err
			}
			if v, err = GetItem(e.th, v, key); err != nil {
				return v, err
			}
		default:
			return v, nil
		}
	}
}

func (e *pyEval) subscript() (Value, error) {
	var parts [3]Value
	n := 0
	isSlice := false
	for {
		if !e.isOp(":") && !e.isOp("]") {
			v, err := e.expr()
			if err != nil {
				return v, err
			}
			parts[n] = v
		}
		if e.isOp(":") {
			e.i++
			isSlice = true
			n++
			continue
		}
		break
	}
	if err := e.expect("]"); err != nil {
		return Value{}, err
	}
	if !isSlice {
		return parts[0], nil
	}
	return NewSlice(parts[0], parts[1], parts[2]), nil
}

func (e *pyEval) atom() (Value, error) {
	t := e.next()
	switch t.kind {
	case 'n':
		text := strings.ReplaceAll(t.text, "_", "")
		if strings.HasSuffix(text, "j") {
			f, _ := strconv.ParseFloat(text[:len(text)-1], 64)
			return NewComplex(complex(0, f)), nil
		}
		if strings.ContainsAny(text, ".eE") && !strings.HasPrefix(text, "0x") {
			f, err := strconv.ParseFloat(text, 64)
			if err != nil && !strings.Contains(err.Error(), "range") {
				return Value{}, err
			}
			return Float(f), nil
		}
		return IntFromString(text, 0)
	case 's', 'b':
		text := t.text
		for e.peek().kind == t.kind {
			text += e.next().text
		}
		if t.kind == 'b' {
			return NewBytes([]byte(text)), nil
		}
		if !utf8.ValidString(text) {
			return Value{}, fmt.Errorf("invalid utf-8 literal")
		}
		return NewStr(text), nil
	case 'i':
		switch t.text {
		case "None":
			return None, nil
		case "True":
			return True, nil
		case "False":
			return False, nil
		}
		if b, ok := testBuiltins[t.text]; ok {
			return b, nil
		}
		return Value{}, fmt.Errorf("unknown name %q", t.text)
	case 'o':
		switch t.text {
		case "(":
			items, _, err := e.args(")")
			if err != nil {
				return Value{}, err
			}
			if len(items) == 1 && e.toks[e.i-2].text != "," {
				return items[0], nil
			}
			return NewTuple(items), nil
		case "[":
			items, _, err := e.args("]")
			if err != nil {
				return Value{}, err
			}
			return NewList(items), nil
		case "{":
			d := NewDict()
			for !e.isOp("}") {
				k, err := e.expr()
				if err != nil {
					return k, err
				}
				if err := e.expect(":"); err != nil {
					return Value{}, err
				}
				v, err := e.expr()
				if err != nil {
					return v, err
				}
				if err := d.Set(e.th, k, v); err != nil {
					return Value{}, err
				}
				if !e.isOp(",") {
					break
				}
				e.i++
			}
			return ValueOf(d), e.expect("}")
		}
	}
	return Value{}, fmt.Errorf("unexpected token %q", t.text)
}

// testBuiltins are the builtins the test expressions may call.
var testBuiltins = map[string]Value{}

func pyexprFunc(name string, fn NativeFunc) {
	testBuiltins[name] = NewBuiltinFunction(name, "builtins", fn)
}

func init() {
	for _, t := range []*Type{IntType, FloatType, StrType, BytesType, ByteArrayType, ComplexType, BoolType, SliceType, MemoryViewType} {
		testBuiltins[t.Name] = ValueOf(t)
	}
	pyexprFunc("repr", func(th *Thread, args []Value, kw []string) (Value, error) {
		s, err := Repr(th, args[0])
		return NewStr(s), err
	})
	pyexprFunc("ascii", func(th *Thread, args []Value, kw []string) (Value, error) {
		s, err := ASCII(th, args[0])
		return NewStr(s), err
	})
	pyexprFunc("hash", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := Hash(th, args[0])
		return Int(h), err
	})
	pyexprFunc("len", func(th *Thread, args []Value, kw []string) (Value, error) {
		n, err := Len(th, args[0])
		return Int(int64(n)), err
	})
	pyexprFunc("abs", func(th *Thread, args []Value, kw []string) (Value, error) {
		return UnaryOperation(th, OpAbs, args[0])
	})
	pyexprFunc("list", func(th *Thread, args []Value, kw []string) (Value, error) {
		items, err := ToSlice(th, args[0])
		return NewList(items), err
	})
	pyexprFunc("format", func(th *Thread, args []Value, kw []string) (Value, error) {
		spec := ""
		if len(args) > 1 {
			spec = StrValue(args[1])
		}
		s, err := Format(th, args[0], spec)
		return NewStr(s), err
	})
	pyexprFunc("round", func(th *Thread, args []Value, kw []string) (Value, error) {
		r, _, err := numCallSpecial(th, args[0], "__round__", args[1:]...)
		return r, err
	})
	pyexprFunc("divmod", func(th *Thread, args []Value, kw []string) (Value, error) {
		r, _, err := numCallSpecial(th, args[0], "__divmod__", args[1])
		if err == nil && Is(r, NotImplemented) {
			r, _, err = numCallSpecial(th, args[1], "__rdivmod__", args[0])
		}
		return r, err
	})
	pyexprFunc("pow", func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 2 {
			return Binary(th, OpPow, args[0], args[1])
		}
		r, _, err := numCallSpecial(th, args[0], "__pow__", args[1], args[2])
		return r, err
	})
	pyexprFunc("chr", func(th *Thread, args []Value, kw []string) (Value, error) {
		n, err := AsInt(th, args[0])
		return NewStr(string(rune(n))), err
	})
}

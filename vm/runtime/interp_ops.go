package runtime

// This file holds the interpreter's slow paths: everything an instruction
// does when its inline fast path (interp.go) does not apply. They are kept
// out of the loop so that the loop stays small and its fast paths inline.

import (
	"math"
	"math/big"
	"reflect"
	"strings"
)

// arith computes a op b (or a op= b) for any operands. Small ints and
// floats are handled here completely (overflow to big ints, floor
// division and modulo signs, zero division messages); other types go
// through the protocol.
//
//go:noinline
func arith(th *Thread, op BinaryOp, inplace bool, a, b Value) (Value, error) {
	if a.p == pInt && b.p == pInt {
		if r, ok, err := intArith(op, int64(a.n), int64(b.n)); ok || err != nil {
			return r, err
		}
	} else if (a.p == pFloat || a.p == pInt) && (b.p == pFloat || b.p == pInt) {
		if r, ok, err := floatArith(op, toFloat(a), toFloat(b)); ok || err != nil {
			return r, err
		}
	}
	if op == OpMod && b.p == pInt && a.p != nil && a.Type() == StrType {
		// "w%d" % n: what str's slot does, without Binary's dispatch (an
		// int is no subclass of str, whose reflected method would come
		// first, and str has no __imod__).
		return strPercentFormat(th, StrValue(a), b)
	}
	if inplace {
		return Inplace(th, op, a, b)
	}
	return Binary(th, op, a, b)
}

func toFloat(v Value) float64 {
	if v.p == pInt {
		return float64(int64(v.n))
	}
	return v.AsFloat()
}

func intArith(op BinaryOp, x, y int64) (Value, bool, error) {
	switch op {
	case OpAdd:
		r := x + y
		if (r^x)&(r^y) >= 0 {
			return Int(r), true, nil
		}
		return MakeInt(new(big.Int).Add(big.NewInt(x), big.NewInt(y))), true, nil
	case OpSub:
		r := x - y
		if (x^y)&(x^r) >= 0 {
			return Int(r), true, nil
		}
		return MakeInt(new(big.Int).Sub(big.NewInt(x), big.NewInt(y))), true, nil
	case OpMul:
		if x == 0 || y == 0 {
			return Int(0), true, nil
		}
		r := x * y
		if r/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
			return Int(r), true, nil
		}
		return MakeInt(new(big.Int).Mul(big.NewInt(x), big.NewInt(y))), true, nil
	case OpFloorDiv, OpMod:
		if y == 0 {
			if op == OpMod {
				return Value{}, false, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return Value{}, false, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return Value{}, false, nil
		}
		q, r := x/y, x%y
		if r != 0 && (r^y) < 0 {
			q--
			r += y
		}
		if op == OpMod {
			return Int(r), true, nil
		}
		return Int(q), true, nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "division by zero")
		}
		const exact = 1 << 53
		if x > -exact && x < exact && y > -exact && y < exact {
			return Float(float64(x) / float64(y)), true, nil
		}
	case OpAnd:
		return Int(x & y), true, nil
	case OpOr:
		return Int(x | y), true, nil
	case OpXor:
		return Int(x ^ y), true, nil
	case OpLShift:
		if y < 0 {
			return Value{}, false, Errorf(ValueError, "negative shift count")
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return Int(r), true, nil
			}
		}
		if x == 0 {
			return Int(0), true, nil
		}
	case OpRShift:
		if y < 0 {
			return Value{}, false, Errorf(ValueError, "negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return Int(x >> uint(y)), true, nil
	case OpPow:
		if y >= 0 {
			r := new(big.Int).Exp(big.NewInt(x), big.NewInt(y), nil)
			return MakeInt(r), true, nil
		}
	}
	return Value{}, false, nil
}

func floatArith(op BinaryOp, x, y float64) (Value, bool, error) {
	switch op {
	case OpAdd:
		return Float(x + y), true, nil
	case OpSub:
		return Float(x - y), true, nil
	case OpMul:
		return Float(x * y), true, nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(x / y), true, nil
	case OpFloorDiv:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		// CPython computes x // y from divmod, not floor(x / y): the
		// rounded quotient can be off by one.
		q, _ := floatDivmod(x, y)
		return Float(q), true, nil
	case OpMod:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivmod(x, y)
		return Float(m), true, nil
	}
	return Value{}, false, nil
}

// compareBool returns the truth of a op b.
//
//go:noinline
func compareBool(th *Thread, op CompareOp, a, b Value) (bool, error) {
	if (a.p == pFloat || a.p == pInt) && (b.p == pFloat || b.p == pInt) {
		if a.p == pInt && b.p == pInt {
			return cmpInt(op, int64(a.n), int64(b.n)), nil
		}
		x, y := toFloat(a), toFloat(b)
		if a.p != b.p && !math.IsNaN(x) && !math.IsNaN(y) {
			// int against float: compare exactly, as CPython does (an
			// int64 may not convert to float64 exactly).
			c := exactNumber(a).Cmp(exactNumber(b))
			return cmpInt(op, int64(c), 0), nil
		}
		switch op {
		case CmpLT:
			return x < y, nil
		case CmpLE:
			return x <= y, nil
		case CmpEQ:
			return x == y, nil
		case CmpNE:
			return x != y, nil
		case CmpGT:
			return x > y, nil
		case CmpGE:
			return x >= y, nil
		}
	}
	if op == CmpEQ || op == CmpNE {
		if Is(a, b) && a.p != pFloat {
			return op == CmpEQ, nil
		}
		if a.p != nil && b.p != nil && a.Type() == StrType && b.Type() == StrType {
			// tok == "+": two exact strs, no protocol to go through.
			return (as[Str](a).text() == as[Str](b).text()) == (op == CmpEQ), nil
		}
	}
	r, err := Compare(th, op, a, b)
	if err != nil {
		return false, err
	}
	if r.p == pBool {
		return r.n != 0, nil
	}
	return Truth(th, r)
}

func cmpInt(op CompareOp, x, y int64) bool {
	switch op {
	case CmpLT:
		return x < y
	case CmpLE:
		return x <= y
	case CmpEQ:
		return x == y
	case CmpNE:
		return x != y
	case CmpGT:
		return x > y
	}
	return x >= y
}

// compareValue returns a op b as a value (rich comparisons may return
// anything).
//
//go:noinline
func compareValue(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if (a.p == pFloat || a.p == pInt) && (b.p == pFloat || b.p == pInt) {
		r, err := compareBool(th, op, a, b)
		return Bool(r), err
	}
	return Compare(th, op, a, b)
}

// unary computes -v, +v, ~v.
//
//go:noinline
func unary(th *Thread, op UnaryOp, v Value) (Value, error) {
	if v.p == pInt {
		x := int64(v.n)
		switch op {
		case OpNeg:
			if x != math.MinInt64 {
				return Int(-x), nil
			}
			return MakeInt(new(big.Int).Neg(big.NewInt(x))), nil
		case OpPos:
			return v, nil
		case OpInvert:
			return Int(^x), nil
		}
	}
	if v.p == pFloat {
		switch op {
		case OpNeg:
			return Float(-v.AsFloat()), nil
		case OpPos:
			return v, nil
		}
	}
	if v.p == pBool {
		return unary(th, op, Int(int64(v.n)))
	}
	return UnaryOperation(th, op, v)
}

// functionStr is CPython's _PyObject_FunctionStr: "mod.f()" for error
// messages about calls.
func functionStr(th *Thread, fn Value) string {
	q, err := GetAttr(th, fn, "__qualname__")
	if err != nil || q.Type().Layout != LayoutStr {
		s, _ := ToString(th, fn)
		return s
	}
	m, err := GetAttr(th, fn, "__module__")
	if err == nil && m.p != nil && m.Type().Layout == LayoutStr && StrValue(m) != "builtins" {
		return StrValue(m) + "." + StrValue(q) + "()"
	}
	return StrValue(q) + "()"
}

// dictMerge implements DICTUPDATE (fn zero) and DICTMERGE: merging the
// mapping m into d, the latter for f(**m) with its error messages. As in
// CPython, an AttributeError from the merge (m has no keys, or keys
// raised it) becomes "not a mapping", and for f(**m) a KeyError of one
// argument (a duplicate key, or one m's __getitem__ raised) becomes "got
// multiple values"; keys are checked to be strs by the call, not here.
func dictMerge(th *Thread, d *Dict, m Value, fn Value) error {
	err := dictMergeItems(th, d, m, fn.p != nil)
	if err == nil {
		return nil
	}
	if IsInstanceOf(err, AttributeError) {
		if fn.p != nil {
			return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", functionStr(th, fn), TypeName(m))
		}
		return Errorf(TypeError, "'%s' object is not a mapping", TypeName(m))
	}
	if e, ok := err.(*Exception); ok && fn.p != nil && e.typ.IsSubtype(KeyError) && len(e.Args) == 1 {
		k, serr := ToString(th, e.Args[0])
		if serr != nil {
			return serr
		}
		return Errorf(TypeError, "%s got multiple values for keyword argument '%s'", functionStr(th, fn), k)
	}
	return err
}

// dictMergeItems is dict_merge of CPython: the items of m into d, with
// KeyError(key) for a key d has already if noDuplicates.
func dictMergeItems(th *Thread, d *Dict, m Value, noDuplicates bool) error {
	if m.p != nil && m.Type().Layout == LayoutDict {
		src := as[Dict](m)
		if d.Len() == 0 {
			d.presize(src.Len()) // f(**kw): room for all at once
		}
		for i := 0; i < src.EntryCap(); i++ {
			k, v, ok := src.Entry(i)
			if !ok {
				continue
			}
			if err := mergeOne(th, d, k, v, noDuplicates); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := GetAttr(th, m, "keys")
	if err != nil {
		return err
	}
	return mergeMappingKeys(th, d, m, keysFn, noDuplicates)
}

// mergeMappingKeys merges a mapping that is not a dict, whose keys method
// is keysFn, as CPython's dict_merge: all keys are listed (a non-iterable
// result named as such) before any is looked up.
func mergeMappingKeys(th *Thread, d *Dict, m, keysFn Value, noDuplicates bool) error {
	keysOut, err := Call(th, keysFn, nil, nil)
	if err != nil {
		return err
	}
	keys, err := ToSlice(th, keysOut)
	if err != nil {
		if IsInstanceOf(err, TypeError) {
			return Errorf(TypeError, "%s.keys() returned a non-iterable (type %s)", TypeName(m), TypeName(keysOut))
		}
		return err
	}
	for _, k := range keys {
		v, err := GetItem(th, m, k)
		if err != nil {
			return err
		}
		if err := mergeOne(th, d, k, v, noDuplicates); err != nil {
			return err
		}
	}
	return nil
}

func mergeOne(th *Thread, d *Dict, k, v Value, noDuplicates bool) error {
	if noDuplicates {
		if _, dup, err := d.Get(th, k); err != nil {
			return err
		} else if dup {
			return NewException(KeyError, k)
		}
	}
	return d.Set(th, k, v)
}

// unpack implements UNPACK and UNPACKEX: it stores the items of v into
// dst: before items, then (if star) a list of the middle, then after items.
func unpack(th *Thread, v Value, dst []Value, before int, star bool, after int) error {
	var items []Value
	switch v.Type().Layout {
	case LayoutTuple:
		items = as[Tuple](v).items()
	case LayoutList:
		items = as[List](v).vals()
	default:
		t := v.Type()
		if t.Iter == nil && t.GetItem == nil {
			return Errorf(TypeError, "cannot unpack non-iterable %s object", t.Name)
		}
		it, err := Iter(th, v)
		if err != nil {
			return err
		}
		for {
			x, ok, err := Next(th, it)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			items = append(items, x)
			if !star && len(items) > before {
				return Errorf(ValueError, "too many values to unpack (expected %d)", before)
			}
		}
	}
	n := len(items)
	if !star {
		if n < before {
			return Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", before, n)
		}
		if n > before {
			return Errorf(ValueError, "too many values to unpack (expected %d)", before)
		}
		copy(dst, items)
		return nil
	}
	if n < before+after {
		return Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	copy(dst, items[:before])
	dst[before] = NewList(append([]Value(nil), items[before:n-after]...))
	copy(dst[before+1:], items[n-after:])
	return nil
}

// makeException turns the operand of raise into an exception instance.
func makeException(th *Thread, v Value, what string) (*Exception, error) {
	if v.Type().Layout == LayoutType && as[Type](v).IsSubtype(BaseException) {
		r, err := Call(th, v, nil, nil)
		if err != nil {
			return nil, err
		}
		if r.Type().Layout != LayoutException {
			return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", functionStr(th, v), TypeName(r))
		}
		return as[Exception](r), nil
	}
	if v.Type().Layout == LayoutException {
		return as[Exception](v), nil
	}
	return nil, Errorf(TypeError, "%s must derive from BaseException", what)
}

// doRaise implements RAISE with an operand (and optional cause).
func doRaise(th *Thread, v, cause Value, hasCause bool) error {
	e, err := makeException(th, v, "exceptions")
	if err != nil {
		return err
	}
	if hasCause {
		if cause.IsNone() {
			e.Cause = Value{}
		} else {
			c, err := makeException(th, cause, "exception causes")
			if err != nil {
				return err
			}
			e.Cause = ValueOf(c)
		}
		e.SuppressContext = true
	}
	return e
}

// excMatch implements EXCMATCH: does exception exc match the class or
// tuple of classes typ?
func excMatch(th *Thread, exc, typ Value) (bool, error) {
	check := func(t Value) (bool, error) {
		if t.Type().Layout != LayoutType || !as[Type](t).IsSubtype(BaseException) {
			return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Type().IsSubtype(as[Type](t)), nil
	}
	if typ.Type().Layout == LayoutTuple {
		matched := false
		for _, t := range as[Tuple](typ).items() {
			ok, err := check(t)
			if err != nil {
				return false, err
			}
			matched = matched || ok
		}
		return matched, nil
	}
	return check(typ)
}

// specialMethod looks up a special method on v's type and binds it.
func specialMethod(th *Thread, v Value, name string) (Value, bool, error) {
	t := v.Type()
	m := t.Lookup(name)
	if m.p == nil {
		return Value{}, false, nil
	}
	if get := m.Type().DescrGet; get != nil {
		r, err := get(th, m, v, t)
		return r, err == nil, err
	}
	return m, true, nil
}

// beforeWith implements BEFOREWITH: it returns the bound __exit__ and the
// result of __enter__().
func beforeWith(th *Thread, mgr Value) (exit, entered Value, err error) {
	enter, ok, err := specialMethod(th, mgr, "__enter__")
	if err != nil {
		return
	}
	if !ok {
		return Value{}, Value{}, Errorf(TypeError, "'%s' object does not support the context manager protocol", TypeName(mgr))
	}
	exit, ok, err = specialMethod(th, mgr, "__exit__")
	if err != nil {
		return
	}
	if !ok {
		return Value{}, Value{}, Errorf(TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", TypeName(mgr))
	}
	entered, err = Call(th, enter, nil, nil)
	return
}

// withExit calls __exit__ with the exception exc, or with Nones if exc is zero.
func withExit(th *Thread, exit, exc Value) (Value, error) {
	if exc.p == nil {
		return Call(th, exit, []Value{None, None, None}, nil)
	}
	e := as[Exception](exc)
	tb := e.Traceback
	if tb.p == nil {
		tb = None
	}
	return Call(th, exit, []Value{ValueOf(exc.Type()), exc, tb}, nil)
}

// lookupName implements LOADNAME: locals, then globals, then builtins.
func lookupName(th *Thread, f *Frame, name string) (Value, error) {
	if f.Locals.p != nil {
		if f.Locals.Type() == DictType {
			if v, ok := as[Dict](f.Locals).GetStr(name); ok {
				return v, nil
			}
		} else {
			v, err := GetItem(th, f.Locals, NewStr(name))
			if err == nil {
				return v, nil
			}
			if !IsInstanceOf(err, KeyError) {
				return Value{}, err
			}
		}
	}
	return lookupGlobal(th, f, name)
}

// lookupGlobal implements LOADGLOBAL: globals, then builtins.
func lookupGlobal(th *Thread, f *Frame, name string) (Value, error) {
	if v, ok := f.Globals.GetStr(name); ok {
		return v, nil
	}
	if v, ok := f.Builtins.GetStr(name); ok {
		return v, nil
	}
	return Value{}, nameError(th, name)
}

// nameError returns NameError "name 'x' is not defined" with its name
// attribute set (tracebacks use it for suggestions).
func nameError(th *Thread, name string) error {
	e := NewException(NameError, NewStr("name '"+name+"' is not defined"))
	_ = SetAttr(th, ValueOf(e), "name", NewStr(name))
	return e
}

// attributeErrorContext sets the name and obj attributes of an
// AttributeError raised by looking up name on obj, as CPython does, so
// that tracebacks can suggest a close name.
func attributeErrorContext(th *Thread, err error, obj Value, name string) error {
	e, ok := err.(*Exception)
	if !ok || !e.typ.IsSubtype(AttributeError) {
		return err
	}
	ev := ValueOf(e)
	if n, ok, _ := GetAttrOK(th, ev, "name"); !ok || n.p == nil || n.IsNone() {
		_ = SetAttr(th, ev, "name", NewStr(name))
		_ = SetAttr(th, ev, "obj", obj)
	}
	return e
}

// storeName implements STORENAME.
//
// name is the code's own str (Code.NameStrs), used as the key itself with
// its cached hash, so that a store to an existing name allocates nothing.
func storeName(th *Thread, f *Frame, name *Str, v Value) error {
	if f.Locals.p == nil {
		f.Globals.setStrObj(name, v)
		return nil
	}
	if f.Locals.Type() == DictType {
		as[Dict](f.Locals).setStrObj(name, v)
		return nil
	}
	return SetItem(th, f.Locals, ValueOf(name), v)
}

// deleteName implements DELNAME.
func deleteName(th *Thread, f *Frame, name string) error {
	d := f.Globals
	if f.Locals.p != nil {
		if f.Locals.Type() != DictType {
			return DelItem(th, f.Locals, NewStr(name))
		}
		d = as[Dict](f.Locals)
	}
	if !d.DeleteStr(name) {
		return nameError(th, name)
	}
	return nil
}

// unboundLocal is the error for reading an unbound local register.
func unboundLocal(code *Code, reg int) error {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[reg])
}

// emptyCell is the error for reading an empty cell register.
func emptyCell(code *Code, reg int) error {
	nl := code.NumLocals
	if reg-nl < len(code.Cellvars) {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Cellvars[reg-nl])
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", code.Freevars[reg-nl-len(code.Cellvars)])
}

// makeFunction implements MAKEFUNC.
func makeFunction(f *Frame, code *Code, regs []Value, mask uint32) (Value, error) {
	fn := NewFunction(code, f.Globals, f.Builtins)
	if d := regs[0]; mask&1 != 0 {
		fn.Defaults = as[Tuple](d).items()
	}
	if d := regs[1]; mask&2 != 0 {
		fn.KwDefaults = as[Dict](d)
	}
	if d := regs[2]; mask&4 != 0 {
		fn.Closure = as[Tuple](d).items()
	}
	if d := regs[3]; mask&8 != 0 {
		fn.Annotations = d
	}
	if code.Doc != nil {
		fn.Doc = constToValue(code.Doc)
	}
	return ValueOf(fn), nil
}

// buildString implements BUILDSTRING.
func buildString(parts []Value) Value { return ValueOf(strFromParts(parts, "")) }

// formatField implements FORMAT and FORMATSPEC.
func formatField(th *Thread, v Value, spec string) (Value, error) {
	if spec == "" && v.Type() == StrType {
		return v, nil
	}
	s, err := Format(th, v, spec)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// convertValue implements CONVERT: !s, !r, !a.
func convertValue(th *Thread, f *Frame, v Value, conv int) (Value, error) {
	switch conv {
	case 's':
		return StrOf(th, v)
	case 'r':
		return ReprValue(th, v)
	}
	return builtinCall(th, f.Builtins, "ascii", v)
}

// importName implements IMPORTNAME.
func importName(th *Thread, f *Frame, name string, fromlist, level Value) (Value, error) {
	var from []string
	if fromlist.p != nil && !fromlist.IsNone() {
		for _, x := range TupleItems(fromlist) {
			from = append(from, StrValue(x))
		}
	}
	return Import(th, name, f.Globals, from, int(level.SmallInt()))
}

// importFrom implements IMPORTFROM; the import system owns its messages
// and the ImportError's name and path attributes.
func importFrom(th *Thread, mod Value, name string) (Value, error) {
	return ImportFrom(th, mod, name)
}

// importStar implements IMPORTSTAR.
func importStar(th *Thread, f *Frame, mod Value) error {
	var names []Value
	if all, ok, err := GetAttrOK(th, mod, "__all__"); err != nil {
		return err
	} else if ok {
		items, err := ToSlice(th, all)
		if err != nil {
			return err
		}
		names = items
	} else {
		d := mod.header().dict
		if d == nil {
			return nil
		}
		for _, k := range d.Keys() {
			if k.Type().Layout == LayoutStr && !strings.HasPrefix(StrValue(k), "_") {
				names = append(names, k)
			}
		}
	}
	for _, k := range names {
		if k.Type().Layout != LayoutStr {
			modName := "?"
			if n, ok, _ := GetAttrOK(th, mod, "__name__"); ok && n.Type().Layout == LayoutStr {
				modName = StrValue(n)
			}
			return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", modName, k.Type().Name)
		}
		v, err := GetAttr(th, mod, StrValue(k))
		if err != nil {
			return err
		}
		if err := storeName(th, f, as[Str](k), v); err != nil {
			return err
		}
	}
	return nil
}

// printExpr implements PRINTEXPR: sys.displayhook, or its default.
func printExpr(th *Thread, f *Frame, v Value) error {
	if sys, ok := th.Interp.Modules.GetStr("sys"); ok {
		if hook, ok, _ := GetAttrOK(th, sys, "displayhook"); ok {
			_, err := Call(th, hook, []Value{v}, nil)
			return err
		}
	}
	if v.IsNone() {
		return nil
	}
	s, err := Repr(th, v)
	if err != nil {
		return err
	}
	th.Interp.Builtins.SetStr("_", v)
	_, err = th.Interp.Options.Stdout.Write([]byte(s + "\n"))
	return err
}

// isSequence and isMapping implement the match statement's
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING tests.
func isSequence(v Value) bool {
	for _, t := range v.Type().MRO {
		switch t.Name {
		case "list", "tuple", "range", "memoryview", "deque", "array":
			if t.Module == "builtins" || t.Module == "collections" || t.Module == "array" || t.Module == "" {
				return true
			}
		}
	}
	return false
}

func isMapping(v Value) bool {
	for _, t := range v.Type().MRO {
		if t.Layout == LayoutDict || t.Name == "mappingproxy" {
			return true
		}
	}
	return false
}

// matchClass implements MATCHCLASS.
func matchClass(th *Thread, subj, cls Value, npos int, kwnames []string) (Value, error) {
	if cls.Type().Layout != LayoutType {
		return Value{}, Errorf(TypeError, "called match pattern must be a class")
	}
	t := as[Type](cls)
	if !subj.Type().IsSubtype(t) {
		return None, nil
	}
	var out []Value
	seen := map[string]bool{}
	if npos > 0 {
		ma := t.Lookup("__match_args__")
		if ma.p == nil {
			if selfMatching(t) && npos == 1 {
				out = append(out, subj)
			} else if selfMatching(t) {
				return Value{}, Errorf(TypeError, "%s() accepts 1 positional sub-pattern (%d given)", t.Name, npos)
			} else {
				return Value{}, Errorf(TypeError, "%s() accepts 0 positional sub-patterns (%d given)", t.Name, npos)
			}
		} else {
			if ma.Type().Layout != LayoutTuple {
				return Value{}, Errorf(TypeError, "%s.__match_args__ must be a tuple (got %s)", t.Name, TypeName(ma))
			}
			names := as[Tuple](ma).items()
			if npos > len(names) {
				s := "s"
				if len(names) == 1 {
					s = ""
				}
				return Value{}, Errorf(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, len(names), s, npos)
			}
			for _, n := range names[:npos] {
				if n.Type().Layout != LayoutStr {
					return Value{}, Errorf(TypeError, "__match_args__ elements must be strings (got %s)", TypeName(n))
				}
				name := StrValue(n)
				seen[name] = true
				v, ok, err := GetAttrOK(th, subj, name)
				if err != nil {
					return Value{}, err
				}
				if !ok {
					return None, nil
				}
				out = append(out, v)
			}
		}
	}
	for _, name := range kwnames {
		if seen[name] {
			return Value{}, Errorf(TypeError, "%s() got multiple sub-patterns for attribute '%s'", t.Name, name)
		}
		seen[name] = true
		v, ok, err := GetAttrOK(th, subj, name)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return None, nil
		}
		out = append(out, v)
	}
	return NewTuple(out), nil
}

func selfMatching(t *Type) bool {
	for _, b := range t.MRO {
		if b.Module != "builtins" {
			continue
		}
		switch b.Name {
		case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
			return true
		}
	}
	return false
}

// matchKeys implements MATCHKEYS.
func matchKeys(th *Thread, m, keys Value) (Value, error) {
	ks := as[Tuple](keys).items()
	out := make([]Value, 0, len(ks))
	getFn, _, err := GetAttrOK(th, m, "get")
	if err != nil {
		return Value{}, err
	}
	dummy := ValueOf(&Object{typ: ObjectType})
	for i, k := range ks {
		for _, k2 := range ks[:i] {
			if eq, err := Equal(th, k, k2); err != nil {
				return Value{}, err
			} else if eq {
				r, _ := Repr(th, k)
				return Value{}, Errorf(ValueError, "mapping pattern checks duplicate key (%s)", r)
			}
		}
		var v Value
		if m.Type() == DictType {
			x, ok, err := as[Dict](m).Get(th, k)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return None, nil
			}
			v = x
		} else {
			x, err := Call(th, getFn, []Value{k, dummy}, nil)
			if err != nil {
				return Value{}, err
			}
			if Is(x, dummy) {
				return None, nil
			}
			v = x
		}
		out = append(out, v)
	}
	return NewTuple(out), nil
}

// dictWithout implements DICTWITHOUT.
func dictWithout(th *Thread, m, keys Value) (Value, error) {
	d := NewDict()
	if err := dictMerge(th, d, m, Value{}); err != nil {
		return Value{}, err
	}
	for _, k := range as[Tuple](keys).items() {
		if _, err := d.Delete(th, k); err != nil {
			return Value{}, err
		}
	}
	return ValueOf(d), nil
}

// callEx implements CALLEX: fn(*args, **kwargs).
func callEx(th *Thread, fn, args, kwargs Value) (Value, error) {
	pos := as[Tuple](args).items()
	if kwargs.p == nil || as[Dict](kwargs).Len() == 0 {
		return Call(th, fn, pos, nil)
	}
	d := as[Dict](kwargs)
	all := make([]Value, len(pos), len(pos)+d.Len())
	copy(all, pos)
	names := make([]string, 0, d.Len())
	for i := 0; i < d.EntryCap(); i++ {
		k, v, ok := d.Entry(i)
		if !ok {
			continue
		}
		if k.Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "keywords must be strings")
		}
		names = append(names, StrValue(k))
		all = append(all, v)
	}
	return Call(th, fn, all, names)
}

// genericGetAttrPC identifies GenericGetAttr among slot functions (Go
// cannot compare funcs): GETMETHOD's fast path applies only to types that
// use the standard attribute lookup.
var genericGetAttrPC = reflect.ValueOf(GenericGetAttr).Pointer()

// isGenericGetAttr reports whether t uses object.__getattribute__ as is.
func isGenericGetAttr(t *Type) bool {
	return t.GetAttr != nil && reflect.ValueOf(t.GetAttr).Pointer() == genericGetAttrPC
}

// getMethod implements GETMETHOD: for obj.name where name is a function
// (or builtin method descriptor) found on the type and not shadowed by the
// instance dict, it returns the unbound function and true, so that the
// call passes obj as the first argument without making a bound method.
func getMethod(th *Thread, obj Value, name *Str) (Value, bool, error) {
	t := obj.Type()
	if isGenericGetAttr(t) {
		attr := typeLookupHashed(t, name)
		if attr.p != nil {
			if at := attr.Type(); at == FunctionType || at == MethodDescriptorType {
				if !instShadows(obj, name) {
					return attr, true, nil
				}
			}
		}
		v, err := genericGetAttrHashed(th, obj, name)
		return v, false, err
	}
	if t.GetAttr == nil {
		return Value{}, false, attributeError(obj, name.text())
	}
	v, err := t.GetAttr(th, obj, name)
	return v, false, err
}

// callSimple calls a Python function whose parameters are exactly
// len(args) positional ones, on a new register window (no allocation).
func (th *Thread) callSimple(fn *Function, args []Value) (Value, error) {
	fc := fn.Code
	if th.depth >= th.recursionLimit() {
		return Value{}, recursionError()
	}
	th.depth++
	nf := th.pushFrameArgs(fc, fn.Globals, fn.Builtins, args)
	nf.Func = fn
	if len(fn.Closure) > 0 || th.Interp.exec.funcInterval != 0 {
		return th.runPushed(fn, nf)
	}
	// runPushed's plain case, without the Go call to it: a function
	// without cells when no JIT counts calls (fib 2 percent fewer
	// instructions).
	v, err := th.run(nf)
	th.popFrame(nf)
	th.depth--
	return v, err
}

// runPushed runs the frame nf that a call of fn pushed (its arguments in
// place): it gives the frame fn's closure cells, lets a JIT that counts
// calls run fn's compiled code instead, and pops the frame.
func (th *Thread) runPushed(fn *Function, nf *Frame) (Value, error) {
	fc := fn.Code
	if len(fn.Closure) > 0 {
		copy(nf.Regs[fc.NumLocals+len(fc.Cellvars):], fn.Closure)
	}
	if iv := th.Interp.exec.funcInterval; iv != 0 {
		if fc.CallCount++; fc.CallCount&(iv-1) == 0 {
			if v, done := th.functionHot(nf); done {
				th.popFrame(nf)
				th.depth--
				return v, nil
			}
		}
	}
	v, err := th.run(nf)
	th.popFrame(nf)
	th.depth--
	return v, err
}

// callSimpleSelf is callSimple for the arguments self, args...: a method
// called without making a bound method or a new argument slice.
func (th *Thread) callSimpleSelf(fn *Function, self Value, args []Value) (Value, error) {
	fc := fn.Code
	if th.depth >= th.recursionLimit() {
		return Value{}, recursionError()
	}
	th.depth++
	nf := th.pushFrameSelfArgs(fc, fn.Globals, fn.Builtins, self, args)
	nf.Func = fn
	return th.runPushed(fn, nf)
}

// callWithSelf calls fn(self, *args, **kwargs) where kwnames name the
// last len(kwnames) args, as calling fn bound to self would.
func (th *Thread) callWithSelf(fn *Function, self Value, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) == 0 && isSimple(fn, len(args)+1) {
		return th.callSimpleSelf(fn, self, args)
	}
	// callFunction binds the arguments into the frame and keeps none of
	// them: up to callSelfBuf of them go on the stack, not the heap
	// (every keyword call of a method or a class, obj.__class__(**kw)).
	var buf [callSelfBuf]Value
	var all []Value
	if len(args) < callSelfBuf {
		all = buf[:len(args)+1]
	} else {
		all = make([]Value, len(args)+1)
	}
	all[0] = self
	copy(all[1:], args)
	return callFunction(th, fn, all, kwnames)
}

// callSelfBuf is how many arguments, self included, callWithSelf passes
// from its stack.
const callSelfBuf = 8

// isSimple reports whether fn takes exactly n positional arguments and
// nothing else (so callSimple applies).
func isSimple(fn *Function, n int) bool { return fn.Code.simpleArgc == n }

// isBuiltinSuper reports whether v is the builtin super type (called with
// no arguments, the engine supplies them from the calling frame).
func isBuiltinSuper(v Value) bool {
	if v.p == nil || v.Type().Layout != LayoutType {
		return false
	}
	t := as[Type](v)
	return t.Name == "super" && t.Module == "builtins" && t.Flags&FlagHeapType == 0
}

// exactNumber returns an int or a finite-or-infinite float as an exact
// big.Float.
func exactNumber(v Value) *big.Float {
	if v.p == pInt {
		return new(big.Float).SetInt64(int64(v.n))
	}
	return new(big.Float).SetFloat64(v.AsFloat())
}

// excStarMatch implements EXCSTARMATCH: it splits the exception (group)
// rest by the except* clause's type typ, returning the matching part and
// what remains (None for either if empty).
func excStarMatch(th *Thread, rest, typ Value) (Value, Value, error) {
	if rest.IsNone() {
		return None, None, nil
	}
	check := func(t Value) error {
		if t.Type().Layout != LayoutType || !as[Type](t).IsSubtype(BaseException) {
			return Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if as[Type](t).IsSubtype(BaseExceptionGroup) {
			return Errorf(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if typ.Type().Layout == LayoutTuple {
		for _, t := range TupleItems(typ) {
			if err := check(t); err != nil {
				return Value{}, Value{}, err
			}
		}
	} else if err := check(typ); err != nil {
		return Value{}, Value{}, err
	}
	if !rest.Type().IsSubtype(BaseExceptionGroup) {
		ok, err := excMatch(th, rest, typ)
		if err != nil || !ok {
			return None, rest, err
		}
		// A naked exception is wrapped in a group for the handler.
		g, err := Call(th, ValueOf(ExceptionGroup), []Value{NewStr(""), NewTuple([]Value{rest})}, nil)
		if err != nil {
			return Value{}, Value{}, err
		}
		if g.Type().Layout == LayoutException {
			as[Exception](g).Traceback = as[Exception](rest).Traceback
		}
		return g, None, nil
	}
	pair, err := CallMethod(th, rest, "split", typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	items := TupleItems(pair)
	return items[0], items[1], nil
}

// excStarReraise implements EXCSTARRERAISE: given the original exception
// and the list of exceptions raised by the handlers followed by the
// unmatched rest, it returns what the statement re-raises, or None, as
// CPython's _PyExc_PrepReraiseStar does: the parts that are the original
// group's own (re-raised by a bare raise, or not handled) go back into
// one projection of the original group, keeping its nesting, and newly
// raised exceptions are grouped with it.
func excStarReraise(th *Thread, orig, list Value) (Value, error) {
	var keep []Value
	for _, e := range ListItems(list) {
		if e.p != nil && !e.IsNone() {
			keep = append(keep, e)
		}
	}
	if len(keep) == 0 {
		return None, nil
	}
	if !orig.Type().IsSubtype(BaseExceptionGroup) {
		// A naked exception was wrapped: one handler ran at most.
		return keep[0], nil
	}
	var raised, reraised []Value
	for _, e := range keep {
		if sameExceptionMetadata(th, e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	projection, err := exceptionGroupProjection(th, orig, reraised)
	if err != nil {
		return Value{}, err
	}
	if len(raised) == 0 {
		return projection, nil
	}
	if !projection.IsNone() {
		raised = append(raised, projection)
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	return Call(th, ValueOf(BaseExceptionGroup), []Value{NewStr(""), NewList(raised)}, nil)
}

// sameExceptionMetadata reports whether a and b share their traceback,
// cause, context and notes: the mark of a part split off b (or b itself).
func sameExceptionMetadata(th *Thread, a, b Value) bool {
	ea, eb := exceptionOf(a), exceptionOf(b)
	if ea == nil || eb == nil {
		return false
	}
	notes := func(v Value) Value {
		n, ok, err := GetAttrOK(th, v, "__notes__")
		if err != nil || !ok {
			return Value{}
		}
		return n
	}
	return Is(ea.Traceback, eb.Traceback) && Is(ea.Cause, eb.Cause) && Is(ea.Context, eb.Context) && Is(notes(a), notes(b))
}

// exceptionGroupProjection is the part of group eg whose leaf exceptions
// are leaves of the groups in keep (None if there is none), with eg's
// structure: CPython's exception_group_projection.
func exceptionGroupProjection(th *Thread, eg Value, keep []Value) (Value, error) {
	leaves := map[*Exception]bool{}
	var collect func(v Value)
	collect = func(v Value) {
		e := exceptionOf(v)
		if e == nil {
			return
		}
		if !v.Type().IsSubtype(BaseExceptionGroup) {
			leaves[e] = true
			return
		}
		if subs, ok, err := GetAttrOK(th, v, "exceptions"); err == nil && ok && subs.Type().Layout == LayoutTuple {
			for _, s := range TupleItems(subs) {
				collect(s)
			}
		}
	}
	for _, k := range keep {
		collect(k)
	}
	if len(leaves) == 0 {
		return None, nil
	}
	isLeaf := NewBuiltinFunction("is_kept_leaf", "", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Bool(len(args) == 1 && leaves[exceptionOf(args[0])]), nil
	})
	pair, err := CallMethod(th, eg, "split", isLeaf)
	if err != nil {
		return Value{}, err
	}
	return TupleItems(pair)[0], nil
}

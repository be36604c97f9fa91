package runtime

import (
	"fmt"
	"unsafe"
)

// This file defines the abstract object protocol: the operations the
// interpreter, the builtins and the JIT's slow paths perform on any value,
// following CPython's rules (Objects/abstract.c, Objects/object.c,
// Objects/typeobject.c) and its error messages.

// BinaryOp names a binary operator. The order matches syntax.Operator
// (ORDER BINOP).
type BinaryOp uint8

// Binary operators.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	NumBinaryOps
)

var binaryOpInfo = [NumBinaryOps]struct{ symbol, name string }{
	OpAdd: {"+", "add"}, OpSub: {"-", "sub"}, OpMul: {"*", "mul"}, OpMatMul: {"@", "matmul"},
	OpTrueDiv: {"/", "truediv"}, OpMod: {"%", "mod"}, OpPow: {"** or pow()", "pow"},
	OpLShift: {"<<", "lshift"}, OpRShift: {">>", "rshift"}, OpOr: {"|", "or"},
	OpXor: {"^", "xor"}, OpAnd: {"&", "and"}, OpFloorDiv: {"//", "floordiv"},
}

// Symbol returns the operator as CPython's error messages write it.
func (op BinaryOp) Symbol() string { return binaryOpInfo[op].symbol }

// binaryOpDunders holds each operator's method names: class creation asks
// for all of them (fixupSlots). A table the linker lays out, rather than
// names concatenated by package initialisation (TestBinaryOpDunders).
var binaryOpDunders = [NumBinaryOps][3]string{
	OpAdd:      {"__add__", "__radd__", "__iadd__"},
	OpSub:      {"__sub__", "__rsub__", "__isub__"},
	OpMul:      {"__mul__", "__rmul__", "__imul__"},
	OpMatMul:   {"__matmul__", "__rmatmul__", "__imatmul__"},
	OpTrueDiv:  {"__truediv__", "__rtruediv__", "__itruediv__"},
	OpMod:      {"__mod__", "__rmod__", "__imod__"},
	OpPow:      {"__pow__", "__rpow__", "__ipow__"},
	OpLShift:   {"__lshift__", "__rlshift__", "__ilshift__"},
	OpRShift:   {"__rshift__", "__rrshift__", "__irshift__"},
	OpOr:       {"__or__", "__ror__", "__ior__"},
	OpXor:      {"__xor__", "__rxor__", "__ixor__"},
	OpAnd:      {"__and__", "__rand__", "__iand__"},
	OpFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
}

// Dunder returns the name of the operator's method: "__add__".
func (op BinaryOp) Dunder() string { return binaryOpDunders[op][0] }

// ReflectedDunder returns the name of the reflected method: "__radd__".
func (op BinaryOp) ReflectedDunder() string { return binaryOpDunders[op][1] }

// InplaceDunder returns the name of the in-place method: "__iadd__".
func (op BinaryOp) InplaceDunder() string { return binaryOpDunders[op][2] }

// CompareOp is a rich comparison. The order matches syntax.CmpOperator
// (ORDER CMP).
type CompareOp uint8

// Rich comparisons.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var compareOpInfo = [...]struct{ symbol, dunder string }{
	CmpLT: {"<", "__lt__"}, CmpLE: {"<=", "__le__"}, CmpEQ: {"==", "__eq__"},
	CmpNE: {"!=", "__ne__"}, CmpGT: {">", "__gt__"}, CmpGE: {">=", "__ge__"},
}

// Symbol returns the operator as written in Python.
func (op CompareOp) Symbol() string { return compareOpInfo[op].symbol }

// Dunder returns the method name: "__lt__".
func (op CompareOp) Dunder() string { return compareOpInfo[op].dunder }

// Swapped returns the operator to try on the right operand: < becomes >.
func (op CompareOp) Swapped() CompareOp {
	return [...]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}[op]
}

// UnaryOp is a unary operator implemented by a dunder method.
type UnaryOp uint8

// Unary operators (`not` is Truth).
const (
	OpNeg    UnaryOp = iota // -x, __neg__
	OpPos                   // +x, __pos__
	OpInvert                // ~x, __invert__
	OpAbs                   // abs(x), __abs__
)

var unaryOpInfo = [...]struct{ symbol, dunder string }{
	OpNeg: {"unary -", "__neg__"}, OpPos: {"unary +", "__pos__"},
	OpInvert: {"unary ~", "__invert__"}, OpAbs: {"abs()", "__abs__"},
}

// Dunder returns the method name: "__neg__".
func (op UnaryOp) Dunder() string { return unaryOpInfo[op].dunder }

// Call calls fn with positional args followed by keyword values named by
// kwnames.
func Call(th *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	t := fn.Type()
	if t.Call == nil {
		return Value{}, Errorf(TypeError, "'%s' object is not callable", t.TPName())
	}
	return t.Call(th, fn, args, kwnames)
}

// CallMethod calls v.name(*args).
func CallMethod(th *Thread, v Value, name string, args ...Value) (Value, error) {
	m, err := GetAttr(th, v, name)
	if err != nil {
		return Value{}, err
	}
	return Call(th, m, args, nil)
}

// GetAttr returns v.name.
func GetAttr(th *Thread, v Value, name string) (Value, error) {
	t := v.Type()
	if t.GetAttr == nil {
		return Value{}, attributeError(v, name)
	}
	return t.GetAttr(th, v, newStr(name))
}

// GetAttrOK returns v.name and true, or false if it raises AttributeError.
func GetAttrOK(th *Thread, v Value, name string) (Value, bool, error) {
	r, err := GetAttr(th, v, name)
	if err != nil {
		if IsInstanceOf(err, AttributeError) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// SetAttr sets v.name = val.
func SetAttr(th *Thread, v Value, name string, val Value) error {
	t := v.Type()
	if t.SetAttr == nil {
		return readOnlyAttributeError(v, name)
	}
	return t.SetAttr(th, v, newStr(name), val)
}

// DelAttr deletes v.name.
func DelAttr(th *Thread, v Value, name string) error {
	t := v.Type()
	if t.SetAttr == nil {
		return readOnlyAttributeError(v, name)
	}
	return t.SetAttr(th, v, newStr(name), Value{})
}

func attributeError(v Value, name string) error {
	if v.Type().Layout == LayoutType {
		return Errorf(AttributeError, "type object '%s' has no attribute '%s'", as[Type](v).Name, name)
	}
	if v.Type().Layout == LayoutModule {
		return Errorf(AttributeError, "module '%s' has no attribute '%s'", as[Module](v).Name, name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(v), name)
}

func readOnlyAttributeError(v Value, name string) error {
	if v.Type().Lookup(name).p != nil {
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", TypeName(v), name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", TypeName(v), name)
}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance dict, then other class attributes (bound through their
// descriptor get).
func GenericGetAttr(th *Thread, v Value, name *Str) (Value, error) {
	t := v.Type()
	attr := t.Lookup(name.text())
	var get func(th *Thread, descr, obj Value, owner *Type) (Value, error)
	if attr.p != nil {
		at := attr.Type()
		get = at.DescrGet
		if get != nil && at.DescrSet != nil {
			return get(th, attr, v, t)
		}
	}
	// The name's cached hash: getattr(obj, name) in a loop.
	if r, ok := instAttrLookup(v, name, nil); ok {
		return r, nil
	}
	if get != nil {
		return get(th, attr, v, t)
	}
	if attr.p != nil {
		return attr, nil
	}
	return missingAttr(v, t, name)
}

// missingAttr ends a generic attribute lookup that found nothing: the
// AttributeError, except for __doc__, which CPython's types all have in
// their dict (their docstring, or None) and Kiln's builtin types do not
// store, to keep interpreter start-up from filling hundreds of dicts
// (dir() lists it: mergeClassDict).
func missingAttr(v Value, t *Type, name *Str) (Value, error) {
	if name.text() == "__doc__" {
		if t.Doc == "" {
			return None, nil
		}
		return NewStr(t.Doc), nil
	}
	return Value{}, attributeError(v, name.text())
}

// GenericSetAttr is object.__setattr__ (and __delattr__ when val is zero).
func GenericSetAttr(th *Thread, v Value, name *Str, val Value) error {
	t := v.Type()
	if attr := typeLookupHashed(t, name); attr.p != nil {
		if set := attr.Type().DescrSet; set != nil {
			return set(th, attr, v, val)
		}
	}
	if v.IsImmediate() || (v.header().dict == nil && t.Flags&FlagHasDict == 0) {
		if val.p == nil {
			return attributeError(v, name.text())
		}
		if t.Lookup(name.text()).p != nil {
			return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", t.Name, name.text())
		}
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", t.Name, name.text())
	}
	o := v.header()
	if splitSetAttr(o, name, val, nil) {
		return nil
	}
	if o.dict == nil {
		o.dict = NewDict()
	}
	if val.p == nil {
		if !o.dict.DeleteStr(name.text()) {
			return attributeError(v, name.text())
		}
		return nil
	}
	storeInstanceAttr(t, o.dict, name, val)
	return nil
}

// Repr returns repr(v).
func Repr(th *Thread, v Value) (string, error) {
	r, err := ReprValue(th, v)
	if err != nil {
		return "", err
	}
	return StrValue(r), nil
}

// ReprValue returns repr(v) as a str value.
func ReprValue(th *Thread, v Value) (Value, error) {
	if th != nil {
		if err := th.enterRecursiveCall(" while getting the repr of an object"); err != nil {
			return Value{}, err
		}
		defer th.leaveRecursiveCall()
	}
	r, err := v.Type().Repr(th, v)
	if err != nil {
		return Value{}, err
	}
	if r.p == nil || r.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return r, nil
}

// ToString returns str(v).
func ToString(th *Thread, v Value) (string, error) {
	r, err := StrOf(th, v)
	if err != nil {
		return "", err
	}
	return StrValue(r), nil
}

// StrOf returns str(v) as a str value.
func StrOf(th *Thread, v Value) (Value, error) {
	if v.Type() == StrType {
		return v, nil
	}
	t := v.Type()
	f := t.Str
	if f == nil {
		f = t.Repr
	}
	r, err := f(th, v)
	if err != nil {
		return Value{}, err
	}
	if r.p == nil || r.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "__str__ returned non-string (type %s)", TypeName(r))
	}
	return r, nil
}

// Hash returns hash(v).
func Hash(th *Thread, v Value) (int64, error) {
	switch v.p {
	case pInt:
		return hashInt64(int64(v.n)), nil
	case pBool:
		return int64(v.n), nil
	}
	t := v.Type()
	if t == StrType {
		return as[Str](v).hashValue(), nil
	}
	if t.Hash == nil || t.Flags&FlagUnhashable != 0 {
		return 0, Errorf(TypeError, "unhashable type: '%s'", t.TPName())
	}
	return t.Hash(th, v)
}

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1: numeric hashes are
// reduced modulo it so that equal ints, floats and fractions hash alike.
const hashModulus = 1<<61 - 1

// hashInt64 is CPython's hash of an int that fits in 64 bits.
func hashInt64(i int64) int64 {
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// Equal reports whether a == b, by the rich comparison protocol, as
// CPython's PyObject_RichCompareBool: identical objects are equal without
// being asked, so that containers find a NaN they hold (nan in [nan]).
// Floats are immediates here, and a NaN is identical to any NaN with the
// same bits, as `is` reports.
func Equal(th *Thread, a, b Value) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	if a.p == pInt && b.p == pInt {
		return a.n == b.n, nil
	}
	r, err := Compare(th, CmpEQ, a, b)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// Compare returns the rich comparison a op b, as CPython's
// PyObject_RichCompare: the right operand's reflected method goes first if
// its type is a proper subclass of the left's; == and != fall back to
// identity; ordering comparisons raise TypeError.
func Compare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if th != nil {
		if err := th.enterRecursiveCall(" in comparison"); err != nil {
			return Value{}, err
		}
		defer th.leaveRecursiveCall()
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.Compare != nil {
		checkedReverse = true
		r, err := tb.Compare(th, op.Swapped(), b, a)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(th, op, a, b)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if !checkedReverse && tb.Compare != nil {
		r, err := tb.Compare(th, op.Swapped(), b, a)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return Bool(Is(a, b)), nil
	case CmpNE:
		return Bool(!Is(a, b)), nil
	}
	return Value{}, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.TPName(), tb.TPName())
}

// Truth returns bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	switch v.p {
	case pBool, pInt:
		return v.n != 0, nil
	case pNone:
		return false, nil
	case pFloat:
		return v.AsFloat() != 0, nil
	}
	t := v.Type()
	if t.Bool != nil {
		return t.Bool(th, v)
	}
	if t.Len != nil {
		n, err := t.Len(th, v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(th *Thread, v Value) (int, error) {
	t := v.Type()
	if t.Len == nil {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", t.Name)
	}
	return t.Len(th, v)
}

// Iter returns iter(v).
func Iter(th *Thread, v Value) (Value, error) {
	t := v.Type()
	if t.Iter == nil {
		if t.GetItem != nil && t.Layout != LayoutDict {
			return newSeqIter(v), nil
		}
		return Value{}, Errorf(TypeError, "'%s' object is not iterable", t.Name)
	}
	return t.Iter(th, v)
}

// Next advances an iterator: it returns the next item and true, or false
// when the iterator is exhausted (StopIteration is not raised to Go code).
func Next(th *Thread, it Value) (Value, bool, error) {
	t := it.Type()
	if t.Next == nil {
		return Value{}, false, Errorf(TypeError, "'%s' object is not an iterator", t.Name)
	}
	return t.Next(th, it)
}

// GetItem returns v[key].
func GetItem(th *Thread, v, key Value) (Value, error) {
	t := v.Type()
	if t.GetItem == nil {
		if t.Layout == LayoutType {
			return classGetItem(th, v, key)
		}
		return Value{}, Errorf(TypeError, "'%s' object is not subscriptable", t.Name)
	}
	return t.GetItem(th, v, key)
}

// classGetItem implements C[key] through __class_getitem__. type itself
// is special-cased, as in CPython: type.__class_getitem__ would be found
// by every class, so type[int] is made here instead.
func classGetItem(th *Thread, v, key Value) (Value, error) {
	if v.p == ValueOf(TypeType).p {
		return NewGenericAlias(v, key), nil
	}
	if m, ok, err := GetAttrOK(th, v, "__class_getitem__"); err != nil || ok {
		if err != nil {
			return Value{}, err
		}
		return Call(th, m, []Value{key}, nil)
	}
	return Value{}, Errorf(TypeError, "type '%s' is not subscriptable", as[Type](v).Name)
}

// SetItem does v[key] = val.
func SetItem(th *Thread, v, key, val Value) error {
	t := v.Type()
	if t.SetItem == nil {
		return Errorf(TypeError, "'%s' object does not support item assignment", t.Name)
	}
	return t.SetItem(th, v, key, val)
}

// DelItem does del v[key].
func DelItem(th *Thread, v, key Value) error {
	t := v.Type()
	if t.SetItem == nil {
		// CPython 3.12 has two wordings: PySequence_DelItem's "doesn't",
		// for an integer key on a type with sequence methods (every class
		// written in Python has them), and PyObject_DelItem's "does not".
		if containerIsIndex(key) && (isHeapType(t) || t.Len != nil || t.Contains != nil || t.GetItem != nil) {
			return Errorf(TypeError, "'%s' object doesn't support item deletion", t.Name)
		}
		return Errorf(TypeError, "'%s' object does not support item deletion", t.Name)
	}
	return t.SetItem(th, v, key, Value{})
}

// Contains returns item in v.
func Contains(th *Thread, v, item Value) (bool, error) {
	t := v.Type()
	if t.Contains != nil {
		return t.Contains(th, v, item)
	}
	it, err := Iter(th, v)
	if err != nil {
		if IsInstanceOf(err, TypeError) {
			return false, Errorf(TypeError, "argument of type '%s' is not iterable", t.Name)
		}
		return false, err
	}
	for {
		x, ok, err := Next(th, it)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(th, x, item); err != nil || eq {
			return eq, err
		}
	}
}

// Binary returns a op b, as CPython's binary_op1: the right operand's
// method goes first if its type is a proper subclass of the left's.
func Binary(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	r, err := binaryOp1(th, op, a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	if r, err := sequenceFallback(th, op, a, b); err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	if op == OpMod && a.Type().Layout == LayoutStr {
		// str % x is handled by str's own slot; reaching here is a bug.
		return Value{}, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return Value{}, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), TypeName(a), TypeName(b))
}

func binaryOp1(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	slotA := ta.BinOp
	var slotB func(*Thread, BinaryOp, Value, Value) (Value, error)
	if tb != ta {
		slotB = tb.BinOp
	}
	if slotA != nil {
		if slotB != nil && tb.IsSubtype(ta) {
			r, err := slotB(th, op, a, b)
			if err != nil || !Is(r, NotImplemented) {
				return r, err
			}
			slotB = nil
		}
		r, err := slotA(th, op, a, b)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if slotB != nil {
		return slotB(th, op, a, b)
	}
	return NotImplemented, nil
}

// Inplace returns a op= b: the in-place method if a's type has one, else
// the binary operator.
func Inplace(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if isSequenceOperator(builtinBase(a.Type()), op) && !pyDefines(a.Type(), op.InplaceDunder()) {
		// A builtin sequence's += and *= are its sequence slots
		// (sq_inplace_concat, sq_inplace_repeat), which CPython tries only
		// after both operands' number slots: a Python class on the right
		// gets its reflected method first.
		if tb := b.Type(); isHeapType(tb) && !tb.IsSubtype(a.Type()) && tb.BinOp != nil {
			if r, err := tb.BinOp(th, op, a, b); err != nil || !Is(r, NotImplemented) {
				return r, err
			}
		}
	}
	if f := a.Type().InplaceOp; f != nil {
		r, err := f(th, op, a, b)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	r, err := binaryOp1(th, op, a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	if r, err := sequenceFallback(th, op, a, b); err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	return Value{}, Errorf(TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'", op.Symbol(), TypeName(a), TypeName(b))
}

// isSequenceOperator reports whether t is a builtin sequence (or a class
// derived from one) for which op is a sequence operation: + concatenates
// and * repeats (CPython's sq_concat and sq_repeat slots). A class that
// defines the operator's methods itself loses the sequence slot, as
// CPython's update_one_slot leaves it empty for a Python method.
func isSequenceOperator(t *Type, op BinaryOp) bool {
	switch builtinBase(t).Layout {
	case LayoutStr, LayoutBytes, LayoutByteArray, LayoutList, LayoutTuple:
	default:
		return false
	}
	switch op {
	case OpAdd:
		return !pyDefines(t, "__add__")
	case OpMul:
		return !pyDefines(t, "__mul__", "__rmul__")
	}
	return false
}

// sequenceFallback is the last resort of a + b and a * b once both
// operands' number methods declined, as in CPython's PyNumber_Add and
// PyNumber_Multiply: the left operand's sequence concatenation, or the
// repetition of whichever operand is a sequence. The sequences' own slots
// decline operands of Python classes so that their reflected methods get
// their turn; here, that turn has passed, and the sequence's error stands.
func sequenceFallback(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		if isSequenceOperator(a.Type(), op) {
			return Value{}, concatError(a, b)
		}
	case OpMul:
		seq, count := a, b
		if !isSequenceOperator(seq.Type(), op) {
			seq, count = b, a
			if !isSequenceOperator(seq.Type(), op) {
				return NotImplemented, nil
			}
		}
		// The sequences' slots repeat by any count with __index__
		// themselves, so only a count without one is left here.
		if count.Type().Index == nil {
			return Value{}, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(count))
		}
	}
	return NotImplemented, nil
}

// concatError is the error of the sequence a's concatenation with b, in
// the words of a's builtin type.
func concatError(a, b Value) error {
	base := builtinBase(a.Type())
	switch base.Layout {
	case LayoutBytes, LayoutByteArray:
		return Errorf(TypeError, "can't concat %s to %s", TypeName(b), TypeName(a))
	}
	return Errorf(TypeError, "can only concatenate %s (not \"%s\") to %s", base.Name, TypeName(b), base.Name)
}

// UnaryOperation returns op v (-v, +v, ~v, abs(v)).
func UnaryOperation(th *Thread, op UnaryOp, v Value) (Value, error) {
	if f := v.Type().Unary; f != nil {
		r, err := f(th, op, v)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if op == OpAbs {
		return Value{}, Errorf(TypeError, "bad operand type for abs(): '%s'", TypeName(v))
	}
	return Value{}, Errorf(TypeError, "bad operand type for %s: '%s'", unaryOpInfo[op].symbol, TypeName(v))
}

// Index returns v.__index__() as an int value.
func Index(th *Thread, v Value) (Value, error) {
	if v.p == pInt {
		return v, nil
	}
	if v.p == pBool {
		return Int(int64(v.n)), nil
	}
	if f := v.Type().Index; f != nil {
		return f(th, v)
	}
	return Value{}, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// seqIter iterates an object that has __getitem__ but no __iter__.
type seqIter struct {
	Object
	seq Value
	i   int64
}

var seqIterType = NewBuiltinType("iterator", ObjectType, LayoutOther, 0)

func newSeqIter(v Value) Value { return ValueOf(&seqIter{Object: Object{typ: seqIterType}, seq: v}) }

func init() {
	seqIterType.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	seqIterType.Next = func(th *Thread, v Value) (Value, bool, error) {
		it := as[seqIter](v)
		if it.seq.p == nil {
			return Value{}, false, nil
		}
		r, err := GetItem(th, it.seq, Int(it.i))
		if err != nil {
			if IsInstanceOf(err, IndexError) || IsInstanceOf(err, StopIteration) {
				it.seq = Value{}
				return Value{}, false, nil
			}
			return Value{}, false, err
		}
		it.i++
		return r, true, nil
	}
}

// defaultRepr is object.__repr__: <module.Name object at 0x...>.
func defaultRepr(th *Thread, v Value) (Value, error) {
	return NewStr(fmt.Sprintf("<%s object at %#x>", v.Type().FullName(), uintptr(unsafe.Pointer(v.p)))), nil
}

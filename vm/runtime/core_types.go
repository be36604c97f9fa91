package runtime

import "math/big"

// This file defines the Go structs of the core builtin types and their
// constructors. Their methods and protocol slots live in one file per type
// (str.go, list.go, ...).

// Str is a str object. s holds the text as UTF-8; Python indexes str by code
// point, so what is known about the code points is cached in cp.
//
// Str is the most numerous object of many programs, so it is kept to 48
// bytes (a Go size class) by keeping the code point cache behind one
// pointer: every ASCII str shares asciiText, and only a non-ASCII str, whose
// code point indexing needs it, owns a codePointCache.
type Str struct {
	Object
	s    string
	hash int64           // 0 until computed; see strHash
	cp   *codePointCache // nil until the text has been scanned
}

// codePointCache is what a str knows about its code points: their count and,
// once indexing needs it, the decoded code points.
type codePointCache struct {
	n     int
	runes []rune // nil until needed; never built for ASCII text
}

// asciiText marks every ASCII str, whose code point count is its length in
// bytes. Its n is unused.
var asciiText = &codePointCache{n: -1}

// NewStr returns a str value.
func NewStr(s string) Value { return profValue(newStr(s)) }

func newStr(s string) *Str {
	profileNew(StrType, profStrSize+uintptr(len(s)))
	return &Str{Object: Object{typ: StrType}, s: s}
}

// StrValue returns the text of a str value (or str subclass instance).
// v must have LayoutStr.
func StrValue(v Value) string { return as[Str](v).s }

// String returns the text.
func (s *Str) String() string { return s.s }

// strHash is the hash of str objects: FNV-1a, made to never return -1
// (CPython's error marker) or 0 (our "not computed" marker).
func strHash(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h >> 1)
	if r == 0 || r == -1 {
		r = 1
	}
	return r
}

// hash returns the cached hash of s.
func (s *Str) hashValue() int64 {
	if s.hash == 0 {
		s.hash = strHash(s.s)
	}
	return s.hash
}

// Bytes is a bytes object (immutable) or, with LayoutByteArray, a
// bytearray.
type Bytes struct {
	Object
	b []byte
}

// NewBytes returns a bytes value holding b (not copied).
func NewBytes(b []byte) Value {
	profileNew(BytesType, profBytesSize+uintptr(len(b)))
	return profValue(&Bytes{Object: Object{typ: BytesType}, b: b})
}

// BytesValue returns the contents of a bytes or bytearray value.
func BytesValue(v Value) []byte { return as[Bytes](v).b }

// Tuple is a tuple object.
type Tuple struct {
	Object
	items []Value
	hash  int64 // 0: not computed
}

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items []Value) Value {
	if len(items) == 0 {
		return emptyTuple
	}
	profileNew(TupleType, profTupleSize+profValueSize*uintptr(len(items)))
	return ValueOf(&Tuple{Object: Object{typ: TupleType}, items: items})
}

// TupleItems returns the items of a tuple value (shared, do not modify).
func TupleItems(v Value) []Value { return as[Tuple](v).items }

var emptyTuple Value

// List is a list object.
type List struct {
	Object
	items []Value
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) Value {
	profileNew(ListType, profListSize+profValueSize*uintptr(cap(items)))
	return profValue(&List{Object: Object{typ: ListType}, items: items})
}

// ListItems returns the items of a list value (shared).
func ListItems(v Value) []Value { return as[List](v).items }

// BigInt is an int too large for an immediate, or an instance of an int
// subclass (whose value may be small). Ints that fit in int64 are always
// immediates unless they are subclass instances: see MakeInt.
type BigInt struct {
	Object
	v *big.Int
}

// MakeInt returns x as an int value: an immediate if it fits in int64.
func MakeInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	profileNew(IntType, profBigIntSize(x))
	return ValueOf(&BigInt{Object: Object{typ: IntType}, v: x})
}

// BigIntValue returns the value of any int (immediate, big, bool, or
// subclass instance) as a new *big.Int.
func BigIntValue(v Value) *big.Int {
	switch v.p {
	case pInt:
		return big.NewInt(int64(v.n))
	case pBool:
		return big.NewInt(int64(v.n))
	}
	return new(big.Int).Set(as[BigInt](v).v)
}

// Module is a module object; its namespace is the header's dict.
type Module struct {
	Object
	Name string
}

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Object: Object{typ: ModuleType, dict: NewDict()}, Name: name}
	m.dict.SetStr("__name__", NewStr(name))
	m.dict.SetStr("__doc__", None)
	return m
}

// BuiltinFunction is a function implemented in Go: builtins.len, a module
// function (Fn set), or a builtin method bound to its receiver, such as
// [].append (Method and Self set). Both have CPython's type
// builtin_function_or_method.
type BuiltinFunction struct {
	Object
	Name   string
	Module string
	Fn     NativeFunc
	Method NativeMethod
	Self   Value
}

// NewBuiltinFunction returns a builtin function value.
func NewBuiltinFunction(name, module string, fn NativeFunc) Value {
	return ValueOf(&BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: name, Module: module, Fn: fn})
}

// BuiltinMethod is a method descriptor of a builtin type (list.append).
// Looked up on an instance it binds to a BoundBuiltinMethod.
type BuiltinMethod struct {
	Object
	Name  string
	Owner *Type
	Fn    NativeMethod
}

// GetSetDescriptor is a computed attribute of a builtin type.
type GetSetDescriptor struct {
	Object
	Name  string
	Owner *Type
	Get   func(th *Thread, self Value) (Value, error)
	Set   func(th *Thread, self, v Value) error
}

package runtime

import (
	"math/big"
	"unsafe"
)

// This file defines the Go structs of the core builtin types and their
// constructors. Their methods and protocol slots live in one file per type
// (str.go, list.go, ...).

// Str is a str object: its text, UTF-8 (WTF-8 for lone surrogates), is
// len(meta) bytes at p, read through text(). Python indexes str by code
// point, so meta also says whether the text is ASCII, and it caches the
// hash.
//
// Str is the most numerous object of many programs, so it is kept to 32
// bytes (a Go size class; the next is 48): the header, the text's address
// and one word that packs the length (32 bits), two code point flags and
// the hash (30 bits). The text is often in the same allocation, right
// after the header (strAlloc), or a slice of a larger str's (split).
// What indexing a non-ASCII str needs beyond the flags, its code point
// count and its decoded code points, is kept aside in strWideCache.
type Str struct {
	Object
	p    *byte
	meta uint64
}

// The fields of Str.meta.
const (
	strLenMask   = 1<<32 - 1 // the text's length in bytes
	strASCII     = 1 << 32   // scanned: every code point is ASCII
	strWide      = 1 << 33   // scanned: some code point is not ASCII
	strHashShift = 34        // the hash, 0 until computed; see strHash
	strHashMask  = 1<<(64-strHashShift) - 1
)

// NewStr returns a str value.
func NewStr(s string) Value { return profValue(newStr(s)) }

func newStr(s string) *Str {
	profileNew(StrType, profStrSize+uintptr(len(s)))
	r := &Str{Object: Object{typ: StrType}}
	r.setText(s)
	return r
}

// text returns the str's text.
func (s *Str) text() string { return unsafe.String(s.p, int(s.meta&strLenMask)) }

// setText makes t the text of a str that is being built, forgetting its
// flags and hash.
func (s *Str) setText(t string) {
	if uint64(len(t)) > strLenMask {
		panic("kiln: a str of 4 GiB or more")
	}
	s.p, s.meta = unsafe.StringData(t), uint64(len(t))
}

// markASCII records that the text is known to be ASCII without a scan.
func (s *Str) markASCII() { s.meta |= strASCII }

// knownASCII reports whether the text is known to be ASCII, without
// scanning it.
func (s *Str) knownASCII() bool { return s.meta&strASCII != 0 }

// StrValue returns the text of a str value (or str subclass instance).
// v must have LayoutStr.
func StrValue(v Value) string { return as[Str](v).text() }

// String returns the text.
func (s *Str) String() string { return s.text() }

// strHash is the hash of str objects: CPython's, folded to the bits a
// Str caches (str_hash.go). 0, the "not computed" marker, is then only
// recomputed.
func strHash(s string) int64 { return strSipHash(s) }

// hashValue returns the cached hash of s.
func (s *Str) hashValue() int64 {
	h := int64(s.meta >> strHashShift)
	if h == 0 {
		h = strHash(s.text())
		s.setHash(h)
	}
	return h
}

// setHash caches h, the str's strHash, in a str that has none yet.
func (s *Str) setHash(h int64) { s.meta |= uint64(h) << strHashShift }

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

// Tuple is a tuple object. Its items are an array that first points at:
// an exact tuple of up to tupleInlineMax items carries them in its own
// allocation, after this header (see newTupleBlock), so a 2-tuple is one
// 64-byte block, as in CPython (56). first and n are a slice's data
// pointer and length at the offsets of List.items's, so the JIT reads a
// tuple's items and a list's with the same code.
type Tuple struct {
	Object
	first *Value
	n     int
}

// items returns the tuple's items (a view of its storage).
func (t *Tuple) items() []Value { return unsafe.Slice(t.first, t.n) }

// TupleItems returns the items of a tuple value (shared, do not modify).
func TupleItems(v Value) []Value { return as[Tuple](v).items() }

var emptyTuple Value

// List is a list object.
type List struct {
	Object
	items []Value
	// words, when set, holds the items instead of items (which is then
	// nil): list_words.go.
	words *listWords
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) Value {
	profileNew(ListType, profListSize+profValueSize*uintptr(cap(items)))
	return profValue(&List{Object: Object{typ: ListType}, items: items})
}

// ListItems returns the items of a list value (shared), changing a list
// in the words storage back to Values (list_words.go). The JIT's
// reference executor passes tuples too, whose items lie where a list's
// do.
func ListItems(v Value) []Value {
	l := as[List](v)
	if l.typ.Layout == LayoutList && l.words != nil {
		l.unword(0)
	}
	return l.items
}

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

// Int64Value returns the value of an int (an int subclass's instance
// too, or a bool) and whether it fits an int64, without allocating and
// without calling __index__: re reads its RegexFlag arguments so.
func Int64Value(v Value) (int64, bool) {
	switch v.p {
	case pInt, pBool:
		return int64(v.n), true
	}
	if v.IsImmediate() || v.Type().Layout != LayoutInt {
		return 0, false
	}
	b := as[BigInt](v).v
	return b.Int64(), b.IsInt64()
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
	// resultOptional says Fn asks Thread.ResultDropped whether to build
	// its result (method_kwcall.go).
	resultOptional bool
}

// GetSetDescriptor is a computed attribute of a builtin type.
type GetSetDescriptor struct {
	Object
	Name  string
	Owner *Type
	Get   func(th *Thread, self Value) (Value, error)
	Set   func(th *Thread, self, v Value) error
}

package runtime

import (
	"math"
	"unsafe"
)

// Value is a Python value. See the package documentation for its layout.
//
// The layout is part of the contract with the JIT, which reads and writes
// Values in frames directly: p at offset 0, n at offset 8.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// The immediate kinds' headers. Their addresses are the type tags of
// immediate values; they live outside the heap, so storing them needs no
// write barrier once the slot already holds one (see go-interpreter.md §2.6).
var (
	intHeader   = Object{typ: IntType}
	floatHeader = Object{typ: FloatType}
	boolHeader  = Object{typ: BoolType}
	noneHeader  = Object{typ: NoneType}
)

// Type tags of the immediates, compared against Value.p by fast paths.
var (
	pInt   = unsafe.Pointer(&intHeader)
	pFloat = unsafe.Pointer(&floatHeader)
	pBool  = unsafe.Pointer(&boolHeader)
	pNone  = unsafe.Pointer(&noneHeader)
)

// None, True and False are the singletons.
var (
	None  = Value{p: pNone}
	True  = Value{p: pBool, n: 1}
	False = Value{p: pBool, n: 0}
)

// Int returns the small int i.
func Int(i int64) Value { return Value{p: pInt, n: uint64(i)} }

// Float returns the float f.
func Float(f float64) Value { return Value{p: pFloat, n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// IsValid reports whether v holds a value (it is not the zero Value).
func (v Value) IsValid() bool { return v.p != nil }

// IsSmallInt reports whether v is an immediate int. Big ints and instances
// of int subclasses are heap objects and answer false.
func (v Value) IsSmallInt() bool { return v.p == pInt }

// SmallInt returns the value of an immediate int. v must be one.
func (v Value) SmallInt() int64 { return int64(v.n) }

// IsFloat reports whether v is an immediate float.
func (v Value) IsFloat() bool { return v.p == pFloat }

// AsFloat returns the value of an immediate float. v must be one.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.n) }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.p == pBool }

// IsTrue reports whether v is True (not truthiness: see Truth).
func (v Value) IsTrue() bool { return v.p == pBool && v.n != 0 }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.p == pNone }

// IsImmediate reports whether v is an int, float, bool or None immediate.
func (v Value) IsImmediate() bool {
	return v.p == pInt || v.p == pFloat || v.p == pBool || v.p == pNone
}

// Is reports whether a and b are the same object (Python's `is`).
// Immediates compare by value: small ints and floats have no identity of
// their own, as in PyPy, where `x is y` holds for equal ints.
func Is(a, b Value) bool { return a.p == b.p && a.n == b.n }

// Type returns the type of v.
func (v Value) Type() *Type { return (*Object)(v.p).typ }

// header returns v's object header. For immediates it is the static header.
func (v Value) header() *Object { return (*Object)(v.p) }

// heapObject is implemented by every Go struct that embeds Object as its
// first field; it lets the constructors turn a typed pointer into a Value.
type heapObject interface{ objectHeader() *Object }

func (o *Object) objectHeader() *Object { return o }

// ValueOf returns the Value for a heap object.
func ValueOf(o heapObject) Value { return Value{p: unsafe.Pointer(o.objectHeader())} }

// Pointer returns v's p word, for the JIT and tests that must see the raw
// layout. It is not an object pointer for immediates.
func (v Value) Pointer() unsafe.Pointer { return v.p }

// Bits returns v's n word.
func (v Value) Bits() uint64 { return v.n }

package runtime

// This file holds the runtime entry points and layout facts the JIT
// (package jit) needs and nothing else does: the raw layout of Values,
// lists, dicts and range iterators that compiled code reads, a way to
// rebuild Values from raw words, and running a frame the JIT inlined from
// a given instruction to its return when compiled code leaves through a
// snapshot. The JIT owns this file; the interpreter never calls it.

import (
	"math"
	"unsafe"
)

// JITImmediateTags returns the p words of immediate ints, floats and
// bools: a Value is an immediate of that kind iff its p equals the tag.
func JITImmediateTags() (intTag, floatTag, boolTag uintptr) {
	return uintptr(pInt), uintptr(pFloat), uintptr(pBool)
}

// Layout offsets read by compiled code.
var (
	// JITListItemsOffset is the offset of List.items (a []Value).
	JITListItemsOffset = unsafe.Offsetof(List{}.items)
	// JITDictWritesOffset is the offset of Dict.writes, the counter every
	// mutation advances.
	JITDictWritesOffset = unsafe.Offsetof(Dict{}.writes)
	// JITObjectTypeOffset is the offset of an object's *Type.
	JITObjectTypeOffset = unsafe.Offsetof(Object{}.typ)
	// JITRangeIterNextOffset and JITRangeIterRemainingOffset are the
	// offsets of a range iterator's next and remaining counters (int64);
	// JITRangeIterStepOffset its step.
	JITRangeIterNextOffset      = unsafe.Offsetof(rangeIterator{}.next)
	JITRangeIterStepOffset      = unsafe.Offsetof(rangeIterator{}.step)
	JITRangeIterRemainingOffset = unsafe.Offsetof(rangeIterator{}.remaining)
)

// Writes returns d's mutation counter: it changes whenever a key is added
// or removed or a value replaced, so a JIT guard comparing it proves every
// entry unchanged.
func (d *Dict) Writes() uint64 { return d.writes }

// RangeIteratorType is the type of iter(range(...)) with int64 bounds.
func RangeIteratorType() *Type { return rangeIteratorType }

// RangeIteratorState returns a range iterator's next, step and remaining
// counters; ok is false if v is not one.
func RangeIteratorState(v Value) (next, step, remaining int64, ok bool) {
	if v.p == nil || v.Type() != rangeIteratorType {
		return 0, 0, 0, false
	}
	ri := as[rangeIterator](v)
	return ri.next, ri.step, ri.remaining, true
}

// SetRangeIteratorState sets a range iterator's next and remaining
// counters (the recorder executes FORITER itself).
func SetRangeIteratorState(v Value, next, remaining int64) {
	ri := as[rangeIterator](v)
	ri.next, ri.remaining = next, remaining
}

// ValueFromRef returns the Value of a heap object given its address (the
// p word of a non-immediate Value).
func ValueFromRef(p unsafe.Pointer) Value { return Value{p: p} }

// ValueFromBits boxes the raw bits of an int ('i'), float ('f') or bool
// ('b') as the JIT's exits do.
func ValueFromBits(kind byte, bits uint64) Value {
	switch kind {
	case 'f':
		return Float(math.Float64frombits(bits))
	case 'b':
		return Bool(bits != 0)
	}
	return Int(int64(bits))
}

// JITMathFunc returns the float function behind math.<name> for the
// functions of one float whose only errors are a NaN from a non-NaN or an
// infinity from a finite argument (so that a JIT guard on a finite result
// proves no error): the same Go function the math module calls.
func JITMathFunc(name string) (func(float64) float64, bool) {
	switch name {
	case "sqrt":
		return math.Sqrt, true
	case "log":
		return accurateLog, true
	}
	for _, u := range mathUnary {
		if u.name == name {
			return u.fn, true
		}
	}
	return nil, false
}

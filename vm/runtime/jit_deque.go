package runtime

// This file defines what the JIT's helper calls on collections.deque
// need (jit/helper_deque.go): the deque type lives in vm/stdlib/collections,
// which the JIT does not import, so that package fills JITDeque in at
// init (deque_jit.go there). Every function works on the deque object's
// address, runs no Python code, and changes nothing when it reports false.

import "unsafe"

// JITDeque holds collections.deque's type and the operations compiled
// code calls directly; Type is nil until the collections module's init.
var JITDeque struct {
	Type *Type
	// Len is len(d).
	Len func(d unsafe.Pointer) int
	// Item is d[i] (i negative from the right); false out of range.
	Item func(d unsafe.Pointer, i int64) (Value, bool)
	// Append is d.append(v) (the left item dropped at maxlen).
	Append func(d unsafe.Pointer, v Value)
	// PopLeft and Pop are d.popleft() and d.pop(); false when empty.
	PopLeft, Pop func(d unsafe.Pointer) (Value, bool)
}

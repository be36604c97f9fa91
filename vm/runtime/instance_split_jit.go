package runtime

// This file holds what compiled code needs of split instances
// (instance_split.go): the layout of the block's header, a split
// instance's names and values for the recorder, and split instances made
// ahead of time for the JIT's allocation pools. The JIT owns this file;
// the interpreter never calls it.

import "unsafe"

// Layout of a split instance for compiled code: the word at
// JITSplitValuesOffset points at the values (16-byte Values, the p word
// then the n word), as a dict's entries slice points at its entries; the
// word at JITSplitCountOffset holds the count of values set in its low
// 32 bits (JITSplitCountMask) and the room in its high 32 bits.
var (
	JITSplitValuesOffset = unsafe.Offsetof(splitHead{}.vals)
	JITSplitCountOffset  = unsafe.Offsetof(splitHead{}.n)
	JITSplitValueSize    = unsafe.Sizeof(Value{})
)

// JITSplitCountMask selects the count in the word at JITSplitCountOffset.
const JITSplitCountMask = 1<<32 - 1

// The count is the low half of its word (little-endian), the room the high.
var _ = [1]struct{}{}[unsafe.Offsetof(splitHead{}.cap)-unsafe.Offsetof(splitHead{}.n)-4]

// JITSplitInstance returns, for a split instance v, its class's attribute
// names (str objects: the name at a position never changes) and the values
// v has set (values[i] is names[i]'s); ok is false if v is not split.
func JITSplitInstance(v Value) (names, values []Value, ok bool) {
	if !v.IsValid() || v.IsImmediate() {
		return nil, nil, false
	}
	h := splitOf(v.header())
	if h == nil {
		return nil, nil, false
	}
	for _, k := range v.Type().split.names {
		names = append(names, ValueOf(k))
	}
	return names, append([]Value(nil), h.values()...), true
}

// JITSplitClass reports whether compiled code allocating instances of t
// (JITPlainClass(t) holds) makes them split, as object.__new__ does for
// t's instances (splitWanted), whatever t has learnt so far.
func JITSplitClass(t *Type) bool { return splitWanted(t) }

// JITNewSplitInstances fills objs with new split instances of t with
// room for at least n values (more if t's instances have held more), for
// the pool that compiled code takes them from: each is one Go allocation
// with no value set, the object first (weak references and finalizers
// see the object's address as the block's). Compiled code writes a value
// and then advances the count (the word at JITSplitCountOffset, plus 1).
func (th *Thread) JITNewSplitInstances(t *Type, n int, objs []unsafe.Pointer) {
	n = min(max(n, int(t.instAttrs), 1), splitMaxKeys)
	for i := range objs {
		objs[i] = unsafe.Pointer(newSplitInstance(t, n))
		th.profileNewInstance(t)
	}
}

// JITNewSplitInstance is the object a recording of a class call whose
// instances are split works on: room for every name a class may have, so
// that it stays split while its __init__ adds them in the class's order.
func (th *Thread) JITNewSplitInstance(t *Type) Value {
	var objs [1]unsafe.Pointer
	th.JITNewSplitInstances(t, splitMaxKeys, objs[:])
	return Value{p: objs[0]}
}

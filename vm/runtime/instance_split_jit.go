package runtime

// This file holds what compiled code needs of split instances
// (instance_split.go): the layout of the block's header, a split
// instance's names and values for the recorder, and split instances made
// ahead of time for the JIT's allocation pools. The JIT owns this file;
// the interpreter never calls it.

import "unsafe"

// Layout of a split instance for compiled code: its values (16-byte
// Values, the p word then the n word) start at JITSplitValuesOffset of the
// object, inline; a value is set when its p word is not 0, and every
// position of its class's names is inside the block.
var (
	JITSplitValuesOffset = splitValuesOffset
	JITSplitValueSize    = unsafe.Sizeof(Value{})
)

// JITSplitRoom fixes, if it is not yet, the room of t's split instances
// (at least its names, and want) and returns it: compiled code reads
// the value at a position of the room on every instance, and a class's
// names never outnumber it.
func JITSplitRoom(t *Type, want int) int { return splitRoom(t, max(want, 1)) }

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
// room for at least n values (the class's room, fixed now if it is not
// yet), for the pool that compiled code takes them from: each is one Go
// allocation with no value set, the object first (weak references and
// finalizers see the object's address as the block's). Compiled code
// writes the values in the names' order, each one's p word last.
func (th *Thread) JITNewSplitInstances(t *Type, n int, objs []unsafe.Pointer) {
	n = min(max(n, 1), splitMaxKeys)
	for i := range objs {
		objs[i] = unsafe.Pointer(newSplitInstance(t, n))
		th.profileNewInstance(t)
	}
}

// JITNewSplitInstance is the object a recording of a class call whose
// instances are split works on: room for every name a class may have, so
// that it stays split while its __init__ adds them in the class's order
// (the class's room still bounds its names).
func (th *Thread) JITNewSplitInstance(t *Type) Value {
	if t.split == nil {
		t.split = &splitKeys{}
	}
	t.split.made++
	th.profileNewInstance(t)
	return Value{p: unsafe.Pointer(newSplitBlock[[splitMaxKeys]Value](t))}
}

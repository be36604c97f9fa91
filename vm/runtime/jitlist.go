package runtime

// This file defines what the JIT's list slicing (jit/record_list.go) reads
// of slice objects while it records.

// JITSliceOf returns the slice object v holds, or nil when v is not a
// slice.
func JITSliceOf(v Value) *Slice {
	if !v.IsValid() || v.p == nil || v.Type() != SliceType {
		return nil
	}
	return as[Slice](v)
}

// JITListIterAt returns a new iterator over the list l that will next
// yield item i: a virtual iterator of compiled code (jit/record_list_iter.go)
// made real when the code exits.
func JITListIterAt(l Value, i int) Value {
	it := newListIterator(l)
	as[seqIterator](it).i = i
	return it
}

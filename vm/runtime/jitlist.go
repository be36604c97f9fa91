package runtime

import (
	"slices"
	"unsafe"
)

// This file defines what the JIT reads of lists and slice objects while
// it records (jit/record_list*.go), and the layout of the words storage
// compiled code reads and writes (jit/record_list_words.go).

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

// The words storage (list_words.go) as compiled code sees it: List.words
// at JITListWordsOffset is nil for a generic list, else a pointer to a
// listWords whose p slice (data pointer, length, capacity) is at
// JITListWordsSliceOffset; each item is one 8-byte p word. The recorder
// reads words lists through the functions below, which never change a
// list back to the generic storage (ListItems does).
const (
	JITListWordsOffset      = unsafe.Offsetof(List{}.words)
	JITListWordsSliceOffset = unsafe.Offsetof(listWords{}.p)
)

// JITListIsWords reports whether the list v is in the words storage.
func JITListIsWords(v Value) bool { return as[List](v).words != nil }

// JITListLen returns the length of the list v, in either storage.
func JITListLen(v Value) int { return as[List](v).Len() }

// JITListAt returns item i of the list v (in range), in either storage.
func JITListAt(v Value, i int) Value { return as[List](v).at(i) }

// JITListSetAt stores x as item i of the list v (in range) as SETITEM
// does: a words list changes back when x does not fit.
func JITListSetAt(v Value, i int, x Value) { as[List](v).setAt(i, x) }

// JITListWordsAppendRoom appends the object p to the words list v when
// its words have room, as list_append does in compiled code; false when
// they are full (the interpreter then grows them, in words).
func JITListWordsAppendRoom(v Value, p unsafe.Pointer) bool {
	w := as[List](v).words
	if len(w.p) == cap(w.p) {
		return false
	}
	w.p = append(w.p, p)
	return true
}

// JITListReverseWords reverses the items [lo, hi) of the words list v in
// place (list_reverse on a words list).
func JITListReverseWords(v Value, lo, hi int) {
	slices.Reverse(as[List](v).words.p[lo:hi])
}

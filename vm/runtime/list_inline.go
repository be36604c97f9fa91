package runtime

// This file defines the layout of short list displays (`[x]`, `[a, b]`):
// the list and its items in one Go allocation.
//
// A list is a 48-byte header and a separate array of 16-byte Values, two
// allocations. For a list made with its items known, up to
// listInlineMax of them, the array is placed right after the header in
// the same block instead: 48 + 16n bytes (64, 80, 96, 112: every one a
// Go size class), the bytes the two allocations took, in one object. One
// object rather than two is what counts: the allocation is one call
// instead of two, and each collection marks one object fewer per list, so
// a heap of many small lists (dataclasses_records' 60000 `[i]`) is
// marked faster, and a shorter mark leaves less floating garbage (objects
// allocated while it runs, counted live) in the live heap the next goal
// is computed from.
//
// The items slice points into the block, as a tuple's items do
// (tuple.go); nothing else changes: a list that outgrows the inline room
// gets a separate array as before, and the inline slots are then 16n
// bytes of the block unused for the list's life. Only exact lists are
// made this way (the display's, never a subclass instance's), so the
// block, which reaches itself, is never one Go must finalize.

// listInlineMax is the most items a display keeps inline.
const listInlineMax = 4

// listBlock is a list with n items inline.
type listBlock[A any] struct {
	List
	items A
}

// newListDisplay returns a new list of a copy of items, the LIST
// instruction's (a display): inline up to listInlineMax items.
func newListDisplay(items []Value) Value {
	var l *List
	var inline []Value
	switch len(items) {
	case 1:
		b := new(listBlock[[1]Value])
		l, inline = &b.List, b.items[:]
	case 2:
		b := new(listBlock[[2]Value])
		l, inline = &b.List, b.items[:]
	case 3:
		b := new(listBlock[[3]Value])
		l, inline = &b.List, b.items[:]
	case 4:
		b := new(listBlock[[4]Value])
		l, inline = &b.List, b.items[:]
	default:
		return NewList(append([]Value(nil), items...))
	}
	profileNew(ListType, profListSize+profValueSize*uintptr(len(items)))
	l.typ = ListType
	copy(inline, items)
	l.items = inline
	return profValue(l)
}

package re

import (
	"sync/atomic"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines the item buffer that findall and split collect their
// results in before making the list.

// spareItems is the buffer of the last findall or split, emptied, which
// the next call takes. Appending to a fresh slice grows it by copies (by
// a quarter at a time past a few hundred items) and leaves every old
// array as garbage, and each large one is fresh memory, faulted in page
// by page: findall over a few MB of text went through twice its result's
// size that way. Collected here, the list gets one array of the exact
// size. Neither call runs Python code while it collects, so a buffer is
// never in use twice; two threads just find the spare taken and grow
// their own.
var spareItems atomic.Pointer[[]rt.Value]

// maxSpareItems is the largest buffer kept between calls (1 MiB).
const maxSpareItems = 1 << 16

// takeItems returns the spare buffer, empty, or nil.
func takeItems() []rt.Value {
	if b := spareItems.Swap(nil); b != nil {
		return (*b)[:0]
	}
	return nil
}

// listOfItems returns a list of a copy of items and keeps items as the
// spare buffer, cleared so that it holds nothing of the result, if it is
// not too large.
func listOfItems(items []rt.Value) rt.Value {
	list := rt.NewList(append(make([]rt.Value, 0, len(items)), items...))
	if cap(items) <= maxSpareItems {
		clear(items)
		items = items[:0]
		spareItems.Store(&items)
	}
	return list
}

package runtime

import (
	"slices"
	"unsafe"
)

// This file defines the compact storage of lists (PyPy's list strategies,
// the object one): a list whose items all have a zero n word (heap
// objects, None, False, 0 and 0.0, see value.go) keeps only their p words,
// 8 bytes an item where a Value takes 16, as CPython's list keeps one
// pointer an item. The tokens of bench/tokenizer.py and the parts of
// bench/string_build.py are such lists (docs/memory-containers.md).
//
// A list is in one of two storages: generic (l.items, l.words nil) or
// words (l.words set, l.items nil). A list starts generic and changes to
// words when it grows past listWordsMin items and every item fits
// (listGrowWords): the growth copies the items anyway, so the change costs
// no extra copy. It changes back (l.vals) on the first item that does not
// fit, and whenever code that reads a []Value asks for the items: only the
// hot paths (append, len, indexing, item assignment, iteration, str.join)
// read the words themselves, everything else sees the generic storage.
//
// Compiled code reads and writes both storages: the JIT's recorder reads
// lists through JITListAt and JITListLen (jitlist.go), which leave a words
// list as it is, and specialises each trace on the storage it saw, with a
// guard on l.words (jit/record_list_words.go). ListItems still changes a
// words list back, for the callers that need a []Value.

// listWords is the words storage: the p words of the items.
type listWords struct{ p []unsafe.Pointer }

// listWordsMin is the length from which a growing list changes to words:
// below it the saving is small and the extra header (listWords) and the
// indirection would cost more. Tests lower it (ListWordsForTest) so that
// short lists take both storages.
var listWordsMin = 1024

// listWordsOn lets lists change to words.
var listWordsOn bool

// ListWordsEnable lets long lists of heap objects take the words storage
// (8 bytes an item). An embedder calls it before running code; compiled
// code of the JIT reads both storages.
func ListWordsEnable() { listWordsOn = true }

// ListWordsForTest sets whether lists may change to words and the length
// from which they do, and returns a function that restores both: for the
// JIT's tests, which run short programs on lists of either storage.
func ListWordsForTest(on bool, min int) (restore func()) {
	wasOn, wasMin := listWordsOn, listWordsMin
	listWordsOn, listWordsMin = on, min
	return func() { listWordsOn, listWordsMin = wasOn, wasMin }
}

// vals returns the items as Values, changing a words list back to the
// generic storage first.
func (l *List) vals() []Value {
	if l.words != nil {
		l.unword(0)
	}
	return l.items
}

// unword changes a words list to the generic storage, with room for
// extra more items than the words' capacity.
func (l *List) unword(extra int) {
	w := l.words.p
	items := make([]Value, len(w), cap(w)+extra)
	for i, p := range w {
		items[i] = Value{p: p}
	}
	l.items, l.words = items, nil
}

// Len returns the number of items.
func (l *List) Len() int {
	if l.words != nil {
		return len(l.words.p)
	}
	return len(l.items)
}

// at returns item i, which must be in range.
func (l *List) at(i int) Value {
	if l.words != nil {
		return Value{p: l.words.p[i]}
	}
	return l.items[i]
}

// setAt stores x as item i, which must be in range, changing a words
// list back when x does not fit.
func (l *List) setAt(i int, x Value) {
	if l.words != nil {
		if x.n == 0 {
			l.words.p[i] = x.p
			return
		}
		l.unword(0)
	}
	l.items[i] = x
}

// reset empties the list, dropping either storage.
func (l *List) reset(items []Value) { l.items, l.words = items, nil }

// pushWord appends x to a words list: false when x does not fit, and the
// caller appends it to the generic storage after unword.
func (l *List) pushWord(x Value) bool {
	if x.n != 0 {
		return false
	}
	w := l.words
	if len(w.p) == cap(w.p) {
		n := len(w.p)
		w.p = append(make([]unsafe.Pointer, 0, 2*n), w.p...)
	}
	w.p = append(w.p, x.p)
	return true
}

// pushSlow is push when the generic storage is full (or empty, as it is
// in a words list): it appends to the words, or grows the list, changing
// it to words when it can, and appends.
//
//go:noinline
func (l *List) pushSlow(x Value) {
	if l.words != nil {
		if l.pushWord(x) {
			return
		}
		l.unword(1)
	} else if len(l.items) == cap(l.items) {
		if n := len(l.items); l.growWords(n, listGrowBy(n)) && l.pushWord(x) {
			return
		}
		if l.words == nil {
			l.grow()
		} else {
			l.unword(1)
		}
	}
	l.items = append(l.items, x)
}

// growWords moves the n items of a generic list to a words storage of
// capacity n+by, and reports whether it did: only when the list is long
// enough and every item fits.
func (l *List) growWords(n, by int) bool {
	if !listWordsOn || n < listWordsMin {
		return false
	}
	for i := range l.items {
		if l.items[i].n != 0 {
			return false
		}
	}
	p := make([]unsafe.Pointer, n, n+by)
	for i := range l.items {
		p[i] = l.items[i].p
	}
	l.items, l.words = nil, &listWords{p: p}
	return true
}

// slice returns the n items start, start+step, ... as new Values (the
// list's own storage is left as it is).
func (l *List) slice(start, step, n int) []Value {
	if l.words == nil {
		return sliceItems(l.items, start, step, n)
	}
	if n <= 0 {
		return nil
	}
	out := make([]Value, n)
	l.copySlice(out, start, step)
	return out
}

// copySlice copies the items start, start+step, ... into dst.
func (l *List) copySlice(dst []Value, start, step int) {
	if l.words == nil {
		for k, i := 0, start; k < len(dst); k, i = k+1, i+step {
			dst[k] = l.items[i]
		}
		return
	}
	w := l.words.p
	for k, i := 0, start; k < len(dst); k, i = k+1, i+step {
		dst[k] = Value{p: w[i]}
	}
}

// capacity returns how many items the list has room for.
func (l *List) capacity() int {
	if l.words != nil {
		return cap(l.words.p)
	}
	return cap(l.items)
}

// popLast drops the last item of a non-empty list.
func (l *List) popLast() {
	if w := l.words; w != nil {
		w.p[len(w.p)-1] = nil
		w.p = w.p[:len(w.p)-1]
		return
	}
	l.items[len(l.items)-1] = Value{}
	l.items = l.items[:len(l.items)-1]
}

// joinWords is sep.join(l) for a words list, read in place as strJoin
// reads a generic one.
func (l *List) joinWords(sep string) (Value, error) {
	return strJoinChecked(l.words.p, sep, func(p unsafe.Pointer) Value { return Value{p: p} })
}

// listWords returns the words of the list a list iterator iterates, nil
// when it iterates a tuple or a generic list.
func (it *seqIterator) listWords() *listWords {
	if it.typ == tupleIteratorType {
		return nil
	}
	return as[List](it.seq).words
}

// nextWord is seqIteratorNext over the words w of the iterated list.
func (it *seqIterator) nextWord(w *listWords) (Value, bool, error) {
	if it.i < 0 || it.i >= len(w.p) {
		it.items = nil
		return Value{}, false, nil
	}
	x := Value{p: w.p[it.i]}
	it.i += it.step
	return x, true, nil
}

// seqLen returns the length of the iterated sequence without changing a
// words list back.
func (it *seqIterator) seqLen() int {
	if w := it.listWords(); w != nil {
		return len(w.p)
	}
	return len(it.items())
}

// reword puts the items of a list that was in words w back into w, after
// an operation that needed them as Values (sort) and kept the same number
// of items that all fit.
func (l *List) reword(w *listWords) {
	if len(l.items) != len(w.p) {
		return
	}
	for i := range l.items {
		if l.items[i].n != 0 {
			return
		}
	}
	for i := range l.items {
		w.p[i] = l.items[i].p
	}
	l.items, l.words = nil, w
}

// sliceList returns a new list of the n items start, start+step, ...: in
// words when l is and the slice is long enough, so that copying a words
// list (l[:], l[1:], l.copy()) takes words too.
func (l *List) sliceList(start, step, n int) Value {
	if l.words == nil || n < listWordsMin || !listWordsOn {
		return NewList(l.slice(start, step, n))
	}
	w := l.words.p
	p := make([]unsafe.Pointer, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		p[k] = w[i]
	}
	v := NewList(nil)
	as[List](v).words = &listWords{p: p}
	return v
}

// extendWords appends the items of the words list src (which may be l):
// an empty l takes a copy of the words.
func (l *List) extendWords(src *List) {
	w := src.words.p
	if l.Len() == 0 && listWordsOn {
		l.items, l.words = nil, &listWords{p: append([]unsafe.Pointer(nil), w...)}
		return
	}
	if l.words != nil {
		l.words.p = append(l.words.p, w...)
		return
	}
	items := slices.Grow(l.items, len(w))
	for _, p := range w {
		items = append(items, Value{p: p})
	}
	l.items = items
}

package runtime

import (
	"slices"
	"unsafe"
)

// This file defines list.sort and Sorted, the stable sort behind it and the
// sorted() builtin. Items are ordered by __lt__ alone (through Compare with
// CmpLT, so reflected __gt__ applies as in CPython); the first exception a
// comparison or key function raises stops the sort and is returned.

// Sorted sorts items in place, stably, by key(item) if key is a valid
// non-None value, in descending order if reverse. As in CPython, the keys
// are computed first, in the items' order (if one raises, items are left
// untouched), and reverse keeps equal items in their original order:
// the items are reversed, sorted, and reversed back, even when a
// comparison raises.
func Sorted(th *Thread, items []Value, key Value, reverse bool) error {
	var pairs []keyedItem
	if key.p != nil && !key.IsNone() {
		pairs = make([]keyedItem, len(items))
		keyFn := NewKeyFunc(th, key)
		for i, x := range items {
			k, err := keyFn.Call(x)
			if err != nil {
				return err
			}
			pairs[i] = keyedItem{k, x}
		}
	}
	if len(items) < 2 {
		return nil
	}
	if reverse {
		containerReverse(items)
		containerReverse(pairs)
	}
	s := sorter{th: th}
	if pairs == nil {
		s.sortValues(items)
	} else {
		timSort(pairs, func(a, b *keyedItem) bool { return s.less(a.key, b.key) })
		for i := range pairs {
			items[i] = pairs[i].item
		}
	}
	if reverse {
		containerReverse(items)
	}
	return s.err
}

// sortWords is Sorted without a key for the items of a words list
// (list_words.go): it sorts their pointer words where they are, so that
// the merges' scratch is n/2 words rather than n/2 Values and the list is
// not copied to Values and back (1.4 MB for dataclasses_records' 60000
// items). Every item's n word is zero, so Value{p: w} is the item.
func sortWords(th *Thread, words []unsafe.Pointer, reverse bool) error {
	if len(words) < 2 {
		return nil
	}
	if reverse {
		containerReverse(words)
	}
	s := sorter{th: th}
	strs := true
	for _, w := range words {
		if x := (Value{p: w}); x.IsImmediate() || x.Type() != StrType {
			strs = false
			break
		}
	}
	if strs { // UTF-8 byte order is code point order
		timSort(words, func(a, b *unsafe.Pointer) bool { return as[Str](Value{p: *a}).text() < as[Str](Value{p: *b}).text() })
	} else {
		timSort(words, func(a, b *unsafe.Pointer) bool { return s.less(Value{p: *a}, Value{p: *b}) })
	}
	if reverse {
		containerReverse(words)
	}
	return s.err
}

// containerReverse reverses s in place.
func containerReverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// keyedItem is an item with its sort key.
type keyedItem struct{ key, item Value }

// sorter holds the state of one sort: the thread that runs comparisons and
// the first error one raised, after which every comparison answers false
// without running Python code so the sort winds down quickly.
type sorter struct {
	th  *Thread
	err error
}

// sortValues sorts items by their own order, with fast comparisons when
// every item is a small int, a float or an exact str.
func (s *sorter) sortValues(items []Value) {
	kind := homogeneousKind(items)
	if kind == sortInts {
		// Equal small ints are indistinguishable, so stability does not
		// matter and the machine sort of their values serves.
		ints := make([]int64, len(items))
		for i, x := range items {
			ints[i] = x.SmallInt()
		}
		slices.Sort(ints)
		for i, x := range ints {
			items[i] = Int(x)
		}
		return
	}
	switch kind {
	case sortFloats: // stable: -0.0 and 0.0 are equal but distinguishable
		timSort(items, func(a, b *Value) bool { return a.AsFloat() < b.AsFloat() })
	case sortStrs: // UTF-8 byte order is code point order
		timSort(items, func(a, b *Value) bool { return as[Str](*a).text() < as[Str](*b).text() })
	default:
		timSort(items, func(a, b *Value) bool { return s.less(*a, *b) })
	}
}

// sortKind says which fast comparison suits a list's items.
type sortKind uint8

const (
	sortMixed  sortKind = iota // compare with the protocol
	sortInts                   // all small ints
	sortFloats                 // all floats
	sortStrs                   // all exact strs
)

// homogeneousKind returns the kind of items: the fast comparison they
// all allow, or sortMixed.
func homogeneousKind(items []Value) sortKind {
	same := func(match func(Value) bool) bool {
		for _, x := range items {
			if !match(x) {
				return false
			}
		}
		return true
	}
	switch first := items[0]; {
	case first.p == pInt && same(Value.IsSmallInt):
		return sortInts
	case first.p == pFloat && same(Value.IsFloat):
		return sortFloats
	case same(func(x Value) bool { return !x.IsImmediate() && x.Type() == StrType }):
		return sortStrs
	}
	return sortMixed
}

// less reports a < b by the rich comparison protocol, remembering the
// first error.
func (s *sorter) less(a, b Value) bool {
	if s.err != nil {
		return false
	}
	lt, err := LessThan(s.th, a, b)
	if err != nil {
		s.err = err
	}
	return lt
}

// listSort is list.sort(*, key=None, reverse=False). While it runs the list
// is empty, as in CPython, so that a key function or __lt__ that looks at
// the list sees no half-sorted state; if Python code changes the list
// meanwhile, the sort raises "list modified during sort".
func listSort(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > len(kwnames) {
		return Value{}, Errorf(TypeError, "sort() takes no positional arguments")
	}
	var key, reverse Value
	for k, name := range kwnames {
		switch name {
		case "key":
			key = args[k]
		case "reverse":
			reverse = args[k]
		default:
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for sort()", name)
		}
	}
	rev := false
	if reverse.p != nil {
		var err error
		if rev, err = Truth(th, reverse); err != nil {
			return Value{}, err
		}
	}
	l := as[List](self)
	words := l.words
	var items []Value
	if words == nil || (key.p != nil && !key.IsNone()) {
		items = l.vals() // a words list with a key: sorted as Values, then put back
	} else {
		l.words = nil // sorted in place (sortWords)
	}
	marker := make([]Value, 0, 1)
	l.items = marker
	var err error
	if items == nil && words != nil {
		err = sortWords(th, words.p, rev)
	} else {
		err = Sorted(th, items, key, rev)
	}
	modified := len(l.items) != 0 || cap(l.items) != 1 || &l.items[:1][0] != &marker[:1][0]
	l.items = items
	if words != nil {
		if items == nil {
			l.words = words
		} else {
			l.reword(words)
		}
	}
	if err != nil {
		return Value{}, err
	}
	if modified {
		return Value{}, Errorf(ValueError, "list modified during sort")
	}
	return None, nil
}

package runtime

import (
	"slices"
	"strings"
)

// This file defines the list type: its slots (indexing, slicing, slice
// assignment, concatenation, repetition, comparison, repr) and its methods.
// A list keeps its items in a Go slice, so append is amortised O(1) and the
// interpreter's fast paths may index l.items directly.

func init() {
	t := ListType
	t.Flags |= FlagUnhashable
	t.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		profileNew(t, profListSize)
		return ValueOf(&List{Object: containerInstanceHeader(t)}), nil
	}
	t.Init = listInit
	t.Repr = listRepr
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if b.IsImmediate() || b.Type().Layout != LayoutList {
			return NotImplemented, nil
		}
		return sequenceCompare(th, op, as[List](a).getItems, as[List](b).getItems)
	}
	t.Len = func(th *Thread, v Value) (int, error) { return as[List](v).Len(), nil }
	t.GetItem = listGetItem
	t.SetItem = listSetItem
	t.Contains = func(th *Thread, v, x Value) (bool, error) {
		l := as[List](v)
		for i := 0; i < l.Len(); i++ {
			if eq, err := Equal(th, l.at(i), x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.Iter = func(th *Thread, v Value) (Value, error) { return newListIterator(v), nil }
	t.BinOp = listKind.binOp
	t.InplaceOp = listInplaceOp
	addSlotMethods(t, []BinaryOp{OpAdd}, false, []BinaryOp{OpAdd, OpMul})
	t.AddMethod("__mul__", repeatDunder("__mul__", listKind.repeat))
	t.AddMethod("__rmul__", repeatDunder("__rmul__", listKind.repeat))
	t.AddMethod("__imul__", repeatDunder("__imul__", func(th *Thread, self, count Value) (Value, error) {
		return listInplaceOp(th, OpMul, self, count)
	}))

	t.AddMethod("append", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.append", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		ListAppend(self, args[0])
		return None, nil
	})
	t.AddMethod("extend", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.extend", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return None, listExtend(th, as[List](self), args[0])
	})
	t.AddMethod("insert", listInsert)
	t.AddMethod("remove", listRemove)
	t.AddMethod("pop", listPop)
	t.AddMethod("clear", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.clear", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		as[List](self).reset(nil)
		return None, nil
	})
	t.AddMethod("index", listIndex)
	t.AddMethod("count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.count", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return countItems(th, as[List](self).getItems, args[0])
	})
	t.AddMethod("reverse", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.reverse", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		containerReverse(as[List](self).vals())
		return None, nil
	})
	t.AddMethod("copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.copy", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		l := as[List](self)
		return l.sliceList(0, 1, l.Len()), nil
	})
	t.AddMethod("sort", listSort)
	t.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("list.__reversed__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return newListReverseIterator(self), nil
	})
}

// getItems returns the current items; sequenceCompare and countItems call
// it again after running Python code, which may have changed the list.
func (l *List) getItems() []Value { return l.vals() }

// ListAppend appends x to the list v. It is the interpreter's LIST_APPEND.
func ListAppend(v Value, x Value) { as[List](v).push(x) }

// push appends x to the list.
func (l *List) push(x Value) {
	if len(l.items) == cap(l.items) {
		l.pushSlow(x)
		return
	}
	l.items = append(l.items, x)
}

// grow makes room for more items: by half the list's length, and by its
// whole length from listDoublingLen items on. Go's append grows a large
// slice by a quarter, and every growth copies the items, paying a write
// barrier per item while the collector runs; lists built one item at a
// time grow faster here to copy less. Growing by half allocates three
// times the final size in all, doubling twice: the old arrays are garbage
// that paces the collector, so a 200000-item list built by append costs
// 3.2 MB less collector work for at most a quarter more slack.
//
//go:noinline
func (l *List) grow() {
	if l.words != nil {
		l.unword(listGrowBy(len(l.words.p)))
		return
	}
	n := len(l.items)
	if n < listDoublingLen {
		l.items = slices.Grow(l.items, listGrowBy(n))
		return
	}
	// Exactly double: append (and slices.Grow) asked for twice the
	// capacity steps by a quarter until it has room, which lands on up to
	// 2.45 times (a 360000-item list took 816000 slots, 13 MB).
	items := make([]Value, n, 2*n)
	copy(items, l.items)
	l.items = items
}

// listGrowBy is how many items a list of n items grows by (see grow).
func listGrowBy(n int) int {
	if n >= listDoublingLen {
		return n
	}
	return max(n/2, 4)
}

// listDoublingLen is the length from which a list doubles when it grows:
// below it, lists are many and small and their slack counts; above it,
// the copies do.
const listDoublingLen = 1024

// ListExtend appends the items of the iterable it to the list v.
func ListExtend(th *Thread, v, it Value) error { return listExtend(th, as[List](v), it) }

// listInit is list.__init__(iterable=(), /): it empties the list and
// fills it from the iterable.
func listInit(th *Thread, self Value, args []Value, kwnames []string) error {
	if err := NoKwargs("list", kwnames); err != nil {
		return err
	}
	if len(args) > 1 {
		return Errorf(TypeError, "list expected at most 1 argument, got %d", len(args))
	}
	l := as[List](self)
	l.reset(nil)
	if len(args) == 1 {
		return listExtend(th, l, args[0])
	}
	return nil
}

// listExtend appends the items of an iterable, copying them first when the
// iterable is a list or tuple (it may be l itself).
func listExtend(th *Thread, l *List, it Value) error {
	if !it.IsImmediate() {
		switch it.Type().Layout {
		case LayoutList, LayoutTuple:
			if src := as[List](it); it.Type().Layout == LayoutList && src.words != nil {
				l.extendWords(src)
				return nil
			}
			items, _ := containerSequenceFast(th, it, "")
			l.items = append(l.vals(), items...)
			return nil
		}
	}
	if it.Type() == RangeType {
		if r := as[Range](it); r.big == nil {
			l.items = slices.Grow(l.vals(), int(r.length))
			for i, v := int64(0), r.start; i < r.length; i, v = i+1, v+r.step {
				l.items = append(l.items, Int(v))
			}
			return nil
		}
	}
	// A builtin container knows its size: make room once rather than
	// growing step by step (a class's __len__ is not called: it could
	// run any code).
	if t := it.Type(); t.Len != nil && t.Flags&FlagHeapType == 0 {
		if n, err := t.Len(th, it); err == nil && n > 0 && l.words == nil {
			l.items = slices.Grow(l.items, n)
		}
	}
	return ForEach(th, it, func(x Value) error {
		l.push(x)
		return nil
	})
}

func listRepr(th *Thread, v Value) (Value, error) {
	l := as[List](v)
	if l.Len() == 0 {
		return NewStr("[]"), nil
	}
	if !reprEnter(th, v) {
		return NewStr("[...]"), nil
	}
	defer reprLeave(th, v)
	var b strings.Builder
	b.WriteByte('[')
	// Index each time round: an item's __repr__ may change the list.
	for i := 0; i < l.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, l.at(i))
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return NewStr(b.String()), nil
}

func listGetItem(th *Thread, v, key Value) (Value, error) {
	l := as[List](v)
	if key.IsSmallInt() {
		i := key.SmallInt()
		if i < 0 {
			i += int64(l.Len())
		}
		if i < 0 || i >= int64(l.Len()) {
			return Value{}, Errorf(IndexError, "list index out of range")
		}
		return l.at(int(i)), nil
	}
	i, inRange, isIndex, err := sequenceIndex(th, key, l.Len())
	if err != nil {
		return Value{}, err
	}
	if isIndex {
		if !inRange {
			return Value{}, Errorf(IndexError, "list index out of range")
		}
		return l.at(i), nil
	}
	if s := containerAsSlice(key); s != nil {
		start, _, step, n, err := s.Indices(th, l.Len())
		if err != nil {
			return Value{}, err
		}
		return l.sliceList(start, step, n), nil
	}
	return Value{}, Errorf(TypeError, "list indices must be integers or slices, not %s", TypeName(key))
}

// listSetItem is l[key] = val, or del l[key] when val is zero.
func listSetItem(th *Thread, v, key, val Value) error {
	l := as[List](v)
	i, inRange, isIndex, err := sequenceIndex(th, key, l.Len())
	if err != nil {
		return err
	}
	if isIndex {
		if !inRange {
			return Errorf(IndexError, "list assignment index out of range")
		}
		if val.p == nil {
			l.replaceRange(i, i+1, nil)
		} else {
			l.setAt(i, val)
		}
		return nil
	}
	s := containerAsSlice(key)
	if s == nil {
		return Errorf(TypeError, "list indices must be integers or slices, not %s", TypeName(key))
	}
	start, stop, step, n, err := s.Indices(th, l.Len())
	if err != nil {
		return err
	}
	if step == 1 {
		var items []Value
		if val.p != nil {
			if items, err = containerSequenceFast(th, val, "can only assign an iterable"); err != nil {
				return err
			}
		}
		l.replaceRange(start, max(start, stop), items)
		return nil
	}
	if val.p == nil {
		l.deleteExtended(start, step, n)
		return nil
	}
	items, err := containerSequenceFast(th, val, "must assign iterable to extended slice")
	if err != nil {
		return err
	}
	if len(items) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	items = append([]Value(nil), items...) // val may be l itself
	l.vals()
	for k, j := 0, start; k < n; k, j = k+1, j+step {
		l.items[j] = items[k]
	}
	return nil
}

// replaceRange replaces l.items[lo:hi] with items (which may alias l's).
func (l *List) replaceRange(lo, hi int, items []Value) {
	items = append([]Value(nil), items...)
	old := len(l.vals())
	grow := len(items) - (hi - lo)
	switch {
	case grow > 0:
		l.items = append(l.items, make([]Value, grow)...)
		copy(l.items[hi+grow:], l.items[hi:old])
	case grow < 0:
		copy(l.items[lo+len(items):], l.items[hi:])
		clear(l.items[old+grow:])
		l.items = l.items[:old+grow]
	}
	copy(l.items[lo:], items)
}

// deleteExtended deletes the n items start, start+step, ... (step != 1).
func (l *List) deleteExtended(start, step, n int) {
	if n <= 0 {
		return
	}
	if step < 0 {
		start, step = start+step*(n-1), -step
	}
	w := start
	for r := start; r < len(l.vals()); r++ {
		if r < start+step*n && (r-start)%step == 0 {
			continue
		}
		l.items[w] = l.items[r]
		w++
	}
	clear(l.items[w:])
	l.items = l.items[:w]
}

// listInplaceOp is l += iterable (extend) and l *= n.
func listInplaceOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	l := as[List](a)
	switch op {
	case OpAdd:
		if err := listExtend(th, l, b); err != nil {
			return Value{}, err
		}
		return a, nil
	case OpMul:
		count, err := repeatCount(th, b)
		if err != nil {
			return Value{}, err
		}
		items, err := repeatItems(l.vals(), count)
		if err != nil {
			return Value{}, err
		}
		l.items = items
		return a, nil
	}
	return NotImplemented, nil
}

func listInsert(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("list.insert", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeError, "insert expected 2 arguments, got %d", len(args))
	}
	i, err := AsInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	l := as[List](self)
	n := int64(len(l.vals()))
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	l.items = append(l.items, Value{})
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = args[1]
	return None, nil
}

func listRemove(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("list.remove", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	l := as[List](self)
	for i := 0; i < l.Len(); i++ {
		eq, err := Equal(th, l.at(i), args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			if i < l.Len() {
				l.replaceRange(i, i+1, nil)
			}
			return None, nil
		}
	}
	return Value{}, Errorf(ValueError, "list.remove(x): x not in list")
}

func listPop(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("list.pop", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	l := as[List](self)
	i := int64(-1)
	if len(args) == 1 {
		var err error
		if i, err = AsInt(th, args[0]); err != nil {
			return Value{}, err
		}
	}
	n := int64(l.Len())
	if n == 0 {
		return Value{}, Errorf(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, Errorf(IndexError, "pop index out of range")
	}
	x := l.at(int(i))
	if i == n-1 {
		l.popLast()
	} else {
		l.replaceRange(int(i), int(i)+1, nil)
	}
	return x, nil
}

// listIndex is list.index(x, start=0, stop=sys.maxsize).
func listIndex(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	l := as[List](self)
	i, err := findItem(th, "index", l.getItems, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		r, err := Repr(th, args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueError, "%s is not in list", r)
	}
	return Int(int64(i)), nil
}

// findItem implements the search of list.index and tuple.index
// (x, start=0, stop=sys.maxsize, /): the position of x, or -1.
func findItem(th *Thread, fname string, items func() []Value, args []Value, kwnames []string) (int, error) {
	if err := CheckArgCount(fname, args, kwnames, 1, 3); err != nil {
		return 0, err
	}
	n := len(items())
	bound := func(k int, dflt int) (int, error) {
		if len(args) <= k {
			return dflt, nil
		}
		i, err := containerClampedIndex(th, args[k])
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i = max(i+n, 0)
		}
		return i, nil
	}
	start, err := bound(1, 0)
	if err != nil {
		return 0, err
	}
	stop, err := bound(2, n)
	if err != nil {
		return 0, err
	}
	for i := start; i < stop && i < len(items()); i++ {
		eq, err := Equal(th, items()[i], args[0])
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// countItems is list.count and tuple.count.
func countItems(th *Thread, items func() []Value, x Value) (Value, error) {
	c := int64(0)
	for i := 0; i < len(items()); i++ {
		eq, err := Equal(th, items()[i], x)
		if err != nil {
			return Value{}, err
		}
		if eq {
			c++
		}
	}
	return Int(c), nil
}

package runtime

import (
	"strings"
	"unsafe"
)

// This file defines the tuple type's slots and methods, including CPython's
// xxHash-based tuple hash so that hash((1, 2)) is the same number as in
// CPython, and how tuples are allocated: small exact tuples with their
// items inline (docs/memory-containers.md).

func init() {
	t := TupleType
	t.New = tupleNew
	t.Repr = tupleRepr
	t.Hash = tupleHash
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if b.IsImmediate() || b.Type().Layout != LayoutTuple {
			return NotImplemented, nil
		}
		return sequenceCompare(th, op, as[Tuple](a).getItems, as[Tuple](b).getItems)
	}
	t.Len = func(th *Thread, v Value) (int, error) { return len(as[Tuple](v).items()), nil }
	t.GetItem = tupleGetItem
	t.Contains = func(th *Thread, v, x Value) (bool, error) {
		for _, y := range as[Tuple](v).items() {
			if eq, err := Equal(th, y, x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.Iter = func(th *Thread, v Value) (Value, error) { return newTupleIterator(v), nil }
	t.BinOp = tupleBinOp
	addSlotMethods(t, []BinaryOp{OpAdd}, false, nil)
	t.AddMethod("__mul__", repeatDunder("__mul__", tupleKind.repeat))
	t.AddMethod("__rmul__", repeatDunder("__rmul__", tupleKind.repeat))
	t.AddMethod("__getnewargs__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return NewTuple([]Value{NewTuple(append([]Value(nil), as[Tuple](self).items()...))}), nil
	})
	t.AddMethod("count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("tuple.count", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return countItems(th, as[Tuple](self).getItems, args[0])
	})
	t.AddMethod("index", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		i, err := findItem(th, "index", as[Tuple](self).getItems, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, Errorf(ValueError, "tuple.index(x): x not in tuple")
		}
		return Int(int64(i)), nil
	})
}

func (t *Tuple) getItems() []Value { return t.items() }

// tupleNew is tuple.__new__(type, iterable=(), /).
func tupleNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("tuple", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) > 1 {
		return Value{}, Errorf(TypeError, "tuple expected at most 1 argument, got %d", len(args))
	}
	var items []Value
	if len(args) == 1 {
		if t == TupleType && !args[0].IsImmediate() && args[0].Type() == TupleType {
			return args[0], nil
		}
		var err error
		if items, err = containerSequenceFast(th, args[0], ""); err != nil {
			return Value{}, err
		}
		if t == TupleType {
			// NewTupleCopy copies the items (a list's own storage) into
			// the tuple's block: one allocation for tuple(a_list).
			return NewTupleCopy(items), nil
		}
		items = append([]Value(nil), items...)
	}
	if t == TupleType {
		return NewTuple(items), nil
	}
	profileNew(t, profTupleSize+profValueSize*uintptr(len(items)))
	tup := newTupleOver(t, items)
	tup.Object = containerInstanceHeader(t)
	return ValueOf(tup), nil
}

func tupleRepr(th *Thread, v Value) (Value, error) {
	items := as[Tuple](v).items()
	if len(items) == 0 {
		return NewStr("()"), nil
	}
	if !reprEnter(th, v) {
		return NewStr("(...)"), nil
	}
	defer reprLeave(th, v)
	var b strings.Builder
	b.WriteByte('(')
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	if len(items) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// The primes and rotation of xxHash (XXH64), as CPython's tuplehash uses them.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// tupleHash is CPython's tuplehash: an xxHash-like mix of the items'
// hashes and the length. As in CPython 3.12 it is not cached: a word for
// it would make a 2-tuple 80 bytes instead of 64.
func tupleHash(th *Thread, v Value) (int64, error) {
	items := as[Tuple](v).items()
	acc := xxPrime5
	for _, x := range items {
		lane, err := hashFull(th, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	h := int64(acc)
	if h == -1 {
		h = 1546275796
	}
	return h, nil
}

func tupleGetItem(th *Thread, v, key Value) (Value, error) {
	items := as[Tuple](v).items()
	i, inRange, isIndex, err := sequenceIndex(th, key, len(items))
	if err != nil {
		return Value{}, err
	}
	if isIndex {
		if !inRange {
			return Value{}, Errorf(IndexError, "tuple index out of range")
		}
		return items[i], nil
	}
	if s := containerAsSlice(key); s != nil {
		start, _, step, n, err := s.Indices(th, len(items))
		if err != nil {
			return Value{}, err
		}
		if n == len(items) && step == 1 && v.Type() == TupleType {
			return v, nil
		}
		if n <= 0 {
			return emptyTuple, nil
		}
		if n > tupleInlineMax {
			return NewTuple(sliceItems(items, start, step, n)), nil
		}
		t := newTuple(n)
		out := t.items()
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = items[i]
		}
		return ValueOf(t), nil
	}
	return Value{}, Errorf(TypeError, "tuple indices must be integers or slices, not %s", TypeName(key))
}

// tupleBinOp is tuple + tuple and tuple * n (or n * tuple). As in CPython,
// an exact tuple is its own result when adding () or repeating once.
func tupleBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch {
	case op == OpAdd && containerHasLayout(a, LayoutTuple) && containerHasLayout(b, LayoutTuple):
		if len(TupleItems(b)) == 0 && a.Type() == TupleType {
			return a, nil
		}
		if len(TupleItems(a)) == 0 && b.Type() == TupleType {
			return b, nil
		}
		// A small result is built in its block, not copied there.
		if x, y := TupleItems(a), TupleItems(b); len(x)+len(y) == 0 {
			return emptyTuple, nil
		} else if len(x)+len(y) <= tupleInlineMax {
			t := newTuple(len(x) + len(y))
			copy(t.items()[copy(t.items(), x):], y)
			return ValueOf(t), nil
		}
	case op == OpMul && a.Type() == TupleType && b.IsSmallInt() && b.SmallInt() == 1:
		return a, nil
	case op == OpMul && b.Type() == TupleType && a.IsSmallInt() && a.SmallInt() == 1:
		return b, nil
	}
	return tupleKind.binOp(th, op, a, b)
}

// An exact tuple of up to tupleInlineMax items carries them after its
// header, in the same allocation: tuples of two and three are made in
// every loop over dict.items(), zip() and enumerate(), and one block of
// 32 + 16n bytes (48, 64, 80...: each a Go size class) is half the
// allocations of a header and an array, and 16 to 32 bytes less. Larger
// tuples, and instances of tuple subclasses, point at a separate array:
// a subclass may define __del__, and Go never finalizes an object that
// reaches itself (the pointer to its inline items would).
const tupleInlineMax = 16

// tupleBlock is an exact tuple with its items, the array A, inline. Go
// needs the array's length in the type, so that the collector scans the
// items' pointer words and not their int words.
type tupleBlock[A any] struct {
	Tuple
	inline A
}

func allocTuple[A any](n int) *Tuple {
	b := new(tupleBlock[A])
	b.typ = TupleType
	b.first = (*Value)(unsafe.Pointer(&b.inline))
	b.n = n
	return &b.Tuple
}

// newTuple returns a new exact tuple of n > 0 items, all unset, for the
// caller to fill through items() before anything else sees it.
func newTuple(n int) *Tuple {
	profileNew(TupleType, profTupleSize+profValueSize*uintptr(n))
	switch n {
	case 1:
		return allocTuple[[1]Value](n)
	case 2:
		return allocTuple[[2]Value](n)
	case 3:
		return allocTuple[[3]Value](n)
	case 4:
		return allocTuple[[4]Value](n)
	case 5:
		return allocTuple[[5]Value](n)
	case 6:
		return allocTuple[[6]Value](n)
	case 7:
		return allocTuple[[7]Value](n)
	case 8:
		return allocTuple[[8]Value](n)
	case 9:
		return allocTuple[[9]Value](n)
	case 10:
		return allocTuple[[10]Value](n)
	case 11:
		return allocTuple[[11]Value](n)
	case 12:
		return allocTuple[[12]Value](n)
	case 13:
		return allocTuple[[13]Value](n)
	case 14:
		return allocTuple[[14]Value](n)
	case 15:
		return allocTuple[[15]Value](n)
	case 16:
		return allocTuple[[16]Value](n)
	}
	return newTupleOver(TupleType, make([]Value, n))
}

// newTupleOver returns a tuple of type t whose items are items itself
// (not copied): a large tuple, or an instance of a tuple subclass.
func newTupleOver(t *Type, items []Value) *Tuple {
	tup := &Tuple{Object: Object{typ: t}, n: len(items)}
	if len(items) > 0 {
		tup.first = &items[0]
	}
	return tup
}

// NewTuple returns a tuple of items: a small tuple copies them into its
// own block, a larger one keeps the slice itself (the caller gives it up).
func NewTuple(items []Value) Value {
	switch n := len(items); {
	case n == 0:
		return emptyTuple
	case n <= tupleInlineMax:
		t := newTuple(n)
		copy(t.items(), items)
		return ValueOf(t)
	default:
		profileNew(TupleType, profTupleSize+profValueSize*uintptr(n))
		return ValueOf(newTupleOver(TupleType, items))
	}
}

// NewTupleCopy returns a tuple of a copy of vals, which may be on the
// caller's stack.
func NewTupleCopy(vals []Value) Value {
	if len(vals) == 0 {
		return emptyTuple
	}
	t := newTuple(len(vals))
	copy(t.items(), vals)
	return ValueOf(t)
}

// NewTuple2 returns the tuple (a, b): one 64-byte block.
func NewTuple2(a, b Value) Value {
	profileNew(TupleType, profTupleSize+2*profValueSize)
	t := new(tupleBlock[[2]Value])
	t.typ = TupleType
	t.inline = [2]Value{a, b}
	t.first = &t.inline[0]
	t.n = 2
	return ValueOf(&t.Tuple)
}

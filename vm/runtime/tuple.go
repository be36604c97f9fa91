package runtime

import "strings"

// This file defines the tuple type's slots and methods, including CPython's
// xxHash-based tuple hash so that hash((1, 2)) is the same number as in
// CPython.

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
	t.Len = func(th *Thread, v Value) (int, error) { return len(as[Tuple](v).items), nil }
	t.GetItem = tupleGetItem
	t.Contains = func(th *Thread, v, x Value) (bool, error) {
		for _, y := range as[Tuple](v).items {
			if eq, err := Equal(th, y, x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.Iter = func(th *Thread, v Value) (Value, error) { return newTupleIterator(v), nil }
	t.BinOp = tupleBinOp
	addSlotMethods(t, []BinaryOp{OpAdd}, false, nil)
	t.AddMethod("__mul__", tupleKind.repeatMethod)
	t.AddMethod("__rmul__", tupleKind.repeatMethod)
	t.AddMethod("__getnewargs__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return NewTuple([]Value{NewTuple(append([]Value(nil), as[Tuple](self).items...))}), nil
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

func (t *Tuple) getItems() []Value { return t.items }

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
		items = append([]Value(nil), items...)
	}
	if t == TupleType {
		return NewTuple(items), nil
	}
	profileNew(t, profTupleSize+profValueSize*uintptr(len(items)))
	return ValueOf(&Tuple{Object: containerInstanceHeader(t), items: items}), nil
}

func tupleRepr(th *Thread, v Value) (Value, error) {
	items := as[Tuple](v).items
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
// hashes and the length. It is cached: a tuple's items cannot change, and
// their hashes cannot either for well-behaved (hashable) objects.
func tupleHash(th *Thread, v Value) (int64, error) {
	t := as[Tuple](v)
	if t.hash != 0 {
		return t.hash, nil
	}
	acc := xxPrime5
	for _, x := range t.items {
		lane, err := Hash(th, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(t.items)) ^ (xxPrime5 ^ 3527539)
	h := int64(acc)
	if h == -1 {
		h = 1546275796
	}
	t.hash = h
	return h, nil
}

func tupleGetItem(th *Thread, v, key Value) (Value, error) {
	items := as[Tuple](v).items
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
		return NewTuple(sliceItems(items, start, step, n)), nil
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
	case op == OpMul && a.Type() == TupleType && b.IsSmallInt() && b.SmallInt() == 1:
		return a, nil
	case op == OpMul && b.Type() == TupleType && a.IsSmallInt() && a.SmallInt() == 1:
		return b, nil
	}
	return tupleKind.binOp(th, op, a, b)
}

// Small tuples carry their items in the same allocation as the header:
// tuples of two and three are made in every loop over dict.items(), zip()
// and enumerate(), and one allocation instead of two halves the work of
// making them and of collecting them.
type (
	tupleOf1 struct {
		Tuple
		inline [1]Value
	}
	tupleOf2 struct {
		Tuple
		inline [2]Value
	}
	tupleOf3 struct {
		Tuple
		inline [3]Value
	}
	tupleOf4 struct {
		Tuple
		inline [4]Value
	}
)

// NewTupleCopy returns a tuple of a copy of vals, in one allocation when
// it has at most four items. vals may be on the caller's stack.
func NewTupleCopy(vals []Value) Value {
	var t *Tuple
	switch len(vals) {
	case 0:
		return emptyTuple
	case 1:
		s := new(tupleOf1)
		s.items, t = s.inline[:], &s.Tuple
	case 2:
		s := new(tupleOf2)
		s.items, t = s.inline[:], &s.Tuple
	case 3:
		s := new(tupleOf3)
		s.items, t = s.inline[:], &s.Tuple
	case 4:
		s := new(tupleOf4)
		s.items, t = s.inline[:], &s.Tuple
	default:
		t = &Tuple{items: make([]Value, len(vals))}
	}
	t.typ = TupleType
	profileNew(TupleType, profTupleSize+profValueSize*uintptr(len(vals)))
	copy(t.items, vals)
	return ValueOf(t)
}

// NewTuple2 returns the tuple (a, b) in one allocation.
func NewTuple2(a, b Value) Value {
	profileNew(TupleType, profTupleSize+2*profValueSize)
	s := &tupleOf2{inline: [2]Value{a, b}}
	s.typ = TupleType
	s.items = s.inline[:]
	return ValueOf(&s.Tuple)
}

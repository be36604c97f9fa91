package runtime

import (
	"errors"
	"math"
)

// This file holds what the container types (list, tuple, dict, set, range
// and their iterators and views) share: guarding recursive reprs, turning
// subscripts into indices, sequence comparison and repetition, and the
// dunder methods that expose a builtin type's slots to Python code.

// reprEnter records that v's repr is being computed on th. It reports false
// if it already was: the caller is inside its own repr and must print an
// ellipsis ([...], {...}) instead of recursing forever, as CPython's
// Py_ReprEnter. Every true result must be paired with reprLeave.
func reprEnter(th *Thread, v Value) bool {
	if th == nil {
		return true
	}
	for _, p := range th.reprActive {
		if p == v.p {
			return false
		}
	}
	th.reprActive = append(th.reprActive, v.p)
	return true
}

// reprLeave undoes reprEnter.
func reprLeave(th *Thread, v Value) {
	if th == nil {
		return
	}
	for i := len(th.reprActive) - 1; i >= 0; i-- {
		if th.reprActive[i] == v.p {
			th.reprActive = append(th.reprActive[:i], th.reprActive[i+1:]...)
			return
		}
	}
}

// containerIsIndex reports whether v can be used as an integer index: an
// int, a bool, or an object with __index__.
func containerIsIndex(v Value) bool {
	return v.IsSmallInt() || v.IsBool() || v.Type().Layout == LayoutInt || v.Type().Index != nil
}

// containerIndexInt converts an indexable v to an int, raising errType
// with "cannot fit 'int' into an index-sized integer" when it does not fit
// (CPython's PyNumber_AsSsize_t).
func containerIndexInt(th *Thread, v Value, errType *Type) (int, error) {
	if v.IsSmallInt() || v.IsBool() {
		return int(v.SmallInt()), nil
	}
	i, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i.IsSmallInt() {
		return int(i.SmallInt()), nil
	}
	if b := BigIntValue(i); b.IsInt64() {
		return int(b.Int64()), nil
	}
	return 0, Errorf(errType, "cannot fit '%s' into an index-sized integer", TypeName(v))
}

// containerClampedIndex converts a start or stop argument (of list.index and
// tuple.index) to an int, clamping ints beyond the int range as CPython's
// _PyEval_SliceIndexNotNone does.
func containerClampedIndex(th *Thread, v Value) (int, error) {
	if !containerIsIndex(v) {
		return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
	}
	i, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i.IsSmallInt() {
		return int(i.SmallInt()), nil
	}
	b := BigIntValue(i)
	switch {
	case b.IsInt64():
		return int(b.Int64()), nil
	case b.Sign() < 0:
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// sequenceIndex resolves a subscript key against a sequence of length n:
// it returns the index, made non-negative, and whether it is in range.
// isIndex is false when key is not an integer (it may be a slice).
func sequenceIndex(th *Thread, key Value, n int) (i int, inRange, isIndex bool, err error) {
	if key.IsSmallInt() {
		i = int(key.SmallInt())
	} else if containerIsIndex(key) {
		if i, err = containerIndexInt(th, key, IndexError); err != nil {
			return 0, false, true, err
		}
	} else {
		return 0, false, false, nil
	}
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n, true, nil
}

// containerAsSlice returns key as a *Slice, or nil if it is not one.
func containerAsSlice(key Value) *Slice {
	if key.IsImmediate() || key.Type() != SliceType {
		return nil
	}
	return as[Slice](key)
}

// sliceItems returns items[start:stop:step] for resolved slice indices as
// a new slice.
func sliceItems(items []Value, start, step, n int) []Value {
	if n <= 0 {
		return nil
	}
	out := make([]Value, n)
	if step == 1 {
		copy(out, items[start:start+n])
		return out
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = items[i]
	}
	return out
}

// sequenceCompare is the rich comparison of two sequences (lists or
// tuples): the first differing items decide, then the lengths. The getters
// are called again after every item comparison because Python code run by
// __eq__ may change a list under us.
func sequenceCompare(th *Thread, op CompareOp, v, w func() []Value) (Value, error) {
	a, b := v(), w()
	if len(a) != len(b) && (op == CmpEQ || op == CmpNE) {
		return Bool(op == CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := Equal(th, a[i], b[i])
		if err != nil {
			return Value{}, err
		}
		a, b = v(), w()
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return containerCompareInts(op, len(a), len(b)), nil
	}
	switch op {
	case CmpEQ:
		return False, nil
	case CmpNE:
		return True, nil
	}
	return Compare(th, op, a[i], b[i])
}

// containerCompareInts applies op to two Go ints.
func containerCompareInts(op CompareOp, x, y int) Value {
	switch op {
	case CmpLT:
		return Bool(x < y)
	case CmpLE:
		return Bool(x <= y)
	case CmpEQ:
		return Bool(x == y)
	case CmpNE:
		return Bool(x != y)
	case CmpGT:
		return Bool(x > y)
	}
	return Bool(x >= y)
}

// containerHasLayout reports whether v is a heap object of the given layout.
func containerHasLayout(v Value, layout Layout) bool {
	return !v.IsImmediate() && v.Type().Layout == layout
}

// sequenceKind describes list or tuple for the operators they share.
type sequenceKind struct {
	name   string // as error messages write it
	layout Layout
	items  func(v Value) []Value
	make   func(items []Value) Value // an exact list or tuple
}

var (
	listKind  = &sequenceKind{"list", LayoutList, ListItems, NewList}
	tupleKind = &sequenceKind{"tuple", LayoutTuple, TupleItems, NewTuple}
)

// binOp is seq + seq and seq * n (or n * seq).
func (k *sequenceKind) binOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		if !containerHasLayout(a, k.layout) {
			return NotImplemented, nil // sequences have no __radd__
		}
		if containerHasLayout(b, k.layout) {
			x, y := k.items(a), k.items(b)
			items := make([]Value, 0, len(x)+len(y))
			return k.make(append(append(items, x...), y...)), nil
		}
		if r, err := otherOperandFirst(th, op, a, b); err != nil || !Is(r, NotImplemented) {
			return r, err
		}
		return Value{}, Errorf(TypeError, "can only concatenate %s (not \"%s\") to %s", k.name, TypeName(b), k.name)
	case OpMul:
		seq, n := a, b
		if containerHasLayout(a, k.layout) {
			if r, err := otherOperandFirst(th, op, a, b); err != nil || !Is(r, NotImplemented) {
				return r, err
			}
		} else {
			seq, n = b, a
		}
		count, err := repeatCount(th, n)
		if err != nil {
			return Value{}, err
		}
		items, err := repeatItems(k.items(seq), count)
		if err != nil {
			return Value{}, err
		}
		return k.make(items), nil
	}
	return NotImplemented, nil
}

// repeat is self * count, for list's and tuple's repeat dunders.
func (k *sequenceKind) repeat(th *Thread, self, count Value) (Value, error) {
	return k.binOp(th, OpMul, self, count)
}

// repeatDunder returns name (__mul__, __rmul__ or __imul__) of a builtin
// sequence, calling repeat with the count. CPython's wrapper for these
// (wrap_indexargfunc) converts the count with __index__ before the
// sequence's repeat slot runs, so "abc".__mul__(2.0) raises TypeError
// where a number slot's wrapper would return NotImplemented.
func repeatDunder(name string, repeat func(th *Thread, self, count Value) (Value, error)) func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	return func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := checkRepeatArg(name, args, kwnames); err != nil {
			return Value{}, err
		}
		return repeat(th, self, args[0])
	}
}

// checkRepeatArg checks the one argument of a sequence's repeat dunder
// and that it is an index, with CPython's messages.
func checkRepeatArg(name string, args []Value, kwnames []string) error {
	if err := CheckRepeatArgCount(name, args, kwnames); err != nil {
		return err
	}
	if !containerIsIndex(args[0]) {
		return Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
	}
	return nil
}

// otherOperandFirst gives b's binary slot its turn before a sequence's own
// concatenation or repetition, which CPython tries only after both
// operands' number slots (nb_add, nb_multiply) declined. It returns
// NotImplemented when b has no say: builtin sequences (str, bytes, list,
// tuple) have no number slots in CPython, only sequence ones.
func otherOperandFirst(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if tb == ta || tb.IsSubtype(ta) || tb.BinOp == nil {
		return NotImplemented, nil
	}
	if tb.Flags&FlagHeapType == 0 {
		switch tb.Layout {
		case LayoutStr, LayoutBytes, LayoutByteArray, LayoutList, LayoutTuple:
			return NotImplemented, nil
		}
	}
	return tb.BinOp(th, op, a, b)
}

// repeatCount returns the repetition count n of seq * n, with CPython's
// error for a count that is not an int.
func repeatCount(th *Thread, n Value) (int, error) {
	if !containerIsIndex(n) {
		return 0, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(n))
	}
	c, err := containerIndexInt(th, n, OverflowError)
	if c < 0 {
		c = 0
	}
	return c, err
}

// maxContainerLen bounds the length of a list or tuple built by repetition:
// beyond it the allocation could not succeed and CPython would raise
// MemoryError, which Go's make would turn into a crash.
const maxContainerLen = math.MaxInt64 / 16 >> 8

// repeatItems returns items repeated n times.
func repeatItems(items []Value, n int) ([]Value, error) {
	if n == 0 || len(items) == 0 {
		return nil, nil
	}
	if len(items) > maxContainerLen/n {
		return nil, NewException(MemoryError)
	}
	out := make([]Value, 0, len(items)*n)
	for ; n > 0; n-- {
		out = append(out, items...)
	}
	return out, nil
}

// containerSequenceFast returns the items of v as PySequence_Fast does: a
// list's or tuple's own items (shared: copy before mutating anything) or a
// new slice. If v is not iterable the TypeError says msg.
func containerSequenceFast(th *Thread, v Value, msg string) ([]Value, error) {
	if !v.IsImmediate() {
		switch v.Type().Layout {
		case LayoutList:
			return as[List](v).vals(), nil
		case LayoutTuple:
			return as[Tuple](v).items(), nil
		}
	}
	it, err := Iter(th, v)
	if err != nil {
		if IsInstanceOf(err, TypeError) && msg != "" {
			return nil, Errorf(TypeError, "%s", msg)
		}
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// containerInstanceHeader returns the object header of a new instance of t,
// with an attribute dict if t's instances have one.
func containerInstanceHeader(t *Type) Object {
	o := Object{typ: t}
	if t.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	return o
}

// addSlotMethods registers in t's dict the dunder methods that expose t's
// own slots to Python code, so that list.__len__, super().__getitem__(k)
// and friends exist. binops lists the binary operators t implements
// (with their reflected forms if reflected), inplace the in-place ones.
// The methods are made when t's dict is built (type_dict.go), from the
// slots t has now.
func addSlotMethods(t *Type, binops []BinaryOp, reflected bool, inplace []BinaryOp) {
	has := slotsPresent{init: t.Init != nil, repr: t.Repr != nil, hash: t.Hash != nil, bool: t.Bool != nil,
		len: t.Len != nil, getItem: t.GetItem != nil, setItem: t.SetItem != nil, contains: t.Contains != nil,
		iter: t.Iter != nil, next: t.Next != nil, compare: t.Compare != nil}
	t.planBuilder(func(d *Dict) { putSlotMethods(t, d, has, binops, reflected, inplace) })
}

// slotsPresent says which of a type's slots addSlotMethods found set.
type slotsPresent struct {
	init, repr, hash, bool, len, getItem, setItem, contains, iter, next, compare bool
}

// putSlotMethods puts addSlotMethods' dunders in d, t's dict, for the
// slots has says t has.
func putSlotMethods(t *Type, d *Dict, has slotsPresent, binops []BinaryOp, reflected bool, inplace []BinaryOp) {
	method := func(name string, nargs int, f func(th *Thread, self Value, args []Value) (Value, error)) {
		check := func(args []Value, kwnames []string) error {
			return CheckArgCount(t.Name+"."+name, args, kwnames, nargs, nargs)
		}
		switch {
		case has.getItem && (name == "__mul__" || name == "__rmul__" || name == "__imul__"):
			check = func(args []Value, kwnames []string) error {
				return CheckRepeatArgCount(name, args, kwnames)
			}
		case methodDescrType(t, name) == WrapperDescriptorType:
			check = func(args []Value, kwnames []string) error {
				return CheckSlotArgCount(name, args, kwnames, nargs, nargs)
			}
		}
		d.SetStr(name, t.methodDescr(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := check(args, kwnames); err != nil {
				return Value{}, err
			}
			return f(th, self, args)
		}))
	}
	if has.init {
		d.SetStr("__init__", t.methodDescr("__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return None, t.Init(th, self, args, kwnames)
		}))
	}
	if has.repr {
		method("__repr__", 0, func(th *Thread, self Value, args []Value) (Value, error) { return t.Repr(th, self) })
	}
	if t.Flags&FlagUnhashable != 0 {
		d.SetStr("__hash__", None)
	} else if has.hash {
		method("__hash__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
			h, err := t.Hash(th, self)
			return Int(h), err
		})
	}
	if has.bool && !truthIsLength(t) {
		method("__bool__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
			b, err := t.Bool(th, self)
			return Bool(b), err
		})
	}
	if has.len {
		method("__len__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
			n, err := t.Len(th, self)
			return Int(int64(n)), err
		})
	}
	if has.getItem {
		method("__getitem__", 1, func(th *Thread, self Value, args []Value) (Value, error) { return t.GetItem(th, self, args[0]) })
	}
	if has.setItem {
		method("__setitem__", 2, func(th *Thread, self Value, args []Value) (Value, error) {
			return None, t.SetItem(th, self, args[0], args[1])
		})
		method("__delitem__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
			return None, t.SetItem(th, self, args[0], Value{})
		})
	}
	if has.contains {
		method("__contains__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
			ok, err := t.Contains(th, self, args[0])
			return Bool(ok), err
		})
	}
	if has.iter {
		method("__iter__", 0, func(th *Thread, self Value, args []Value) (Value, error) { return t.Iter(th, self) })
	}
	if has.next {
		method("__next__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
			x, ok, err := t.Next(th, self)
			if err == nil && !ok {
				err = NewException(StopIteration)
			}
			return x, err
		})
	}
	if has.compare {
		for op := CmpLT; op <= CmpGE; op++ {
			op := op
			method(op.Dunder(), 1, func(th *Thread, self Value, args []Value) (Value, error) {
				return t.Compare(th, op, self, args[0])
			})
		}
	}
	for _, op := range binops {
		op := op
		method(op.Dunder(), 1, func(th *Thread, self Value, args []Value) (Value, error) {
			return t.BinOp(th, op, self, args[0])
		})
		if reflected {
			method(op.ReflectedDunder(), 1, func(th *Thread, self Value, args []Value) (Value, error) {
				return t.BinOp(th, op, args[0], self)
			})
		}
	}
	for _, op := range inplace {
		op := op
		method(op.InplaceDunder(), 1, func(th *Thread, self Value, args []Value) (Value, error) {
			return t.InplaceOp(th, op, self, args[0])
		})
	}
}

// containerIterSelf is the Iter slot of iterators: iter(it) is it.
func containerIterSelf(th *Thread, v Value) (Value, error) { return v, nil }

// containerAnyItem reports whether pred holds for some item of the
// iterable v. It stops at the first such item, or at the first error.
func containerAnyItem(th *Thread, v Value, pred func(x Value) (bool, error)) (bool, error) {
	found := false
	err := ForEach(th, v, func(x Value) error {
		ok, err := pred(x)
		if err == nil && ok {
			found = true
			return errContainerStop
		}
		return err
	})
	if err == errContainerStop {
		err = nil
	}
	return found, err
}

// errContainerStop ends a ForEach early; it never escapes to Python.
var errContainerStop = errors.New("stop iteration")

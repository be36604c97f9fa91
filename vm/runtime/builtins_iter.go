package runtime

import "sort"

// This file defines the builtin functions over iterables: all, any, iter
// (and callable_iterator, the type of iter(callable, sentinel)), next,
// aiter, anext, max, min and sorted.

// CallableIteratorType is the type of iter(callable, sentinel).
var CallableIteratorType = NewBuiltinType("callable_iterator", ObjectType, LayoutOther, 0)

type callableIterator struct {
	Object
	fn       Value // zero once exhausted
	sentinel Value
}

func init() {
	t := CallableIteratorType
	t.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	t.Next = func(th *Thread, v Value) (Value, bool, error) {
		it := as[callableIterator](v)
		if it.fn.p == nil {
			return Value{}, false, nil
		}
		r, err := Call(th, it.fn, nil, nil)
		if err != nil {
			if IsInstanceOf(err, StopIteration) {
				it.fn = Value{}
				return Value{}, false, nil
			}
			return Value{}, false, err
		}
		if eq, err := Equal(th, r, it.sentinel); err != nil || eq {
			it.fn = Value{}
			return Value{}, false, err
		}
		return r, true, nil
	}
	t.AddMethod("__iter__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return self, nil
	})
	t.AddMethod("__next__", nextMethod)
}

// nextMethod is the __next__ method of Go iterators: StopIteration when
// exhausted.
func nextMethod(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("__next__", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	r, ok, err := Next(th, self)
	if err == nil && !ok {
		err = StopIterationFor(th, self)
	}
	return r, err
}

// iterate returns a function yielding the items of the iterable v in
// turn (false when exhausted). Lists and tuples are walked directly;
// lists by index each time, so that mutation during iteration behaves as
// in CPython.
func iterate(th *Thread, v Value) (func() (Value, bool, error), error) {
	switch v.Type() {
	case ListType:
		l, i := as[List](v), 0
		return func() (Value, bool, error) {
			if i >= l.Len() {
				return Value{}, false, nil
			}
			i++
			return l.at(i - 1), true, nil
		}, nil
	case TupleType:
		items, i := TupleItems(v), 0
		return func() (Value, bool, error) {
			if i >= len(items) {
				return Value{}, false, nil
			}
			i++
			return items[i-1], true, nil
		}, nil
	}
	it, err := Iter(th, v)
	if err != nil {
		return nil, err
	}
	return func() (Value, bool, error) { return Next(th, it) }, nil
}

func builtinAll(th *Thread, args []Value, kwnames []string) (Value, error) {
	return allAny(th, "all", args, kwnames, false)
}

func builtinAny(th *Thread, args []Value, kwnames []string) (Value, error) {
	return allAny(th, "any", args, kwnames, true)
}

// allAny returns stop as soon as an item's truth is stop, else !stop.
func allAny(th *Thread, fname string, args []Value, kwnames []string, stop bool) (Value, error) {
	if err := CheckArgCount(fname, args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	next, err := iterate(th, args[0])
	if err != nil {
		return Value{}, err
	}
	for {
		x, ok, err := next()
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Bool(!stop), nil
		}
		t, err := Truth(th, x)
		if err != nil {
			return Value{}, err
		}
		if t == stop {
			return Bool(stop), nil
		}
	}
}

func builtinIter(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("iter", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Iter(th, args[0])
	}
	if args[0].Type().Call == nil {
		return Value{}, Errorf(TypeError, "iter(object, sentinel): object must be callable")
	}
	return ValueOf(&callableIterator{Object: Object{typ: CallableIteratorType}, fn: args[0], sentinel: args[1]}), nil
}

func builtinNext(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("next", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	r, ok, err := Next(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		// A generator's StopIteration carries its return value.
		return Value{}, StopIterationFor(th, args[0])
	}
	return r, nil
}

func builtinAiter(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("aiter", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	r, ok, err := CallSpecialMethod(th, args[0], "__aiter__")
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeError, "'%s' object is not an async iterable", TypeName(args[0]))
	}
	if r.Type().Lookup("__anext__").p == nil {
		return Value{}, Errorf(TypeError, "aiter() returned not an async iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

// builtinAnext is anext(aiterator): the awaitable of __anext__. The
// two-argument form, which needs an awaitable wrapper that turns
// StopAsyncIteration into the default, is not supported yet.
func builtinAnext(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("anext", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	if args[0].Type().Lookup("__anext__").p == nil {
		return Value{}, Errorf(TypeError, "'%s' object is not an async iterator", TypeName(args[0]))
	}
	if len(args) == 2 {
		return Value{}, Errorf(NotImplementedError, "anext() with a default is not supported")
	}
	r, _, err := CallSpecialMethod(th, args[0], "__anext__")
	return r, err
}

func builtinMax(th *Thread, args []Value, kwnames []string) (Value, error) {
	return minMax(th, "max", args, kwnames, CmpGT)
}

func builtinMin(th *Thread, args []Value, kwnames []string) (Value, error) {
	return minMax(th, "min", args, kwnames, CmpLT)
}

// minMax is min() and max(): the first item that beats every later one
// by op, over one iterable argument or several positional ones.
func minMax(th *Thread, fname string, args []Value, kwnames []string, op CompareOp) (Value, error) {
	npos := len(args) - len(kwnames)
	if len(kwnames) > 2 {
		// PyArg_ParseTupleAndKeywords("|$OO") counts before it names.
		return Value{}, Errorf(TypeError, "%s() takes at most 2 keyword arguments (%d given)", fname, len(kwnames))
	}
	var key, dflt Value
	for i, k := range kwnames {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			dflt = args[npos+i]
		default:
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	if npos == 0 {
		return Value{}, Errorf(TypeError, "%s expected at least 1 argument, got 0", fname)
	}
	if npos > 1 && dflt.p != nil {
		return Value{}, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname)
	}
	if key.IsNone() {
		key = Value{}
	}
	var best, bestKey Value
	var keyFn *KeyFunc
	if key.p != nil {
		keyFn = NewKeyFunc(th, key)
	}
	consider := func(x Value) error {
		k := x
		if keyFn != nil {
			var err error
			if k, err = keyFn.Call(x); err != nil {
				return err
			}
		}
		if best.p == nil {
			best, bestKey = x, k
			return nil
		}
		r, err := Compare(th, op, k, bestKey)
		if err != nil {
			return err
		}
		if better, err := Truth(th, r); err != nil || !better {
			return err
		}
		best, bestKey = x, k
		return nil
	}
	var err error
	if npos == 1 {
		err = ForEach(th, args[0], consider)
	} else {
		for _, x := range args[:npos] {
			if err = consider(x); err != nil {
				break
			}
		}
	}
	if err != nil {
		return Value{}, err
	}
	if best.p == nil {
		if dflt.p != nil {
			return dflt, nil
		}
		return Value{}, Errorf(ValueError, "%s() iterable argument is empty", fname)
	}
	return best, nil
}

// builtinSorted is sorted(iterable, /, *, key=None, reverse=False): a new
// list sorted by list.sort.
func builtinSorted(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return Value{}, Errorf(TypeError, "sorted expected 1 argument, got %d", npos)
	}
	items, err := ToSlice(th, args[0])
	if err != nil {
		return Value{}, err
	}
	list := NewList(items)
	if sortMethod := ListType.Lookup("sort"); sortMethod.p != nil {
		_, err := callMethodAttr(th, list, sortMethod, args[1:], kwnames)
		return list, err
	}
	var key, reverse Value
	if err := UnpackArgs("sort", args[1:], kwnames, "$key?", &key, "$reverse?", &reverse); err != nil {
		return Value{}, err
	}
	rev := false
	if reverse.p != nil {
		if rev, err = Truth(th, reverse); err != nil {
			return Value{}, err
		}
	}
	if key.IsNone() {
		key = Value{}
	}
	return list, sortValues(th, ListItems(list), key, rev)
}

// sortValues sorts items in place, stably, by < on their keys (key may be
// zero: the items themselves), stopping at the first comparison error.
func sortValues(th *Thread, items []Value, key Value, reverse bool) error {
	keys := items
	if key.p != nil {
		keys = make([]Value, len(items))
		keyFn := NewKeyFunc(th, key)
		for i, x := range items {
			k, err := keyFn.Call(x)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b Value) bool {
		if firstErr != nil {
			return false
		}
		if a.Type() == StrType && b.Type() == StrType {
			return StrValue(a) < StrValue(b)
		}
		r, err := Compare(th, CmpLT, a, b)
		if err == nil {
			var t bool
			t, err = Truth(th, r)
			if err == nil {
				return t
			}
		}
		firstErr = err
		return false
	}
	sort.SliceStable(idx, func(i, j int) bool {
		if reverse {
			return less(keys[idx[j]], keys[idx[i]])
		}
		return less(keys[idx[i]], keys[idx[j]])
	})
	if firstErr != nil {
		return firstErr
	}
	sorted := make([]Value, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return nil
}

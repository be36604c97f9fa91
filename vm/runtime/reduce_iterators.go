package runtime

// This file defines the pickling protocol of the builtin iterators, as
// CPython 3.12's: __reduce__ returns the callable and arguments that make
// an equal iterator (iter(seq) then __setstate__(index) for the indexed
// ones; iter(list of what is left) for sets and dicts; the type and its
// arguments for enumerate, zip, map, filter and reversed), so that
// copy.copy and copy.deepcopy of an iterator work.

import (
	"math/big"
)

// addIteratorReductions installs __reduce__ and, where CPython has one,
// __setstate__ on the iterator types.
func addIteratorReductions() {
	reduceMethod := func(t *Type, reduce func(th *Thread, self Value) (Value, error)) {
		t.AddMethod("__reduce__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("__reduce__", args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return reduce(th, self)
		})
	}
	setStateMethod := func(t *Type, set func(th *Thread, self Value, index int64) error) {
		t.AddMethod("__setstate__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("__setstate__", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			index, err := iterReduceIndex(th, args[0])
			if err != nil {
				return Value{}, err
			}
			return None, set(th, self, index)
		})
	}

	// list, tuple and list-reversed iterators: the sequence and index.
	for _, t := range []*Type{listIteratorType, tupleIteratorType, listReverseIteratorType} {
		reduceMethod(t, func(th *Thread, self Value) (Value, error) {
			it := as[seqIterator](self)
			if it.items == nil {
				empty := NewList(nil)
				if self.Type() == tupleIteratorType {
					empty = NewTuple(nil)
				}
				return iterReduction(th, "iter", NewTuple([]Value{empty})), nil
			}
			ctor := "iter"
			if it.step < 0 {
				ctor = "reversed"
			}
			return iterReduction(th, ctor, NewTuple([]Value{it.seq}), Int(int64(it.i))), nil
		})
		setStateMethod(t, func(th *Thread, self Value, index int64) error {
			it := as[seqIterator](self)
			if it.items != nil {
				lo, hi := int64(0), int64(len(it.items()))
				if it.step < 0 {
					lo, hi = -1, hi-1
				}
				it.i = int(min(max(index, lo), hi))
			}
			return nil
		})
	}

	// str and bytes iterators: the sequence and the index of the next
	// item, or an empty one once exhausted.
	for _, t := range []*Type{strIterType, strASCIIIterType} {
		reduceMethod(t, func(th *Thread, self Value) (Value, error) {
			it := as[strIter](self)
			if it.off >= len(it.s) {
				return iterReduction(th, "iter", NewTuple([]Value{NewStr("")})), nil
			}
			return iterReduction(th, "iter", NewTuple([]Value{NewStr(it.s)}), Int(int64(countRunes(it.s[:it.off])))), nil
		})
		setStateMethod(t, func(th *Thread, self Value, index int64) error {
			it := as[strIter](self)
			off := 0
			for ; index > 0 && off < len(it.s); index-- {
				_, size := decodeRune(it.s[off:])
				off += size
			}
			it.off = off
			return nil
		})
	}
	for _, t := range []*Type{bytesIterType, byteArrayIterType} {
		reduceMethod(t, func(th *Thread, self Value) (Value, error) {
			it := as[bytesIter](self)
			if it.seq == nil {
				return iterReduction(th, "iter", NewTuple([]Value{NewTuple(nil)})), nil
			}
			return iterReduction(th, "iter", NewTuple([]Value{ValueOf(it.seq)}), Int(int64(it.i))), nil
		})
		setStateMethod(t, func(th *Thread, self Value, index int64) error {
			if it := as[bytesIter](self); it.seq != nil {
				it.i = int(min(max(index, 0), int64(len(it.seq.b))))
			}
			return nil
		})
	}

	// range iterators: a range of what is left, no state.
	reduceMethod(rangeIteratorType, func(th *Thread, self Value) (Value, error) {
		it := as[rangeIterator](self)
		return iterRangeReduction(th, big.NewInt(it.next), big.NewInt(it.step), big.NewInt(it.remaining))
	})
	reduceMethod(longRangeIteratorType, func(th *Thread, self Value) (Value, error) {
		it := as[longRangeIterator](self)
		return iterRangeReduction(th, it.next, it.step, it.remaining)
	})

	// set and dict iterators: a list of the items left.
	reduceMethod(setIteratorType, func(th *Thread, self Value) (Value, error) {
		cp := *as[setIterator](self)
		return iterRemainingReduction(th, ValueOf(&cp))
	})
	for _, types := range dictIteratorTypes {
		for _, t := range types {
			reduceMethod(t, func(th *Thread, self Value) (Value, error) {
				cp := *as[dictIterator](self)
				return iterRemainingReduction(th, ValueOf(&cp))
			})
		}
	}

	// iter(callable, sentinel) and iter(sequence without __iter__).
	reduceMethod(CallableIteratorType, func(th *Thread, self Value) (Value, error) {
		it := as[callableIterator](self)
		if it.fn.p == nil {
			return iterReduction(th, "iter", NewTuple([]Value{NewTuple(nil)})), nil
		}
		return iterReduction(th, "iter", NewTuple2(it.fn, it.sentinel)), nil
	})
	reduceMethod(seqIterType, func(th *Thread, self Value) (Value, error) {
		it := as[seqIter](self)
		if it.seq.p == nil {
			return iterReduction(th, "iter", NewTuple([]Value{NewTuple(nil)})), nil
		}
		return iterReduction(th, "iter", NewTuple([]Value{it.seq}), Int(it.i)), nil
	})
	setStateMethod(seqIterType, func(th *Thread, self Value, index int64) error {
		if it := as[seqIter](self); it.seq.p != nil {
			it.i = max(index, 0)
		}
		return nil
	})

	// The iterator types of builtins: their type and arguments.
	reduceMethod(EnumerateType, func(th *Thread, self Value) (Value, error) {
		e := as[enumerateIterator](self)
		return NewTuple2(ValueOf(self.Type()), NewTuple2(e.it, e.count)), nil
	})
	reduceMethod(ZipType, func(th *Thread, self Value) (Value, error) {
		z := as[zipIterator](self)
		its := NewTuple(append([]Value(nil), z.its...))
		if z.strict {
			return NewTuple([]Value{ValueOf(self.Type()), its, True}), nil
		}
		return NewTuple2(ValueOf(self.Type()), its), nil
	})
	ZipType.AddMethod("__setstate__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__setstate__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		strict, err := Truth(th, args[0])
		if err != nil {
			return Value{}, err
		}
		as[zipIterator](self).strict = strict
		return None, nil
	})
	reduceMethod(MapType, func(th *Thread, self Value) (Value, error) {
		m := as[mapIterator](self)
		return NewTuple2(ValueOf(self.Type()), NewTuple(append([]Value{m.fn}, m.its...))), nil
	})
	reduceMethod(FilterType, func(th *Thread, self Value) (Value, error) {
		f := as[filterIterator](self)
		return NewTuple2(ValueOf(self.Type()), NewTuple2(f.fn, f.it)), nil
	})
	reduceMethod(ReversedType, func(th *Thread, self Value) (Value, error) {
		r := as[reversedIterator](self)
		if r.seq.p == nil {
			return NewTuple2(ValueOf(self.Type()), NewTuple([]Value{NewTuple(nil)})), nil
		}
		return NewTuple([]Value{ValueOf(self.Type()), NewTuple([]Value{r.seq}), Int(r.index)}), nil
	})
	setStateMethod(ReversedType, func(th *Thread, self Value, index int64) error {
		r := as[reversedIterator](self)
		if r.seq.p == nil {
			return nil
		}
		n, err := Len(th, r.seq)
		if err != nil {
			return err
		}
		r.index = min(max(index, -1), int64(n)-1)
		return nil
	})
}

// iterReduction is (builtins.ctor, args) or (builtins.ctor, args, state):
// CPython names the builtin iter and reversed in reductions.
func iterReduction(th *Thread, ctor string, args Value, state ...Value) Value {
	fn, _ := th.Interp.Builtins.GetStr(ctor)
	return NewTuple(append([]Value{fn, args}, state...))
}

// iterRangeReduction is a range iterator's reduction: iter(range(next,
// next+remaining*step, step)) and a state of None.
func iterRangeReduction(th *Thread, next, step, remaining *big.Int) (Value, error) {
	stop := new(big.Int).Mul(remaining, step)
	stop.Add(stop, next)
	r, err := Call(th, ValueOf(RangeType), []Value{MakeInt(new(big.Int).Set(next)), MakeInt(stop), MakeInt(new(big.Int).Set(step))}, nil)
	if err != nil {
		return Value{}, err
	}
	return iterReduction(th, "iter", NewTuple([]Value{r}), None), nil
}

// iterRemainingReduction is the reduction of a set or dict iterator:
// iter(list of the items a copy of the iterator, cp, yields).
func iterRemainingReduction(th *Thread, cp Value) (Value, error) {
	items, err := ToSlice(th, cp)
	if err != nil {
		return Value{}, err
	}
	return iterReduction(th, "iter", NewTuple([]Value{NewList(items)})), nil
}

// iterReduceIndex reads the index an iterator's __setstate__ is given,
// as PyLong_AsSsize_t: an int, not anything with __index__.
func iterReduceIndex(th *Thread, v Value) (int64, error) {
	if v.Type().Layout != LayoutInt && v.p != pBool && !v.IsSmallInt() {
		return 0, Errorf(TypeError, "an integer is required")
	}
	return AsInt(th, v)
}

package runtime

import (
	"math"
	"math/big"
	"strconv"
)

// This file defines the range type: a lazy arithmetic sequence with O(1)
// len, indexing, slicing (to another range) and membership of ints. Unlike
// CPython, Kiln keeps range bounds in int64: larger bounds raise
// OverflowError.

// RangeType is the type of range objects.
var RangeType = NewBuiltinType("range", ObjectType, LayoutOther, 0)

// Range is a range object.
type Range struct {
	Object
	start, stop, step, length int64
}

// NewRange returns range(start, stop, step); step must not be zero and the
// length must fit in int64.
func NewRange(start, stop, step int64) Value {
	n, _ := rangeLength(start, stop, step)
	return ValueOf(&Range{Object: Object{typ: RangeType}, start: start, stop: stop, step: step, length: n})
}

// RangeFields returns a range's start, stop, step and length, for the
// interpreter's `for i in range(...)` fast path.
func RangeFields(v Value) (start, stop, step, length int64) {
	r := as[Range](v)
	return r.start, r.stop, r.step, r.length
}

// rangeLength is the number of items of range(start, stop, step), computed
// in unsigned arithmetic so that no intermediate overflows; ok is false if
// it does not fit in int64.
func rangeLength(start, stop, step int64) (n int64, ok bool) {
	var u uint64
	switch {
	case step > 0 && start < stop:
		u = (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	case step < 0 && start > stop:
		u = (uint64(start)-uint64(stop)-1)/(0-uint64(step)) + 1
	}
	return int64(u), u <= math.MaxInt64
}

// errRangeOverflow is the message for bounds beyond int64.
const errRangeOverflow = "Python int too large to convert to C ssize_t"

// rangeArg converts an argument of range() to int64.
func rangeArg(th *Thread, v Value) (int64, error) {
	if v.IsSmallInt() || v.IsBool() {
		return v.SmallInt(), nil
	}
	i, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i.IsSmallInt() {
		return i.SmallInt(), nil
	}
	if b := BigIntValue(i); b.IsInt64() {
		return b.Int64(), nil
	}
	return 0, Errorf(OverflowError, "%s", errRangeOverflow)
}

func rangeNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("range", kwnames); err != nil {
		return Value{}, err
	}
	switch {
	case len(args) == 0:
		return Value{}, Errorf(TypeError, "range expected at least 1 argument, got 0")
	case len(args) > 3:
		return Value{}, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
	}
	var bounds [3]int64
	for i, a := range args {
		var err error
		if bounds[i], err = rangeArg(th, a); err != nil {
			return Value{}, err
		}
	}
	start, stop, step := int64(0), bounds[0], int64(1)
	if len(args) >= 2 {
		start, stop = bounds[0], bounds[1]
	}
	if len(args) == 3 {
		if step = bounds[2]; step == 0 {
			return Value{}, Errorf(ValueError, "range() arg 3 must not be zero")
		}
	}
	n, ok := rangeLength(start, stop, step)
	if !ok {
		return Value{}, Errorf(OverflowError, "%s", errRangeOverflow)
	}
	return ValueOf(&Range{Object: Object{typ: t}, start: start, stop: stop, step: step, length: n}), nil
}

// item returns the i'th value (0 <= i < length).
func (r *Range) item(i int64) int64 { return r.start + i*r.step }

// intIndex returns the position of the int x in r, or -1. ok is false if x
// is not an exact int (or bool), whose membership must be found by
// comparing items.
func (r *Range) intIndex(x Value) (pos int64, ok bool) {
	if !x.IsSmallInt() && !x.IsBool() {
		if !x.IsImmediate() && x.Type() == IntType {
			return -1, true // a big int: outside every int64 range
		}
		return -1, false
	}
	v := x.SmallInt()
	var off uint64
	switch {
	case r.length == 0:
		return -1, true
	case r.step > 0 && v >= r.start && v < r.stop:
		off = uint64(v) - uint64(r.start)
		if off%uint64(r.step) == 0 {
			return int64(off / uint64(r.step)), true
		}
	case r.step < 0 && v <= r.start && v > r.stop:
		off = uint64(r.start) - uint64(v)
		if s := 0 - uint64(r.step); off%s == 0 {
			return int64(off / s), true
		}
	}
	return -1, true
}

// search finds x by comparing it with each item, for non-int x.
func (r *Range) search(th *Thread, x Value, count bool) (int64, error) {
	found := int64(0)
	for i := int64(0); i < r.length; i++ {
		eq, err := Equal(th, Int(r.item(i)), x)
		if err != nil {
			return 0, err
		}
		if eq {
			if !count {
				return i, nil
			}
			found++
		}
	}
	if count {
		return found, nil
	}
	return -1, nil
}

func rangeRepr(th *Thread, v Value) (Value, error) {
	r := as[Range](v)
	s := "range(" + strconv.FormatInt(r.start, 10) + ", " + strconv.FormatInt(r.stop, 10)
	if r.step != 1 {
		s += ", " + strconv.FormatInt(r.step, 10)
	}
	return NewStr(s + ")"), nil
}

// rangeHash hashes the sequence a range stands for, as CPython: equal
// ranges hash alike even when their bounds differ.
func rangeHash(th *Thread, v Value) (int64, error) {
	r := as[Range](v)
	t := []Value{Int(r.length), None, None}
	if r.length > 0 {
		t[1] = Int(r.start)
		if r.length > 1 {
			t[2] = Int(r.step)
		}
	}
	return Hash(th, NewTuple(t))
}

// rangeEqual reports whether two ranges stand for the same sequence.
func rangeEqual(a, b *Range) bool {
	switch {
	case a == b:
		return true
	case a.length != b.length:
		return false
	case a.length == 0:
		return true
	case a.start != b.start:
		return false
	}
	return a.length == 1 || a.step == b.step
}

func rangeGetItem(th *Thread, v, key Value) (Value, error) {
	r := as[Range](v)
	if s := containerAsSlice(key); s != nil {
		return rangeSlice(th, r, s)
	}
	if !containerIsIndex(key) {
		return Value{}, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(key))
	}
	i, err := containerIndexInt(th, key, IndexError)
	if err != nil {
		if IsInstanceOf(err, IndexError) {
			err = Errorf(IndexError, "range object index out of range")
		}
		return Value{}, err
	}
	if i < 0 {
		i += int(r.length)
	}
	if i < 0 || int64(i) >= r.length {
		return Value{}, Errorf(IndexError, "range object index out of range")
	}
	return Int(r.item(int64(i))), nil
}

// rangeSlice is r[s]: another range.
func rangeSlice(th *Thread, r *Range, s *Slice) (Value, error) {
	start, stop, step, _, err := s.Indices(th, int(r.length))
	if err != nil {
		return Value{}, err
	}
	bound := func(i int) *big.Int {
		b := big.NewInt(int64(i))
		b.Mul(b, big.NewInt(r.step))
		return b.Add(b, big.NewInt(r.start))
	}
	newStep := new(big.Int).Mul(big.NewInt(int64(step)), big.NewInt(r.step))
	lo, hi := bound(start), bound(stop)
	if !lo.IsInt64() || !hi.IsInt64() || !newStep.IsInt64() {
		return Value{}, Errorf(OverflowError, "%s", errRangeOverflow)
	}
	return NewRange(lo.Int64(), hi.Int64(), newStep.Int64()), nil
}

func init() {
	t := RangeType
	t.New = rangeNew
	t.Repr = rangeRepr
	t.Hash = rangeHash
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if (op != CmpEQ && op != CmpNE) || b.IsImmediate() || b.Type() != RangeType {
			return NotImplemented, nil
		}
		return Bool(rangeEqual(as[Range](a), as[Range](b)) == (op == CmpEQ)), nil
	}
	t.Len = func(th *Thread, v Value) (int, error) { return int(as[Range](v).length), nil }
	t.Bool = func(th *Thread, v Value) (bool, error) { return as[Range](v).length != 0, nil }
	t.GetItem = rangeGetItem
	t.Contains = func(th *Thread, v, x Value) (bool, error) {
		r := as[Range](v)
		if pos, ok := r.intIndex(x); ok {
			return pos >= 0, nil
		}
		pos, err := r.search(th, x, false)
		return pos >= 0, err
	}
	t.Iter = func(th *Thread, v Value) (Value, error) {
		r := as[Range](v)
		return newRangeIterator(r.start, r.step, r.length), nil
	}
	addSlotMethods(t, nil, false, nil)
	t.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("range.__reversed__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		r := as[Range](self)
		return newRangeIterator(r.item(r.length-1), -r.step, r.length), nil
	})
	t.AddMethod("count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("range.count", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		r := as[Range](self)
		if pos, ok := r.intIndex(args[0]); ok {
			if pos >= 0 {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n, err := r.search(th, args[0], true)
		return Int(n), err
	})
	t.AddMethod("index", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("range.index", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		r := as[Range](self)
		pos, ok := r.intIndex(args[0])
		if !ok {
			p, err := r.search(th, args[0], false)
			if err != nil {
				return Value{}, err
			}
			if p < 0 {
				return Value{}, Errorf(ValueError, "sequence.index(x): x not in sequence")
			}
			return Int(p), nil
		}
		if pos < 0 {
			s, err := Repr(th, args[0])
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(ValueError, "%s is not in range", s)
		}
		return Int(pos), nil
	})
	for name, get := range map[string]func(r *Range) int64{
		"start": func(r *Range) int64 { return r.start },
		"stop":  func(r *Range) int64 { return r.stop },
		"step":  func(r *Range) int64 { return r.step },
	} {
		get := get
		t.AddGetSet(name, func(th *Thread, self Value) (Value, error) { return Int(get(as[Range](self))), nil }, nil)
	}
}

package runtime

import (
	"math"
	"math/big"
)

// This file defines the range type: a lazy arithmetic sequence with O(1)
// len, indexing, slicing (to another range) and membership of ints. As in
// CPython, the bounds are arbitrary ints: range(2**64)[-1] and
// 10**19 in range(10**20) work, only len() of a range with more than
// sys.maxsize items raises OverflowError. Ranges whose start, stop, step
// and length all fit in int64 — nearly all of them — keep them as int64
// and take fast paths; the others keep big ints.

// RangeType is the type of range objects.
var RangeType = NewBuiltinType("range", ObjectType, LayoutOther, 0)

// Range is a range object.
type Range struct {
	Object
	// start, stop, step and length, when big is nil.
	start, stop, step, length int64
	// big holds the bounds when any of them does not fit in int64.
	big *rangeBounds
}

// rangeBounds are a range's start, stop, step and length as big ints,
// which are never modified once the range is made.
type rangeBounds struct {
	start, stop, step, length *big.Int
}

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) Value {
	return newRangeBig(RangeType, big.NewInt(start), big.NewInt(stop), big.NewInt(step))
}

// RangeFields returns a range's start, stop, step and length, for the
// interpreter's `for i in range(...)` fast path. ok is false when they do
// not all fit in int64; the caller must then iterate the range normally.
func RangeFields(v Value) (start, stop, step, length int64, ok bool) {
	r := as[Range](v)
	return r.start, r.stop, r.step, r.length, r.big == nil
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

// rangeLengthBig is rangeLength for big bounds, as CPython's
// compute_range_length.
func rangeLengthBig(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, bigOne)
	n.Quo(n, st)
	return n.Add(n, bigOne)
}

var bigOne = big.NewInt(1)

// newRangeBig returns a range of type t, choosing the int64 representation
// when every bound fits. step must not be zero.
func newRangeBig(t *Type, start, stop, step *big.Int) Value {
	r := &Range{Object: Object{typ: t}}
	length := rangeLengthBig(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && length.IsInt64() {
		r.start, r.stop, r.step, r.length = start.Int64(), stop.Int64(), step.Int64(), length.Int64()
	} else {
		r.big = &rangeBounds{start, stop, step, length}
	}
	return ValueOf(r)
}

// bounds returns r's bounds as big ints, which the caller must not modify.
func (r *Range) bounds() *rangeBounds {
	if r.big != nil {
		return r.big
	}
	return &rangeBounds{big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.length)}
}

// rangeField returns one of r's bounds: small if r has no big bounds, else
// the one get selects.
func rangeField(r *Range, small int64, get func(*rangeBounds) *big.Int) Value {
	if r.big == nil {
		return Int(small)
	}
	return MakeInt(get(r.big))
}

func (b *rangeBounds) getStart() *big.Int { return b.start }
func (b *rangeBounds) getStop() *big.Int  { return b.stop }
func (b *rangeBounds) getStep() *big.Int  { return b.step }

// errRangeOverflow is CPython's message for a length beyond Py_ssize_t.
const errRangeOverflow = "Python int too large to convert to C ssize_t"

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
	var bounds [3]Value
	for i, a := range args {
		v, err := Index(th, a)
		if err != nil {
			return Value{}, err
		}
		bounds[i] = v
	}
	start, stop, step := Int(0), bounds[0], Int(1)
	if len(args) >= 2 {
		start, stop = bounds[0], bounds[1]
	}
	if len(args) == 3 {
		if step = bounds[2]; intSign(step) == 0 {
			return Value{}, Errorf(ValueError, "range() arg 3 must not be zero")
		}
	}
	// The common case, with no big int in sight.
	if start.IsSmallInt() && stop.IsSmallInt() && step.IsSmallInt() {
		a, b, c := start.SmallInt(), stop.SmallInt(), step.SmallInt()
		if n, ok := rangeLength(a, b, c); ok {
			return ValueOf(&Range{Object: Object{typ: t}, start: a, stop: b, step: c, length: n}), nil
		}
	}
	return newRangeBig(t, intBig(start), intBig(stop), intBig(step)), nil
}

// item returns the i'th value (0 <= i < length) of a range without big
// bounds.
func (r *Range) item(i int64) int64 { return r.start + i*r.step }

// itemBig returns start + i*step for any i.
func (b *rangeBounds) item(i *big.Int) *big.Int {
	x := new(big.Int).Mul(i, b.step)
	return x.Add(x, b.start)
}

// intIndex returns the position of the int x in r, or -1. ok is false if x
// is not an exact int (or bool), whose membership must be found by
// comparing items, as CPython does for int subclasses.
func (r *Range) intIndex(x Value) (pos Value, ok bool) {
	if !x.IsSmallInt() && !x.IsBool() && x.Type() != IntType {
		return Value{}, false
	}
	if r.big == nil && (x.IsSmallInt() || x.IsBool()) {
		return Int(r.smallIndex(x.SmallInt())), true
	}
	b := r.bounds()
	v := intBig(x)
	if b.length.Sign() == 0 {
		return Int(-1), true
	}
	var in bool
	if b.step.Sign() > 0 {
		in = v.Cmp(b.start) >= 0 && v.Cmp(b.stop) < 0
	} else {
		in = v.Cmp(b.start) <= 0 && v.Cmp(b.stop) > 0
	}
	if !in {
		return Int(-1), true
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(v, b.start), b.step, new(big.Int))
	if m.Sign() != 0 {
		return Int(-1), true
	}
	return MakeInt(q), true
}

// smallIndex is intIndex for a range and an int that fit in int64.
func (r *Range) smallIndex(v int64) int64 {
	var off uint64
	switch {
	case r.length == 0:
	case r.step > 0 && v >= r.start && v < r.stop:
		off = uint64(v) - uint64(r.start)
		if off%uint64(r.step) == 0 {
			return int64(off / uint64(r.step))
		}
	case r.step < 0 && v <= r.start && v > r.stop:
		off = uint64(r.start) - uint64(v)
		if s := 0 - uint64(r.step); off%s == 0 {
			return int64(off / s)
		}
	}
	return -1
}

// search finds x by comparing it with each item in turn, for x that is not
// an exact int. It returns the first position (or -1), or with count the
// number of equal items.
func (r *Range) search(th *Thread, x Value, count bool) (int64, error) {
	it, err := rangeIter(th, ValueOf(r))
	if err != nil {
		return 0, err
	}
	found := int64(0)
	for i := int64(0); ; i++ {
		item, ok, err := Next(th, it)
		if err != nil || !ok {
			if count {
				return found, err
			}
			return -1, err
		}
		eq, err := Equal(th, item, x)
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
}

func rangeRepr(th *Thread, v Value) (Value, error) {
	b := as[Range](v).bounds()
	s := "range(" + b.start.String() + ", " + b.stop.String()
	if b.step.Cmp(bigOne) != 0 {
		s += ", " + b.step.String()
	}
	return NewStr(s + ")"), nil
}

// rangeHash hashes the sequence a range stands for, as CPython: equal
// ranges hash alike even when their bounds differ.
func rangeHash(th *Thread, v Value) (int64, error) {
	b := as[Range](v).bounds()
	t := []Value{MakeInt(b.length), None, None}
	if b.length.Sign() > 0 {
		t[1] = MakeInt(b.start)
		if b.length.Cmp(bigOne) > 0 {
			t[2] = MakeInt(b.step)
		}
	}
	return Hash(th, NewTuple(t))
}

// rangeEqual reports whether two ranges stand for the same sequence.
func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	x, y := a.bounds(), b.bounds()
	switch {
	case x.length.Cmp(y.length) != 0:
		return false
	case x.length.Sign() == 0:
		return true
	case x.start.Cmp(y.start) != 0:
		return false
	}
	return x.length.Cmp(bigOne) == 0 || x.step.Cmp(y.step) == 0
}

func rangeGetItem(th *Thread, v, key Value) (Value, error) {
	r := as[Range](v)
	if s := containerAsSlice(key); s != nil {
		return rangeSlice(th, r, s)
	}
	if !containerIsIndex(key) {
		return Value{}, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(key))
	}
	k, err := Index(th, key)
	if err != nil {
		return Value{}, err
	}
	if r.big == nil && k.IsSmallInt() {
		i := k.SmallInt()
		if i < 0 {
			i += r.length
		}
		if i < 0 || i >= r.length {
			return Value{}, Errorf(IndexError, "range object index out of range")
		}
		return Int(r.item(i)), nil
	}
	b := r.bounds()
	i := new(big.Int).Set(intBig(k))
	if i.Sign() < 0 {
		i.Add(i, b.length)
	}
	if i.Sign() < 0 || i.Cmp(b.length) >= 0 {
		return Value{}, Errorf(IndexError, "range object index out of range")
	}
	return MakeInt(b.item(i)), nil
}

// rangeSlice is r[s]: another range, as CPython's compute_slice.
func rangeSlice(th *Thread, r *Range, s *Slice) (Value, error) {
	b := r.bounds()
	start, stop, step, err := sliceIndicesBig(th, s, b.length)
	if err != nil {
		return Value{}, err
	}
	return newRangeBig(RangeType, b.item(start), b.item(stop), new(big.Int).Mul(step, b.step)), nil
}

// rangeLen is len(r), which overflows for more than sys.maxsize items.
func rangeLen(th *Thread, v Value) (int, error) {
	r := as[Range](v)
	if r.big == nil {
		return int(r.length), nil
	}
	if !r.big.length.IsInt64() {
		return 0, Errorf(OverflowError, "%s", errRangeOverflow)
	}
	return int(r.big.length.Int64()), nil
}

func rangeIter(th *Thread, v Value) (Value, error) {
	r := as[Range](v)
	if r.big == nil {
		return newRangeIterator(r.start, r.step, r.length), nil
	}
	b := r.big
	return newLongRangeIterator(b.start, b.step, b.length), nil
}

func rangeReversed(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("range.__reversed__", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	r := as[Range](self)
	// The last item fits in int64, being between start and stop, but
	// -step does not when step is MinInt64.
	if r.big == nil && r.step != math.MinInt64 {
		return newRangeIterator(r.item(r.length-1), -r.step, r.length), nil
	}
	b := r.bounds()
	last := b.item(new(big.Int).Sub(b.length, bigOne))
	return newLongRangeIterator(last, new(big.Int).Neg(b.step), b.length), nil
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
	t.Len = rangeLen
	t.Bool = func(th *Thread, v Value) (bool, error) {
		r := as[Range](v)
		return r.length != 0 || r.big != nil && r.big.length.Sign() != 0, nil
	}
	t.GetItem = rangeGetItem
	t.Contains = func(th *Thread, v, x Value) (bool, error) {
		r := as[Range](v)
		if pos, ok := r.intIndex(x); ok {
			return intSign(pos) >= 0, nil
		}
		pos, err := r.search(th, x, false)
		return pos >= 0, err
	}
	t.Iter = rangeIter
	addSlotMethods(t, nil, false, nil)
	t.AddMethod("__reversed__", rangeReversed)
	t.AddMethod("count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("range.count", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		r := as[Range](self)
		if pos, ok := r.intIndex(args[0]); ok {
			if intSign(pos) >= 0 {
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
		if intSign(pos) < 0 {
			s, err := Repr(th, args[0])
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(ValueError, "%s is not in range", s)
		}
		return pos, nil
	})
	// In CPython's order, every run (a map's varied), and no map built
	// at start.
	for _, f := range [...]struct {
		name string
		get  func(r *Range) Value
	}{
		{"start", func(r *Range) Value { return rangeField(r, r.start, (*rangeBounds).getStart) }},
		{"stop", func(r *Range) Value { return rangeField(r, r.stop, (*rangeBounds).getStop) }},
		{"step", func(r *Range) Value { return rangeField(r, r.step, (*rangeBounds).getStep) }},
	} {
		get := f.get
		t.AddGetSet(f.name, func(th *Thread, self Value) (Value, error) { return get(as[Range](self)), nil }, nil)
	}
}

// sliceIndicesBig resolves a slice against a sequence of any length, as
// CPython's _PySlice_GetLongIndices: Slice.Indices for big ints, with
// which a range is sliced.
func sliceIndicesBig(th *Thread, s *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	index := func(v Value) (*big.Int, error) {
		if !containerIsIndex(v) {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		i, err := Index(th, v)
		if err != nil {
			return nil, err
		}
		return new(big.Int).Set(intBig(i)), nil
	}
	step = big.NewInt(1)
	if !s.Step.IsNone() {
		if step, err = index(s.Step); err != nil {
			return
		}
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := new(big.Int), new(big.Int).Set(length)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(length, bigOne)
	}
	bound := func(v Value, def *big.Int) (*big.Int, error) {
		if v.IsNone() {
			return def, nil
		}
		i, err := index(v)
		if err != nil {
			return nil, err
		}
		if i.Sign() < 0 {
			if i.Add(i, length); i.Cmp(lower) < 0 {
				i = lower
			}
		} else if i.Cmp(upper) > 0 {
			i = upper
		}
		return i, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	if start, err = bound(s.Start, defStart); err != nil {
		return
	}
	stop, err = bound(s.Stop, defStop)
	return
}

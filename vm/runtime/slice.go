package runtime

import (
	"math"
	"strings"
)

// This file defines the slice type, the value of a[start:stop:step], and
// Slice.Indices, which every sequence uses to resolve a slice against its
// length with CPython's clamping rules.

// SliceType is the type of slice objects.
var SliceType = NewBuiltinType("slice", ObjectType, LayoutOther, 0)

// Slice is a slice object. Its fields are the values given (None when
// omitted), as Python's s.start, s.stop and s.step.
type Slice struct {
	Object
	Start, Stop, Step Value
}

// NewSlice returns slice(start, stop, step); zero Values become None.
func NewSlice(start, stop, step Value) Value {
	orNone := func(v Value) Value {
		if !v.IsValid() {
			return None
		}
		return v
	}
	return ValueOf(&Slice{Object: Object{typ: SliceType}, Start: orNone(start), Stop: orNone(stop), Step: orNone(step)})
}

// sliceIndex converts a slice bound to an int, clamping values that do
// not fit to ±MaxInt64 (the caller clamps to the length anyway).
func sliceIndex(th *Thread, v Value) (int64, error) {
	if v.Type().Index == nil && !v.IsSmallInt() {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	iv, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i, ok := intSmall(iv); ok {
		return i, nil
	}
	if intSign(iv) < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// Indices resolves the slice against a sequence of the given length, as
// CPython's PySlice_GetIndicesEx: start and stop are clamped into range,
// and slicelen is the number of items selected. A zero step raises
// ValueError.
func (s *Slice) Indices(th *Thread, length int) (start, stop, step, slicelen int, err error) {
	st := int64(1)
	if !s.Step.IsNone() {
		if st, err = sliceIndex(th, s.Step); err != nil {
			return
		}
		if st == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
		if st < -math.MaxInt64 {
			st = -math.MaxInt64
		}
	}
	n := int64(length)
	var lower, upper int64
	if st < 0 {
		lower, upper = -1, n-1
	} else {
		lower, upper = 0, n
	}
	bound := func(v Value, def int64) (int64, error) {
		if v.IsNone() {
			return def, nil
		}
		i, err := sliceIndex(th, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	defStart, defStop := lower, upper
	if st < 0 {
		defStart, defStop = upper, lower
	}
	b, err := bound(s.Start, defStart)
	if err != nil {
		return
	}
	e, err := bound(s.Stop, defStop)
	if err != nil {
		return
	}
	return int(b), int(e), int(st), int(sliceLength(b, e, st)), nil
}

// sliceLength is the number of items from b towards e (excluded) by step
// st, for bounds already clamped to the sequence.
func sliceLength(b, e, st int64) int64 {
	switch {
	case st < 0 && e < b:
		return (b-e-1)/(-st) + 1
	case st > 0 && b < e:
		return (e-b-1)/st + 1
	}
	return 0
}

func sliceNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("slice", kwnames); err != nil {
		return Value{}, err
	}
	switch len(args) {
	case 0:
		return Value{}, Errorf(TypeError, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(None, args[0], None), nil
	case 2:
		return NewSlice(args[0], args[1], None), nil
	case 3:
		return NewSlice(args[0], args[1], args[2]), nil
	}
	return Value{}, Errorf(TypeError, "slice expected at most 3 arguments, got %d", len(args))
}

// sliceParts returns start, stop and step, which slices compare and
// hash as a tuple of.
func sliceParts(v Value) []Value {
	s := as[Slice](v)
	return []Value{s.Start, s.Stop, s.Step}
}

// sliceHash is CPython's slice_hash: the xxHash-based tuple hash of
// (start, stop, step), except that, unlike tuple's, it does not mix in
// the length at the end.
func sliceHash(th *Thread, v Value) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, x := range sliceParts(v) {
		h, err := Hash(th, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	if int64(acc) == -1 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// sliceCompare compares two slices as the tuples (start, stop, step).
func sliceCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if a.Type() != SliceType || b.Type() != SliceType {
		return NotImplemented, nil
	}
	x, y := sliceParts(a), sliceParts(b)
	for i := range x {
		eq, err := Equal(th, x[i], y[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			switch op {
			case CmpEQ:
				return False, nil
			case CmpNE:
				return True, nil
			}
			return Compare(th, op, x[i], y[i])
		}
	}
	return Bool(compareResult(op, 0)), nil
}

func init() {
	t := SliceType
	t.New = sliceNew
	t.Repr = func(th *Thread, v Value) (Value, error) {
		s := as[Slice](v)
		parts := make([]string, 3)
		for i, x := range []Value{s.Start, s.Stop, s.Step} {
			r, err := Repr(th, x)
			if err != nil {
				return Value{}, err
			}
			parts[i] = r
		}
		return NewStr("slice(" + strings.Join(parts, ", ") + ")"), nil
	}
	t.Hash = sliceHash
	t.Compare = sliceCompare
	numAddProtocolDunders(t)
	t.AddGetSet("start", func(th *Thread, self Value) (Value, error) { return as[Slice](self).Start, nil }, nil)
	t.AddGetSet("stop", func(th *Thread, self Value) (Value, error) { return as[Slice](self).Stop, nil }, nil)
	t.AddGetSet("step", func(th *Thread, self Value) (Value, error) { return as[Slice](self).Step, nil }, nil)
	t.AddMethod("indices", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("slice.indices", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		n, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueError, "length should not be negative")
		}
		start, stop, step, _, err := as[Slice](self).Indices(th, int(n))
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{Int(int64(start)), Int(int64(stop)), Int(int64(step))}), nil
	})
}

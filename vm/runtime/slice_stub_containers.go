package runtime

// TEMPORARY: a minimal slice type so that the containers compile and can be
// tested before slice.go (owned by the numbers/strings area) is merged.
// Drop this file at merge in favour of slice.go, which provides the same
// API: the Slice struct, SliceType and (*Slice).Indices.

import "math"

// Slice is a slice object: start:stop:step, each None when omitted.
type Slice struct {
	Object
	Start, Stop, Step Value
}

// SliceType is the type of slice objects.
var SliceType = NewBuiltinType("slice", ObjectType, LayoutOther, 0)

// Indices resolves the slice against a sequence of the given length, as
// CPython's PySlice_GetIndicesEx.
func (s *Slice) Indices(th *Thread, length int) (start, stop, step, slicelen int, err error) {
	step = 1
	if !s.Step.IsNone() {
		if step, err = sliceStubIndex(th, s.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start.IsNone() {
		start = map[bool]int{true: math.MaxInt, false: 0}[step < 0]
	} else if start, err = sliceStubIndex(th, s.Start); err != nil {
		return
	}
	if s.Stop.IsNone() {
		stop = map[bool]int{true: math.MinInt, false: math.MaxInt}[step < 0]
	} else if stop, err = sliceStubIndex(th, s.Stop); err != nil {
		return
	}
	adjust := func(i int) int {
		if i < 0 {
			i += length
			if i < 0 {
				i = map[bool]int{true: -1, false: 0}[step < 0]
			}
		} else if i >= length {
			i = map[bool]int{true: length - 1, false: length}[step < 0]
		}
		return i
	}
	start, stop = adjust(start), adjust(stop)
	switch {
	case step < 0 && stop < start:
		slicelen = (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		slicelen = (stop-start-1)/step + 1
	}
	return start, stop, step, slicelen, nil
}

// sliceStubIndex converts a slice bound, clamping huge ints.
func sliceStubIndex(th *Thread, v Value) (int, error) {
	if v.IsSmallInt() || v.IsBool() {
		return int(v.SmallInt()), nil
	}
	if v.Type().Index == nil && v.Type().Layout != LayoutInt {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	i, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i.IsSmallInt() {
		return int(i.SmallInt()), nil
	}
	if BigIntValue(i).Sign() < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

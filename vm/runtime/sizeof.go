package runtime

// This file is object.__sizeof__ and sys.getsizeof: CPython 3.12's sizes
// on 64-bit Linux for the objects whose size programs print (ints, strs,
// bytes, containers, instances), so that the numbers agree where Kiln's
// layout is the same shape, and a plausible basic size elsewhere. What
// Kiln's objects really occupy is Go's business (docs/memory-containers.md).

import (
	"math/bits"
)

// objectSizeOf is object.__sizeof__(): CPython's tp_basicsize plus the
// variable part, without the garbage collector's header.
func objectSizeOf(v Value) int {
	switch {
	case v.IsNone():
		return 16
	case v.IsBool(), v.IsSmallInt():
		x := int64(v.n)
		if v.IsBool() {
			x = 0
		}
		if x < 0 {
			x = -x
		}
		return 24 + 4*max((bits.Len64(uint64(x))+29)/30, 1)
	case v.IsFloat():
		return 24
	}
	t := v.Type()
	switch t.Layout {
	case LayoutInt:
		return 24 + 4*max((BigIntValue(v).BitLen()+29)/30, 1)
	case LayoutStr:
		s := StrValue(v)
		if isASCIIString(s) {
			return 40 + len(s) + 1
		}
		kind, n := 1, 0
		for _, r := range s {
			n++
			switch {
			case r > 0xffff:
				kind = 4
			case r > 0xff && kind < 2:
				kind = 2
			}
		}
		return 56 + (n+1)*kind
	case LayoutBytes:
		return 33 + len(BytesValue(v))
	case LayoutByteArray:
		if n := len(BytesValue(v)); n > 0 {
			return 56 + n + 1
		}
		return 56
	case LayoutComplex:
		return 32
	case LayoutTuple:
		return 24 + 8*len(as[Tuple](v).items())
	case LayoutList:
		return 40 + 8*as[List](v).capacity()
	case LayoutDict:
		return dictSizeOf(as[Dict](v).Len())
	case LayoutSet:
		// CPython's object holds a table of 8 slots, enough for 4 items;
		// a larger set has a table of its own of the power of two above
		// twice its items (as a set built by update() gets).
		n := as[Set](v).Len()
		if n <= 4 {
			return 200
		}
		table := 8
		for table <= 2*n {
			table *= 2
		}
		return 200 + 16*table
	case LayoutFunction:
		return 144
	case LayoutModule:
		return 56
	case LayoutObject:
		if t == ObjectType {
			return 16
		}
		return 16 + 8*len(t.Slots)
	}
	switch t {
	case RangeType:
		return 48
	case SliceType:
		return 40
	}
	return 16 + 8*len(t.Slots)
}

// dictSizeOf is the size of a dict of n items with CPython's table for
// them: the object (48) and, for a non-empty dict, its keys object: a
// header of 32, one index byte per slot and two thirds of the slots in
// 24-byte entries.
func dictSizeOf(n int) int {
	if n == 0 {
		return 48
	}
	size := 8
	for size*2/3 < n {
		size *= 2
	}
	return 48 + 32 + size + size*2/3*24
}

// sizeOfPreHeader is what sys.getsizeof adds to __sizeof__(): the
// garbage collector's header of the objects CPython tracks, and the two
// words before an instance with a managed dict.
func sizeOfPreHeader(v Value) int {
	if v.IsImmediate() {
		return 0
	}
	t := v.Type()
	n := 0
	switch {
	case t.Flags&FlagHeapType != 0:
		n = 16
		if t.Flags&FlagHasDict != 0 {
			n += 16
		}
	default:
		switch t.Layout {
		case LayoutTuple, LayoutList, LayoutDict, LayoutSet, LayoutFunction, LayoutModule, LayoutType:
			n = 16
		}
		if t == SliceType {
			n = 16
		}
	}
	return n
}

// sysGetSizeOf is sys.getsizeof(obj[, default]): obj.__sizeof__() plus
// the headers CPython counts; default instead when that raises TypeError.
func sysGetSizeOf(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("getsizeof", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	v := args[0]
	n, err := sizeOfCall(th, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && len(args) == 2 && e.typ.IsSubtype(TypeError) {
			return args[1], nil
		}
		return Value{}, err
	}
	return Int(n + int64(sizeOfPreHeader(v))), nil
}

// sizeOfCall calls v's __sizeof__ and checks the result.
func sizeOfCall(th *Thread, v Value) (int64, error) {
	r, err := CallMethod(th, v, "__sizeof__")
	if err != nil {
		return 0, err
	}
	if !r.IsSmallInt() && !r.IsBool() && !isInt(r) {
		return 0, Errorf(TypeError, "an integer is required")
	}
	n, err := AsInt(th, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__sizeof__() should return >= 0")
	}
	return n, nil
}

func init() {
	ObjectType.AddMethod("__sizeof__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(TypeName(self)+".__sizeof__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(objectSizeOf(self))), nil
	})
}

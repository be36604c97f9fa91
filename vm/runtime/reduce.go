package runtime

// This file defines the reduction protocol that copy (and a future pickle)
// build on: object.__reduce_ex__, object.__reduce__ and object.__getstate__,
// with the copyreg module they call into for protocols below 2 and for the
// constructors named in a reduction.

import _ "embed"

//go:embed pylib/copyreg.py
var copyregSource []byte

func init() {
	RegisterPythonModule("copyreg", copyregSource)
	// _copyreg holds what copyreg needs from Go: the protocol 0 and 1
	// reduction has to know which bases are builtin types.
	RegisterModule("_copyreg", func(th *Thread, m *Module) error {
		m.AddFunction("_reduce_ex", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("_reduce_ex", args, kwnames, 2, 2); err != nil {
				return Value{}, err
			}
			proto, err := AsInt(th, args[1])
			if err != nil {
				return Value{}, err
			}
			return reduceOld(th, args[0], int(proto))
		})
		return nil
	})
}

// addReduceMethods puts the reduction methods in object's dict, and the
// reductions of the builtin types whose state __new__ arguments do not
// carry.
func addReduceMethods() {
	addBuiltinReductions()
	addIteratorReductions()
	o := ObjectType
	o.AddMethod("__reduce_ex__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__reduce_ex__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		proto, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		// A class that overrides __reduce__ decides for itself.
		if r := self.Type().Lookup("__reduce__"); r.IsValid() && !Is(r, o.Lookup("__reduce__")) {
			return CallMethod(th, self, "__reduce__")
		}
		return commonReduce(th, self, int(proto))
	})
	o.AddMethod("__reduce__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__reduce__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return commonReduce(th, self, 0)
	})
	o.AddMethod("__getstate__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__getstate__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return defaultState(th, self, false)
	})
}

// commonReduce reduces obj with protocol proto: protocols 2 and above
// through __newobj__, older ones through copyreg._reduce_ex.
func commonReduce(th *Thread, obj Value, proto int) (Value, error) {
	copyreg, err := ImportModule(th, "copyreg")
	if err != nil {
		return Value{}, err
	}
	if proto < 2 {
		return reduceOld(th, obj, proto)
	}
	t := obj.Type()
	if t.New == nil {
		return Value{}, Errorf(TypeError, "cannot pickle '%s' object", t.TPName())
	}
	args, kwargs, err := newArguments(th, obj)
	if err != nil {
		return Value{}, err
	}
	var ctor, ctorArgs Value
	if !kwargs.IsValid() || as[Dict](kwargs).Len() == 0 {
		if ctor, err = GetAttr(th, copyreg, "__newobj__"); err != nil {
			return Value{}, err
		}
		items := []Value{ValueOf(t)}
		if args.IsValid() {
			items = append(items, as[Tuple](args).items()...)
		}
		ctorArgs = NewTuple(items)
	} else {
		if ctor, err = GetAttr(th, copyreg, "__newobj_ex__"); err != nil {
			return Value{}, err
		}
		ctorArgs = NewTuple([]Value{ValueOf(t), args, kwargs})
	}

	// The state is required unless the arguments or the items rebuild the
	// object: without them an object with hidden native state cannot be
	// copied faithfully.
	isList, isDict := t.Layout == LayoutList, t.Layout == LayoutDict
	state, err := objectState(th, obj, !(args.IsValid() || isList || isDict))
	if err != nil {
		return Value{}, err
	}
	listItems, dictItems := None, None
	if isList {
		if listItems, err = Iter(th, obj); err != nil {
			return Value{}, err
		}
	}
	if isDict {
		items, err := CallMethod(th, obj, "items")
		if err != nil {
			return Value{}, err
		}
		if dictItems, err = Iter(th, items); err != nil {
			return Value{}, err
		}
	}
	return NewTuple([]Value{ctor, ctorArgs, state, listItems, dictItems}), nil
}

// newArguments returns the arguments __new__ needs to rebuild obj, from
// __getnewargs_ex__ or __getnewargs__; both are zero if it has neither.
func newArguments(th *Thread, obj Value) (args, kwargs Value, err error) {
	r, ok, err := CallSpecialMethod(th, obj, "__getnewargs_ex__")
	if err != nil {
		return Value{}, Value{}, err
	}
	if ok {
		if r.Type().Layout != LayoutTuple {
			return Value{}, Value{}, Errorf(TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", TypeName(r))
		}
		pair := as[Tuple](r).items()
		if len(pair) != 2 {
			return Value{}, Value{}, Errorf(TypeError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(pair))
		}
		if pair[0].Type().Layout != LayoutTuple {
			return Value{}, Value{}, Errorf(TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", TypeName(pair[0]))
		}
		if pair[1].Type().Layout != LayoutDict {
			return Value{}, Value{}, Errorf(TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", TypeName(pair[1]))
		}
		return pair[0], pair[1], nil
	}
	r, ok, err = CallSpecialMethod(th, obj, "__getnewargs__")
	if err != nil || !ok {
		return Value{}, Value{}, err
	}
	if r.Type().Layout != LayoutTuple {
		return Value{}, Value{}, Errorf(TypeError, "__getnewargs__ should return a tuple, not '%s'", TypeName(r))
	}
	return r, Value{}, nil
}

// objectState returns obj.__getstate__(), passing required on to the
// default implementation when the class does not override it.
func objectState(th *Thread, obj Value, required bool) (Value, error) {
	if m := obj.Type().Lookup("__getstate__"); !m.IsValid() || Is(m, ObjectType.Lookup("__getstate__")) {
		return defaultState(th, obj, required)
	}
	return CallMethod(th, obj, "__getstate__")
}

// defaultState is object.__getstate__: the instance dict (None if empty),
// paired with a dict of the __slots__ values when there are any. With
// required, an object whose type keeps native state that neither the dict
// nor the slots hold cannot be reduced.
func defaultState(th *Thread, obj Value, required bool) (Value, error) {
	t := obj.Type()
	if required && nativeStateLayout(t.Layout) {
		return Value{}, Errorf(TypeError, "cannot pickle '%s' object", t.TPName())
	}
	state := instanceDictOrNone(obj)
	copyreg, err := ImportModule(th, "copyreg")
	if err != nil {
		return Value{}, err
	}
	names, err := CallMethod(th, copyreg, "_slotnames", ValueOf(t))
	if err != nil {
		return Value{}, err
	}
	if names.IsNone() {
		return state, nil
	}
	slots := NewDict()
	err = ForEach(th, names, func(name Value) error {
		if name.Type().Layout != LayoutStr {
			return Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(name))
		}
		v, found, err := GetAttrOK(th, obj, StrValue(name))
		if err != nil || !found {
			return err
		}
		return slots.Set(th, name, v)
	})
	if err != nil {
		return Value{}, err
	}
	if slots.Len() > 0 {
		return NewTuple([]Value{state, ValueOf(slots)}), nil
	}
	return state, nil
}

// nativeStateLayout reports whether instances of a layout keep state that
// is neither in their dict nor in __slots__, so that rebuilding one from
// __new__ with no arguments would lose it.
func nativeStateLayout(l Layout) bool {
	switch l {
	case LayoutNone, LayoutObject, LayoutList, LayoutDict:
		return false
	}
	return true
}

// reduceOld reduces obj for protocols 0 and 1: rebuild it with
// copyreg._reconstructor from its nearest builtin base, which is given
// the object itself to copy its native part (an int's value, a list's
// items), then restore the instance state.
func reduceOld(th *Thread, obj Value, proto int) (Value, error) {
	if proto >= 2 {
		return Value{}, Errorf(AssertionError, "")
	}
	t := obj.Type()
	base := ObjectType
	for _, b := range t.MRO {
		if b.Flags&FlagHeapType == 0 {
			base = b
			break
		}
	}
	state := None
	if base != ObjectType {
		if base == t {
			return Value{}, Errorf(TypeError, "cannot pickle '%s' object", t.Name)
		}
		var err error
		if state, err = Call(th, ValueOf(base), []Value{obj}, nil); err != nil {
			return Value{}, err
		}
	}
	copyreg, err := ImportModule(th, "copyreg")
	if err != nil {
		return Value{}, err
	}
	ctor, err := GetAttr(th, copyreg, "_reconstructor")
	if err != nil {
		return Value{}, err
	}
	args := NewTuple([]Value{ValueOf(t), ValueOf(base), state})

	// object.__getstate__ cannot describe slots to _reconstructor.
	if len(t.Slots) > 0 && Is(t.Lookup("__getstate__"), ObjectType.Lookup("__getstate__")) {
		return Value{}, Errorf(TypeError, "a class that defines __slots__ without defining __getstate__ cannot be pickled")
	}
	dict, err := CallMethod(th, obj, "__getstate__")
	if err != nil {
		return Value{}, err
	}
	if ok, err := Truth(th, dict); err != nil {
		return Value{}, err
	} else if ok {
		return NewTuple([]Value{ctor, args, dict}), nil
	}
	return NewTuple([]Value{ctor, args}), nil
}

// addBuiltinReductions gives the builtin types that keep native state
// their own __reduce__ (and __getnewargs__ where CPython has that
// instead), returning what CPython's do.
func addBuiltinReductions() {
	reducer := func(t *Type, reduce func(th *Thread, self Value) (Value, error)) {
		t.AddMethod("__reduce__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("__reduce__", args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return reduce(th, self)
		})
	}
	setReduce := func(th *Thread, self Value) (Value, error) {
		items, err := ToSlice(th, self)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{ValueOf(self.Type()), NewTuple([]Value{NewList(items)}), instanceDictOrNone(self)}), nil
	}
	reducer(SetType, setReduce)
	reducer(FrozenSetType, setReduce)
	reducer(SliceType, func(th *Thread, self Value) (Value, error) {
		s := as[Slice](self)
		return NewTuple([]Value{ValueOf(SliceType), NewTuple([]Value{orNone(s.Start), orNone(s.Stop), orNone(s.Step)})}), nil
	})
	reducer(RangeType, func(th *Thread, self Value) (Value, error) {
		bounds := make([]Value, 3)
		for i, name := range []string{"start", "stop", "step"} {
			v, err := GetAttr(th, self, name)
			if err != nil {
				return Value{}, err
			}
			bounds[i] = v
		}
		return NewTuple([]Value{ValueOf(RangeType), NewTuple(bounds)}), nil
	})
	bytearrayReduce := func(th *Thread, self Value) (Value, error) {
		b, err := Call(th, ValueOf(BytesType), []Value{self}, nil)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{ValueOf(self.Type()), NewTuple([]Value{b}), instanceDictOrNone(self)}), nil
	}
	reducer(ByteArrayType, bytearrayReduce)
	ByteArrayType.AddMethod("__reduce_ex__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__reduce_ex__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return bytearrayReduce(th, self)
	})
	BytesType.AddMethod("__getnewargs__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__getnewargs__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{NewBytes(append([]byte(nil), as[Bytes](self).b...))}), nil
	})
	reducer(BaseException, func(th *Thread, self Value) (Value, error) {
		e := as[Exception](self)
		parts := []Value{ValueOf(self.Type()), NewTuple(append([]Value(nil), e.Args...))}
		if d := instanceDictOrNone(self); !d.IsNone() {
			parts = append(parts, d)
		}
		return NewTuple(parts), nil
	})
	// The singletons reduce to their names: copies are themselves.
	reducer(EllipsisType, func(th *Thread, self Value) (Value, error) { return NewStr("Ellipsis"), nil })
	reducer(NotImplementedType, func(th *Thread, self Value) (Value, error) { return NewStr("NotImplemented"), nil })
}

// instanceDictOrNone is the state part of a reduction: v's instance dict
// if it has entries, else None.
func instanceDictOrNone(v Value) Value {
	if v.IsImmediate() {
	} else if d := v.header().instDict(); d != nil && d.Len() > 0 {
		return ValueOf(d)
	}
	return None
}

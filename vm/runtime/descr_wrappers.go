package runtime

import "fmt"

// This file defines wrapper_descriptor and method-wrapper, the types of
// the dunder methods of builtin types that stand for a type slot:
// object.__init__ is <slot wrapper '__init__' of 'object' objects> and
// (1).__add__ a <method-wrapper '__add__' of int object at 0x...>, where
// ordinary Go methods are method_descriptor and builtin_function_or_method.
// Both share the Go layout of the ordinary kinds (BuiltinMethod and
// BuiltinFunction); only the type, hence repr, type() and the messages of
// a wrong call, differ. AddMethod picks the type from the method's name.
// It also defines the attributes of unbound Go methods and the functions
// a type binds to itself (__new__, static methods).

// The types of slot dunders, unbound and bound.
var (
	WrapperDescriptorType = NewBuiltinType("wrapper_descriptor", ObjectType, LayoutOther, 0)
	MethodWrapperType     = NewBuiltinType("method-wrapper", ObjectType, LayoutOther, 0)
)

// isSlotDunder reports whether name is one of the names CPython's
// slotdefs give a wrapper_descriptor when a builtin type fills the slot. A
// switch, not a map: a map literal is built by code at every start, and
// only the first Dict() of a type reads this.
func isSlotDunder(name string) bool {
	switch name {
	case "__getattribute__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
		"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__",
		"__init__", "__del__", "__await__", "__aiter__", "__anext__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
		"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__",
		"__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
		"__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__",
		"__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
		"__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__",
		"__matmul__", "__rmatmul__", "__imatmul__", "__buffer__", "__release_buffer__":
		return true
	}
	return false
}

// isCoexistingMethod reports whether name, a slot dunder, is one that
// CPython's type typeName defines as an ordinary method beside the slot
// (METH_COEXIST), for speed.
func isCoexistingMethod(typeName, name string) bool {
	switch name {
	case "__getitem__":
		return typeName == "list" || typeName == "dict"
	case "__contains__":
		return typeName == "dict" || typeName == "set" || typeName == "frozenset"
	}
	return false
}

// methodDescrType is the type of t's Go method name: wrapper_descriptor
// for a slot dunder, else method_descriptor.
func methodDescrType(t *Type, name string) *Type {
	if isSlotDunder(name) && !isCoexistingMethod(t.Name, name) {
		return WrapperDescriptorType
	}
	return MethodDescriptorType
}

func init() {
	w := WrapperDescriptorType
	w.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		return bindMethodDescr(descr, obj, MethodWrapperType)
	}
	w.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		m := as[BuiltinMethod](callee)
		if len(args)-len(kwnames) < 1 {
			return Value{}, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", m.Name, m.Owner.TPName())
		}
		if !args[0].Type().IsSubtype(m.Owner) {
			return Value{}, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", m.Name, m.Owner.TPName(), TypeName(args[0]))
		}
		return m.Fn(th, args[0], args[1:], kwnames)
	}
	w.Repr = func(th *Thread, v Value) (Value, error) {
		m := as[BuiltinMethod](v)
		return NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", m.Name, m.Owner.TPName())), nil
	}
	// The descriptors' methods are made with their dicts (type_dict.go).
	for _, t := range []*Type{MethodDescriptorType, ClassMethodDescriptorType, WrapperDescriptorType} {
		t.planAdder(func() {
			addMethodDescrAttrs(t)
			addDescrDunders(t, false)
		})
	}
	for _, t := range []*Type{GetSetDescriptorType, MemberDescriptorType} {
		t.planAdder(func() { addDescrDunders(t, true) })
	}

	mw := MethodWrapperType
	mw.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		f := as[BuiltinFunction](callee)
		return f.Method(th, f.Self, args, kwnames)
	}
	mw.Repr = func(th *Thread, v Value) (Value, error) {
		f := as[BuiltinFunction](v)
		return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", f.Name, TypeName(f.Self), addressOf(f.Self))), nil
	}
	mw.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		// Two lookups of the same slot on the same object are equal.
		if (op != CmpEQ && op != CmpNE) || b.p == nil || b.IsImmediate() || b.Type() != MethodWrapperType {
			return NotImplemented, nil
		}
		fa, fb := as[BuiltinFunction](a), as[BuiltinFunction](b)
		eq := fa.Name == fb.Name && Is(fa.Self, fb.Self)
		return Bool(eq == (op == CmpEQ)), nil
	}
	mw.planAdder(func() { addBuiltinFunctionAttrs(mw) })
	mw.AddGetSet("__objclass__", func(th *Thread, self Value) (Value, error) {
		f := as[BuiltinFunction](self)
		if m, ok := f.Self.Type().Lookup(f.Name), true; ok && m.p != nil && !m.IsImmediate() && m.Type() == WrapperDescriptorType {
			return ValueOf(as[BuiltinMethod](m).Owner), nil
		}
		return ValueOf(f.Self.Type()), nil
	}, nil)
}

// reduceAsGetattr is the __reduce__ value (getattr, (obj, name)).
func reduceAsGetattr(th *Thread, obj Value, name string) Value {
	getattr, _ := th.Interp.Builtins.GetStr("getattr")
	return NewTuple([]Value{getattr, NewTuple([]Value{obj, NewStr(name)})})
}

// addMethodDescrAttrs gives a type of unbound Go methods the
// introspection attributes of CPython's descriptors: __name__,
// __qualname__ ('list.append') and __objclass__ (the defining type).
func addMethodDescrAttrs(t *Type) {
	addNoDoc(t)
	// CPython's descr_reduce: a descriptor pickles (and copies) as the
	// attribute lookup that finds it.
	t.AddMethod("__reduce__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".__reduce__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		m := as[BuiltinMethod](self)
		return reduceAsGetattr(th, ValueOf(m.Owner), m.Name), nil
	})
	t.AddGetSet("__name__", func(th *Thread, self Value) (Value, error) {
		return NewStr(as[BuiltinMethod](self).Name), nil
	}, nil)
	t.AddGetSet("__qualname__", func(th *Thread, self Value) (Value, error) {
		m := as[BuiltinMethod](self)
		return NewStr(m.Owner.Qualname + "." + m.Name), nil
	}, nil)
	t.AddGetSet("__objclass__", func(th *Thread, self Value) (Value, error) {
		return ValueOf(as[BuiltinMethod](self).Owner), nil
	}, nil)
}

// bindMethodDescr is the __get__ of an unbound Go method (a
// method_descriptor or wrapper_descriptor): itself through the class, else
// a method of type bound (builtin_function_or_method or method-wrapper)
// bound to obj, which must be an instance of the method's type.
func bindMethodDescr(descr, obj Value, bound *Type) (Value, error) {
	if obj.p == nil {
		return descr, nil
	}
	m := as[BuiltinMethod](descr)
	if !obj.Type().IsSubtype(m.Owner) {
		return Value{}, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.TPName(), TypeName(obj))
	}
	return ValueOf(&BuiltinFunction{Object: Object{typ: bound}, Name: m.Name, Method: m.Fn, Self: obj}), nil
}

// typeBoundFunction is a Go function bound to a type that it ignores, as
// CPython binds a type's __new__ and its METH_STATIC methods: its repr is
// <built-in method NAME of type object at 0x...> and its __qualname__
// "type.NAME".
func typeBoundFunction(t *Type, name string, fn NativeFunc) Value {
	return ValueOf(&BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: name, Self: ValueOf(t),
		Method: func(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) { return fn(th, args, kwnames) }})
}

// CheckSlotArgCount checks the arguments of a slot dunder called as a
// method, with the messages of CPython's slot wrappers: check_num_args
// for the unary and binary slots ("expected 1 argument, got 0"), and
// PyArg_UnpackTuple with an empty name for the others (" expected 2
// arguments, got 1", leading space included).
func CheckSlotArgCount(name string, args []Value, kwnames []string, min, max int) error {
	if min == max && min <= 1 {
		return numWrapperArgs(name, args, kwnames, min)
	}
	if len(kwnames) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return Errorf(TypeError, " expected %d arguments, got %d", min, n)
	case n < min:
		return Errorf(TypeError, " expected at least %d argument%s, got %d", min, plural(min), n)
	case n > max:
		return Errorf(TypeError, " expected at most %d argument%s, got %d", max, plural(max), n)
	}
	return nil
}

// addDescrDunders gives a builtin descriptor type the __get__ (and, with
// settable, __set__ and __delete__) slot wrappers of CPython, so that
// str.join.__get__("-") and Slots.a.__set__(obj, 1) work. The slots are
// read when called: the types' init functions fill them in any order.
// Owner-checked descriptors (getset, member) refuse foreign objects
// before their Go accessors see them.
func addDescrDunders(t *Type, settable bool) {
	check := func(descr, obj Value) error {
		var name string
		var owner *Type
		switch d := descr.Type(); d {
		case GetSetDescriptorType:
			name, owner = as[GetSetDescriptor](descr).Name, as[GetSetDescriptor](descr).Owner
		case MemberDescriptorType:
			name, owner = as[MemberDescriptor](descr).Name, as[MemberDescriptor](descr).Owner
		default:
			return nil
		}
		if !obj.Type().IsSubtype(owner) {
			return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.TPName(), TypeName(obj))
		}
		return nil
	}
	t.AddMethod("__get__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckSlotArgCount("__get__", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		obj, owner := args[0], (*Type)(nil)
		if len(args) == 2 && !args[1].IsNone() {
			ot, ok := AsType(args[1])
			if !ok {
				return Value{}, Errorf(TypeError, "descriptor '__get__' for type '%s' needs a type, not a '%s' as arg 2", t.Name, TypeName(args[1]))
			}
			owner = ot
		}
		if obj.IsNone() {
			if owner == nil {
				return Value{}, Errorf(TypeError, "__get__(None, None) is invalid")
			}
			obj = Value{}
		} else if err := check(self, obj); err != nil {
			return Value{}, err
		}
		return t.DescrGet(th, self, obj, owner)
	})
	if !settable {
		return
	}
	t.AddMethod("__set__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckSlotArgCount("__set__", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		if err := check(self, args[0]); err != nil {
			return Value{}, err
		}
		return None, t.DescrSet(th, self, args[0], args[1])
	})
	t.AddMethod("__delete__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckSlotArgCount("__delete__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if err := check(self, args[0]); err != nil {
			return Value{}, err
		}
		return None, t.DescrSet(th, self, args[0], Value{})
	})
}

// CheckRepeatArgCount checks the argument of a sequence's __mul__,
// __rmul__ or __imul__, whose CPython slot wrapper (wrap_indexargfunc)
// unpacks it with PyArg_UnpackTuple: " expected 1 argument, got 0".
func CheckRepeatArgCount(name string, args []Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Errorf(TypeError, " expected 1 argument, got %d", len(args))
	}
	return nil
}

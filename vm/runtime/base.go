package runtime

import (
	"fmt"
	"unsafe"
)

// This file gives the slots of object, type, module and the builtin
// function and descriptor types: the minimum every other type builds on.

func init() {
	ObjectType.GetAttr = GenericGetAttr
	ObjectType.SetAttr = GenericSetAttr
	ObjectType.Repr = defaultRepr
	ObjectType.Hash = func(th *Thread, v Value) (int64, error) {
		// Identity hash: the address, rotated as CPython does so the low
		// bits (always zero by alignment) carry information.
		p := uint64(uintptr(v.p))
		return int64((p >> 4) | (p<<60)&(1<<63-1)), nil
	}
	ObjectType.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		switch op {
		case CmpEQ:
			if Is(a, b) {
				return True, nil
			}
		case CmpNE:
			// object.__ne__ inverts __eq__ unless it is NotImplemented.
			if eq := a.Type().Compare; eq != nil {
				r, err := eq(th, CmpEQ, a, b)
				if err != nil || Is(r, NotImplemented) {
					return r, err
				}
				t, err := Truth(th, r)
				return Bool(!t), err
			}
		}
		return NotImplemented, nil
	}
	ObjectType.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		o := &Object{typ: t}
		if t.Flags&FlagHasDict != 0 {
			o.dict = NewDict()
		}
		return ValueOf(o), nil
	}
	ObjectType.Init = func(th *Thread, self Value, args []Value, kwnames []string) error { return nil }

	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.Call = typeCall
	TypeType.Repr = func(th *Thread, v Value) (Value, error) {
		t := as[Type](v)
		if t.Module == "builtins" || t.Module == "" {
			return NewStr(fmt.Sprintf("<class '%s'>", t.Qualname)), nil
		}
		return NewStr(fmt.Sprintf("<class '%s.%s'>", t.Module, t.Qualname)), nil
	}

	ModuleType.GetAttr = func(th *Thread, v Value, name *Str) (Value, error) {
		if r, ok := v.header().dict.GetStr(name.text()); ok {
			return r, nil
		}
		r, err := GenericGetAttr(th, v, name)
		if err != nil && IsInstanceOf(err, AttributeError) {
			if ga, ok := v.header().dict.GetStr("__getattr__"); ok {
				return Call(th, ga, []Value{ValueOf(name)}, nil)
			}
			return Value{}, Errorf(AttributeError, "module '%s' has no attribute '%s'", as[Module](v).Name, name.text())
		}
		return r, err
	}

	BuiltinFunctionType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		f := as[BuiltinFunction](callee)
		if f.Method != nil {
			return f.Method(th, f.Self, args, kwnames)
		}
		return f.Fn(th, args, kwnames)
	}
	BuiltinFunctionType.Repr = func(th *Thread, v Value) (Value, error) {
		f := as[BuiltinFunction](v)
		if f.Method != nil {
			return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", f.Name, TypeName(f.Self), uintptr(f.Self.p))), nil
		}
		return NewStr(fmt.Sprintf("<built-in function %s>", f.Name)), nil
	}

	BuiltinFunctionType.planAdder(func() { addBuiltinFunctionAttrs(BuiltinFunctionType) }) // with the dict (type_dict.go)

	MethodDescriptorType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		return bindMethodDescr(descr, obj, BuiltinFunctionType)
	}
	MethodDescriptorType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		m := as[BuiltinMethod](callee)
		if len(args)-len(kwnames) < 1 {
			return Value{}, Errorf(TypeError, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
		}
		if !args[0].Type().IsSubtype(m.Owner) {
			return Value{}, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.TPName(), TypeName(args[0]))
		}
		return m.Fn(th, args[0], args[1:], kwnames)
	}
	MethodDescriptorType.Repr = func(th *Thread, v Value) (Value, error) {
		m := as[BuiltinMethod](v)
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", m.Name, m.Owner.TPName())), nil
	}
	ClassMethodDescriptorType.Repr = MethodDescriptorType.Repr
	GetSetDescriptorType.Repr = func(th *Thread, v Value) (Value, error) {
		d := as[GetSetDescriptor](v)
		return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.Name, d.Owner.TPName())), nil
	}

	ClassMethodDescriptorType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		m := as[BuiltinMethod](descr)
		if owner == nil {
			owner = obj.Type()
		}
		return ValueOf(&BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: m.Name, Method: m.Fn, Self: ValueOf(owner)}), nil
	}

	GetSetDescriptorType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.p == nil {
			return descr, nil
		}
		return as[GetSetDescriptor](descr).Get(th, obj)
	}
	GetSetDescriptorType.DescrSet = func(th *Thread, descr, obj, val Value) error {
		d := as[GetSetDescriptor](descr)
		if d.Set == nil {
			if val.p == nil {
				return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
			}
			return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
		}
		return d.Set(th, obj, val)
	}

	NoneType.Repr = func(th *Thread, v Value) (Value, error) { return NewStr("None"), nil }
	NoneType.Hash = func(th *Thread, v Value) (int64, error) { return 0xFCA86420, nil }
	ObjectType.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n" +
		"instance that has no instance attributes and cannot be given any.\n"
	NoneType.AddMethod("__bool__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return False, CheckArgCount("NoneType.__bool__", args, kwnames, 0, 0)
	})
	NotImplementedType.Repr = func(th *Thread, v Value) (Value, error) { return NewStr("NotImplemented"), nil }
	EllipsisType.Repr = func(th *Thread, v Value) (Value, error) { return NewStr("Ellipsis"), nil }
}

// typeGetAttr is type.__getattribute__: data descriptors of the metatype,
// then the class's MRO (bound through DescrGet with no instance), then other
// metatype attributes.
func typeGetAttr(th *Thread, v Value, name *Str) (Value, error) {
	t := as[Type](v)
	meta := v.Type()
	metaAttr := typeLookupName(meta, name)
	if metaAttr.p != nil {
		if mt := metaAttr.Type(); mt.DescrGet != nil && mt.DescrSet != nil {
			return mt.DescrGet(th, metaAttr, v, meta)
		}
	}
	if attr := typeLookupName(t, name); attr.p != nil {
		if get := attr.Type().DescrGet; get != nil {
			return get(th, attr, Value{}, t)
		}
		return attr, nil
	}
	if metaAttr.p != nil {
		if get := metaAttr.Type().DescrGet; get != nil {
			return get(th, metaAttr, v, meta)
		}
		return metaAttr, nil
	}
	if r, ok := typeSpecialAttr(t, name.text()); ok {
		return r, nil
	}
	return Value{}, Errorf(AttributeError, "type object '%s' has no attribute '%s'", t.Name, name.text())
}

// typeSpecialAttr answers the attributes every type has.
func typeSpecialAttr(t *Type, name string) (Value, bool) {
	switch name {
	case "__name__":
		return NewStr(t.Name), true
	case "__qualname__":
		return NewStr(t.Qualname), true
	case "__module__":
		return NewStr(t.Module), true
	case "__dict__":
		return NewMappingProxy(ValueOf(t.Dict())), true
	case "__base__":
		if t.Base == nil {
			return None, true
		}
		return ValueOf(t.Base), true
	case "__bases__":
		items := make([]Value, len(t.Bases))
		for i, b := range t.Bases {
			items[i] = ValueOf(b)
		}
		return NewTuple(items), true
	case "__mro__":
		items := make([]Value, len(t.MRO))
		for i, b := range t.MRO {
			items[i] = ValueOf(b)
		}
		return NewTuple(items), true
	case "__doc__":
		if t.Doc == "" {
			return None, true
		}
		return NewStr(t.Doc), true
	}
	return Value{}, false
}

// typeSetAttr sets a class attribute. Builtin types are immutable.
func typeSetAttr(th *Thread, v Value, name *Str, val Value) error {
	t := as[Type](v)
	if t.Flags&FlagHeapType == 0 {
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name.text(), t.staticTypeName())
	}
	if attr := v.Type().Lookup(name.text()); attr.p != nil {
		if set := attr.Type().DescrSet; set != nil {
			return set(th, attr, v, val)
		}
	}
	switch name.text() {
	case "__name__":
		if val.p != nil && val.Type() == StrType {
			t.Name = StrValue(val)
			return nil
		}
	case "__qualname__":
		if val.p != nil && val.Type() == StrType {
			t.Qualname = StrValue(val)
			return nil
		}
	}
	if val.p == nil {
		if !t.Dict().DeleteStr(name.text()) {
			return Errorf(AttributeError, "type object '%s' has no attribute '%s'", t.Name, name.text())
		}
	} else {
		t.Dict().SetStr(name.text(), val)
	}
	if hook := typeAttrChanged; hook != nil {
		hook(t, name.text())
	}
	return nil
}

// typeAttrChanged, if set, is told when a class attribute changes, so that
// slot wrappers of Python classes can follow a new or deleted dunder.
var typeAttrChanged func(t *Type, name string)

// SetTypeAttrChangedHook installs the hook called after a class attribute
// is set or deleted.
func SetTypeAttrChangedHook(f func(t *Type, name string)) { typeAttrChanged = f }

// typeCall is type.__call__: type(x) with one argument returns x's type;
// otherwise t.__new__ makes the instance and, if it is an instance of t,
// t.__init__ initialises it.
func typeCall(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
	t := as[Type](callee)
	if t == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return ValueOf(args[0].Type()), nil
	}
	if t.New == nil {
		return Value{}, Errorf(TypeError, "cannot create '%s' instances", t.FullName())
	}
	obj, err := t.New(th, t, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if t.Finalize != nil && !newIsPython(t) {
		th.WatchDel(obj) // a Python __new__ reached newWrapper, which did
	}
	if !obj.Type().IsSubtype(t) {
		return obj, nil
	}
	// The new object's own type initialises it, as in CPython's type_call:
	// type('C', (Base,), ns) makes an instance of Base's metaclass, whose
	// __init__ must run.
	init := obj.Type().Init
	if init == nil {
		return obj, nil
	}
	if err := init(th, obj, args, kwnames); err != nil {
		return Value{}, err
	}
	return obj, nil
}

// addressOf is the address printed by default reprs.
func addressOf(v Value) uintptr { return uintptr(unsafe.Pointer(v.p)) }

// addNoDoc gives a type of Go functions or methods __doc__, None as for a
// CPython C function without a docstring: Kiln keeps no docstrings for
// what it writes in Go, but code such as functools.cached_property reads
// the attribute unconditionally.
func addNoDoc(t *Type) {
	t.AddGetSet("__doc__", func(th *Thread, self Value) (Value, error) { return None, nil }, nil)
}

// addBuiltinFunctionAttrs gives builtin functions and methods CPython's
// introspection attributes: a function of a module names that module, a
// method its receiver, and __qualname__ is prefixed by the receiver's class
// (print.__qualname__ is 'print', [].append.__qualname__ 'list.append').
func addBuiltinFunctionAttrs(t *Type) {
	addNoDoc(t)
	// CPython's meth_reduce: a module's function pickles as its name (a
	// global), a bound method as the attribute lookup on its receiver.
	t.AddMethod("__reduce__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".__reduce__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		f := as[BuiltinFunction](self)
		if f.Method == nil {
			return NewStr(f.Name), nil
		}
		return reduceAsGetattr(th, f.Self, f.Name), nil
	})
	t.AddGetSet("__name__", func(th *Thread, self Value) (Value, error) {
		return NewStr(as[BuiltinFunction](self).Name), nil
	}, nil)
	t.AddGetSet("__qualname__", func(th *Thread, self Value) (Value, error) {
		f := as[BuiltinFunction](self)
		if f.Method == nil {
			return NewStr(f.Name), nil
		}
		owner := f.Self.Type()
		if ot, ok := AsType(f.Self); ok {
			owner = ot
		}
		return NewStr(owner.Qualname + "." + f.Name), nil
	}, nil)
	t.AddGetSet("__module__", func(th *Thread, self Value) (Value, error) {
		f := as[BuiltinFunction](self)
		if f.Method != nil || f.Module == "" {
			return None, nil
		}
		return NewStr(f.Module), nil
	}, nil)
	t.AddGetSet("__self__", func(th *Thread, self Value) (Value, error) {
		f := as[BuiltinFunction](self)
		if f.Method != nil {
			return f.Self, nil
		}
		if m, ok := th.Interp.Modules.GetStr(f.Module); ok {
			return m, nil
		}
		return None, nil
	}, nil)
}

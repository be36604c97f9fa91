package runtime

// This file defines the Python-visible methods and attributes of object and
// type: what object.__init__, type.mro, C.__name__ and the like find in
// their dicts.

// newWrapper makes the __new__ entry of a builtin type's dict: a function
// taking the class to instantiate first, with CPython's checks, bound to
// the type as CPython's tp_new wrapper is (<built-in method __new__ of type
// object at 0x...>).
func newWrapper(owner *Type) Value {
	return typeBoundFunction(owner, "__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args)-len(kwnames) < 1 {
			return Value{}, Errorf(TypeError, "%s.__new__(): not enough arguments", owner.Name)
		}
		sub, ok := AsType(args[0])
		if !ok {
			return Value{}, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", owner.Name, TypeName(args[0]))
		}
		if !sub.IsSubtype(owner) {
			return Value{}, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
		}
		// Refuse to build a builtin's instance with a less derived
		// builtin's __new__: its Go struct would be wrong.
		if bb := builtinBase(sub); bb != owner && bb.Layout != owner.Layout {
			return Value{}, Errorf(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, sub.Name, bb.Name)
		}
		obj, err := owner.New(th, sub, args[1:], kwnames)
		if err == nil && sub.Finalize != nil {
			th.WatchDel(obj)
		}
		return obj, err
	})
}

// addObjectMethods fills object's dict with its Python-visible methods.
func addObjectMethods() {
	o := ObjectType
	o.SetAttrStr("__new__", newWrapper(o))
	o.AddMethod("__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, objectInit(th, self, args, kwnames)
	})
	o.AddMethod("__repr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__repr__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return defaultRepr(th, self)
	})
	o.AddMethod("__str__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__str__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return ReprValue(th, self)
	})
	o.AddMethod("__hash__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__hash__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		h, err := ObjectType.Hash(th, self)
		return Int(h), err
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		o.AddMethod(op.Dunder(), func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(op.Dunder(), args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			return ObjectType.Compare(th, op, self, args[0])
		})
	}
	o.AddMethod("__format__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__format__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if args[0].Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if StrValue(args[0]) != "" {
			return Value{}, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(self))
		}
		return StrOf(th, self)
	})
	o.AddMethod("__getattribute__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__getattribute__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Value{}, err
		}
		return GenericGetAttr(th, self, name)
	})
	addAttrSetters(o, func(th *Thread, self Value, name *Str, val Value) error {
		fname := "__setattr__"
		if val.p == nil {
			fname = "__delattr__"
		}
		if err := typeObjectCheck(self, fname); err != nil {
			return err
		}
		return GenericSetAttr(th, self, name, val)
	})
	o.AddMethod("__dir__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__dir__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return objectDir(th, self)
	})
	o.AddClassMethod("__init_subclass__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", as[Type](self).Name)
		}
		if len(args) > 0 {
			return Value{}, Errorf(TypeError, "%s.__init_subclass__() takes no arguments (%d given)", as[Type](self).Name, len(args))
		}
		return None, nil
	})
	o.AddClassMethod("__subclasshook__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return NotImplemented, nil
	})
	o.AddGetSet("__class__", func(th *Thread, self Value) (Value, error) {
		return ValueOf(self.Type()), nil
	}, setClass)
}

// typeObjectCheck is CPython's hackcheck for object.__setattr__ and
// __delattr__: applied to a class they would write its dict behind
// type.__setattr__'s back (no immutability check, no slot refresh).
func typeObjectCheck(self Value, fname string) error {
	if !self.IsImmediate() && self.Type().IsSubtype(TypeType) {
		return Errorf(TypeError, "can't apply this %s to type object", fname)
	}
	return nil
}

// addAttrSetters adds t's __setattr__ and __delattr__ slot wrappers, both
// calling set (with a zero value to delete).
func addAttrSetters(t *Type, set func(th *Thread, self Value, name *Str, val Value) error) {
	t.AddMethod("__setattr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := attrWrapperArgCount("__setattr__", args, kwnames, 2); err != nil {
			return Value{}, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Value{}, err
		}
		return None, set(th, self, name, args[1])
	})
	t.AddMethod("__delattr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := attrWrapperArgCount("__delattr__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Value{}, err
		}
		return None, set(th, self, name, Value{})
	})
}

// attrWrapperArgCount checks the arguments of the __setattr__ and
// __delattr__ slot wrappers with CPython's messages (wrap_setattr unpacks
// its tuple under an empty name, hence the leading space).
func attrWrapperArgCount(fname string, args []Value, kwnames []string, want int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", fname)
	}
	if len(args) == want {
		return nil
	}
	if want == 1 {
		return Errorf(TypeError, "expected 1 argument, got %d", len(args))
	}
	return Errorf(TypeError, " expected %d arguments, got %d", want, len(args))
}

// attrName checks that an attribute name argument (of getattr and
// friends, and of the attribute slot wrappers) is a str.
func attrName(v Value) (*Str, error) {
	if v.Type().Layout != LayoutStr {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(v))
	}
	return as[Str](v), nil
}

// setClass is obj.__class__ = C: allowed between Python classes whose
// instances have the same layout.
func setClass(th *Thread, self, v Value) error {
	if v.p == nil {
		return Errorf(TypeError, "can't delete __class__ attribute")
	}
	nt, ok := AsType(v)
	if !ok {
		return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
	}
	old := self.Type()
	if self.IsImmediate() || !isHeapType(nt) || !isHeapType(old) {
		return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !sameLayout(old, nt) {
		return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, old.Name)
	}
	// A split instance's values are in old's names' order: the dict
	// first. An instance without a dict would read as split in nt.
	o := self.header()
	splitDrop(o)
	if o.dict == nil && nt.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	o.typ = nt
	if nt.Finalize != nil {
		th.WatchDel(self)
	}
	return nil
}

// sameLayout reports whether instances of a and b have the same Go struct,
// slots and dict.
func sameLayout(a, b *Type) bool {
	if solidBase(a).Layout != solidBase(b).Layout || builtinBase(a) != builtinBase(b) ||
		a.Flags&FlagHasDict != b.Flags&FlagHasDict || len(a.Slots) != len(b.Slots) {
		return false
	}
	for i := range a.Slots {
		if a.Slots[i] != b.Slots[i] {
			return false
		}
	}
	return true
}

// objectDir is object.__dir__: the instance dict's keys and the attributes
// of the class and its bases.
func objectDir(th *Thread, self Value) (Value, error) {
	names := NewDict()
	if self.IsImmediate() {
	} else if d := self.header().instDict(); d != nil {
		for _, k := range d.Keys() {
			names.Set(th, k, None)
		}
	}
	cls := ValueOf(self.Type())
	if c, ok, err := GetAttrOK(th, self, "__class__"); err != nil {
		return Value{}, err
	} else if ok {
		cls = c
	}
	if ct, ok := AsType(cls); ok {
		mergeClassDict(th, ct, names)
	}
	return NewList(names.Keys()), nil
}

// mergeClassDict adds the attribute names of t and its MRO to names, and
// __doc__, which every CPython type has in its dict (builtinTypeDoc).
func mergeClassDict(th *Thread, t *Type, names *Dict) {
	for _, m := range t.MRO {
		for _, k := range m.Dict().Keys() {
			names.Set(th, k, None)
		}
	}
	names.SetStr("__doc__", None)
}

// addTypeMethods fills type's dict with its Python-visible methods and
// attributes.
func addTypeMethods() {
	t := TypeType
	t.SetAttrStr("__new__", newWrapper(t))
	t.AddMethod("__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, typeInit(th, self, args, kwnames)
	})
	t.AddMethod("__call__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return typeCall(th, self, args, kwnames)
	})
	t.AddMethod("__repr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return TypeType.Repr(th, self)
	})
	// type.__setattr__ and __delattr__ go through typeSetAttr, which
	// refreshes the Go slots of the class and its subclasses; a
	// metaclass's __setattr__ calling super().__setattr__ lands here, so
	// this must not dispatch through self's type again.
	addAttrSetters(t, typeSetAttr)
	t.AddMethod("mro", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("mro", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return NewList(typesToValues(as[Type](self).MRO)), nil
	})
	t.AddMethod("__subclasses__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__subclasses__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return NewList(typesToValues(as[Type](self).Subclasses())), nil
	})
	t.AddMethod("__instancecheck__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__instancecheck__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		ok, err := recursiveIsInstance(th, args[0], self)
		return Bool(ok), err
	})
	t.AddMethod("__subclasscheck__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__subclasscheck__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		ok, err := recursiveIsSubclass(th, args[0], self)
		return Bool(ok), err
	})
	t.AddMethod("__dir__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		names := NewDict()
		mergeClassDict(th, as[Type](self), names)
		return NewList(names.Keys()), nil
	})
	t.AddClassMethod("__prepare__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return ValueOf(NewDict()), nil
	})
	nameAttr := func(attr string, field func(*Type) *string) {
		t.AddGetSet(attr, func(th *Thread, self Value) (Value, error) {
			return NewStr(*field(as[Type](self))), nil
		}, func(th *Thread, self, v Value) error {
			tt := as[Type](self)
			if err := checkTypeSettable(tt, attr, v); err != nil {
				return err
			}
			if v.Type().Layout != LayoutStr {
				return Errorf(TypeError, "can only assign string to %s.%s, not '%s'", tt.Name, attr, TypeName(v))
			}
			*field(tt) = StrValue(v)
			return nil
		})
	}
	nameAttr("__name__", func(t *Type) *string { return &t.Name })
	nameAttr("__qualname__", func(t *Type) *string { return &t.Qualname })
	t.AddGetSet("__module__", func(th *Thread, self Value) (Value, error) {
		tt := as[Type](self)
		if isHeapType(tt) {
			if m, ok := tt.Dict().GetStr("__module__"); ok {
				return m, nil
			}
		}
		return NewStr(tt.Module), nil
	}, func(th *Thread, self, v Value) error {
		tt := as[Type](self)
		if err := checkTypeSettable(tt, "__module__", v); err != nil {
			return err
		}
		tt.Dict().SetStr("__module__", v)
		if v.Type().Layout == LayoutStr {
			tt.Module = StrValue(v)
		}
		return nil
	})
	t.AddGetSet("__doc__", func(th *Thread, self Value) (Value, error) {
		tt := as[Type](self)
		if d, ok := tt.Dict().GetStr("__doc__"); ok && isHeapType(tt) {
			if get := d.Type().DescrGet; get != nil {
				return get(th, d, Value{}, tt)
			}
			return d, nil
		}
		if tt.Doc == "" {
			return None, nil
		}
		return NewStr(tt.Doc), nil
	}, func(th *Thread, self, v Value) error {
		tt := as[Type](self)
		if err := checkTypeSettable(tt, "__doc__", v); err != nil {
			return err
		}
		tt.Dict().SetStr("__doc__", v)
		return nil
	})
	// __annotations__ is the class's own (never a base's), made empty on
	// first use when the body annotated nothing, as CPython 3.12's
	// type_get_annotations does; builtin types have none.
	t.AddGetSet("__annotations__", func(th *Thread, self Value) (Value, error) {
		tt := as[Type](self)
		if !isHeapType(tt) {
			return Value{}, Errorf(AttributeError, "type object '%s' has no attribute '__annotations__'", tt.staticTypeName())
		}
		if a, ok := tt.Dict().GetStr("__annotations__"); ok {
			if get := a.Type().DescrGet; get != nil {
				return get(th, a, Value{}, tt)
			}
			return a, nil
		}
		a := ValueOf(NewDict())
		tt.Dict().SetStr("__annotations__", a)
		return a, nil
	}, func(th *Thread, self, v Value) error {
		tt := as[Type](self)
		if !isHeapType(tt) {
			return Errorf(TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", tt.staticTypeName())
		}
		if !v.IsValid() {
			if !tt.Dict().DeleteStr("__annotations__") {
				return Errorf(AttributeError, "__annotations__")
			}
			return nil
		}
		tt.Dict().SetStr("__annotations__", v)
		return nil
	})
	for _, name := range []string{"__bases__", "__base__", "__mro__"} {
		name := name
		t.AddGetSet(name, func(th *Thread, self Value) (Value, error) {
			v, _ := typeSpecialAttr(as[Type](self), name)
			return v, nil
		}, nil)
	}
	t.AddGetSet("__dict__", func(th *Thread, self Value) (Value, error) {
		return NewMappingProxy(ValueOf(as[Type](self).Dict())), nil
	}, nil)
	t.AddGetSet("__abstractmethods__", func(th *Thread, self Value) (Value, error) {
		if v, ok := as[Type](self).Dict().GetStr("__abstractmethods__"); ok && self.p != ValueOf(TypeType).p {
			return v, nil
		}
		return Value{}, Errorf(AttributeError, "__abstractmethods__")
	}, func(th *Thread, self, v Value) error {
		tt := as[Type](self)
		if err := checkTypeSettable(tt, "__abstractmethods__", v); err != nil {
			return err
		}
		abstract := false
		if v.p == nil {
			if !tt.Dict().DeleteStr("__abstractmethods__") {
				return Errorf(AttributeError, "__abstractmethods__")
			}
		} else {
			var err error
			if abstract, err = Truth(th, v); err != nil {
				return err
			}
			tt.Dict().SetStr("__abstractmethods__", v)
		}
		if abstract {
			tt.Flags |= FlagAbstract
		} else {
			tt.Flags &^= FlagAbstract
		}
		return nil
	})
}

// checkTypeSettable refuses to change attributes of builtin types, and
// deleting the attributes every type must have.
func checkTypeSettable(t *Type, name string, v Value) error {
	if !isHeapType(t) {
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t.staticTypeName())
	}
	if v.p == nil {
		return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t.staticTypeName())
	}
	return nil
}

// typesToValues converts a slice of types to type values.
func typesToValues(ts []*Type) []Value {
	out := make([]Value, len(ts))
	for i, t := range ts {
		out[i] = ValueOf(t)
	}
	return out
}

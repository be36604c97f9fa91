package runtime

import "fmt"

// This file defines the descriptor types written for Python classes:
// property, classmethod, staticmethod, and the member descriptors that
// give access to __slots__.

// Descriptor types. property, classmethod and staticmethod may be
// subclassed; Go code recognises their instances with IsSubtype.
var (
	PropertyType         = NewBuiltinType("property", ObjectType, LayoutOther, FlagBaseType)
	ClassMethodType      = NewBuiltinType("classmethod", ObjectType, LayoutOther, FlagBaseType|FlagHasDict)
	StaticMethodType     = NewBuiltinType("staticmethod", ObjectType, LayoutOther, FlagBaseType|FlagHasDict)
	MemberDescriptorType = NewBuiltinType("member_descriptor", ObjectType, LayoutOther, 0)
)

// Property is a property object.
type Property struct {
	Object
	fget, fset, fdel, doc Value // None when absent
	name                  Value // set by __set_name__; zero if unknown
}

// FuncWrapper is a classmethod or staticmethod object: it wraps a callable.
type FuncWrapper struct {
	Object
	fn Value
}

// MemberDescriptor gives access to one entry of __slots__.
type MemberDescriptor struct {
	Object
	Name  string
	Owner *Type
	Index int // position in the instance's slot values
}

// NewStaticMethod returns staticmethod(fn).
func NewStaticMethod(fn Value) Value {
	return ValueOf(&FuncWrapper{Object: Object{typ: StaticMethodType, dict: NewDict()}, fn: fn})
}

// NewClassMethod returns classmethod(fn).
func NewClassMethod(fn Value) Value {
	return ValueOf(&FuncWrapper{Object: Object{typ: ClassMethodType, dict: NewDict()}, fn: fn})
}

func init() {
	initProperty()
	initFuncWrappers()
	initMemberDescriptor()
	MethodType.New = methodNew
}

// methodNew is types.MethodType(function, instance): a bound method made
// by hand, as a function's __get__ makes one.
func methodNew(th *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("method", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeError, "method expected 2 arguments, got %d", len(args))
	}
	if args[0].Type().Call == nil {
		return Value{}, Errorf(TypeError, "first argument must be callable")
	}
	if args[1].IsNone() {
		return Value{}, Errorf(TypeError, "instance must not be None")
	}
	return NewMethod(args[0], args[1]), nil
}

func initProperty() {
	p := PropertyType
	p.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		return ValueOf(&Property{Object: Object{typ: t}, fget: None, fset: None, fdel: None, doc: None}), nil
	}
	p.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		var fget, fset, fdel, doc Value
		for _, k := range kwnames {
			if k != "fget" && k != "fset" && k != "fdel" && k != "doc" {
				return Errorf(TypeError, "'%s' is an invalid keyword argument for property()", k)
			}
		}
		if err := UnpackArgs("property", args, kwnames, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return err
		}
		pr := as[Property](self)
		pr.fget, pr.fset, pr.fdel, pr.doc = orNone(fget), orNone(fset), orNone(fdel), orNone(doc)
		if pr.doc.IsNone() && !pr.fget.IsNone() {
			if d, ok, err := GetAttrOK(th, pr.fget, "__doc__"); err != nil {
				return err
			} else if ok {
				pr.doc = d
			}
		}
		return nil
	}
	p.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		pr := as[Property](descr)
		if obj.p == nil {
			return descr, nil
		}
		if pr.fget.IsNone() {
			return Value{}, pr.missing(th, obj, "getter")
		}
		return Call(th, pr.fget, []Value{obj}, nil)
	}
	p.DescrSet = func(th *Thread, descr, obj, val Value) error {
		pr := as[Property](descr)
		if val.p == nil {
			if pr.fdel.IsNone() {
				return pr.missing(th, obj, "deleter")
			}
			_, err := Call(th, pr.fdel, []Value{obj}, nil)
			return err
		}
		if pr.fset.IsNone() {
			return pr.missing(th, obj, "setter")
		}
		_, err := Call(th, pr.fset, []Value{obj, val}, nil)
		return err
	}
	field := func(get func(*Property) Value) func(th *Thread, self Value) (Value, error) {
		return func(th *Thread, self Value) (Value, error) { return get(as[Property](self)), nil }
	}
	p.AddGetSet("fget", field(func(pr *Property) Value { return pr.fget }), nil)
	p.AddGetSet("fset", field(func(pr *Property) Value { return pr.fset }), nil)
	p.AddGetSet("fdel", field(func(pr *Property) Value { return pr.fdel }), nil)
	p.AddGetSet("__doc__", field(func(pr *Property) Value { return pr.doc }), func(th *Thread, self, v Value) error {
		as[Property](self).doc = orNone(v)
		return nil
	})
	p.AddGetSet("__isabstractmethod__", func(th *Thread, self Value) (Value, error) {
		pr := as[Property](self)
		for _, f := range []Value{pr.fget, pr.fset, pr.fdel} {
			if v, ok, err := GetAttrOK(th, f, "__isabstractmethod__"); err != nil || (ok && v.IsTrue()) {
				return True, err
			}
		}
		return False, nil
	}, nil)
	// getter, setter and deleter return a copy of the property made by
	// calling its type, so that subclasses of property survive them.
	copyWith := func(which int) NativeMethod {
		return func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			names := [...]string{"getter", "setter", "deleter"}
			if err := CheckArgCount(names[which], args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			pr := as[Property](self)
			fs := []Value{pr.fget, pr.fset, pr.fdel}
			fs[which] = args[0]
			doc := pr.doc
			if which == 0 {
				doc = None // recomputed from the new getter
			}
			r, err := Call(th, ValueOf(self.Type()), append(fs, doc), nil)
			if err != nil {
				return Value{}, err
			}
			if r.Type().IsSubtype(PropertyType) {
				as[Property](r).name = pr.name
			}
			return r, nil
		}
	}
	p.AddMethod("getter", copyWith(0))
	p.AddMethod("setter", copyWith(1))
	p.AddMethod("deleter", copyWith(2))
	p.AddMethod("__set_name__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__set_name__", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		as[Property](self).name = args[1]
		return None, nil
	})
	p.AddMethod("__get__", descrGetMethod)
	p.AddMethod("__set__", descrSetMethod)
	p.AddMethod("__delete__", descrDeleteMethod)
}

// missing is the error for using a property that has no getter, setter or
// deleter: "property 'x' of 'C' object has no setter".
func (pr *Property) missing(th *Thread, obj Value, what string) error {
	name := pr.name
	if name.p == nil && !pr.fget.IsNone() {
		if n, ok, _ := GetAttrOK(th, pr.fget, "__name__"); ok {
			name = n
		}
	}
	if name.p != nil {
		if r, err := Repr(th, name); err == nil {
			return Errorf(AttributeError, "property %s of '%s' object has no %s", r, TypeName(obj), what)
		}
	}
	return Errorf(AttributeError, "property of '%s' object has no %s", TypeName(obj), what)
}

func orNone(v Value) Value {
	if v.p == nil {
		return None
	}
	return v
}

// descrGetMethod is __get__(obj, type=None) of a descriptor with a Go
// DescrGet slot.
func descrGetMethod(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("__get__", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	obj := args[0]
	if obj.IsNone() {
		obj = Value{}
	}
	var owner *Type
	if len(args) == 2 && !args[1].IsNone() {
		owner, _ = AsType(args[1])
	}
	if obj.p == nil && owner == nil {
		return Value{}, Errorf(TypeError, "__get__(None, None) is invalid")
	}
	return self.Type().DescrGet(th, self, obj, owner)
}

// descrSetMethod is __set__(obj, value) of a data descriptor.
func descrSetMethod(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("__set__", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	return None, self.Type().DescrSet(th, self, args[0], args[1])
}

// descrDeleteMethod is __delete__(obj) of a data descriptor.
func descrDeleteMethod(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("__delete__", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	return None, self.Type().DescrSet(th, self, args[0], Value{})
}

func initFuncWrappers() {
	for _, t := range []*Type{ClassMethodType, StaticMethodType} {
		t := t
		t.New = func(th *Thread, sub *Type, args []Value, kwnames []string) (Value, error) {
			if err := NoKwargs(t.Name, kwnames); err != nil {
				return Value{}, err
			}
			if len(args) != 1 {
				return Value{}, Errorf(TypeError, "%s expected 1 argument, got %d", t.Name, len(args))
			}
			w := &FuncWrapper{Object: Object{typ: sub, dict: NewDict()}, fn: args[0]}
			// As CPython's functools_wraps in cm_init/sm_init: the
			// wrapper shows the callable's names and docstring.
			for _, name := range []string{"__module__", "__name__", "__qualname__", "__doc__"} {
				v, ok, err := GetAttrOK(th, args[0], name)
				if err != nil {
					return Value{}, err
				}
				if ok {
					w.dict.SetStr(name, v)
				}
			}
			return ValueOf(w), nil
		}
		t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error { return nil }
		t.Repr = func(th *Thread, v Value) (Value, error) {
			r, err := Repr(th, as[FuncWrapper](v).fn)
			if err != nil {
				return Value{}, err
			}
			return NewStr(fmt.Sprintf("<%s(%s)>", t.Name, r)), nil
		}
		fn := func(th *Thread, self Value) (Value, error) { return as[FuncWrapper](self).fn, nil }
		t.AddGetSet("__func__", fn, nil)
		t.AddGetSet("__wrapped__", fn, nil)
		t.AddGetSet("__isabstractmethod__", func(th *Thread, self Value) (Value, error) {
			v, ok, err := GetAttrOK(th, as[FuncWrapper](self).fn, "__isabstractmethod__")
			if err != nil || !ok {
				return False, err
			}
			b, err := Truth(th, v)
			return Bool(b), err
		}, nil)
		t.AddGetSet("__dict__", instanceDictGet, instanceDictSet)
		t.AddMethod("__get__", descrGetMethod)
	}
	StaticMethodType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		return as[FuncWrapper](descr).fn, nil
	}
	StaticMethodType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		return Call(th, as[FuncWrapper](callee).fn, args, kwnames)
	}
	ClassMethodType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		if owner == nil {
			owner = obj.Type()
		}
		return bindTo(th, as[FuncWrapper](descr).fn, ValueOf(owner))
	}
}

// bindTo binds the callable fn to self as a method: through fn's own
// __get__ when it has one (a Python function gives a bound method), else
// as a builtin method that passes self first.
func bindTo(th *Thread, fn, self Value) (Value, error) {
	if get := fn.Type().DescrGet; get != nil {
		return get(th, fn, self, self.Type())
	}
	name := "?"
	if n, ok, _ := GetAttrOK(th, fn, "__name__"); ok && n.Type().Layout == LayoutStr {
		name = StrValue(n)
	}
	return ValueOf(&BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: name, Self: self,
		Method: func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return Call(th, fn, append([]Value{self}, args...), kwnames)
		}}), nil
}

func initMemberDescriptor() {
	m := MemberDescriptorType
	m.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.p == nil {
			return descr, nil
		}
		d := as[MemberDescriptor](descr)
		if err := d.check(obj); err != nil {
			return Value{}, err
		}
		if v := d.load(obj); v.p != nil {
			return v, nil
		}
		return Value{}, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(obj), d.Name)
	}
	m.DescrSet = func(th *Thread, descr, obj, val Value) error {
		d := as[MemberDescriptor](descr)
		if err := d.check(obj); err != nil {
			return err
		}
		if val.p == nil && d.load(obj).p == nil {
			return Errorf(AttributeError, "%s", d.Name)
		}
		d.store(obj, val)
		return nil
	}
	m.Repr = func(th *Thread, v Value) (Value, error) {
		d := as[MemberDescriptor](v)
		return NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", d.Name, d.Owner.Name)), nil
	}
	m.AddGetSet("__name__", func(th *Thread, self Value) (Value, error) {
		return NewStr(as[MemberDescriptor](self).Name), nil
	}, nil)
	m.AddGetSet("__objclass__", func(th *Thread, self Value) (Value, error) {
		return ValueOf(as[MemberDescriptor](self).Owner), nil
	}, nil)
	m.AddMethod("__get__", descrGetMethod)
	m.AddMethod("__set__", descrSetMethod)
	m.AddMethod("__delete__", descrDeleteMethod)
}

func (d *MemberDescriptor) check(obj Value) error {
	if obj.IsImmediate() || !obj.Type().IsSubtype(d.Owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, TypeName(obj))
	}
	return nil
}

// load returns the slot's value (zero if unset). Instances of classes with
// object's layout hold slots in an Instance; others (subclasses of
// builtins with their own Go struct) keep them in their dict.
func (d *MemberDescriptor) load(obj Value) Value {
	if obj.Type().Layout == LayoutObject {
		return as[Instance](obj).slotValues()[d.Index]
	}
	v, _ := obj.header().dict.GetStr(d.Name)
	return v
}

func (d *MemberDescriptor) store(obj, val Value) {
	if obj.Type().Layout == LayoutObject {
		as[Instance](obj).slotValues()[d.Index] = val
		return
	}
	o := obj.header()
	if o.dict == nil {
		o.dict = NewDict()
	}
	if val.p == nil {
		o.dict.DeleteStr(d.Name)
	} else {
		o.dict.SetStr(d.Name, val)
	}
}

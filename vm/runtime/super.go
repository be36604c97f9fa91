package runtime

import "fmt"

// This file defines super: attribute lookup that starts in the MRO after a
// given class. super(C, obj) and super(C, C2) are built by calling the
// type; the engine compiles zero-argument super() to NewSuper with the
// __class__ cell and the function's first argument.

// SuperType is the type of super objects.
var SuperType = NewBuiltinType("super", ObjectType, LayoutOther, FlagBaseType)

// Super is a super object.
type Super struct {
	Object
	thisClass *Type // the class whose successors in the MRO are searched
	obj       Value // the instance or class bound to; zero if unbound
	objType   *Type // the class whose MRO is searched; nil if unbound
}

// NewSuper returns super(typ, obj).
func NewSuper(th *Thread, typ *Type, obj Value) (Value, error) {
	s := &Super{Object: Object{typ: SuperType}}
	if err := s.bind(th, typ, obj); err != nil {
		return Value{}, err
	}
	return ValueOf(s), nil
}

// bind sets the super object's class and bound object after checking them.
func (s *Super) bind(th *Thread, typ *Type, obj Value) error {
	s.thisClass = typ
	if obj.p == nil || obj.IsNone() {
		return nil
	}
	ot, err := superCheck(th, typ, obj)
	if err != nil {
		return err
	}
	s.obj, s.objType = obj, ot
	return nil
}

// superCheck returns the class whose MRO super(typ, obj) searches: obj
// itself if it is a subclass of typ, else obj's class.
func superCheck(th *Thread, typ *Type, obj Value) (*Type, error) {
	if ot, ok := AsType(obj); ok && ot.IsSubtype(typ) {
		return ot, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	// An object may claim another class through __class__ (proxies).
	if c, ok, err := GetAttrOK(th, obj, "__class__"); err != nil {
		return nil, err
	} else if ok {
		if ct, isType := AsType(c); isType && ct != obj.Type() && ct.IsSubtype(typ) {
			return ct, nil
		}
	}
	return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// superFind finds name in objType's MRO after typ and binds it to obj
// (or, when obj is objType itself, to no instance). ok is false if no
// class there defines it.
func superFind(th *Thread, typ *Type, obj Value, objType *Type, name string) (Value, bool, error) {
	mro := objType.MRO
	i := 0
	for i < len(mro) && mro[i] != typ {
		i++
	}
	for _, m := range mro[min(i+1, len(mro)):] {
		attr, ok := m.Dict().GetStr(name)
		if !ok {
			continue
		}
		if get := attr.Type().DescrGet; get != nil {
			inst := obj
			if ot, isType := AsType(obj); isType && ot == objType {
				inst = Value{}
			}
			r, err := get(th, attr, inst, objType)
			return r, err == nil, err
		}
		return attr, true, nil
	}
	return Value{}, false, nil
}

// superLookup is super(typ, obj).name for Go callers. When no class after
// typ in the MRO defines name (typ may be last: a metaclass can reorder the
// MRO), it falls back, as CPython's do_super_lookup, to the super object's
// own attributes: super(A, A).__init_subclass__ is then object's, bound to
// the super type.
func superLookup(th *Thread, typ *Type, obj Value, objType *Type, name string) (Value, error) {
	r, ok, err := superFind(th, typ, obj, objType, name)
	if err != nil || ok {
		return r, err
	}
	sup, err := NewSuper(th, typ, obj)
	if err != nil {
		return Value{}, err
	}
	return GetAttr(th, sup, name)
}

func init() {
	s := SuperType
	s.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		return ValueOf(&Super{Object: Object{typ: t}}), nil
	}
	s.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if err := NoKwargs("super", kwnames); err != nil {
			return err
		}
		if len(args) == 0 {
			// Only a dynamic call gets here (the compiler passes
			// __class__ and the first argument to a plain super()).
			if f := th.CurrentFrame(); f != nil && f.Code != nil && f.Code.ArgCount > 0 {
				return Errorf(RuntimeError, "super(): __class__ cell not found")
			}
			return Errorf(RuntimeError, "super(): no arguments")
		}
		if len(args) > 2 {
			return Errorf(TypeError, "super() expected at most 2 arguments, got %d", len(args))
		}
		typ, ok := AsType(args[0])
		if !ok {
			return Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		var obj Value
		if len(args) == 2 {
			obj = args[1]
		}
		return as[Super](self).bind(th, typ, obj)
	}
	s.GetAttr = func(th *Thread, v Value, name *Str) (Value, error) {
		sp := as[Super](v)
		if sp.objType != nil && name.text() != "__class__" {
			r, ok, err := superFind(th, sp.thisClass, sp.obj, sp.objType, name.text())
			if err != nil || ok {
				return r, err
			}
		}
		return GenericGetAttr(th, v, name)
	}
	s.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		sp := as[Super](descr)
		if obj.p == nil || obj.IsNone() || sp.obj.p != nil {
			return descr, nil
		}
		return NewSuper(th, sp.thisClass, obj)
	}
	s.Repr = func(th *Thread, v Value) (Value, error) {
		sp := as[Super](v)
		if sp.objType == nil {
			return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", sp.thisClass.Name)), nil
		}
		return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", sp.thisClass.Name, sp.objType.Name)), nil
	}
	s.AddGetSet("__thisclass__", func(th *Thread, self Value) (Value, error) {
		return ValueOf(as[Super](self).thisClass), nil
	}, nil)
	s.AddGetSet("__self__", func(th *Thread, self Value) (Value, error) {
		return orNone(as[Super](self).obj), nil
	}, nil)
	s.AddGetSet("__self_class__", func(th *Thread, self Value) (Value, error) {
		if t := as[Super](self).objType; t != nil {
			return ValueOf(t), nil
		}
		return None, nil
	}, nil)
}

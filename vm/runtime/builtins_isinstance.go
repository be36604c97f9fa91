package runtime

// This file defines isinstance() and issubclass(), as CPython's
// PyObject_IsInstance and PyObject_IsSubclass: exact type fast paths,
// tuples of classes, __instancecheck__ / __subclasscheck__ on the
// metaclass, and the __class__ / __bases__ protocol for objects that are
// not types.

// IsInstance returns isinstance(inst, cls).
func IsInstance(th *Thread, inst, cls Value) (bool, error) {
	if t, ok := AsType(cls); ok && inst.Type() == t {
		return true, nil
	}
	if cls.Type() == TypeType {
		return recursiveIsInstance(th, inst, cls)
	}
	return checkClassOrTuple(th, inst, cls, "__instancecheck__", IsInstance, recursiveIsInstance)
}

// checkClassOrTuple is the common part of isinstance and issubclass: any
// class of a tuple, else the metaclass's check method (hook), else the
// default check.
func checkClassOrTuple(th *Thread, v, cls Value, hook string, self, fallback func(*Thread, Value, Value) (bool, error)) (bool, error) {
	// A union (int | str) is checked as the tuple of its members.
	if isUnion(cls) {
		cls = as[unionType](cls).args
	}
	if cls.Type().Layout == LayoutTuple {
		if err := th.enterRecursiveCall(" in " + hook); err != nil {
			return false, err
		}
		defer th.leaveRecursiveCall()
		for _, c := range TupleItems(cls) {
			if ok, err := self(th, v, c); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if checker := cls.Type().Lookup(hook); checker.p != nil {
		if err := th.enterRecursiveCall(" in " + hook); err != nil {
			return false, err
		}
		defer th.leaveRecursiveCall()
		r, err := callMethodAttr(th, cls, checker, []Value{v}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	return fallback(th, v, cls)
}

// recursiveIsInstance is type.__instancecheck__.
func recursiveIsInstance(th *Thread, inst, cls Value) (bool, error) {
	if t, ok := AsType(cls); ok {
		if inst.Type().IsSubtype(t) {
			return true, nil
		}
		c, ok, err := GetAttrOK(th, inst, "__class__")
		if err != nil || !ok {
			return false, err
		}
		if ct, isType := AsType(c); isType && ct != inst.Type() {
			return ct.IsSubtype(t), nil
		}
		return false, nil
	}
	if !hasBases(th, cls) {
		return false, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	c, ok, err := GetAttrOK(th, inst, "__class__")
	if err != nil || !ok {
		return false, err
	}
	return abstractIsSubclass(th, c, cls)
}

// IsSubclass returns issubclass(derived, cls).
func IsSubclass(th *Thread, derived, cls Value) (bool, error) {
	if cls.Type() == TypeType {
		return recursiveIsSubclass(th, derived, cls)
	}
	return checkClassOrTuple(th, derived, cls, "__subclasscheck__", IsSubclass, recursiveIsSubclass)
}

// recursiveIsSubclass is type.__subclasscheck__.
func recursiveIsSubclass(th *Thread, derived, cls Value) (bool, error) {
	dt, dok := AsType(derived)
	ct, cok := AsType(cls)
	if dok && cok {
		return dt.IsSubtype(ct), nil
	}
	if !hasBases(th, derived) {
		return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	if !hasBases(th, cls) {
		return false, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return abstractIsSubclass(th, derived, cls)
}

// hasBases reports whether v has a tuple __bases__, which makes it a class
// for isinstance and issubclass.
func hasBases(th *Thread, v Value) bool {
	if _, ok := AsType(v); ok {
		return true
	}
	b, ok, err := GetAttrOK(th, v, "__bases__")
	return err == nil && ok && b.Type().Layout == LayoutTuple
}

// abstractIsSubclass walks __bases__ depth-first, for classes that are not
// types.
func abstractIsSubclass(th *Thread, derived, cls Value) (bool, error) {
	for {
		if Is(derived, cls) {
			return true, nil
		}
		if err := th.enterRecursiveCall(" in __issubclass__"); err != nil {
			return false, err
		}
		b, ok, err := GetAttrOK(th, derived, "__bases__")
		if err != nil || !ok || b.Type().Layout != LayoutTuple {
			th.leaveRecursiveCall()
			return false, err
		}
		bases := TupleItems(b)
		if len(bases) != 1 {
			for _, x := range bases {
				if ok, err := abstractIsSubclass(th, x, cls); err != nil || ok {
					th.leaveRecursiveCall()
					return ok, err
				}
			}
			th.leaveRecursiveCall()
			return false, nil
		}
		th.leaveRecursiveCall()
		derived = bases[0]
	}
}

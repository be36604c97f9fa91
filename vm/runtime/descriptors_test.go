package runtime

import "testing"

func TestProperty(t *testing.T) {
	th := newTestThread()
	getter := pyFunc("x", func(th *Thread, args []Value, kw []string) (Value, error) {
		return Int(10), nil
	})
	prop := mustCall(t, th, ValueOf(PropertyType), getter)
	c := makeClass(t, th, "C", nil, map[string]Value{"x": prop, "bare": mustCall(t, th, ValueOf(PropertyType))})
	o := mustCall(t, th, ValueOf(c))
	if v, err := GetAttr(th, o, "x"); err != nil || v.SmallInt() != 10 {
		t.Fatalf("o.x = %v %v", v, err)
	}
	wantErr(t, SetAttr(th, o, "x", Int(1)), "AttributeError: property 'x' of 'C' object has no setter")
	wantErr(t, DelAttr(th, o, "x"), "AttributeError: property 'x' of 'C' object has no deleter")
	_, err := GetAttr(th, o, "bare")
	wantErr(t, err, "AttributeError: property 'bare' of 'C' object has no getter")
	if v, _ := GetAttr(th, ValueOf(c), "x"); !Is(v, prop) {
		t.Error("C.x is the property")
	}
	// setter returns a new property with the setter added.
	var stored Value
	setter := pyFunc("x", func(th *Thread, args []Value, kw []string) (Value, error) {
		stored = args[1]
		return None, nil
	})
	p2, err := CallMethod(th, prop, "setter", setter)
	if err != nil || Is(p2, prop) {
		t.Fatalf("setter: %v", err)
	}
	c2 := makeClass(t, th, "C2", nil, map[string]Value{"x": p2})
	o2 := mustCall(t, th, ValueOf(c2))
	if err := SetAttr(th, o2, "x", Int(5)); err != nil || stored.SmallInt() != 5 {
		t.Fatalf("property setter: %v", err)
	}
	if fg, _ := GetAttr(th, p2, "fget"); !Is(fg, getter) {
		t.Error("fget kept by setter()")
	}
	_, err = Call(th, ValueOf(PropertyType), []Value{None, None, None, None, None}, nil)
	wantErr(t, err, "TypeError: property() takes at most 4 arguments (5 given)")
	// A property with no known name.
	_, err = CallMethod(th, mustCall(t, th, ValueOf(PropertyType)), "__set__", Int(1), Int(2))
	wantErr(t, err, "AttributeError: property of 'int' object has no setter")
}

func TestClassAndStaticMethod(t *testing.T) {
	th := newTestThread()
	fn := pyFunc("f", func(th *Thread, args []Value, kw []string) (Value, error) {
		return NewTuple(append([]Value(nil), args...)), nil
	})
	c := makeClass(t, th, "C", nil, map[string]Value{
		"cm": mustCall(t, th, ValueOf(ClassMethodType), fn),
		"sm": mustCall(t, th, ValueOf(StaticMethodType), fn),
	})
	o := mustCall(t, th, ValueOf(c))
	r, err := CallMethod(th, o, "cm", Int(1))
	if err != nil || len(TupleItems(r)) != 2 || !Is(TupleItems(r)[0], ValueOf(c)) {
		t.Fatalf("o.cm(1) = %v %v", r, err)
	}
	r, err = CallMethod(th, ValueOf(c), "sm", Int(1))
	if err != nil || len(TupleItems(r)) != 1 {
		t.Fatalf("C.sm(1) = %v %v", r, err)
	}
	sm, _ := c.Dict().GetStr("sm")
	if f, _ := GetAttr(th, sm, "__func__"); !Is(f, fn) {
		t.Error("__func__")
	}
	if r := mustCall(t, th, sm, Int(7)); TupleItems(r)[0].SmallInt() != 7 {
		t.Error("staticmethod objects are callable")
	}
	// classmethod of a callable without __get__ still binds the class.
	cm := mustCall(t, th, ValueOf(ClassMethodType), NewBuiltinFunction("g", "", func(th *Thread, args []Value, kw []string) (Value, error) {
		return args[0], nil
	}))
	c.Dict().SetStr("g", cm)
	if r, _ := CallMethod(th, o, "g"); !Is(r, ValueOf(c)) {
		t.Error("classmethod of builtin")
	}
	if r, _ := Repr(th, cm); r != "<classmethod(<built-in function g>)>" {
		t.Errorf("repr %s", r)
	}
}

func TestSuper(t *testing.T) {
	th := newTestThread()
	a := makeClass(t, th, "A", nil, map[string]Value{
		"f": pyFunc("f", func(th *Thread, args []Value, kw []string) (Value, error) { return NewStr("A.f"), nil }),
		"c": mustCall(t, th, ValueOf(ClassMethodType), pyFunc("c", func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0], nil
		})),
	})
	b := makeClass(t, th, "B", []*Type{a}, map[string]Value{
		"f": pyFunc("f", func(th *Thread, args []Value, kw []string) (Value, error) { return NewStr("B.f"), nil }),
	})
	o := mustCall(t, th, ValueOf(b))
	s, err := NewSuper(th, b, o)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := CallMethod(th, s, "f"); err != nil || StrValue(r) != "A.f" {
		t.Fatalf("super(B, o).f() = %v %v", r, err)
	}
	if r, _ := Repr(th, s); r != "<super: <class 'B'>, <B object>>" {
		t.Errorf("repr %s", r)
	}
	// super(B, B).c() binds the classmethod to B.
	s2 := mustCall(t, th, ValueOf(SuperType), ValueOf(b), ValueOf(b))
	if r, err := CallMethod(th, s2, "c"); err != nil || !Is(r, ValueOf(b)) {
		t.Fatalf("super(B, B).c() = %v %v", r, err)
	}
	_, err = GetAttr(th, s, "nothing")
	wantErr(t, err, "AttributeError: 'super' object has no attribute 'nothing'")
	_, err = Call(th, ValueOf(SuperType), []Value{ValueOf(IntType), NewStr("x")}, nil)
	wantErr(t, err, "TypeError: super(type, obj): obj must be an instance or subtype of type")
	_, err = Call(th, ValueOf(SuperType), []Value{Int(1)}, nil)
	wantErr(t, err, "TypeError: super() argument 1 must be a type, not int")
	_, err = Call(th, ValueOf(SuperType), nil, nil)
	wantErr(t, err, "RuntimeError: super(): no arguments")
	if r, _ := Repr(th, mustCall(t, th, ValueOf(SuperType), ValueOf(IntType))); r != "<super: <class 'int'>, NULL>" {
		t.Errorf("unbound repr %s", r)
	}
	// super().__init__ of an exception subclass reaches BaseException.__init__.
	e := makeClass(t, th, "E", []*Type{ExceptionType}, nil)
	ev := mustCall(t, th, ValueOf(e))
	se, _ := NewSuper(th, e, ev)
	if _, err := CallMethod(th, se, "__init__", NewStr("m")); err != nil {
		t.Fatal(err)
	}
	wantStr(t, th, ev, "m")
}

func TestSuperInitOfExceptionSubclass(t *testing.T) {
	th := newTestThread()
	var e *Type
	e = makeClass(t, th, "E", []*Type{OSError}, map[string]Value{
		"__init__": pyFunc("__init__", func(th *Thread, args []Value, kw []string) (Value, error) {
			s, err := NewSuper(th, e, args[0])
			if err != nil {
				return Value{}, err
			}
			return CallMethod(th, s, "__init__", Int(2), NewStr("gone"), NewStr("f"))
		}),
	})
	ev := mustCall(t, th, ValueOf(e))
	wantStr(t, th, ev, "[Errno 2] gone: 'f'")
	if r, err := CallMethod(th, ValueOf(OSError), "__str__", ev); err != nil || StrValue(r) != "[Errno 2] gone: 'f'" {
		t.Errorf("OSError.__str__(e) = %v %v", r, err)
	}
}

func TestClassGetItem(t *testing.T) {
	th := newTestThread()
	base := makeClass(t, th, "Base", nil, map[string]Value{
		"__class_getitem__": pyFunc("__class_getitem__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return NewTuple(args), nil
		}),
	})
	sub := makeClass(t, th, "Sub", []*Type{base}, nil)
	r, err := GetItem(th, ValueOf(sub), Int(1))
	if err != nil || len(TupleItems(r)) != 2 || !Is(TupleItems(r)[0], ValueOf(sub)) {
		t.Fatalf("Sub[1] = %v %v", r, err)
	}
	_, err = GetItem(th, ValueOf(ObjectType), Int(1))
	wantErr(t, err, "TypeError: type 'object' is not subscriptable")
}

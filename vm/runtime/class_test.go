package runtime

import (
	"strings"
	"testing"
)

// testFuncType stands in for Python functions in these tests: a callable
// that binds to instances like a function does.
var testFuncType = NewBuiltinType("function", ObjectType, LayoutOther, 0)

type testFunc struct {
	Object
	name string
	fn   NativeFunc
}

func init() {
	testFuncType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		return as[testFunc](callee).fn(th, args, kwnames)
	}
	testFuncType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.p == nil {
			return descr, nil
		}
		f := as[testFunc](descr)
		return ValueOf(&BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: f.name, Self: obj,
			Method: func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				return f.fn(th, append([]Value{self}, args...), kwnames)
			}}), nil
	}
}

// pyFunc returns a function-like value calling fn with the receiver first.
func pyFunc(name string, fn NativeFunc) Value {
	return ValueOf(&testFunc{Object: Object{typ: testFuncType}, name: name, fn: fn})
}

// newTestThread returns a fresh interpreter's main thread.
func newTestThread() *Thread { return NewInterpreter(Options{}).MainThread() }

// makeClass calls type(name, bases, ns) with kwargs.
func makeClass(t *testing.T, th *Thread, name string, bases []*Type, ns map[string]Value) *Type {
	t.Helper()
	c, err := tryMakeClass(th, ValueOf(TypeType), name, bases, ns)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c
}

func tryMakeClass(th *Thread, meta Value, name string, bases []*Type, ns map[string]Value) (*Type, error) {
	d := NewDict()
	d.SetStr("__module__", NewStr("__main__"))
	// Keep a stable order: sorted keys.
	var keys []string
	for k := range ns {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		d.SetStr(k, ns[k])
	}
	c, err := Call(th, meta, []Value{NewStr(name), NewTuple(typesToValues(bases)), ValueOf(d)}, nil)
	if err != nil {
		return nil, err
	}
	ct, _ := AsType(c)
	return ct, nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// wantErr checks that err is a Python exception printing as want.
func wantErr(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", want)
	}
	if got := err.Error(); got != want {
		t.Fatalf("error %q, want %q", got, want)
	}
}

func mustCall(t *testing.T, th *Thread, fn Value, args ...Value) Value {
	t.Helper()
	r, err := Call(th, fn, args, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestClassBasics(t *testing.T) {
	th := newTestThread()
	c := makeClass(t, th, "C", nil, map[string]Value{"x": Int(1)})
	if c.Base != ObjectType || len(c.MRO) != 2 || c.Flags&FlagHasDict == 0 || c.Module != "__main__" {
		t.Fatalf("bad class: base %v mro %v flags %v", c.Base, c.MRO, c.Flags)
	}
	if r, _ := Repr(th, ValueOf(c)); r != "<class '__main__.C'>" {
		t.Fatalf("repr %s", r)
	}
	obj := mustCall(t, th, ValueOf(c))
	if obj.Type() != c {
		t.Fatal("instance type")
	}
	if v, err := GetAttr(th, obj, "x"); err != nil || v.SmallInt() != 1 {
		t.Fatalf("obj.x = %v %v", v, err)
	}
	if err := SetAttr(th, obj, "y", Int(2)); err != nil {
		t.Fatal(err)
	}
	if v, _ := GetAttr(th, obj, "y"); v.SmallInt() != 2 {
		t.Fatal("obj.y")
	}
	_, err := GetAttr(th, obj, "z")
	wantErr(t, err, "AttributeError: 'C' object has no attribute 'z'")
	_, err = Call(th, ValueOf(c), []Value{Int(1)}, nil)
	wantErr(t, err, "TypeError: C() takes no arguments")
	r, _ := Repr(th, obj)
	if !strings.HasPrefix(r, "<__main__.C object at 0x") {
		t.Fatalf("instance repr %s", r)
	}
	if _, err := Hash(th, obj); err != nil {
		t.Fatal(err)
	}
	if d, err := GetAttr(th, obj, "__dict__"); err != nil || as[Dict](d).Len() != 1 {
		t.Fatalf("__dict__: %v", err)
	}
	if cls, _ := GetAttr(th, obj, "__class__"); !Is(cls, ValueOf(c)) {
		t.Fatal("__class__")
	}
	if n, _ := GetAttr(th, ValueOf(c), "__name__"); StrValue(n) != "C" {
		t.Fatal("__name__")
	}
	if d, _ := GetAttr(th, ValueOf(c), "__doc__"); !d.IsNone() {
		t.Fatal("__doc__")
	}
	if subs, _ := CallMethod(th, ValueOf(ObjectType), "__subclasses__"); len(ListItems(subs)) == 0 {
		t.Fatal("object.__subclasses__() empty")
	}
}

func TestClassErrors(t *testing.T) {
	th := newTestThread()
	tv := ValueOf(TypeType)
	a := makeClass(t, th, "A", nil, nil)
	_, err := tryMakeClass(th, tv, "B", []*Type{a, a}, nil)
	wantErr(t, err, "TypeError: duplicate base class A")
	_, err = tryMakeClass(th, tv, "B", []*Type{BoolType}, nil)
	wantErr(t, err, "TypeError: type 'bool' is not an acceptable base type")
	_, err = tryMakeClass(th, tv, "B", []*Type{IntType, StrType}, nil)
	wantErr(t, err, "TypeError: multiple bases have instance lay-out conflict")
	b := makeClass(t, th, "B", []*Type{a}, nil)
	_, err = tryMakeClass(th, tv, "X", []*Type{a, b}, nil)
	wantErr(t, err, "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B")
	_, err = Call(th, tv, []Value{Int(1), Int(2)}, nil)
	wantErr(t, err, "TypeError: type() takes 1 or 3 arguments")
	_, err = Call(th, tv, []Value{NewStr("X"), NewTuple(nil), ValueOf(NewDict()), Int(1)}, []string{"x"})
	wantErr(t, err, "TypeError: X.__init_subclass__() takes no keyword arguments")
	_, err = tryMakeClass(th, tv, "X", nil, map[string]Value{"__qualname__": Int(1)})
	wantErr(t, err, "TypeError: type __qualname__ must be a str, not int")

	m1 := makeClass(t, th, "M1", []*Type{TypeType}, nil)
	m2 := makeClass(t, th, "M2", []*Type{TypeType}, nil)
	c1, err := tryMakeClass(th, ValueOf(m1), "C1", nil, nil)
	if err != nil || c1.Type() != m1 {
		t.Fatalf("metaclass instance: %v", err)
	}
	c2, _ := tryMakeClass(th, ValueOf(m2), "C2", nil, nil)
	_, err = tryMakeClass(th, tv, "C3", []*Type{c1, c2}, nil)
	wantErr(t, err, "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	// The most derived metaclass wins even when type is called.
	c4, err := tryMakeClass(th, tv, "C4", []*Type{c1}, nil)
	if err != nil || c4.Type() != m1 {
		t.Fatalf("derived metaclass: %v", err)
	}
}

func TestSlots(t *testing.T) {
	th := newTestThread()
	tv := ValueOf(TypeType)
	slots := NewTuple([]Value{NewStr("a"), NewStr("b")})
	c := makeClass(t, th, "S", nil, map[string]Value{"__slots__": slots})
	if c.Flags&FlagHasDict != 0 {
		t.Fatal("slotted class has dict")
	}
	obj := mustCall(t, th, ValueOf(c))
	_, err := GetAttr(th, obj, "a")
	wantErr(t, err, "AttributeError: 'S' object has no attribute 'a'")
	if err := SetAttr(th, obj, "b", Int(5)); err != nil {
		t.Fatal(err)
	}
	if v, _ := GetAttr(th, obj, "b"); v.SmallInt() != 5 {
		t.Fatal("slot b")
	}
	wantErr(t, SetAttr(th, obj, "c", Int(1)), "AttributeError: 'S' object has no attribute 'c'")
	wantErr(t, DelAttr(th, obj, "a"), "AttributeError: a")
	if err := DelAttr(th, obj, "b"); err != nil {
		t.Fatal(err)
	}
	if r, _ := Repr(th, c.Lookup("a")); r != "<member 'a' of 'S' objects>" {
		t.Fatalf("member repr %s", r)
	}
	// A subclass extends the layout and gets a dict.
	d := makeClass(t, th, "D", []*Type{c}, nil)
	dobj := mustCall(t, th, ValueOf(d))
	SetAttr(th, dobj, "a", Int(1))
	SetAttr(th, dobj, "zz", Int(2))
	if v, _ := GetAttr(th, dobj, "a"); v.SmallInt() != 1 {
		t.Fatal("inherited slot")
	}
	other := makeClass(t, th, "O", nil, map[string]Value{"__slots__": NewStr("q")})
	_, err = tryMakeClass(th, tv, "X", []*Type{c, other}, nil)
	wantErr(t, err, "TypeError: multiple bases have instance lay-out conflict")
	_, err = tryMakeClass(th, tv, "X", nil, map[string]Value{"__slots__": NewStr("1a")})
	wantErr(t, err, "TypeError: __slots__ must be identifiers")
	_, err = tryMakeClass(th, tv, "X", nil, map[string]Value{"__slots__": NewStr("x"), "x": Int(1)})
	wantErr(t, err, "ValueError: 'x' in __slots__ conflicts with class variable")
	_, err = tryMakeClass(th, tv, "X", []*Type{IntType}, map[string]Value{"__slots__": NewStr("x")})
	wantErr(t, err, "TypeError: nonempty __slots__ not supported for subtype of 'int'")
	_, err = tryMakeClass(th, tv, "X", []*Type{d}, map[string]Value{"__slots__": NewStr("__dict__")})
	wantErr(t, err, "TypeError: __dict__ slot disallowed: we already got one")
	p := makeClass(t, th, "P", nil, map[string]Value{"__slots__": NewStr("__priv")})
	if p.Lookup("_P__priv").p == nil {
		t.Fatal("slot name not mangled")
	}
	// __class__ assignment needs the same layout.
	plain := makeClass(t, th, "Plain", nil, nil)
	plain2 := makeClass(t, th, "Plain2", nil, nil)
	pobj := mustCall(t, th, ValueOf(plain))
	wantErr(t, SetAttr(th, pobj, "__class__", ValueOf(c)), "TypeError: __class__ assignment: 'S' object layout differs from 'Plain'")
	if err := SetAttr(th, pobj, "__class__", ValueOf(plain2)); err != nil || pobj.Type() != plain2 {
		t.Fatalf("__class__ assignment: %v", err)
	}
}

func TestSlotWrappers(t *testing.T) {
	th := newTestThread()
	var log []string
	ns := map[string]Value{
		"__init__": pyFunc("__init__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, SetAttr(th, args[0], "v", args[1])
		}),
		"__repr__": pyFunc("__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return NewStr("<V>"), nil
		}),
		"__len__": pyFunc("__len__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return GetAttr(th, args[0], "v")
		}),
		"__add__": pyFunc("__add__", func(th *Thread, args []Value, kw []string) (Value, error) {
			log = append(log, "add")
			if args[1].IsSmallInt() {
				return Int(100), nil
			}
			return NotImplemented, nil
		}),
		"__radd__": pyFunc("__radd__", func(th *Thread, args []Value, kw []string) (Value, error) {
			log = append(log, "radd")
			return Int(200), nil
		}),
		"__eq__": pyFunc("__eq__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return True, nil
		}),
		"__getitem__": pyFunc("__getitem__", func(th *Thread, args []Value, kw []string) (Value, error) {
			if args[1].SmallInt() >= 3 {
				return Value{}, Errorf(IndexError, "out")
			}
			return args[1], nil
		}),
		"__getattr__": pyFunc("__getattr__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return NewStr("dyn"), nil
		}),
	}
	c := makeClass(t, th, "V", nil, ns)
	v := mustCall(t, th, ValueOf(c), Int(3))
	if r, _ := Repr(th, v); r != "<V>" {
		t.Fatalf("repr %s", r)
	}
	if s, _ := ToString(th, v); s != "<V>" {
		t.Fatalf("str %s", s)
	}
	if n, err := Len(th, v); n != 3 || err != nil {
		t.Fatalf("len %d %v", n, err)
	}
	if b, _ := Truth(th, v); !b {
		t.Fatal("truth via __len__")
	}
	if r, _ := Binary(th, OpAdd, v, Int(1)); r.SmallInt() != 100 {
		t.Fatal("v + 1")
	}
	if r, _ := Binary(th, OpAdd, Int(1), v); r.SmallInt() != 200 {
		t.Fatal("1 + v")
	}
	log = nil
	// Same type: only __add__ is tried, and its NotImplemented is an error.
	_, err := Binary(th, OpAdd, v, v)
	wantErr(t, err, "TypeError: unsupported operand type(s) for +: 'V' and 'V'")
	if strings.Join(log, ",") != "add" {
		t.Errorf("v + v called %v", log)
	}
	if _, err := Hash(th, v); err == nil || err.Error() != "TypeError: unhashable type: 'V'" {
		t.Fatalf("__eq__ without __hash__: %v", err)
	}
	if eq, _ := Equal(th, v, Int(7)); !eq {
		t.Fatal("__eq__")
	}
	if ne, _ := Compare(th, CmpNE, v, Int(7)); ne.IsTrue() {
		t.Fatal("__ne__ should invert __eq__")
	}
	if a, _ := GetAttr(th, v, "missing"); StrValue(a) != "dyn" {
		t.Fatal("__getattr__")
	}
	items, err := ToSlice(th, v)
	if err != nil || len(items) != 3 {
		t.Fatalf("iteration via __getitem__: %v %v", items, err)
	}
	// Subclass priority: a subclass overriding __radd__ goes first.
	sub := makeClass(t, th, "W", []*Type{c}, map[string]Value{
		"__radd__": pyFunc("__radd__", func(th *Thread, args []Value, kw []string) (Value, error) {
			log = append(log, "W.radd")
			return Int(300), nil
		}),
	})
	w := mustCall(t, th, ValueOf(sub), Int(1))
	log = nil
	if r, _ := Binary(th, OpAdd, v, w); r.SmallInt() != 300 || strings.Join(log, ",") != "W.radd" {
		t.Fatalf("subclass reflected first: %v %v", r, log)
	}
	// A subclass not overriding __radd__: left's __add__ first, then __radd__.
	sub2 := makeClass(t, th, "W2", []*Type{c}, nil)
	w2 := mustCall(t, th, ValueOf(sub2), Int(1))
	log = nil
	if r, _ := Binary(th, OpAdd, v, w2); r.SmallInt() != 200 || strings.Join(log, ",") != "add,radd" {
		t.Fatalf("non-overriding subclass: %v %v", r, log)
	}
	// Assigning a dunder later updates slots, also of subclasses.
	c.Dict().DeleteStr("__len__")
	SetAttr(th, ValueOf(c), "__len__", pyFunc("__len__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return Int(-1), nil
	}))
	_, err = Len(th, w)
	wantErr(t, err, "ValueError: __len__() should return >= 0")
	SetAttr(th, ValueOf(c), "__len__", pyFunc("__len__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return NewStr("x"), nil
	}))
	_, err = Len(th, v)
	wantErr(t, err, "TypeError: 'str' object cannot be interpreted as an integer")
	SetAttr(th, ValueOf(c), "__bool__", pyFunc("__bool__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return Int(1), nil
	}))
	_, err = Truth(th, v)
	wantErr(t, err, "TypeError: __bool__ should return bool, returned int")
	SetAttr(th, ValueOf(c), "__init__", pyFunc("__init__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return Int(1), nil
	}))
	_, err = Call(th, ValueOf(c), []Value{Int(1)}, nil)
	wantErr(t, err, "TypeError: __init__() should return None, not 'int'")
}

func TestIterAndCallSlots(t *testing.T) {
	th := newTestThread()
	c := makeClass(t, th, "It", nil, map[string]Value{
		"__iter__": pyFunc("__iter__", func(th *Thread, args []Value, kw []string) (Value, error) { return args[0], nil }),
		"__next__": pyFunc("__next__", func(th *Thread, args []Value, kw []string) (Value, error) {
			n, _ := GetAttr(th, args[0], "n")
			if n.SmallInt() == 0 {
				return Value{}, NewException(StopIteration)
			}
			SetAttr(th, args[0], "n", Int(n.SmallInt()-1))
			return n, nil
		}),
		"__call__": pyFunc("__call__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(int64(len(args))), nil
		}),
		"n": Int(4),
	})
	it := mustCall(t, th, ValueOf(c))
	items, err := ToSlice(th, it)
	if err != nil || len(items) != 4 || items[0].SmallInt() != 4 {
		t.Fatalf("iteration: %v %v", items, err)
	}
	if r := mustCall(t, th, it, Int(1), Int(2)); r.SmallInt() != 3 {
		t.Fatal("__call__")
	}
	bad := makeClass(t, th, "Bad", nil, map[string]Value{
		"__iter__": pyFunc("__iter__", func(th *Thread, args []Value, kw []string) (Value, error) { return Int(1), nil }),
	})
	_, err = Iter(th, mustCall(t, th, ValueOf(bad)))
	wantErr(t, err, "TypeError: iter() returned non-iterator of type 'int'")
}

func TestNewAndInitSubclass(t *testing.T) {
	th := newTestThread()
	var seen []string
	base := makeClass(t, th, "Base", nil, map[string]Value{
		"__init_subclass__": pyFunc("__init_subclass__", func(th *Thread, args []Value, kw []string) (Value, error) {
			ct, _ := AsType(args[0])
			seen = append(seen, ct.Name+":"+strings.Join(kw, ","))
			return None, nil
		}),
		"__new__": pyFunc("__new__", func(th *Thread, args []Value, kw []string) (Value, error) {
			ot, _ := AsType(args[0])
			o, err := ObjectType.New(th, ot, nil, nil)
			if err == nil {
				SetAttr(th, o, "made", Int(int64(len(args))))
			}
			return o, err
		}),
	})
	if _, err := Call(th, ValueOf(TypeType), []Value{NewStr("Kid"), NewTuple([]Value{ValueOf(base)}), ValueOf(NewDict()), Int(1)}, []string{"flag"}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(seen, ";") != "Kid:flag" {
		t.Fatalf("__init_subclass__ calls: %v", seen)
	}
	o := mustCall(t, th, ValueOf(base), Int(1), Int(2))
	if m, _ := GetAttr(th, o, "made"); m.SmallInt() != 3 {
		t.Fatalf("__new__ got %v", m)
	}
	// __set_name__ is called for namespace values.
	var setName string
	desc := makeClass(t, th, "Desc", nil, map[string]Value{
		"__set_name__": pyFunc("__set_name__", func(th *Thread, args []Value, kw []string) (Value, error) {
			setName = StrValue(args[2])
			return None, nil
		}),
	})
	makeClass(t, th, "Owner", nil, map[string]Value{"attr": mustCall(t, th, ValueOf(desc))})
	if setName != "attr" {
		t.Fatalf("__set_name__ got %q", setName)
	}
}

func TestObjectInitNewMessages(t *testing.T) {
	th := newTestThread()
	_, err := Call(th, ValueOf(ObjectType), []Value{Int(1)}, nil)
	wantErr(t, err, "TypeError: object() takes no arguments")
	_, err = CallMethod(th, mustCall(t, th, ValueOf(ObjectType)), "__init__", Int(1))
	wantErr(t, err, "TypeError: object.__init__() takes exactly one argument (the instance to initialize)")
	newFn, _ := GetAttr(th, ValueOf(ObjectType), "__new__")
	_, err = Call(th, newFn, []Value{Int(1)}, nil)
	wantErr(t, err, "TypeError: object.__new__(X): X is not a type object (int)")
	_, err = Call(th, newFn, []Value{ValueOf(IntType)}, nil)
	wantErr(t, err, "TypeError: object.__new__(int) is not safe, use int.__new__()")
	_, err = CallMethod(th, mustCall(t, th, ValueOf(ObjectType)), "__format__", NewStr("x"))
	wantErr(t, err, "TypeError: unsupported format string passed to object.__format__")
}

func TestSetNameErrorNote(t *testing.T) {
	th := newTestThread()
	desc := makeClass(t, th, "D", nil, map[string]Value{
		"__set_name__": pyFunc("__set_name__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return Value{}, Errorf(ValueError, "x")
		}),
	})
	_, err := tryMakeClass(th, ValueOf(TypeType), "C", nil, map[string]Value{"a": mustCall(t, th, ValueOf(desc))})
	wantErr(t, err, "ValueError: x")
	notes, _ := GetAttr(th, ValueOf(AsException(err)), "__notes__")
	if n := ListItems(notes); len(n) != 1 || StrValue(n[0]) != "Error calling __set_name__ on 'D' instance 'a' in 'C'" {
		t.Errorf("notes %v", n)
	}
}

func TestModuleDir(t *testing.T) {
	th := newTestThread()
	m := NewModule("m")
	m.Dict().SetStr("x", Int(1))
	r, err := callBuiltin(th, "dir", ValueOf(m))
	if err != nil || len(ListItems(r)) != 3 {
		t.Fatalf("dir(module) = %v %v", r, err)
	}
}

func TestMetaclassCallAndLateDunders(t *testing.T) {
	th := newTestThread()
	meta := makeClass(t, th, "Meta", []*Type{TypeType}, map[string]Value{
		"__call__": pyFunc("__call__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return NewStr("from meta"), nil
		}),
	})
	c, err := tryMakeClass(th, ValueOf(meta), "C", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := mustCall(t, th, ValueOf(c)); StrValue(r) != "from meta" {
		t.Errorf("Meta.__call__ not used: %v", r)
	}
	// __hash__ = None assigned later makes instances (and subclasses')
	// unhashable; a subclass's own __hash__ restores it.
	a := makeClass(t, th, "A", nil, nil)
	b := makeClass(t, th, "B", []*Type{a}, nil)
	bo := mustCall(t, th, ValueOf(b))
	if _, err := Hash(th, bo); err != nil {
		t.Fatal(err)
	}
	SetAttr(th, ValueOf(a), "__hash__", None)
	_, err = Hash(th, bo)
	wantErr(t, err, "TypeError: unhashable type: 'B'")
	SetAttr(th, ValueOf(b), "__hash__", pyFunc("__hash__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return Int(-1), nil
	}))
	if h, err := Hash(th, bo); err != nil || h != -2 {
		t.Errorf("hash = %d %v, want -2", h, err)
	}
	DelAttr(th, ValueOf(b), "__hash__")
	_, err = Hash(th, bo)
	wantErr(t, err, "TypeError: unhashable type: 'B'")
	// Abstract classes refuse instantiation.
	SetAttr(th, ValueOf(a), "__abstractmethods__", NewTuple([]Value{NewStr("f")}))
	_, err = Call(th, ValueOf(a), nil, nil)
	wantErr(t, err, "TypeError: Can't instantiate abstract class A without an implementation for abstract method 'f'")
}

func TestTypeCallInitialisesWithWinningMetaclass(t *testing.T) {
	th := newTestThread()
	inits := 0
	meta := makeClass(t, th, "Meta", []*Type{TypeType}, map[string]Value{
		"__init__": pyFunc("__init__", func(th *Thread, args []Value, kw []string) (Value, error) {
			inits++
			return None, nil
		}),
	})
	base, err := tryMakeClass(th, ValueOf(meta), "Base", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	inits = 0
	// type('Dyn', (Base,), {}) makes an instance of Meta: Meta.__init__
	// runs, as in CPython.
	dyn := mustCall(t, th, ValueOf(TypeType), NewStr("Dyn"), NewTuple([]Value{ValueOf(base)}), ValueOf(NewDict()))
	if dyn.Type() != meta {
		t.Fatalf("type(Dyn) is %s, want Meta", TypeName(dyn))
	}
	if inits != 1 {
		t.Errorf("Meta.__init__ ran %d times, want 1", inits)
	}
}

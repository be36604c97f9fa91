package runtime

import "testing"

func TestNamespaceHasDictAttribute(t *testing.T) {
	th := newTestThread()
	ns := mustCall(t, th, ValueOf(SimpleNamespaceType))
	if err := SetAttr(th, ns, "a", Int(1)); err != nil {
		t.Fatal(err)
	}
	d, err := GetAttr(th, ns, "__dict__")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := Repr(th, d); s != "{'a': 1}" {
		t.Errorf("ns.__dict__ = %s", s)
	}
}

func TestTypesNamesRealCodeType(t *testing.T) {
	if got := builtinTypeNamed("code"); got != CodeType {
		t.Errorf("types.CodeType is not the code objects' type")
	}
}

func TestMethodTypeConstructor(t *testing.T) {
	th := newTestThread()
	fn := NewBuiltinFunction("f", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0], nil
	})
	m := mustCall(t, th, ValueOf(MethodType), fn, Int(7))
	if r := mustCall(t, th, m); !Is(r, Int(7)) {
		t.Errorf("MethodType(f, 7)() = %v, want 7", r)
	}
	_, err := Call(th, ValueOf(MethodType), []Value{Int(1), Int(2)}, nil)
	wantErr(t, err, "TypeError: first argument must be callable")
	_, err = Call(th, ValueOf(MethodType), []Value{fn, None}, nil)
	wantErr(t, err, "TypeError: instance must not be None")
	_, err = Call(th, ValueOf(MethodType), []Value{fn}, nil)
	wantErr(t, err, "TypeError: method expected 2 arguments, got 1")
}

func TestModuleTypeConstructor(t *testing.T) {
	th := newTestThread()
	m := mustCall(t, th, ValueOf(ModuleType), NewStr("synthetic"), NewStr("doc here"))
	if s, _ := Repr(th, m); s != "<module 'synthetic'>" {
		t.Errorf("repr = %s", s)
	}
	if d, err := GetAttr(th, m, "__doc__"); err != nil || StrValue(d) != "doc here" {
		t.Errorf("__doc__ = %v, %v", d, err)
	}
	if s, err := GetAttr(th, m, "__spec__"); err != nil || !s.IsNone() {
		t.Errorf("__spec__ = %v, %v", s, err)
	}
	_, err := Call(th, ValueOf(ModuleType), []Value{Int(1)}, nil)
	wantErr(t, err, "TypeError: module() argument 'name' must be str, not int")
	math, err := ImportModule(th, "math")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := Repr(th, math); s != "<module 'math' (built-in)>" {
		t.Errorf("repr(math) = %s", s)
	}
}

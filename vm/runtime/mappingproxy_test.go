package runtime

import "testing"

func TestClassDictIsReadOnlyProxy(t *testing.T) {
	th := newTestThread()
	c := makeClass(t, th, "C", nil, map[string]Value{"x": Int(1)})
	d, err := GetAttr(th, ValueOf(c), "__dict__")
	if err != nil {
		t.Fatal(err)
	}
	if d.Type() != MappingProxyType {
		t.Fatalf("C.__dict__ is a %s, want mappingproxy", TypeName(d))
	}
	if got := mustCall(t, th, mustGetAttr(t, th, d, "get"), NewStr("x")); !Is(got, Int(1)) {
		t.Errorf("C.__dict__.get('x') = %v, want 1", got)
	}
	if got := mustCall(t, th, mustGetAttr(t, th, d, "get"), NewStr("y"), NewStr("d")); StrValue(got) != "d" {
		t.Errorf("C.__dict__.get('y', 'd') = %v, want 'd'", got)
	}
	if ok, err := Contains(th, d, NewStr("x")); err != nil || !ok {
		t.Errorf("'x' in C.__dict__ = %v, %v", ok, err)
	}
	wantErr(t, SetItem(th, d, NewStr("x"), Int(2)), "TypeError: 'mappingproxy' object does not support item assignment")
	wantErr(t, DelItem(th, d, NewStr("x")), "TypeError: 'mappingproxy' object does not support item deletion")
	// The proxy is live: a class attribute set later shows through it.
	if err := SetAttr(th, ValueOf(c), "z", Int(3)); err != nil {
		t.Fatal(err)
	}
	if r, err := GetItem(th, d, NewStr("z")); err != nil || !Is(r, Int(3)) {
		t.Errorf("C.__dict__['z'] = %v, %v", r, err)
	}
}

func TestMappingProxyConstructor(t *testing.T) {
	th := newTestThread()
	inner := NewDict()
	inner.SetStr("a", Int(1))
	p := mustCall(t, th, ValueOf(MappingProxyType), ValueOf(inner))
	if s, err := Repr(th, p); err != nil || s != "mappingproxy({'a': 1})" {
		t.Errorf("repr = %q, %v", s, err)
	}
	if eq, err := Equal(th, p, ValueOf(inner)); err != nil || !eq {
		t.Errorf("proxy == its dict: %v, %v", eq, err)
	}
	merged, err := Binary(th, OpOr, p, ValueOf(NewDict()))
	if err != nil || merged.Type() != DictType {
		t.Errorf("proxy | {} = %v (%v), want a dict", merged, err)
	}
	_, err = Inplace(th, OpOr, p, ValueOf(NewDict()))
	wantErr(t, err, "TypeError: '|=' is not supported by mappingproxy; use '|' instead")
	_, err = Call(th, ValueOf(MappingProxyType), []Value{NewList(nil)}, nil)
	wantErr(t, err, "TypeError: mappingproxy() argument must be a mapping, not list")
}

func mustGetAttr(t *testing.T, th *Thread, v Value, name string) Value {
	t.Helper()
	r, err := GetAttr(th, v, name)
	if err != nil {
		t.Fatalf("getattr %s: %v", name, err)
	}
	return r
}

func TestDictViewMapping(t *testing.T) {
	th := newTestThread()
	d := NewDict()
	d.SetStr("a", Int(1))
	keys := mustCall(t, th, mustGetAttr(t, th, ValueOf(d), "keys"))
	m := mustGetAttr(t, th, keys, "mapping")
	if m.Type() != MappingProxyType {
		t.Fatalf("d.keys().mapping is a %s", TypeName(m))
	}
	if eq, err := Equal(th, m, ValueOf(d)); err != nil || !eq {
		t.Errorf("d.keys().mapping == d: %v, %v", eq, err)
	}
}

package runtime

import "testing"

func TestGenericAliasRepr(t *testing.T) {
	th := newTestThread()
	list := ValueOf(ListType)
	listInt, err := GetItem(th, list, ValueOf(IntType))
	if err != nil {
		t.Fatal(err)
	}
	if listInt.Type() != GenericAliasType {
		t.Fatalf("list[int] is a %s", TypeName(listInt))
	}
	dictAlias, err := GetItem(th, ValueOf(DictType), NewTuple([]Value{ValueOf(StrType), listInt}))
	if err != nil {
		t.Fatal(err)
	}
	tupleAlias, err := GetItem(th, ValueOf(TupleType), NewTuple([]Value{ValueOf(IntType), Ellipsis}))
	if err != nil {
		t.Fatal(err)
	}
	typeAlias, err := GetItem(th, ValueOf(TypeType), ValueOf(IntType))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		v    Value
		want string
	}{
		{listInt, "list[int]"},
		{dictAlias, "dict[str, list[int]]"},
		{tupleAlias, "tuple[int, ...]"},
		{typeAlias, "type[int]"},
		{NewGenericAlias(list, NewTuple(nil)), "list[()]"},
		{NewGenericAlias(list, Int(3)), "list[3]"},
	} {
		if s, err := Repr(th, c.v); err != nil || s != c.want {
			t.Errorf("repr = %q, %v; want %q", s, err, c.want)
		}
	}
	if name, err := GetAttr(th, listInt, "__name__"); err != nil || StrValue(name) != "list" {
		t.Errorf("list[int].__name__ = %v, %v", name, err)
	}
	if eq, err := Equal(th, listInt, NewGenericAlias(list, ValueOf(IntType))); err != nil || !eq {
		t.Errorf("list[int] == list[int]: %v, %v", eq, err)
	}
	made := mustCall(t, th, listInt, NewList([]Value{Int(1)}))
	if made.Type() != ListType {
		t.Errorf("list[int]([1]) is a %s", TypeName(made))
	}
	_, err = IsInstance(th, NewList(nil), listInt)
	wantErr(t, err, "TypeError: isinstance() argument 2 cannot be a parameterized generic")
	_, err = GetItem(th, ValueOf(IntType), Int(0))
	wantErr(t, err, "TypeError: type 'int' is not subscriptable")
}

func TestUnionType(t *testing.T) {
	th := newTestThread()
	or := func(a, b Value) Value {
		t.Helper()
		r, err := Binary(th, OpOr, a, b)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	intT, strT := ValueOf(IntType), ValueOf(StrType)
	u := or(intT, strT)
	if s, _ := Repr(th, u); s != "int | str" {
		t.Errorf("repr(int | str) = %q", s)
	}
	if s, _ := Repr(th, or(None, or(intT, None))); s != "None | int" {
		t.Errorf("repr(None | (int | None)) = %q", s)
	}
	if r := or(intT, intT); !Is(r, intT) {
		t.Errorf("int | int = %v, want int", r)
	}
	if eq, err := Equal(th, u, or(strT, or(intT, strT))); err != nil || !eq {
		t.Errorf("int | str == str | int | str: %v, %v", eq, err)
	}
	for _, c := range []struct {
		v    Value
		want bool
	}{{Int(3), true}, {NewStr("s"), true}, {None, false}} {
		if ok, err := IsInstance(th, c.v, u); err != nil || ok != c.want {
			t.Errorf("isinstance(%v, int | str) = %v, %v", c.v, ok, err)
		}
	}
	if ok, err := IsSubclass(th, ValueOf(BoolType), u); err != nil || !ok {
		t.Errorf("issubclass(bool, int | str) = %v, %v", ok, err)
	}
	_, err := Binary(th, OpOr, intT, Int(3))
	wantErr(t, err, "TypeError: unsupported operand type(s) for |: 'type' and 'int'")
}

// TestQualifiedTypeNames checks that error messages name the types of the
// types module as CPython's tp_name does.
func TestQualifiedTypeNames(t *testing.T) {
	th := newTestThread()
	u, err := Binary(th, OpOr, ValueOf(IntType), ValueOf(StrType))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Call(th, u, nil, nil)
	wantErr(t, err, "TypeError: 'types.UnionType' object is not callable")
	_, err = Compare(th, CmpLT, u, u)
	wantErr(t, err, "TypeError: '<' not supported between instances of 'types.UnionType' and 'types.UnionType'")
	if got := TypeName(ValueOf(NewNamespace())); got != "types.SimpleNamespace" {
		t.Errorf("TypeName(SimpleNamespace()) = %q", got)
	}
	c := makeClass(t, th, "N", []*Type{SimpleNamespaceType}, nil)
	if got := c.TPName(); got != "N" {
		t.Errorf("a Python subclass's tp_name = %q, want N", got)
	}
}

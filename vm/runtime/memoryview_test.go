package runtime

import "testing"

func TestMemoryView(t *testing.T) {
	th := newTestThread()
	mv := func(obj Value) Value { return mustCall(t, th, ValueOf(MemoryViewType), obj) }
	m := mv(NewBytes([]byte("abcdef")))
	if s, _ := Repr(th, mustCall(t, th, mustGetAttr(t, th, m, "tolist"))); s != "[97, 98, 99, 100, 101, 102]" {
		t.Errorf("tolist() = %s", s)
	}
	step2, err := GetItem(th, m, NewSlice(Value{}, Value{}, Int(2)))
	if err != nil {
		t.Fatal(err)
	}
	if eq, err := Equal(th, step2, NewBytes([]byte("ace"))); err != nil || !eq {
		t.Errorf("m[::2] == b'ace': %v, %v", eq, err)
	}
	if r, err := GetItem(th, m, Int(-1)); err != nil || !Is(r, Int('f')) {
		t.Errorf("m[-1] = %v, %v", r, err)
	}
	_, err = GetItem(th, m, Int(6))
	wantErr(t, err, "IndexError: index out of bounds on dimension 1")
	wantErr(t, SetItem(th, m, Int(0), Int(1)), "TypeError: cannot modify read-only memory")

	// A view of a bytearray writes through to it.
	ba := NewByteArray([]byte("xyz"))
	w := mv(ba)
	if err := SetItem(th, w, Int(0), Int('A')); err != nil {
		t.Fatal(err)
	}
	if err := SetItem(th, w, NewSlice(Int(1), Int(3), Value{}), NewBytes([]byte("BC"))); err != nil {
		t.Fatal(err)
	}
	if s, _ := Repr(th, ba); s != "bytearray(b'ABC')" {
		t.Errorf("bytearray after writes = %s", s)
	}
	wantErr(t, SetItem(th, w, NewSlice(Int(0), Int(1), Value{}), NewBytes([]byte("no"))),
		"ValueError: memoryview assignment: lvalue and rvalue have different structures")
	wantErr(t, SetItem(th, w, Int(0), Int(300)), "ValueError: memoryview: invalid value for format 'B'")
	_, err = Hash(th, w)
	wantErr(t, err, "ValueError: cannot hash writable memoryview object")

	mustCall(t, th, mustGetAttr(t, th, w, "release"))
	_, err = Len(th, w)
	wantErr(t, err, "ValueError: operation forbidden on released memoryview object")
	_, err = Call(th, ValueOf(MemoryViewType), []Value{NewStr("x")}, nil)
	wantErr(t, err, "TypeError: memoryview: a bytes-like object is required, not 'str'")
}

func TestBreakpointCallsHook(t *testing.T) {
	th := newTestThread()
	var got []Value
	th.Interp.mods.sys.Set("breakpointhook", NewBuiltinFunction("hook", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		got = args
		return NewStr("done"), nil
	}))
	r, err := builtinBreakpoint(th, []Value{Int(1)}, nil)
	if err != nil || StrValue(r) != "done" || len(got) != 1 {
		t.Errorf("breakpoint(1) = %v, %v; hook got %v", r, err, got)
	}
	th.Interp.Options.Getenv = func(string) string { return "0" }
	if r, err := sysBreakpointHook(th, nil, nil); err != nil || !r.IsNone() {
		t.Errorf("PYTHONBREAKPOINT=0: hook returned %v, %v", r, err)
	}
}

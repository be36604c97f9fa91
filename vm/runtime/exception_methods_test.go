package runtime

import "testing"

// exc calls the exception type t with positional args.
func exc(t *testing.T, th *Thread, typ *Type, args ...Value) Value {
	t.Helper()
	return mustCall(t, th, ValueOf(typ), args...)
}

func wantStr(t *testing.T, th *Thread, v Value, want string) {
	t.Helper()
	if s, err := ToString(th, v); err != nil || s != want {
		t.Errorf("str = %q (%v), want %q", s, err, want)
	}
}

func wantRepr(t *testing.T, th *Thread, v Value, want string) {
	t.Helper()
	if s, err := Repr(th, v); err != nil || s != want {
		t.Errorf("repr = %q (%v), want %q", s, err, want)
	}
}

func TestExceptionStrRepr(t *testing.T) {
	th := newTestThread()
	x := NewStr("x")
	wantRepr(t, th, exc(t, th, ValueError, x), "ValueError('x')")
	wantRepr(t, th, exc(t, th, ValueError), "ValueError()")
	wantRepr(t, th, exc(t, th, ValueError, Int(1), Int(2)), "ValueError(1, 2)")
	wantStr(t, th, exc(t, th, ValueError, Int(1), Int(2)), "(1, 2)")
	wantStr(t, th, exc(t, th, ValueError), "")
	wantStr(t, th, exc(t, th, ValueError, x), "x")
	wantStr(t, th, exc(t, th, KeyError, NewStr("k")), "'k'")
	wantRepr(t, th, exc(t, th, KeyError, NewStr("k")), "KeyError('k')")
	_, err := Call(th, ValueOf(ValueError), []Value{Int(1)}, []string{"x"})
	wantErr(t, err, "TypeError: ValueError() takes no keyword arguments")

	e := exc(t, th, ValueError, x)
	if a, _ := GetAttr(th, e, "args"); len(TupleItems(a)) != 1 {
		t.Error("args")
	}
	_, err = CallMethod(th, e, "add_note", Int(1))
	wantErr(t, err, "TypeError: note must be a str, not 'int'")
	if _, err := CallMethod(th, e, "add_note", NewStr("n")); err != nil {
		t.Fatal(err)
	}
	if notes, _ := GetAttr(th, e, "__notes__"); len(ListItems(notes)) != 1 {
		t.Error("__notes__")
	}
	wantErr(t, SetAttr(th, e, "__cause__", Int(1)), "TypeError: exception cause must be None or derive from BaseException")
	cause := exc(t, th, TypeError)
	if err := SetAttr(th, e, "__cause__", cause); err != nil {
		t.Fatal(err)
	}
	if s, _ := GetAttr(th, e, "__suppress_context__"); !s.IsTrue() {
		t.Error("setting __cause__ sets __suppress_context__")
	}
	if c, _ := GetAttr(th, e, "__context__"); !c.IsNone() {
		t.Error("__context__")
	}
	if tb, _ := GetAttr(th, e, "__traceback__"); !tb.IsNone() {
		t.Error("__traceback__")
	}
	// A Python subclass with its own __init__ keeps the args from __new__.
	sub := makeClass(t, th, "MyError", []*Type{ExceptionType}, map[string]Value{
		"__init__": pyFunc("__init__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, SetAttr(th, args[0], "extra", args[1])
		}),
	})
	se := exc(t, th, sub, x)
	wantRepr(t, th, se, "MyError('x')")
	if v, _ := GetAttr(th, se, "extra"); StrValue(v) != "x" {
		t.Error("subclass attribute")
	}
}

func TestExceptionFields(t *testing.T) {
	th := newTestThread()
	get := func(v Value, name string) Value {
		t.Helper()
		r, err := GetAttr(th, v, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	if v := get(exc(t, th, StopIteration, Int(1), Int(2)), "value"); v.SmallInt() != 1 {
		t.Error("StopIteration.value")
	}
	if v := get(exc(t, th, StopIteration), "value"); !v.IsNone() {
		t.Error("StopIteration().value")
	}
	if v := get(exc(t, th, SystemExit, Int(3)), "code"); v.SmallInt() != 3 {
		t.Error("SystemExit.code")
	}
	ie, err := Call(th, ValueOf(ImportError), []Value{NewStr("m"), NewStr("x"), NewStr("p")}, []string{"name", "path"})
	if err != nil {
		t.Fatal(err)
	}
	if StrValue(get(ie, "name")) != "x" || StrValue(get(ie, "msg")) != "m" {
		t.Error("ImportError fields")
	}
	wantRepr(t, th, ie, "ImportError('m')")
	_, err = Call(th, ValueOf(ImportError), []Value{Int(1)}, []string{"x"})
	wantErr(t, err, "TypeError: 'x' is an invalid keyword argument for ImportError()")
	ae, _ := Call(th, ValueOf(AttributeError), []Value{NewStr("a"), NewStr("n"), Int(1)}, []string{"name", "obj"})
	if StrValue(get(ae, "name")) != "n" || get(ae, "obj").SmallInt() != 1 {
		t.Error("AttributeError fields")
	}

	fnf := exc(t, th, OSError, Int(2), NewStr("No such file or directory"), NewStr("x"))
	if fnf.Type() != FileNotFoundError {
		t.Errorf("OSError(ENOENT) is %s", fnf.Type().Name)
	}
	wantStr(t, th, fnf, "[Errno 2] No such file or directory: 'x'")
	wantRepr(t, th, fnf, "FileNotFoundError(2, 'No such file or directory')")
	if get(fnf, "errno").SmallInt() != 2 || StrValue(get(fnf, "filename")) != "x" {
		t.Error("OSError fields")
	}
	wantStr(t, th, exc(t, th, OSError, Int(2), NewStr("x"), NewStr("f"), None, NewStr("h")), "[Errno 2] x: 'f' -> 'h'")
	wantStr(t, th, exc(t, th, OSError, Int(1)), "1")
	if pe := exc(t, th, OSError, Int(13), NewStr("denied")); pe.Type() != PermissionError {
		t.Error("EACCES")
	}
	if e := NewOSError(17, "d", ""); e.Type() != FileExistsError {
		t.Error("NewOSError")
	} else {
		wantStr(t, th, ValueOf(e), "[Errno 17] File exists: 'd'")
	}

	se := exc(t, th, SyntaxError, NewStr("invalid syntax"), NewTuple([]Value{NewStr("dir/f.py"), Int(3), Int(1), NewStr("x"), Int(3), Int(2)}))
	wantStr(t, th, se, "invalid syntax (f.py, line 3)")
	if get(se, "lineno").SmallInt() != 3 || get(se, "end_offset").SmallInt() != 2 {
		t.Error("SyntaxError fields")
	}
	wantStr(t, th, exc(t, th, SyntaxError, NewStr("x")), "x")

	ude := exc(t, th, UnicodeDecodeError, NewStr("utf-8"), NewBytes([]byte{0xff}), Int(0), Int(1), NewStr("invalid start byte"))
	wantStr(t, th, ude, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
	ude2 := exc(t, th, UnicodeDecodeError, NewStr("utf-8"), NewBytes([]byte{0xff, 0xfe}), Int(0), Int(2), NewStr("bad"))
	wantStr(t, th, ude2, "'utf-8' codec can't decode bytes in position 0-1: bad")
	uee := exc(t, th, UnicodeEncodeError, NewStr("ascii"), NewStr("é"), Int(0), Int(1), NewStr("ordinal not in range(128)"))
	wantStr(t, th, uee, "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)")
}

func TestExceptionGroups(t *testing.T) {
	th := newTestThread()
	ve, te := exc(t, th, ValueError, Int(1)), exc(t, th, TypeError)
	g := exc(t, th, BaseExceptionGroup, NewStr("m"), NewList([]Value{ve, te}))
	if g.Type() != ExceptionGroup {
		t.Errorf("BaseExceptionGroup of Exceptions is %s", g.Type().Name)
	}
	wantStr(t, th, g, "m (2 sub-exceptions)")
	wantStr(t, th, exc(t, th, ExceptionGroup, NewStr("m"), NewList([]Value{ve})), "m (1 sub-exception)")
	_, err := Call(th, ValueOf(ExceptionGroup), []Value{NewStr("m"), NewList(nil)}, nil)
	wantErr(t, err, "ValueError: second argument (exceptions) must be a non-empty sequence")
	_, err = Call(th, ValueOf(ExceptionGroup), []Value{NewStr("m"), NewList([]Value{Int(1)})}, nil)
	wantErr(t, err, "ValueError: Item 0 of second argument (exceptions) is not an exception")
	_, err = Call(th, ValueOf(ExceptionGroup), []Value{Int(1), NewList([]Value{ve})}, nil)
	wantErr(t, err, "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int")
	_, err = Call(th, ValueOf(ExceptionGroup), []Value{NewStr("m"), NewList([]Value{exc(t, th, KeyboardInterrupt)})}, nil)
	wantErr(t, err, "TypeError: Cannot nest BaseExceptions in an ExceptionGroup")

	parts, err := CallMethod(th, g, "split", ValueOf(ValueError))
	if err != nil {
		t.Fatal(err)
	}
	match, rest := TupleItems(parts)[0], TupleItems(parts)[1]
	if ms, _ := GetAttr(th, match, "exceptions"); len(TupleItems(ms)) != 1 || !Is(TupleItems(ms)[0], ve) {
		t.Error("split match")
	}
	if rs, _ := GetAttr(th, rest, "exceptions"); len(TupleItems(rs)) != 1 || !Is(TupleItems(rs)[0], te) {
		t.Error("split rest")
	}
	if sg, _ := CallMethod(th, g, "subgroup", ValueOf(KeyError)); !sg.IsNone() {
		t.Error("subgroup with no match")
	}
	_, err = CallMethod(th, g, "subgroup", Int(1))
	wantErr(t, err, "TypeError: expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

// TestUnicodeErrorFieldsFromGo checks the attributes and message of a
// Unicode error made by NewException, as the codecs raise them, without
// running __init__.
func TestUnicodeErrorFieldsFromGo(t *testing.T) {
	th := newTestThread()
	e := NewException(UnicodeDecodeError, NewStr("utf-8"), NewBytes([]byte{0xff}), Int(0), Int(1), NewStr("invalid start byte"))
	if r, err := GetAttr(th, ValueOf(e), "reason"); err != nil || StrValue(r) != "invalid start byte" {
		t.Errorf("reason = %v, %v", r, err)
	}
	if r, err := GetAttr(th, ValueOf(e), "start"); err != nil || !Is(r, Int(0)) {
		t.Errorf("start = %v, %v", r, err)
	}
	if s, err := ToString(th, ValueOf(e)); err != nil || s != "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" {
		t.Errorf("str = %q, %v", s, err)
	}
}

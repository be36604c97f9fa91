package runtime

import (
	"bytes"
	"testing"
)

func TestSysModule(t *testing.T) {
	interp := NewInterpreter(Options{Argv: []string{"prog.py", "a"}, Path: []string{"/x"}, XOptions: map[string]string{"dev": ""}})
	th := interp.MainThread()
	sys := ValueOf(interp.SysModule())
	if m, ok, _ := interp.Modules.Get(th, NewStr("sys")); !ok || !Is(m, sys) {
		t.Fatal("sys not in sys.modules")
	}
	if !Is(attr(t, th, sys, "modules"), ValueOf(interp.Modules)) {
		t.Error("sys.modules is not the interpreter's module dict")
	}
	if argv := ListItems(attr(t, th, sys, "argv")); len(argv) != 2 || StrValue(argv[1]) != "a" {
		t.Errorf("argv = %v", argv)
	}
	if p := ListItems(attr(t, th, sys, "path")); len(p) != 1 || StrValue(p[0]) != "/x" {
		t.Errorf("path = %v", p)
	}
	if v := StrValue(attr(t, th, sys, "version")); v[:4] != "3.12" {
		t.Errorf("version = %q", v)
	}
	vi := attr(t, th, sys, "version_info")
	if vi.Type().Layout != LayoutTuple || len(TupleItems(vi)) != 5 || TupleItems(vi)[1].SmallInt() != 12 {
		t.Fatalf("version_info = %v", vi)
	}
	if attr(t, th, vi, "minor").SmallInt() != 12 || StrValue(attr(t, th, vi, "releaselevel")) != "final" {
		t.Error("version_info fields wrong")
	}
	impl := attr(t, th, sys, "implementation")
	if StrValue(attr(t, th, impl, "name")) != "kiln" || !attr(t, th, impl, "cache_tag").IsNone() {
		t.Error("implementation wrong")
	}
	if attr(t, th, attr(t, th, sys, "float_info"), "mant_dig").SmallInt() != 53 {
		t.Error("float_info.mant_dig")
	}
	if x, _ := attr(t, th, sys, "_xoptions").header().dict, 0; x != nil {
		// _xoptions is a dict value, not an object with a dict.
	}
	xo := as[Dict](attr(t, th, sys, "_xoptions"))
	if v, ok := xo.GetStr("dev"); !ok || !v.IsTrue() {
		t.Error("_xoptions['dev'] is not True")
	}
	if r, _ := structSeqRepr(th, NewStructSeq(sysThreadInfoType, None, None, None)); StrValue(r) != "sys.thread_info(name=None, lock=None, version=None)" {
		t.Errorf("struct sequence repr %s", StrValue(r))
	}

	_, err := Call(th, attr(t, th, sys, "exit"), []Value{Int(3)}, nil)
	if e := AsException(err); err == nil || e.Type() != SystemExit || e.Args[0].SmallInt() != 3 {
		t.Errorf("exit(3): %v", err)
	}
	get, set := attr(t, th, sys, "getrecursionlimit"), attr(t, th, sys, "setrecursionlimit")
	if r, _ := Call(th, get, nil, nil); r.SmallInt() != 1000 {
		t.Errorf("recursion limit %v", r)
	}
	if _, err := Call(th, set, []Value{Int(50)}, nil); err != nil {
		t.Fatal(err)
	}
	if r, _ := Call(th, get, nil, nil); r.SmallInt() != 50 || th.recursionLimit() != 50 {
		t.Errorf("recursion limit after set: %v", r)
	}
	_, err = Call(th, set, []Value{Int(0)}, nil)
	wantImportErr(t, err, ValueError, "recursion limit must be greater or equal than 1")
	if r, _ := Call(th, attr(t, th, sys, "exc_info"), nil, nil); len(TupleItems(r)) != 3 || !TupleItems(r)[0].IsNone() {
		t.Error("exc_info outside handler")
	}
	names := TupleItems(attr(t, th, sys, "builtin_module_names"))
	found := false
	for _, n := range names {
		found = found || StrValue(n) == "math"
	}
	if !found {
		t.Error("math not in builtin_module_names")
	}
}

func TestAtexit(t *testing.T) {
	var errOut bytes.Buffer
	interp := NewInterpreter(Options{Stderr: &errOut})
	th := interp.MainThread()
	ae, err := ImportModule(th, "atexit")
	if err != nil {
		t.Fatal(err)
	}
	var order []int64
	record := NewBuiltinFunction("record", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		order = append(order, args[0].SmallInt())
		if len(kwnames) == 1 {
			order = append(order, args[1].SmallInt())
		}
		return None, nil
	})
	fail := NewBuiltinFunction("fail", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Value{}, Errorf(ValueError, "boom")
	})
	reg := attr(t, th, ae, "register")
	if r, _ := Call(th, reg, []Value{record, Int(1)}, nil); !Is(r, record) {
		t.Error("register does not return the function")
	}
	Call(th, reg, []Value{fail}, nil)
	Call(th, reg, []Value{record, Int(2), Int(3)}, []string{"k"})
	interp.RunAtexit(th)
	if len(order) != 3 || order[0] != 2 || order[1] != 3 || order[2] != 1 {
		t.Errorf("atexit order %v", order)
	}
	interp.FlushStdStreams()
	// A builtin that raises leaves no traceback entries, so CPython prints
	// no "Traceback" header either.
	if got := errOut.String(); got != "Exception ignored in atexit callback: <built-in function fail>\nValueError: boom\n" {
		t.Errorf("stderr = %q", got)
	}
	interp.RunAtexit(th)
	if len(order) != 3 {
		t.Error("exit functions ran twice")
	}
}

func TestTypesModule(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	types, err := ImportModule(th, "types")
	if err != nil {
		t.Fatal(err)
	}
	sn := attr(t, th, types, "SimpleNamespace")
	ns, err := Call(th, sn, []Value{None, None}, []string{"a", "b"})
	if err != nil {
		t.Fatal(err)
	}
	SetAttr(th, ns, "c", ns)
	if r, _ := Repr(th, ns); r != "namespace(a=None, b=None, c=namespace(...))" {
		t.Errorf("repr %s", r)
	}
	_, err = Call(th, sn, []Value{Int(1)}, nil)
	wantImportErr(t, err, TypeError, "no positional arguments expected")
	ns2, _ := Call(th, sn, []Value{None}, []string{"a"})
	ns3, _ := Call(th, sn, []Value{None}, []string{"a"})
	if eq, _ := Equal(th, ns2, ns3); !eq {
		t.Error("equal namespaces compare unequal")
	}
	if eq, _ := Equal(th, ns, ns2); eq {
		t.Error("different namespaces compare equal")
	}
	if !Is(attr(t, th, types, "ModuleType"), ValueOf(ModuleType)) || !Is(attr(t, th, types, "NoneType"), ValueOf(NoneType)) {
		t.Error("type names wrong")
	}
}

package runtime

// This file has the sys functions a program can use that dir(sys) of
// CPython 3.12 lists and Kiln lacked: audit hooks, call_tracing,
// _getframemodulename, the dlopen flags, abiflags.
// What stays out is listed in docs/stdlib.md ("sys").

// sysAuditState is the interpreter's audit hooks (sys.addaudithook).
// Kiln raises no audit events of its own: sys.audit from the program
// calls the hooks, as CPython's does.
type sysAuditState struct {
	hooks []Value
}

// rtldNow is CPython's default sys.getdlopenflags() on Linux (RTLD_NOW).
const rtldNow = 2

func addSysExtras(f *moduleFill) {
	f.set("abiflags", NewStr(""))
	dlopenFlags := Int(rtldNow)
	f.function("getdlopenflags", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("getdlopenflags", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return dlopenFlags, nil
	})
	f.function("setdlopenflags", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("setdlopenflags", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		n, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		dlopenFlags = Int(n) // Kiln loads no shared libraries; the value is kept for getdlopenflags
		return None, nil
	})
	f.function("call_tracing", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("call_tracing", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		if args[1].Type() != TupleType {
			return Value{}, Errorf(TypeError, "call_tracing() argument 2 must be tuple, not %s", TypeName(args[1]))
		}
		return Call(th, args[0], TupleItems(args[1]), nil)
	})
	f.function("_getframemodulename", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var depth Value
		if err := UnpackArgs("_getframemodulename", args, kwnames, "depth?", &depth); err != nil {
			return Value{}, err
		}
		n := int64(0)
		if depth.IsValid() {
			var err error
			if n, err = AsInt(th, depth); err != nil {
				return Value{}, err
			}
		}
		f := th.exec.frame
		for ; f != nil && n > 0; n-- {
			f = f.Back
		}
		if f == nil || f.Globals == nil {
			return None, nil
		}
		if name, ok := f.Globals.GetStr("__name__"); ok {
			return name, nil
		}
		return None, nil
	})
	f.function("addaudithook", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var hook Value
		if err := UnpackArgs("addaudithook", args, kwnames, "hook", &hook); err != nil {
			return Value{}, err
		}
		a := &th.Interp.audit
		a.hooks = append(a.hooks, hook)
		return None, nil
	})
	f.function("audit", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeError, "audit() takes no keyword arguments")
		}
		if len(args) == 0 {
			return Value{}, Errorf(TypeError, "audit() missing 1 required positional argument: 'event'")
		}
		if args[0].Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "expected str for argument 'event', not %s", TypeName(args[0]))
		}
		hooks := th.Interp.audit.hooks
		if len(hooks) == 0 {
			return None, nil
		}
		eventArgs := NewTuple(append([]Value(nil), args[1:]...))
		for _, h := range hooks {
			if _, err := Call(th, h, []Value{args[0], eventArgs}, nil); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
}

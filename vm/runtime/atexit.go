package runtime

// This file defines the atexit module and (*Interpreter).RunAtexit, which
// the driver calls when the program ends.

// atexitEntry is one registered exit function and its arguments.
type atexitEntry struct {
	fn      Value
	args    []Value // positional then keyword values
	kwnames []string
}

// atexitModuleInit makes the atexit module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func atexitModuleInit(th *Thread, m *Module) error {
	m.AddFunction("register", atexitRegister)
	m.AddFunction("unregister", atexitUnregister)
	m.AddFunction("_run_exitfuncs", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("_run_exitfuncs", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		th.Interp.RunAtexit(th)
		return None, nil
	})
	m.AddFunction("_clear", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		th.Interp.mods.atexit = nil
		return None, nil
	})
	m.AddFunction("_ncallbacks", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(int64(len(th.Interp.mods.atexit))), nil
	})
	return nil
}

// atexitRegister is atexit.register(func, *args, **kwargs); it returns
// func so that it can be used as a decorator.
func atexitRegister(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) < 1 {
		return Value{}, Errorf(TypeError, "register() takes at least 1 argument (0 given)")
	}
	fn := args[0]
	if fn.Type().Call == nil {
		return Value{}, Errorf(TypeError, "the first argument must be callable")
	}
	e := atexitEntry{fn: fn, args: append([]Value(nil), args[1:]...), kwnames: append([]string(nil), kwnames...)}
	th.Interp.mods.atexit = append(th.Interp.mods.atexit, e)
	return fn, nil
}

// atexitUnregister is atexit.unregister(func): it removes every
// registration of a function equal to func.
func atexitUnregister(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("unregister", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	st := &th.Interp.mods
	kept := st.atexit[:0]
	for _, e := range st.atexit {
		eq, err := Equal(th, e.fn, args[0])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			kept = append(kept, e)
		}
	}
	st.atexit = kept
	return None, nil
}

// RunAtexit calls the registered exit functions, last registered first,
// and forgets them. An exception in one is reported on sys.stderr as
// CPython does and the others still run.
func (interp *Interpreter) RunAtexit(th *Thread) {
	st := &interp.mods
	for len(st.atexit) > 0 {
		e := st.atexit[len(st.atexit)-1]
		st.atexit = st.atexit[:len(st.atexit)-1]
		if _, err := Call(th, e.fn, e.args, e.kwnames); err != nil {
			writeUnraisable(th, err, "Exception ignored in atexit callback", e.fn)
		}
	}
}

// writeUnraisable reports an exception that cannot be raised (in an exit
// function, a finalizer) on sys.stderr: "<prefix>: <repr(obj)>" and the
// traceback.
func writeUnraisable(th *Thread, err error, prefix string, obj Value) {
	errOut := Value{}
	if sys := th.Interp.mods.sys; sys != nil {
		errOut = sys.Get("stderr")
	}
	if !errOut.IsValid() || errOut.IsNone() {
		return
	}
	header := prefix
	if obj.IsValid() {
		r, rerr := Repr(th, obj)
		if rerr != nil {
			r = "<object repr() failed>"
		}
		header += ": " + r
	}
	if _, werr := CallMethod(th, errOut, "write", NewStr(header+"\n")); werr != nil {
		return
	}
	exc := AsException(err)
	PrintException(th, exc, errOut)
}

package runtime

import (
	"math"
	goruntime "runtime"
	"unicode/utf8"
)

// This file defines the sys module. It is made with every interpreter
// (the standard streams and sys.modules must exist before any code runs)
// and reflects the interpreter's Options: argv, path, the streams, -X
// options, -W options and the flags.

// Version numbers of the language Kiln implements.
const (
	versionMajor = 3
	versionMinor = 12
	versionMicro = 1
	// VersionString is sys.version.
	VersionString = "3.12.1 (kiln) [Go]"
	hexVersion    = versionMajor<<24 | versionMinor<<16 | versionMicro<<8 | 0xf0
)

// Struct sequence types of sys.
var (
	sysVersionInfoType = NewStructSeqType("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, 5)
	sysFloatInfoType   = NewStructSeqType("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11)
	sysIntInfoType     = NewStructSeqType("sys", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4)
	sysHashInfoType    = NewStructSeqType("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9)
	sysFlagsType       = NewStructSeqType("sys", "flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18)
	sysThreadInfoType  = NewStructSeqType("sys", "thread_info", []string{"name", "lock", "version"}, 3)
)

func init() {
	RegisterModule("sys", sysInit)
	OnNewInterpreter(func(interp *Interpreter) {
		if _, _, err := loadBuiltinModule(interp.main, "sys"); err != nil {
			panic("runtime: cannot create sys: " + err.Error())
		}
	})
}

// SysModule returns the interpreter's sys module.
func (interp *Interpreter) SysModule() *Module { return interp.mods.sys }

// RecursionLimit is sys.getrecursionlimit().
func (interp *Interpreter) RecursionLimit() int {
	if l := interp.exec.recursionLimit; l > 0 {
		return l
	}
	return RecursionLimit
}

// SetRecursionLimit is sys.setrecursionlimit(n) without the checks.
func (interp *Interpreter) SetRecursionLimit(n int) {
	interp.exec.recursionLimit = n
	// The interpreter has one thread, whose calls read their own copy.
	interp.main.exec.limit = interp.RecursionLimit()
}

// builtinModuleNamesTuple is sys.builtin_module_names: the registered
// modules' names and builtins, which NewInterpreter makes rather than
// registers, at its place, as CPython sorts the tuple. The strs are one
// block, read straight from the registry: sixty allocations fewer per
// start, and no list of the names first.
func builtinModuleNamesTuple() Value {
	at, found := builtinModuleIndex("builtins")
	n := len(builtinModules)
	if !found {
		n++
	}
	strs := make([]Str, n)
	vals := make([]Value, n)
	for i := range strs {
		name := "builtins"
		switch {
		case found || i < at:
			name = builtinModules[i].name
		case i > at:
			name = builtinModules[i-1].name
		}
		strs[i].typ = StrType
		strs[i].setText(name)
		vals[i] = ValueOf(&strs[i])
	}
	return NewTuple(vals)
}

// strList returns a list of str.
func strList(ss []string) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = NewStr(s)
	}
	return NewList(items)
}

// sysAttrs and sysFunctions are how many attributes sysInit (with
// addSysExtras) sets and how many of them are functions, for its dict's
// size and blocks.
const (
	sysAttrs     = 72
	sysFunctions = 25
	// sysEntries is the room for entries of sys's dict, the
	// dictTableSizes of sysAttrs and the five attributes every builtin
	// module has.
	sysEntries = 86
)

// sysBlock is sys's entry table, key strs and functions in one
// allocation: one span and its pages where three size classes took a
// fresh span each at every start.
type sysBlock struct {
	entries [sysEntries]dictEntry
	keys    [sysAttrs]Str
	fns     [sysFunctions]BuiltinFunction
}

func sysInit(th *Thread, m *Module) error {
	interp := th.Interp
	opts := &interp.Options
	interp.mods.sys = m
	b := new(sysBlock)
	f := newModuleFill(m, b.entries[:], b.keys[:], b.fns[:])
	f.set("modules", ValueOf(interp.Modules))
	argv := opts.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	f.set("argv", strList(argv))
	if opts.OrigArgv != nil {
		f.set("orig_argv", strList(opts.OrigArgv))
	} else {
		f.set("orig_argv", strList(argv))
	}
	f.set("path", strList(opts.Path))
	f.set("meta_path", NewList(nil))
	f.set("path_hooks", NewList(nil))
	f.set("path_importer_cache", ValueOf(NewDict()))
	f.set("warnoptions", strList(interp.WarnOptions()))
	xopts := NewDict()
	for k, v := range opts.XOptions {
		val := NewStr(v)
		if v == "" || v == "True" {
			val = True
		}
		xopts.SetStr(k, val)
	}
	f.set("_xoptions", ValueOf(xopts))

	errHandler := stdioErrors(interp, 1) // stdin's too
	interp.mods.stdin = newStdStream(interp, 0, "<stdin>", "r", opts.Stdin, nil, errHandler)
	interp.mods.stdout = newStdStream(interp, 1, "<stdout>", "w", nil, opts.Stdout, errHandler)
	interp.mods.stderr = newStdStream(interp, 2, "<stderr>", "w", nil, opts.Stderr, stdioErrors(interp, 2))
	f.set("stdin", interp.mods.stdin)
	f.set("__stdin__", interp.mods.stdin)
	f.set("stdout", interp.mods.stdout)
	f.set("__stdout__", interp.mods.stdout)
	f.set("stderr", interp.mods.stderr)
	f.set("__stderr__", interp.mods.stderr)

	f.set("version", NewStr(VersionString))
	versionInfo := NewStructSeq(sysVersionInfoType, Int(versionMajor), Int(versionMinor), Int(versionMicro), NewStr("final"), Int(0))
	f.set("version_info", versionInfo)
	f.set("hexversion", Int(hexVersion))
	f.set("api_version", Int(1013))
	f.set("copyright", NewStr("Copyright (c) The Kiln authors.\nAll Rights Reserved."))
	impl := NewNamespace()
	impl.dict.SetStr("name", NewStr("kiln"))
	impl.dict.SetStr("cache_tag", None)
	impl.dict.SetStr("version", versionInfo)
	impl.dict.SetStr("hexversion", Int(hexVersion))
	impl.dict.SetStr("_multiarch", NewStr(goruntime.GOARCH+"-"+goruntime.GOOS+"-gnu"))
	f.set("implementation", ValueOf(impl))
	f.set("platform", NewStr("linux"))
	f.set("byteorder", NewStr("little"))
	f.set("maxsize", Int(math.MaxInt64))
	f.set("maxunicode", Int(utf8.MaxRune))
	f.set("float_repr_style", NewStr("short"))
	f.set("float_info", NewStructSeq(sysFloatInfoType, Float(math.MaxFloat64), Int(1024), Int(308),
		Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)))
	f.set("int_info", NewStructSeq(sysIntInfoType, Int(30), Int(4), Int(4300), Int(640)))
	f.set("hash_info", NewStructSeq(sysHashInfoType, Int(64), Int(1<<61-1), Int(314159), Int(0), Int(1000003),
		NewStr("fnv"), Int(64), Int(0), Int(0)))
	f.set("thread_info", NewStructSeq(sysThreadInfoType, NewStr("pthread"), NewStr("mutex+cond"), None))
	flag := func(b bool) Value {
		if b {
			return Int(1)
		}
		return Int(0)
	}
	_, devMode := opts.XOptions["dev"]
	f.set("flags", NewStructSeq(sysFlagsType, Int(0), flag(opts.Inspect), flag(opts.Interactive), Int(int64(opts.Optimize)), Int(1), flag(opts.Isolated), Int(0),
		flag(opts.IgnoreEnvironment || opts.Isolated), Int(0), Int(0), Int(0), Int(1), flag(opts.Isolated),
		Bool(devMode), Int(1), Int(0), Bool(opts.SafePath || opts.Isolated), Int(4300)))
	f.set("dont_write_bytecode", True)
	exe := executable()
	f.set("executable", NewStr(exe))
	f.set("_base_executable", NewStr(exe))
	prefix := installPrefix()
	for _, name := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		f.set(name, NewStr(prefix))
	}
	f.set("_stdlib_dir", NewStr(stdlibDirIn(prefix)))
	f.set("platlibdir", NewStr("lib"))
	f.set("pycache_prefix", None)
	f.set("builtin_module_names", builtinModuleNamesTuple())
	f.set("stdlib_module_names", ValueOf(NewDict())) // TODO(modules): a frozenset

	f.function("exit", sysExit)
	f.function("getrecursionlimit", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("getrecursionlimit", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(th.Interp.RecursionLimit())), nil
	})
	f.function("setrecursionlimit", sysSetRecursionLimit)
	f.function("getsizeof", sysGetSizeOf)
	f.function("get_int_max_str_digits", sysGetIntMaxStrDigits)
	f.function("set_int_max_str_digits", sysSetIntMaxStrDigits)
	f.function("intern", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("intern", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if args[0].Type() != StrType {
			return Value{}, Errorf(TypeError, "intern() argument must be str, not %s", TypeName(args[0]))
		}
		return args[0], nil
	})
	f.function("exception", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("exception", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return sysCurrentException(th), nil
	})
	f.function("exc_info", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("exc_info", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		exc := sysCurrentException(th)
		if exc.IsNone() {
			return NewTuple([]Value{None, None, None}), nil
		}
		tb := None
		if exc.Type().Layout == LayoutException {
			if t := as[Exception](exc).Traceback; t.IsValid() {
				tb = t
			}
		}
		return NewTuple([]Value{ValueOf(exc.Type()), exc, tb}), nil
	})
	f.function("_getframe", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("_getframe", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		depth := int64(0)
		if len(args) == 1 {
			var err error
			if depth, err = AsInt(th, args[0]); err != nil {
				return Value{}, err
			}
		}
		return GetFrame(th, int(depth))
	})
	for _, e := range [...]struct{ name, value string }{{"getdefaultencoding", "utf-8"}, {"getfilesystemencoding", "utf-8"}, {"getfilesystemencodeerrors", "surrogateescape"}} {
		name, value := e.name, e.value
		f.function(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return NewStr(value), nil
		})
	}
	f.function("getswitchinterval", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Float(0.005), nil })
	f.function("setswitchinterval", func(th *Thread, args []Value, kwnames []string) (Value, error) { return None, nil })
	f.function("is_finalizing", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Bool(th.Interp.life.finalizing.Load()), nil
	})
	addSysExtras(f)
	displayHook := f.function("displayhook", sysDisplayHook)
	exceptHook := f.function("excepthook", sysExceptHook)
	f.set("__displayhook__", displayHook)
	f.set("__excepthook__", exceptHook)
	f.set("__breakpointhook__", f.function("breakpointhook", sysBreakpointHook))
	return nil
}

// sysCurrentException asks the engine for the handled exception.
func sysCurrentException(th *Thread) Value {
	if v := CurrentException(th); v.IsValid() {
		return v
	}
	return None
}

// sysExit is sys.exit([status]): it raises SystemExit(status).
func sysExit(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("exit", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	// args is the caller's register window, cleared when its frame
	// returns: the exception keeps a copy.
	e := NewException(SystemExit, append([]Value(nil), args...)...)
	code := None
	if len(args) == 1 {
		code = args[0]
	}
	e.setField("code", code)
	return Value{}, e
}

// sysSetRecursionLimit is sys.setrecursionlimit(n).
func sysSetRecursionLimit(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("setrecursionlimit", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	if args[0].IsFloat() {
		return Value{}, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
	}
	n, err := AsInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 1 {
		return Value{}, Errorf(ValueError, "recursion limit must be greater or equal than 1")
	}
	if int64(th.depth) >= n {
		return Value{}, Errorf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, th.depth)
	}
	th.Interp.SetRecursionLimit(int(n))
	return None, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// sysDisplayHook is sys.displayhook(value): print repr(value) to
// sys.stdout and keep it in builtins._.
func sysDisplayHook(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("displayhook", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	if v.IsNone() {
		return None, nil
	}
	th.Interp.Builtins.SetStr("_", None)
	r, err := Repr(th, v)
	if err != nil {
		return Value{}, err
	}
	out := th.Interp.mods.sys.Get("stdout")
	if !out.IsValid() || out.IsNone() {
		return Value{}, Errorf(RuntimeError, "lost sys.stdout")
	}
	if _, err := CallMethod(th, out, "write", NewStr(r+"\n")); err != nil {
		return Value{}, err
	}
	th.Interp.Builtins.SetStr("_", v)
	return None, nil
}

// sysExceptHook is sys.excepthook(type, value, traceback).
func sysExceptHook(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("excepthook", args, kwnames, 3, 3); err != nil {
		return Value{}, err
	}
	errOut := th.Interp.mods.sys.Get("stderr")
	if !errOut.IsValid() || errOut.IsNone() {
		return None, nil
	}
	v := args[1]
	if v.Type().Layout != LayoutException {
		_, err := CallMethod(th, errOut, "write", NewStr("TypeError: print_exception(): Exception expected for value, "+TypeName(v)+" found\n"))
		return None, err
	}
	exc := as[Exception](v)
	return None, PrintException(th, exc, errOut)
}

package runtime

// This file defines Python function objects, bound methods, and calling a
// Python function: binding arguments to parameters with CPython's rules and
// error messages, and running the body.

import (
	"strings"

	"github.com/kilnpy/kiln/vm/compile"
)

// Function is a function defined in Python (def, lambda, comprehension
// bodies, class bodies).
type Function struct {
	Object
	Code        *Code
	Globals     *Dict
	Builtins    *Dict
	Name        string
	Qualname    string
	Defaults    []Value // positional defaults, for the last len(Defaults) positional parameters
	KwDefaults  *Dict   // keyword-only defaults, or nil
	Closure     []Value // cells, parallel to Code.Freevars
	Annotations Value   // dict or zero
	Doc         Value
	Module      Value
}

// FunctionType and MethodType are the types of Python functions and bound
// methods.
var (
	FunctionType = NewBuiltinType("function", ObjectType, LayoutFunction, FlagHasDict)
	MethodType   = NewBuiltinType("method", ObjectType, LayoutOther, 0)
)

// Method is a function bound to an instance.
type Method struct {
	Object
	Func Value
	Self Value
}

// NewMethod returns fn bound to self.
func NewMethod(fn, self Value) Value {
	profileNew(MethodType, profMethodSize)
	return profValue(&Method{Object: Object{typ: MethodType}, Func: fn, Self: self})
}

// NewFunction makes a function object for code running in globals.
func NewFunction(code *Code, globals *Dict, builtins *Dict) *Function {
	profileNew(FunctionType, profFunctionSize)
	fn := &Function{Object: Object{typ: FunctionType}, Code: code, Globals: globals, Builtins: builtins,
		Name: code.Name, Qualname: code.Qualname, Doc: None}
	if m, ok := globals.GetStr("__name__"); ok {
		fn.Module = m
	} else {
		fn.Module = None
	}
	// The docstring is the first constant if the body starts with a string
	// statement; the compiler does not record it, so look at the code.
	return fn
}

// builtinsOf returns the builtins for code running in globals: the
// globals' __builtins__ if it is a module or dict, else the interpreter's.
func builtinsOf(th *Thread, globals *Dict) *Dict {
	if b, ok := globals.GetStr("__builtins__"); ok {
		switch b.Type().Layout {
		case LayoutDict:
			return as[Dict](b)
		case LayoutModule:
			if d := b.header().dict; d != nil {
				return d
			}
		}
	}
	return th.Interp.Builtins
}

func init() {
	FunctionType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		return callFunction(th, as[Function](callee), args, kwnames)
	}
	FunctionType.DescrGet = func(th *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.p == nil {
			return descr, nil
		}
		return NewMethod(descr, obj), nil
	}
	FunctionType.Repr = func(th *Thread, v Value) (Value, error) {
		return NewStr("<function " + as[Function](v).Qualname + " at " + hexAddr(v) + ">"), nil
	}
	FunctionType.AddMethod("__get__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__get__", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		if args[0].IsNone() && (len(args) < 2 || args[1].IsNone()) {
			return Value{}, Errorf(TypeError, "__get__(None, None) is invalid")
		}
		if args[0].IsNone() {
			return self, nil
		}
		return NewMethod(self, args[0]), nil
	})
	// method(function, instance), as types.MethodType is called.
	MethodType.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("method", kwnames); err != nil {
			return Value{}, err
		}
		if len(args) != 2 {
			return Value{}, Errorf(TypeError, "method expected 2 arguments, got %d", len(args))
		}
		if args[0].Type().Call == nil {
			return Value{}, Errorf(TypeError, "first argument must be callable")
		}
		if args[1].IsNone() {
			return Value{}, Errorf(TypeError, "instance must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
	MethodType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		m := as[Method](callee)
		if m.Func.Type() == FunctionType {
			return th.callWithSelf(as[Function](m.Func), m.Self, args, kwnames)
		}
		all := make([]Value, len(args)+1)
		all[0] = m.Self
		copy(all[1:], args)
		return Call(th, m.Func, all, kwnames)
	}
	MethodType.GetAttr = func(th *Thread, v Value, name *Str) (Value, error) {
		m := as[Method](v)
		switch name.text() {
		case "__func__":
			return m.Func, nil
		case "__self__":
			return m.Self, nil
		}
		r, err := GenericGetAttr(th, v, name)
		if err != nil && IsInstanceOf(err, AttributeError) {
			return GetAttr(th, m.Func, name.text())
		}
		return r, err
	}
	// The function's docstring, as CPython's method_get_doc: the type's
	// own __doc__ entry must not hide it.
	MethodType.AddGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		return GetAttr(th, as[Method](v).Func, "__doc__")
	}, nil)
	MethodType.Repr = func(th *Thread, v Value) (Value, error) {
		m := as[Method](v)
		q, _ := GetAttr(th, m.Func, "__qualname__")
		qs := "?"
		if q.p != nil && q.Type().Layout == LayoutStr {
			qs = StrValue(q)
		}
		r, err := Repr(th, m.Self)
		if err != nil {
			return Value{}, err
		}
		return NewStr("<bound method " + qs + " of " + r + ">"), nil
	}
	MethodType.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if b.Type() != MethodType || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		x, y := as[Method](a), as[Method](b)
		eq := Is(x.Func, y.Func) && Is(x.Self, y.Self)
		return Bool(eq == (op == CmpEQ)), nil
	}
	MethodType.Hash = func(th *Thread, v Value) (int64, error) {
		m := as[Method](v)
		h1, err := Hash(th, m.Func)
		if err != nil {
			return 0, err
		}
		return h1 ^ int64(addressOf(m.Self)), nil
	}

	str := func(get func(f *Function) string, set func(f *Function, s string)) (func(*Thread, Value) (Value, error), func(*Thread, Value, Value) error) {
		return func(th *Thread, v Value) (Value, error) { return NewStr(get(as[Function](v))), nil },
			func(th *Thread, v, x Value) error {
				if x.p == nil || x.Type().Layout != LayoutStr {
					return Errorf(TypeError, "__name__ must be set to a string object")
				}
				set(as[Function](v), StrValue(x))
				return nil
			}
	}
	g, s := str(func(f *Function) string { return f.Name }, func(f *Function, x string) { f.Name = x })
	FunctionType.AddGetSet("__name__", g, s)
	g, s = str(func(f *Function) string { return f.Qualname }, func(f *Function, x string) { f.Qualname = x })
	FunctionType.AddGetSet("__qualname__", g, s)
	FunctionType.AddGetSet("__code__", func(th *Thread, v Value) (Value, error) { return ValueOf(as[Function](v).Code), nil }, nil)
	FunctionType.AddGetSet("__globals__", func(th *Thread, v Value) (Value, error) { return ValueOf(as[Function](v).Globals), nil }, nil)
	FunctionType.AddGetSet("__builtins__", func(th *Thread, v Value) (Value, error) { return ValueOf(as[Function](v).Builtins), nil }, nil)
	FunctionType.AddGetSet("__doc__", func(th *Thread, v Value) (Value, error) { return as[Function](v).Doc, nil },
		func(th *Thread, v, x Value) error { as[Function](v).Doc = noneIfUnset(x); return nil })
	FunctionType.AddGetSet("__module__", func(th *Thread, v Value) (Value, error) { return as[Function](v).Module, nil },
		func(th *Thread, v, x Value) error { as[Function](v).Module = noneIfUnset(x); return nil })
	FunctionType.AddGetSet("__defaults__", func(th *Thread, v Value) (Value, error) {
		f := as[Function](v)
		if f.Defaults == nil {
			return None, nil
		}
		return NewTuple(append([]Value(nil), f.Defaults...)), nil
	}, func(th *Thread, v, x Value) error {
		f := as[Function](v)
		if x.p == nil || x.IsNone() {
			f.Defaults = nil
			return nil
		}
		if x.Type().Layout != LayoutTuple {
			return Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = TupleItems(x)
		return nil
	})
	FunctionType.AddGetSet("__kwdefaults__", func(th *Thread, v Value) (Value, error) {
		f := as[Function](v)
		if f.KwDefaults == nil {
			return None, nil
		}
		return ValueOf(f.KwDefaults), nil
	}, func(th *Thread, v, x Value) error {
		f := as[Function](v)
		if x.p == nil || x.IsNone() {
			f.KwDefaults = nil
			return nil
		}
		if x.Type().Layout != LayoutDict {
			return Errorf(TypeError, "__kwdefaults__ must be set to a dict object")
		}
		f.KwDefaults = as[Dict](x)
		return nil
	})
	FunctionType.AddGetSet("__closure__", func(th *Thread, v Value) (Value, error) {
		f := as[Function](v)
		if f.Closure == nil {
			return None, nil
		}
		return NewTuple(append([]Value(nil), f.Closure...)), nil
	}, nil)
	FunctionType.AddGetSet("__annotations__", func(th *Thread, v Value) (Value, error) {
		f := as[Function](v)
		if f.Annotations.p == nil {
			f.Annotations = ValueOf(NewDict())
		}
		return f.Annotations, nil
	}, func(th *Thread, v, x Value) error {
		// None deletes, as del does; anything else must be a dict.
		if x.IsNone() {
			x = Value{}
		}
		if x.IsValid() && x.Type().Layout != LayoutDict {
			return Errorf(TypeError, "__annotations__ must be set to a dict object")
		}
		as[Function](v).Annotations = x
		return nil
	})
	FunctionType.AddGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		o := v.header()
		if o.dict == nil {
			o.dict = NewDict()
		}
		return ValueOf(o.dict), nil
	}, nil)
}

func noneIfUnset(v Value) Value {
	if v.p == nil {
		return None
	}
	return v
}

// callFunction calls a Python function.
func callFunction(th *Thread, fn *Function, args []Value, kwnames []string) (Value, error) {
	code := fn.Code
	if code.Flags&(compile.FlagGenerator|compile.FlagCoroutine) != 0 {
		g := newGenerator(th, fn)
		f := g.frame
		if err := bindArgs(th, fn, f.Regs, args, kwnames); err != nil {
			return Value{}, err
		}
		copy(f.Regs[code.NumLocals+len(code.Cellvars):], fn.Closure)
		if code.Flags&compile.FlagCoroutine != 0 {
			return Value{}, Errorf(SystemError, "coroutines (async def) are not supported")
		}
		return ValueOf(g), nil
	}
	if len(kwnames) == 0 && code.simpleArgc == len(args) {
		return th.callSimple(fn, args) // nothing to bind but copies
	}
	if err := th.enterCall(); err != nil {
		return Value{}, err
	}
	f := th.pushFrame(code, fn.Globals, fn.Builtins)
	f.Func = fn
	if err := bindArgs(th, fn, f.Regs, args, kwnames); err != nil {
		th.popFrame(f)
		th.depth--
		return Value{}, err
	}
	copy(f.Regs[code.NumLocals+len(code.Cellvars):], fn.Closure)
	v, err := th.run(f)
	th.popFrame(f)
	th.depth--
	return v, err
}

// enterCall counts a Python-level call against the recursion limit.
// It is small enough to inline; the error is made out of line.
func (th *Thread) enterCall() error {
	if th.depth >= th.recursionLimit() {
		return recursionError()
	}
	th.depth++
	return nil
}

// recursionError is the RecursionError of a call past the limit.
//
//go:noinline
func recursionError() error {
	return Errorf(RecursionError, "maximum recursion depth exceeded")
}

// bindArgs stores the arguments of a call of fn into the parameter
// registers regs[0:], following CPython's rules (Python/ceval.c
// initialize_locals) and error messages.
func bindArgs(th *Thread, fn *Function, regs []Value, args []Value, kwnames []string) error {
	code := fn.Code
	nargs := len(args) - len(kwnames)
	argc := code.ArgCount
	kwonly := code.KwOnlyArgCount
	varargs := code.Flags&compile.FlagVarArgs != 0
	varkw := code.Flags&compile.FlagVarKeywords != 0
	// Fast path: exactly the positional parameters.
	if nargs == argc && len(kwnames) == 0 && kwonly == 0 && !varargs && !varkw {
		copy(regs, args)
		return nil
	}
	n := nargs
	if n > argc {
		n = argc
	}
	copy(regs, args[:n])
	next := argc + kwonly
	if varargs {
		if nargs > argc {
			regs[next] = NewTuple(append([]Value(nil), args[argc:nargs]...))
		} else {
			regs[next] = emptyTuple
		}
		next++
	} else if nargs > argc {
		return tooManyPositional(fn, nargs, args, kwnames)
	}
	var kwdict *Dict
	if varkw {
		kwdict = NewDict()
		regs[next] = ValueOf(kwdict)
	}
	var posAsKw []string
	for i, name := range kwnames {
		val := args[nargs+i]
		j := -1
		for k := code.PosOnlyArgCount; k < argc+kwonly; k++ {
			if code.Varnames[k] == name {
				j = k
				break
			}
		}
		if j < 0 {
			if kwdict == nil {
				for k := 0; k < code.PosOnlyArgCount; k++ {
					if code.Varnames[k] == name {
						posAsKw = append(posAsKw, name)
						j = k
					}
				}
				if j >= 0 {
					continue
				}
				return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fn.Qualname, name)
			}
			// The key is the interned str of the name, as CPython's
			// are the code's own keyword name strs: no str made and
			// hashed per keyword per call (replace(obj, x=1)).
			kwdict.setStrObj(internName(name), val)
			continue
		}
		if regs[j].p != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", fn.Qualname, name)
		}
		regs[j] = val
	}
	if len(posAsKw) > 0 {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.Qualname, strings.Join(posAsKw, ", "))
	}
	// Defaults and missing arguments.
	if nargs < argc {
		ndef := len(fn.Defaults)
		var missing []string
		for k := nargs; k < argc; k++ {
			if regs[k].p != nil {
				continue
			}
			if d := k - (argc - ndef); d >= 0 {
				regs[k] = fn.Defaults[d]
			} else {
				missing = append(missing, code.Varnames[k])
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
	}
	if kwonly > 0 {
		var missing []string
		for k := argc; k < argc+kwonly; k++ {
			if regs[k].p != nil {
				continue
			}
			if fn.KwDefaults != nil {
				if d, ok := fn.KwDefaults.GetStr(code.Varnames[k]); ok {
					regs[k] = d
					continue
				}
			}
			missing = append(missing, code.Varnames[k])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return Errorf(TypeError, "%s() missing %d required %s argument%s: %s", fn.Qualname, len(names), kind, s, list)
}

func tooManyPositional(fn *Function, given int, args []Value, kwnames []string) error {
	code := fn.Code
	argc := code.ArgCount
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = "from " + itoa(argc-ndef) + " to " + itoa(argc)
	} else {
		takes = itoa(argc)
	}
	plural := "s"
	if argc == 1 && ndef == 0 {
		plural = ""
	}
	// keyword-only arguments given, for the message's parenthesis.
	kwGiven := 0
	for _, name := range kwnames {
		for k := argc; k < argc+code.KwOnlyArgCount; k++ {
			if code.Varnames[k] == name {
				kwGiven++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwGiven > 0 {
		ks := "s"
		if kwGiven == 1 {
			ks = ""
		}
		gs := "s"
		if given == 1 {
			gs = ""
		}
		return Errorf(TypeError, "%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.Qualname, takes, plural, given, gs, kwGiven, ks)
	}
	return Errorf(TypeError, "%s() takes %s positional argument%s but %d %s given", fn.Qualname, takes, plural, given, was)
}

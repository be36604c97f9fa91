package runtime

import "math/big"

// This file defines the builtins module: its table of functions, types and
// constants, installed in every new Interpreter, and the builtin functions
// about attributes, identity and conversion to text. The other builtin
// functions live in builtins_*.go by theme.

// builtinFunctions lists the functions of the builtins module, in the
// order CPython's builtins dict has them. An array, which the linker lays
// out, not a map, which is built by code at every start.
// __build_class__ is the engine's; help is not provided.
var builtinFunctions = [...]struct {
	name string
	fn   NativeFunc
}{
	{"__import__", builtinImport}, {"abs", builtinAbs}, {"all", builtinAll}, {"any", builtinAny},
	{"ascii", builtinASCII}, {"bin", builtinBin}, {"breakpoint", builtinBreakpoint},
	{"callable", builtinCallable}, {"chr", builtinChr}, {"compile", builtinCompile},
	{"delattr", builtinDelattr}, {"dir", builtinDir}, {"divmod", builtinDivmod},
	{"eval", builtinEval}, {"exec", builtinExec}, {"format", builtinFormat},
	{"getattr", builtinGetattr}, {"globals", builtinGlobals}, {"hasattr", builtinHasattr},
	{"hash", builtinHash}, {"hex", builtinHex}, {"id", builtinID}, {"input", builtinInput},
	{"isinstance", builtinIsinstance}, {"issubclass", builtinIssubclass}, {"iter", builtinIter},
	{"aiter", builtinAiter}, {"len", builtinLen}, {"locals", builtinLocals}, {"max", builtinMax},
	{"min", builtinMin}, {"next", builtinNext}, {"anext", builtinAnext}, {"oct", builtinOct},
	{"ord", builtinOrd}, {"pow", builtinPow}, {"print", builtinPrint}, {"repr", builtinRepr},
	{"round", builtinRound}, {"setattr", builtinSetattr}, {"sorted", builtinSorted},
	{"sum", builtinSum}, {"vars", builtinVars}, {"open", builtinOpen},
}

// builtinsModuleTypes lists the types the builtins module names.
func builtinsModuleTypes() []*Type {
	return []*Type{
		ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, ByteArrayType, TupleType, ListType, DictType, SetType,
		FrozenSetType, RangeType, SliceType, EnumerateType, ZipType, MapType,
		FilterType, ReversedType, PropertyType, ClassMethodType, StaticMethodType,
		SuperType, MemoryViewType,
	}
}

func init() { OnNewInterpreter(setupBuiltins) }

// builtinsAddedLater is room in the builtins dict for the names other
// set-up functions and the program add (__build_class__, exit, quit, _,
// ...), so that it does not grow at once.
const builtinsAddedLater = 12

// builtinsKeys is how many attributes setupBuiltins sets, and
// builtinsEntries the room for entries that resize makes for them and
// builtinsAddedLater (dictTableSizes).
const (
	builtinsKeys    = 150
	builtinsEntries = 171
)

// builtinsBlock is the builtins dict's entry table, key strs and
// functions in one allocation: one span and its pages where three size
// classes took a fresh span each at every start.
type builtinsBlock struct {
	entries [builtinsEntries]dictEntry
	keys    [builtinsKeys]Str
	fns     [len(builtinFunctions)]BuiltinFunction
}

// setupBuiltins creates the builtins module of a new interpreter. Its dict
// is made at its final size, with its entry table, key strs and functions
// in one allocation: it is start-up's largest dict.
func setupBuiltins(interp *Interpreter) {
	d := interp.Builtins
	types := builtinsModuleTypes()
	const constants = 13 // __name__, __doc__, the two aliases of OSError, None ... __spec__, __loader__
	n := constants + len(builtinFunctions) + len(types) + len(ExceptionTypes)
	b := new(builtinsBlock)
	d.resizeIn(n+builtinsAddedLater, b.entries[:])
	keys := strKeys(b.keys[:])
	keys.set(d, "__name__", NewStr("builtins"))
	keys.set(d, "__doc__", None)
	fns := b.fns[:]
	for i, f := range builtinFunctions {
		fns[i] = BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: f.name, Module: "builtins", Fn: f.fn}
		keys.set(d, f.name, ValueOf(&fns[i]))
	}
	for _, t := range types {
		keys.set(d, t.Name, ValueOf(t))
	}
	for _, t := range ExceptionTypes {
		keys.set(d, t.Name, ValueOf(t))
	}
	keys.set(d, "EnvironmentError", ValueOf(OSError))
	keys.set(d, "IOError", ValueOf(OSError))
	keys.set(d, "None", None)
	keys.set(d, "True", True)
	keys.set(d, "False", False)
	keys.set(d, "Ellipsis", Ellipsis)
	keys.set(d, "NotImplemented", NotImplemented)
	keys.set(d, "__debug__", Bool(interp.Options.Optimize == 0))
	keys.set(d, "__package__", NewStr(""))
	m := &Module{Object: Object{typ: ModuleType, dict: d}, Name: "builtins"}
	spec := builtinModuleSpec("builtins")
	loader, _ := spec.header().dict.GetStr("loader")
	keys.set(d, "__spec__", spec)
	keys.set(d, "__loader__", loader)
	interp.Modules.SetStr("builtins", ValueOf(m))
}

func builtinOpen(th *Thread, args []Value, kwnames []string) (Value, error) {
	return Open(th, args, kwnames)
}

func builtinRepr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("repr", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	return ReprValue(th, args[0])
}

func builtinASCII(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("ascii", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	r, err := Repr(th, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(asciiEscape(r)), nil
}

func appendHex(out []byte, v uint32, width int, digits string) []byte {
	for i := width - 1; i >= 0; i-- {
		out = append(out, digits[(v>>(4*uint(i)))&0xf])
	}
	return out
}

func builtinCallable(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("callable", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	return Bool(args[0].Type().Call != nil), nil
}

func builtinLen(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("len", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := Len(th, args[0])
	return Int(int64(n)), err
}

// builtinIntFast is len(x) or ord(x) called from the interpreter for
// callee, a builtin function: len of an exact str, list, tuple or dict,
// whose lengths run no Python code, and ord of an exact str of one byte
// (an ASCII character), as string_build's checksum loop and tokenizers
// call it once a character; ok is false otherwise, and while a profile
// records which builtin runs.
func (th *Thread) builtinIntFast(callee, x Value) (n int, ok bool) {
	if x.p == nil || th.prof.sink != nil {
		return 0, false
	}
	bf := as[BuiltinFunction](callee)
	if bf.Module != "builtins" || bf.Self.p != nil {
		return 0, false
	}
	switch bf.Name {
	case "len":
	case "ord":
		if x.Type() == StrType {
			if s := as[Str](x).text(); len(s) == 1 {
				return int(s[0]), true
			}
		}
		return 0, false
	default:
		return 0, false
	}
	switch x.Type() {
	case StrType:
		return as[Str](x).runeCount(), true
	case ListType:
		return as[List](x).Len(), true
	case TupleType:
		return len(TupleItems(x)), true
	case DictType:
		return as[Dict](x).Len(), true
	}
	return 0, false
}

func builtinHash(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("hash", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	h, err := hashFull(th, args[0])
	return Int(h), err
}

// builtinID is id(): the address of a heap object. Immediates have no
// address; their id is made from their value and kind, odd so that it
// never equals an (aligned) address.
func builtinID(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("id", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	if !v.IsImmediate() {
		return Int(int64(addressOf(v))), nil
	}
	var tag uint64
	switch v.p {
	case pInt:
		tag = 1
	case pFloat:
		tag = 3
	case pBool:
		tag = 5
	default:
		tag = 7
	}
	id := new(big.Int).SetUint64(v.n)
	return MakeInt(id.Lsh(id, 3).Or(id, big.NewInt(int64(tag)))), nil
}

// attrNameArg checks the name argument of getattr and friends and
// returns its text.
func attrNameArg(v Value) (string, error) {
	s, err := attrName(v)
	if err != nil {
		return "", err
	}
	return s.text(), nil
}

// attrGetByStrArg is GetAttr with the name an exact str argument: the str
// itself is the name, not a new str of its text (getattr(obj, f.name) in
// a loop allocated one per call).
func attrGetByStrArg(th *Thread, v, name Value) (Value, error) {
	if name.Type() != StrType {
		return GetAttr(th, v, StrValue(name))
	}
	t := v.Type()
	if t.GetAttr == nil {
		return Value{}, attributeError(v, StrValue(name))
	}
	return t.GetAttr(th, v, as[Str](name))
}

func builtinGetattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("getattr", args, kwnames, 2, 3); err != nil {
		return Value{}, err
	}
	if _, err := attrNameArg(args[1]); err != nil {
		return Value{}, err
	}
	r, err := attrGetByStrArg(th, args[0], args[1])
	if err != nil && len(args) == 3 && IsInstanceOf(err, AttributeError) {
		return args[2], nil
	}
	return r, err
}

func builtinHasattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("hasattr", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	if _, err := attrNameArg(args[1]); err != nil {
		return Value{}, err
	}
	_, err := attrGetByStrArg(th, args[0], args[1])
	if err != nil && IsInstanceOf(err, AttributeError) {
		return False, nil
	}
	return Bool(err == nil), err
}

func builtinSetattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("setattr", args, kwnames, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrNameArg(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(th, args[0], name, args[2])
}

func builtinDelattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("delattr", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrNameArg(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, DelAttr(th, args[0], name)
}

func builtinIsinstance(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("isinstance", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	ok, err := IsInstance(th, args[0], args[1])
	return Bool(ok), err
}

func builtinIssubclass(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("issubclass", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	ok, err := IsSubclass(th, args[0], args[1])
	return Bool(ok), err
}

func builtinFormat(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("format", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	spec := ""
	if len(args) == 2 {
		if args[1].Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = StrValue(args[1])
	}
	s, err := Format(th, args[0], spec)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

func builtinGlobals(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("globals", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	return callerNamespace(th, CurrentGlobals)
}

func builtinLocals(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("locals", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	return callerNamespace(th, CurrentLocals)
}

// callerNamespace returns the caller's globals or locals dict through the
// engine's hook.
func callerNamespace(th *Thread, namespace func(*Thread) *Dict) (Value, error) {
	if d := namespace(th); d != nil {
		return ValueOf(d), nil
	}
	return Value{}, Errorf(SystemError, "no current frame")
}

func builtinVars(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("vars", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return callerNamespace(th, CurrentLocals)
	}
	d, ok, err := GetAttrOK(th, args[0], "__dict__")
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeError, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

func builtinDir(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("dir", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	var names []Value
	if len(args) == 0 {
		d, err := callerNamespace(th, CurrentLocals)
		if err != nil {
			return Value{}, err
		}
		names = as[Dict](d).Keys()
	} else {
		r, ok, err := CallSpecialMethod(th, args[0], "__dir__")
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, Errorf(TypeError, "object does not provide __dir__")
		}
		if names, err = ToSlice(th, r); err != nil {
			return Value{}, err
		}
	}
	if err := sortValues(th, names, Value{}, false); err != nil {
		return Value{}, err
	}
	return NewList(names), nil
}

func builtinImport(th *Thread, args []Value, kwnames []string) (Value, error) {
	var name, globals, locals, fromlist, level Value
	if err := UnpackArgs("__import__", args, kwnames, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return Value{}, err
	}
	if name.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "module name must be a string")
	}
	lvl := int64(0)
	if level.p != nil {
		var err error
		if lvl, err = AsInt(th, level); err != nil {
			return Value{}, err
		}
	}
	if lvl < 0 {
		return Value{}, Errorf(ValueError, "level must be >= 0")
	}
	if StrValue(name) == "" && lvl == 0 {
		return Value{}, Errorf(ValueError, "Empty module name")
	}
	var g *Dict
	if globals.p != nil && globals.Type().Layout == LayoutDict {
		g = as[Dict](globals)
	}
	var from []string
	if fromlist.p != nil && !fromlist.IsNone() {
		err := ForEach(th, fromlist, func(x Value) error {
			if x.Type().Layout != LayoutStr {
				return Errorf(TypeError, "Item in from list must be str, not %s", TypeName(x))
			}
			from = append(from, StrValue(x))
			return nil
		})
		if err != nil {
			return Value{}, err
		}
	}
	return Import(th, StrValue(name), g, from, int(lvl))
}

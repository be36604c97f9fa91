package runtime

// This file runs compiled code: modules (RunModule, ExecCode, and
// ExecSource, used by import, exec and eval) and class bodies
// (__build_class__, which runs the body in a fresh namespace and calls the
// metaclass).

import (
	"reflect"
	"strings"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/syntax"
)

// CompileSource parses and compiles source. Static errors are returned as
// SyntaxError exceptions (constructed through th, so that their fields are
// set; th may be nil).
func CompileSource(th *Thread, filename string, src []byte, mode string) (*Code, error) {
	return compileSourceFlags(th, filename, src, mode, 0)
}

// sourceFromStr is a flag of compileSourceFlags: the source was a str
// (exec("..."), compile("...")), not bytes or a file, so parser errors
// count columns in characters rather than bytes (see syntax.ParseBytes).
const sourceFromStr uint32 = 1 << 31

// compileSourceFlags is CompileSource with compile()'s future flags.
func compileSourceFlags(th *Thread, filename string, src []byte, mode string, flags uint32) (*Code, error) {
	code, _, err := compileSourceWarned(th, filename, src, mode, flags)
	return code, err
}

// compileSourceWarned is compileSourceFlags that also says whether the
// parser or the compiler issued a warning.
func compileSourceWarned(th *Thread, filename string, src []byte, mode string, flags uint32) (_ *Code, warned bool, _ error) {
	parse := syntax.ParseBytes
	if flags&sourceFromStr != 0 {
		parse = syntax.Parse
	}
	flags &^= sourceFromStr
	pm, cm := syntax.ModeExec, compile.Exec
	switch mode {
	case "eval":
		pm, cm = syntax.ModeEval, compile.Eval
	case "single":
		pm, cm = syntax.ModeSingle, compile.Single
	}
	mod, err := parse(filename, src, pm)
	if err != nil {
		return nil, false, SyntaxErrorFrom(th, err)
	}
	// The parser's warnings come first, as in CPython, where it warns
	// before the compiler runs. A warning the filters make an error
	// becomes a SyntaxError at its place.
	for _, w := range mod.Warnings {
		if err := syntaxWarning(th, filename, w.Line, w.Msg); err != nil {
			return nil, true, syntaxWarningError(th, err, w.Err)
		}
	}
	optimize := 0
	if th != nil {
		optimize = th.Interp.Options.Optimize
	}
	code, err := compile.CompileOptimize(mod, cm, flags, optimize)
	if err != nil {
		return nil, false, SyntaxErrorFrom(th, err)
	}
	for _, w := range code.Warnings {
		if err := syntaxWarning(th, filename, int(w.Span.Start.Line), w.Msg); err != nil {
			return nil, true, syntaxWarningError(th, err, &compile.Error{Filename: filename, Span: w.Span, Msg: w.Msg})
		}
	}
	return NewCode(code), len(mod.Warnings)+len(code.Warnings) > 0, nil
}

// syntaxWarningError is the error of a compile-time warning that failed
// with err: a SyntaxWarning raised by the filters is replaced with the
// SyntaxError asErr, as CPython does "to get a more accurate error
// report"; any other error stands.
func syntaxWarningError(th *Thread, err error, asErr error) error {
	if IsInstanceOf(err, SyntaxWarning) {
		return SyntaxErrorFrom(th, asErr)
	}
	return err
}

// SyntaxErrorFrom converts a parse or compile error into a SyntaxError
// exception with CPython's arguments: (msg, (filename, lineno, offset,
// text, end_lineno, end_offset)). Offsets are 1-based. As in CPython, a
// parse error's text comes from the parser, and a compile error's from the
// file (so code compiled from a string shows none).
func SyntaxErrorFrom(th *Thread, err error) error {
	newExc := func(t *Type, args ...Value) error {
		if th != nil {
			if v, err := Call(th, ValueOf(t), args, nil); err != nil {
				return err
			} else if v.Type().Layout == LayoutException {
				return as[Exception](v)
			}
		}
		return NewException(t, args...)
	}
	switch e := err.(type) {
	case *Exception:
		return e
	case *compile.Error:
		text := None
		if line := fileLine(th, e.Filename, int(e.Span.Start.Line)); line != "" {
			text = NewStr(line + "\n")
		}
		endCol := Int(int64(e.Span.End.Col) + 1)
		if e.Span.End.Col < 0 {
			endCol = None // no end column known
		}
		return newExc(SyntaxError, NewStr(e.Msg), NewTuple([]Value{
			NewStr(e.Filename), Int(int64(e.Span.Start.Line)), Int(int64(e.Span.Start.Col) + 1), text,
			Int(int64(e.Span.End.Line)), endCol,
		}))
	}
	if info, ok := parseErrorFields(err); ok {
		kind := SyntaxError
		switch info.Kind {
		case "IndentationError":
			kind = IndentationError
		case "TabError":
			kind = TabError
		}
		text := None
		if info.Text != "" {
			text = NewStr(info.Text)
		}
		return newExc(kind, NewStr(info.Msg), NewTuple([]Value{
			NewStr(info.Filename), Int(info.Line), Int(info.Col), text, Int(info.EndLine), Int(info.EndCol),
		}))
	}
	return newExc(SyntaxError, NewStr(err.Error()))
}

// RunModule runs module code in globals (which is also the locals) and
// returns the code's result (None for a module; the value for eval mode).
// It sets globals["__builtins__"] if absent. This is what the driver calls
// to run a script:
//
//	code, err := runtime.CompileSource(path, src, "exec")
//	mod := runtime.NewModule("__main__")
//	_, err = runtime.RunModule(th, code, mod.Dict())
func RunModule(th *Thread, code *Code, globals *Dict) (Value, error) {
	return ExecCode(th, code, globals, Value{})
}

// ExecCode runs code with the given globals and locals (zero locals: the
// globals).
func ExecCode(th *Thread, code *Code, globals *Dict, locals Value) (Value, error) {
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", ValueOf(th.Interp.Builtins))
	}
	if err := th.enterCall(); err != nil {
		return Value{}, err
	}
	defer func() { th.depth-- }()
	f := th.pushFrame(code, globals, builtinsOf(th, globals))
	if locals.p != nil && !(locals.Type() == DictType && as[Dict](locals) == globals) {
		f.Locals = locals
	}
	v, err := th.run(f)
	th.popFrame(f)
	return v, err
}

// ExecSource compiles src (mode "exec", "eval" or "single") and runs it
// with the given globals and locals (nil locals: the globals). It serves
// import, exec() and eval().
func ExecSource(th *Thread, filename string, src []byte, mode string, globals, locals *Dict) (Value, error) {
	return execSourceFlags(th, filename, src, mode, globals, locals, 0)
}

// ExecString is ExecSource for source that was a str, such as -c's
// command: parser errors count columns in characters, not bytes.
func ExecString(th *Thread, filename string, src []byte, mode string, globals, locals *Dict) (Value, error) {
	return execSourceFlags(th, filename, src, mode, globals, locals, sourceFromStr)
}

// futureInherited returns the future flags that compile(), exec() and
// eval() of a string inherit from the code calling them, as in CPython.
func futureInherited(th *Thread) uint32 {
	if th == nil || th.CurrentFrame() == nil || th.CurrentFrame().Code == nil {
		return 0
	}
	return uint32(th.CurrentFrame().Code.Flags) & compile.FlagFutureAnnotations
}

// execSourceFlags is ExecSource with compile()'s future flags.
func execSourceFlags(th *Thread, filename string, src []byte, mode string, globals, locals *Dict, flags uint32) (Value, error) {
	code, err := compileSourceFlags(th, filename, src, mode, flags)
	if err != nil {
		return Value{}, err
	}
	var l Value
	if locals != nil {
		l = ValueOf(locals)
	}
	return ExecCode(th, code, globals, l)
}

// buildClassBuiltin is __build_class__, which BUILDCLASS uses unless the
// builtins define their own (set by init: it refers to the interpreter
// loop, which refers to it).
var buildClassBuiltin Value

func init() {
	buildClassBuiltin = NewBuiltinFunction("__build_class__", "builtins", buildClass)
	OnNewInterpreter(func(interp *Interpreter) {
		interp.Builtins.SetStr("__build_class__", buildClassBuiltin)
	})
}

// buildClass implements __build_class__(func, name, *bases, **kwds):
// pick the metaclass, prepare the namespace, run the class body in it,
// call the metaclass, and fill the __class__ cell.
func buildClass(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return Value{}, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	if args[0].Type() != FunctionType {
		return Value{}, Errorf(TypeError, "__build_class__: func must be a function")
	}
	body := as[Function](args[0])
	name := args[1]
	if name.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, err := resolveBases(th, origBases)
	if err != nil {
		return Value{}, err
	}
	var meta Value
	var kwVals []Value
	var kwNames []string
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	isClass := meta.p == nil
	if meta.p == nil {
		if len(bases) > 0 {
			meta = ValueOf(bases[0].Type())
		} else {
			meta = ValueOf(TypeType)
		}
	} else if meta.Type().Layout == LayoutType {
		isClass = true
	}
	if isClass {
		winner := as[Type](meta)
		for _, b := range bases {
			bt := b.Type()
			if winner.IsSubtype(bt) {
				continue
			}
			if bt.IsSubtype(winner) {
				winner = bt
				continue
			}
			return Value{}, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = ValueOf(winner)
	}
	basesTuple := NewTuple(bases)
	// The namespace: __prepare__(name, bases, **kwds) or a new dict.
	var ns Value
	if prep, ok, err := GetAttrOK(th, meta, "__prepare__"); err != nil {
		return Value{}, err
	} else if ok {
		ns, err = Call(th, prep, append([]Value{name, basesTuple}, kwVals...), kwNames)
		if err != nil {
			return Value{}, err
		}
	} else {
		ns = ValueOf(NewDict())
	}
	// Run the body.
	code := body.Code
	if err := th.enterCall(); err != nil {
		return Value{}, err
	}
	f := th.pushFrame(code, body.Globals, body.Builtins)
	f.Func = body
	f.Locals = ns
	copy(f.Regs[code.NumLocals+len(code.Cellvars):], body.Closure)
	_, err = th.run(f)
	th.popFrame(f)
	th.depth--
	if err != nil {
		return Value{}, err
	}
	if len(origBases) != len(bases) || !sameValues(origBases, bases) {
		if err := SetItem(th, ns, NewStr("__orig_bases__"), NewTuple(append([]Value(nil), origBases...))); err != nil {
			return Value{}, err
		}
	}
	cls, err := Call(th, meta, append([]Value{name, basesTuple, ns}, kwVals...), kwNames)
	if err != nil {
		return Value{}, err
	}
	if ns.Type() == DictType {
		if cell, ok := as[Dict](ns).GetStr("__classcell__"); ok && cell.Type() == CellType {
			as[Cell](cell).Contents = cls
		}
	}
	return cls, nil
}

func sameValues(a, b []Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Is(a[i], b[i]) {
			return false
		}
	}
	return true
}

// resolveBases applies __mro_entries__ to bases that are not classes (PEP 560).
func resolveBases(th *Thread, bases []Value) ([]Value, error) {
	var out []Value
	changed := false
	for _, b := range bases {
		if b.Type().Layout == LayoutType {
			out = append(out, b)
			continue
		}
		m, ok, err := GetAttrOK(th, b, "__mro_entries__")
		if err != nil {
			return nil, err
		}
		if !ok {
			out = append(out, b)
			continue
		}
		r, err := Call(th, m, []Value{NewTuple(append([]Value(nil), bases...))}, nil)
		if err != nil {
			return nil, err
		}
		if r.Type().Layout != LayoutTuple {
			return nil, Errorf(TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, TupleItems(r)...)
		changed = true
	}
	if !changed {
		return append([]Value(nil), bases...), nil
	}
	return out, nil
}

// parseError is the information of a parser error (syntax.Error), read
// by field name so that this file does not depend on the parser's
// internals: Kind, Msg, Filename, Line, Col, EndLine, EndCol, Text.
type parseError struct {
	Kind, Msg, Filename, Text  string
	Line, Col, EndLine, EndCol int64
}

func parseErrorFields(err error) (parseError, bool) {
	v := reflect.ValueOf(err)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || !v.FieldByName("Msg").IsValid() || !v.FieldByName("Line").IsValid() {
		return parseError{}, false
	}
	str := func(name string) string {
		if f := v.FieldByName(name); f.IsValid() && f.Kind() == reflect.String {
			return f.String()
		}
		return ""
	}
	num := func(name string) int64 {
		if f := v.FieldByName(name); f.IsValid() && f.CanInt() {
			return f.Int()
		}
		return 0
	}
	return parseError{Kind: str("Kind"), Msg: str("Msg"), Filename: str("Filename"), Text: str("Text"),
		Line: num("Line"), Col: num("Col"), EndLine: num("EndLine"), EndCol: num("EndCol")}, true
}

// The functions below implement hooks that other parts of the runtime
// declare (builtins' globals(), locals(), compile(), exec(); type()'s
// __classcell__ handling). They are wired where those hooks are declared
// (see the engine's report): CurrentGlobals → CurrentGlobals, and
// so on.

// CurrentGlobals returns the globals of the innermost Python frame.
func CurrentGlobals(th *Thread) *Dict {
	if th == nil {
		return nil
	}
	if f := th.exec.frame; f != nil {
		return f.Globals
	}
	return nil
}

// CurrentLocals returns the locals of the innermost Python frame as
// a dict (a snapshot for function frames), or nil if they are not a dict.
func CurrentLocals(th *Thread) *Dict {
	f := th.exec.frame
	if f == nil {
		return nil
	}
	if l := f.LocalsDict(); l.p != nil && l.Type().Layout == LayoutDict {
		return as[Dict](l)
	}
	return nil
}

// setClassCell stores a new class in a class body's __classcell__.
func setClassCell(cell, class Value) error {
	if cell.p == nil || cell.Type() != CellType {
		return Errorf(TypeError, "__classcell__ must be a nonlocal cell, not %s", TypeName(cell))
	}
	as[Cell](cell).Contents = class
	return nil
}

// RunCode implements exec() and eval() of a code object.
func RunCode(th *Thread, code Value, globals, locals *Dict) (Value, error) {
	if code.Type() != CodeType {
		return Value{}, Errorf(TypeError, "exec() arg 1 must be a string, bytes or code object")
	}
	var l Value
	if locals != nil {
		l = ValueOf(locals)
	}
	return ExecCode(th, as[Code](code), globals, l)
}

// WarnHook, if set (by the warnings module), issues a warning of the given
// category at filename:lineno, honouring the warning filters. It returns
// the exception to raise if the filters turn the warning into an error.
var WarnHook func(th *Thread, category *Type, msg, filename string, lineno int) error

// syntaxWarning issues a compile-time SyntaxWarning: through WarnHook, or
// printed to stderr in the default format ("file:line: SyntaxWarning: msg"
// then the source line).
func syntaxWarning(th *Thread, filename string, lineno int, msg string) error {
	if WarnHook != nil && th != nil {
		return WarnHook(th, SyntaxWarning, msg, filename, lineno)
	}
	if th == nil {
		return nil
	}
	out := filename + ":" + itoa(lineno) + ": SyntaxWarning: " + msg + "\n"
	if line := strings.TrimSpace(fileLine(th, filename, lineno)); line != "" {
		out += "  " + line + "\n"
	}
	_, err := th.Interp.Options.Stderr.Write([]byte(out))
	return err
}

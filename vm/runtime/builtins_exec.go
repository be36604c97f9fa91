package runtime

import "strings"

// This file defines compile(), exec() and eval(): compile() makes a code
// object (the engine's), exec() and eval() run a code object or source
// text.

// sourceText is sourceBytes as a string; a str's is its own text,
// not a copy.
func sourceText(v Value) (string, bool) {
	if v.Type().Layout == LayoutStr {
		return StrValue(v), true
	}
	b, ok := sourceBytes(v)
	return string(b), ok
}

// sourceBytes returns the text of a str, bytes or bytearray argument.
func sourceBytes(v Value) ([]byte, bool) {
	switch v.Type().Layout {
	case LayoutStr:
		return []byte(StrValue(v)), true
	case LayoutBytes, LayoutByteArray:
		return BytesValue(v), true
	}
	return nil, false
}

func builtinCompile(th *Thread, args []Value, kwnames []string) (Value, error) {
	var source, filename, mode, flags, dontInherit, optimize, featureVersion Value
	if err := UnpackArgs("compile", args, kwnames, "source", &source, "filename", &filename, "mode", &mode,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize, "$_feature_version?", &featureVersion); err != nil {
		return Value{}, err
	}
	if mode.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "compile() argument 'mode' must be str, not %s", TypeName(mode))
	}
	m := StrValue(mode)
	if m != "exec" && m != "eval" && m != "single" {
		return Value{}, Errorf(ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	fn, err := StrOf(th, filename)
	if err != nil {
		return Value{}, err
	}
	if fb, ok := sourceBytes(filename); ok && filename.Type().Layout != LayoutStr {
		fn = NewStr(string(fb))
	}
	src, ok := sourceText(source)
	if !ok {
		return Value{}, Errorf(TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	fl := int64(0)
	if flags.p != nil {
		if fl, err = AsInt(th, flags); err != nil {
			return Value{}, err
		}
	}
	inherit := true
	if dontInherit.p != nil {
		if no, err := Truth(th, dontInherit); err != nil {
			return Value{}, err
		} else if no {
			inherit = false
		}
	}
	if inherit {
		fl |= int64(futureInherited(th))
	}
	if source.Type().Layout == LayoutStr {
		fl |= int64(sourceFromStr)
	}
	code, err := compileSourceCached(th, StrValue(fn), src, m, uint32(fl))
	if err != nil {
		return Value{}, err
	}
	return ValueOf(code), nil
}

func builtinExec(th *Thread, args []Value, kwnames []string) (Value, error) {
	var source, globals, locals, closure Value
	if err := UnpackArgs("exec", args, kwnames, "source", &source, "globals?", &globals, "locals?", &locals, "/", nil, "$closure?", &closure); err != nil {
		return Value{}, err
	}
	g, l, err := execNamespaces(th, "exec", globals, locals)
	if err != nil {
		return Value{}, err
	}
	if _, err := runSource(th, "exec", source, "exec", g, l); err != nil {
		return Value{}, err
	}
	return None, nil
}

func builtinEval(th *Thread, args []Value, kwnames []string) (Value, error) {
	var source, globals, locals Value
	if err := UnpackArgs("eval", args, kwnames, "source", &source, "globals?", &globals, "locals?", &locals, "/", nil); err != nil {
		return Value{}, err
	}
	g, l, err := execNamespaces(th, "eval", globals, locals)
	if err != nil {
		return Value{}, err
	}
	return runSource(th, "eval", source, "eval", g, l)
}

// execNamespaces checks exec's and eval's globals and locals, defaulting
// them to the caller's, and gives globals a __builtins__.
func execNamespaces(th *Thread, fname string, globals, locals Value) (*Dict, *Dict, error) {
	if globals.IsNone() {
		globals = Value{}
	}
	if locals.IsNone() {
		locals = Value{}
	}
	var g, l *Dict
	if globals.p != nil {
		if globals.Type().Layout != LayoutDict {
			if fname == "exec" {
				return nil, nil, Errorf(TypeError, "exec() globals must be a dict, not %s", TypeName(globals))
			}
			return nil, nil, Errorf(TypeError, "globals must be a dict")
		}
		g = as[Dict](globals)
	}
	if locals.p != nil {
		if locals.Type().Layout != LayoutDict {
			if fname == "exec" {
				return nil, nil, Errorf(TypeError, "locals must be a mapping or None, not %s", TypeName(locals))
			}
			return nil, nil, Errorf(TypeError, "locals must be a mapping")
		}
		l = as[Dict](locals)
	}
	if g == nil {
		g = CurrentGlobals(th)
		if g == nil {
			return nil, nil, Errorf(SystemError, "globals and locals cannot be NULL")
		}
		if l == nil {
			l = CurrentLocals(th)
		}
	}
	if l == nil {
		l = g
	}
	if _, ok := g.GetStr("__builtins__"); !ok {
		g.SetStr("__builtins__", ValueOf(th.Interp.Builtins))
	}
	return g, l, nil
}

// runSource runs exec's or eval's first argument: source text or a code
// object.
func runSource(th *Thread, fname string, source Value, mode string, g, l *Dict) (Value, error) {
	if text, ok := sourceText(source); ok {
		if mode == "eval" {
			text = strings.TrimLeft(text, " \t")
		}
		flags := futureInherited(th)
		if source.Type().Layout == LayoutStr {
			flags |= sourceFromStr
		}
		code, err := compileSourceCached(th, "<string>", text, mode, flags)
		if err != nil {
			return Value{}, err
		}
		source = ValueOf(code)
	}
	if source.Type() == CodeType {
		return RunCode(th, source, g, l)
	}
	return Value{}, Errorf(TypeError, "%s() arg 1 must be a string, bytes or code object", fname)
}

package runtime

// This file defines _traceback, the part of the traceback module that
// needs the interpreter's view of code positions: the exception
// formatting that the default excepthook uses (so traceback.print_exc
// and an uncaught exception print the same bytes), the positions of
// traceback and stack entries, and the caret line under a source line.
// The traceback module itself is Python (vm/stdlib/pylib/traceback.py).

import "github.com/kilnpy/kiln/vm/compile"

// tracebackModuleInit makes the _traceback module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func tracebackModuleInit(th *Thread, m *Module) error {
	m.AddFunction("format_exception", tracebackFormatException)
	m.AddFunction("format_exception_only", tracebackFormatExceptionOnly)
	m.AddFunction("extract_tb", tracebackExtractTB)
	m.AddFunction("extract_stack", tracebackExtractStack)
	m.AddFunction("caret_line", tracebackCaretLine)
	return nil
}

// tracebackException returns the exception argument of a _traceback
// function.
func tracebackException(fname string, v Value) (*Exception, error) {
	exc := exceptionOf(v)
	if exc == nil {
		return nil, Errorf(TypeError, "%s() argument must be an exception, not '%s'", fname, TypeName(v))
	}
	return exc, nil
}

// tracebackLimitArg reads a limit argument: None for every entry, or an
// int as traceback.py's limit.
func tracebackLimitArg(th *Thread, v Value) (tracebackLimit, error) {
	if !v.IsValid() || v.IsNone() {
		return noLimit, nil
	}
	n, err := AsInt(th, v)
	if err != nil {
		return tracebackLimit{}, err
	}
	return tracebackLimit{n: int(n)}, nil
}

// format_exception(exc, limit, chain) -> list of str
func tracebackFormatException(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("format_exception", args, kwnames, 3, 3); err != nil {
		return Value{}, err
	}
	exc, err := tracebackException("format_exception", args[0])
	if err != nil {
		return Value{}, err
	}
	limit, err := tracebackLimitArg(th, args[1])
	if err != nil {
		return Value{}, err
	}
	chain, err := Truth(th, args[2])
	if err != nil {
		return Value{}, err
	}
	return strList(formatExceptionChunks(th, exc, limit, chain)), nil
}

// format_exception_only(exc) -> list of str
func tracebackFormatExceptionOnly(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("format_exception_only", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	exc, err := tracebackException("format_exception_only", args[0])
	if err != nil {
		return Value{}, err
	}
	return strList(formatExceptionOnly(th, exc)), nil
}

// extract_tb(tb, limit) -> list of entries, outermost first
func tracebackExtractTB(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("extract_tb", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	if !args[0].IsNone() && args[0].Type() != TracebackType {
		// traceback.py's walk_tb reads tb.tb_frame first.
		return Value{}, Errorf(AttributeError, "'%s' object has no attribute 'tb_frame'", TypeName(args[0]))
	}
	limit, err := tracebackLimitArg(th, args[1])
	if err != nil {
		return Value{}, err
	}
	entries := tracebackEntries(args[0])
	from, to := limit.apply(len(entries))
	return entryList(entries[from:to]), nil
}

// extract_stack(frame, limit) -> list of entries, outermost first: the
// frame and its callers, the innermost limit of them.
func tracebackExtractStack(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("extract_stack", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	if args[0].Type() != FrameType {
		return Value{}, Errorf(TypeError, "extract_stack() argument must be a frame, not '%s'", TypeName(args[0]))
	}
	limit, err := tracebackLimitArg(th, args[1])
	if err != nil {
		return Value{}, err
	}
	fo := as[FrameObject](args[0])
	inner := []stackEntry{{fo.Code, fo.Lasti}}
	// The callers are known while the frame is still running.
	for f := th.exec.frame; f != nil; f = f.Back {
		if f == fo.live && f.Code == fo.Code {
			for b := f.Back; b != nil; b = b.Back {
				inner = append(inner, stackEntry{b.Code, max(b.PC-1, 0)})
			}
			break
		}
	}
	// The limit counts from the innermost frame, as walk_stack yields.
	from, to := limit.apply(len(inner))
	inner = inner[from:to]
	entries := make([]stackEntry, len(inner))
	for i, e := range inner {
		entries[len(inner)-1-i] = e
	}
	return entryList(entries), nil
}

// caret_line(line, lineno, end_lineno, colno, end_colno, anchor) -> str:
// the caret line printed under a source line ("" if none), with
// positions in UTF-8 byte columns as entries give them.
func tracebackCaretLine(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("caret_line", args, kwnames, 6, 6); err != nil {
		return Value{}, err
	}
	if args[0].Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "caret_line() argument 1 must be str, not '%s'", TypeName(args[0]))
	}
	var pos [4]int
	for i := range pos {
		v := args[1+i]
		if v.IsNone() {
			return NewStr(""), nil
		}
		n, err := AsInt(th, v)
		if err != nil {
			return Value{}, err
		}
		pos[i] = int(n)
	}
	var anchor compile.Anchor
	if a := args[5]; !a.IsNone() {
		parts, err := ToSlice(th, a)
		if err != nil || len(parts) != 3 {
			return Value{}, Errorf(TypeError, "caret_line() anchor must be a (kind, left, right) tuple or None")
		}
		var ns [3]int64
		for i, p := range parts {
			if ns[i], err = AsInt(th, p); err != nil {
				return Value{}, err
			}
		}
		anchor = compile.Anchor{Kind: uint8(ns[0]), Left: int32(ns[1]), Right: int32(ns[2])}
	}
	return NewStr(caretLine(StrValue(args[0]), pos[0], pos[2], pos[1], pos[3], anchor)), nil
}

// entryList turns entries into (filename, lineno, end_lineno, colno,
// end_colno, name, anchor) tuples; anchor is None or an opaque triple
// for caret_line.
func entryList(entries []stackEntry) Value {
	items := make([]Value, len(entries))
	for i, e := range entries {
		line, col, endLine, endCol := e.code.Pos(e.pc)
		anchor := None
		if a := e.code.PosAnchor(e.pc); a.Kind != compile.AnchorNone {
			anchor = NewTuple([]Value{Int(int64(a.Kind)), Int(int64(a.Left)), Int(int64(a.Right))})
		}
		items[i] = NewTuple([]Value{NewStr(e.code.Filename), Int(int64(line)), Int(int64(endLine)),
			Int(int64(col)), Int(int64(endCol)), NewStr(e.code.Name), anchor})
	}
	return NewList(items)
}

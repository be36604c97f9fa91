package runtime

import (
	"os"
	"strings"
)

// This file defines breakpoint() and the default sys.breakpointhook (PEP
// 553): breakpoint() calls whatever sys.breakpointhook is, and the default
// hook calls the function named by $PYTHONBREAKPOINT, pdb.set_trace unless
// told otherwise, or nothing at all for PYTHONBREAKPOINT=0.

// builtinBreakpoint is breakpoint(*args, **kws).
func builtinBreakpoint(th *Thread, args []Value, kwnames []string) (Value, error) {
	hook, ok := Value{}, false
	if sys := th.Interp.mods.sys; sys != nil {
		hook = sys.Get("breakpointhook")
		ok = hook.IsValid()
	}
	if !ok {
		return Value{}, Errorf(RuntimeError, "lost sys.breakpointhook")
	}
	return Call(th, hook, args, kwnames)
}

// sysBreakpointHook is the default sys.breakpointhook(*args, **kws).
func sysBreakpointHook(th *Thread, args []Value, kwnames []string) (Value, error) {
	opts := th.Interp.Options
	name := ""
	if !opts.IgnoreEnvironment && !opts.Isolated {
		getenv := opts.Getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		name = getenv("PYTHONBREAKPOINT")
	}
	switch name {
	case "0":
		return None, nil
	case "":
		name = "pdb.set_trace"
	}
	module, attr := "builtins", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		module, attr = name[:i], name[i+1:]
	}
	hook, err := importBreakpointHook(th, module, attr)
	if err != nil {
		if !IsInstanceOf(err, ImportError) && !IsInstanceOf(err, AttributeError) {
			return Value{}, err
		}
		// An unusable hook is not an error: the program goes on, warned.
		return None, breakpointWarning(th, `Ignoring unimportable $PYTHONBREAKPOINT: "`+name+`"`)
	}
	return Call(th, hook, args, kwnames)
}

// importBreakpointHook returns module.attr, importing module.
func importBreakpointHook(th *Thread, module, attr string) (Value, error) {
	m, err := ImportModule(th, module)
	if err != nil {
		return Value{}, err
	}
	return GetAttr(th, m, attr)
}

// breakpointWarning issues a RuntimeWarning attributed to the caller of
// breakpoint(), as warnings.warn does from sys.breakpointhook.
func breakpointWarning(th *Thread, msg string) error {
	filename, lineno := "sys", 1
	if f, err := GetFrame(th, 0); err == nil {
		if code, ok, _ := GetAttrOK(th, f, "f_code"); ok {
			if fn, ok, _ := GetAttrOK(th, code, "co_filename"); ok && fn.Type() == StrType {
				filename = StrValue(fn)
			}
		}
		if l, ok, _ := GetAttrOK(th, f, "f_lineno"); ok && l.IsSmallInt() {
			lineno = int(l.SmallInt())
		}
	}
	if WarnHook != nil {
		return WarnHook(th, RuntimeWarning, msg, filename, lineno)
	}
	// The default format of the warnings module: the location, then the
	// source line.
	out := filename + ":" + itoa(lineno) + ": RuntimeWarning: " + msg + "\n"
	if line := strings.TrimSpace(th.Interp.SourceLine(filename, lineno)); line != "" {
		out += "  " + line + "\n"
	}
	th.FlushStdout()
	_, err := th.Interp.Options.Stderr.Write([]byte(out))
	return err
}

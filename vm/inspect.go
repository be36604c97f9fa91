package vm

// This file defines the REPL that follows a program under -i or
// PYTHONINSPECT (CPython's pymain_repl), and the REPL session of an
// interactive run, both built on replLoop.

import (
	"fmt"
	"io"
	"os"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// writeBanner prints the REPL's greeting.
func writeBanner(w io.Writer) {
	fmt.Fprintf(w, "Kiln %s (Python %s compatible) on linux\n", Version, PythonVersion)
	fmt.Fprintln(w, `Type "help", "copyright", "credits" or "license" for more information.`)
}

// replPrompts is where the REPL writes its prompts: stdout on a terminal,
// else stderr, as CPython's line reader without readline.
func replPrompts(th *runtime.Thread, p Program) io.Writer {
	if p.Terminal {
		return th.Interp.Options.Stdout
	}
	return th.Interp.Options.Stderr
}

// replSession runs the REPL of an interactive run (no program, or -i
// without one) in a fresh __main__.
func replSession(th *runtime.Thread, p Program, banner bool) int {
	if banner && !p.Quiet {
		writeBanner(th.Interp.Options.Stderr)
	}
	globals := mainModule(th, "", runtime.Value{}, runtime.BuiltinImporter(), runtime.None)
	return replLoop(th, th.Interp.Options.Stdin, globals, replPrompts(th, p))
}

// inspectAfter enters the REPL once the program has ended, with the
// program's __main__ as its globals, when -i was given or PYTHONINSPECT
// is set by then (the program may set it in os.environ) and standard
// input is a terminal. The REPL's own ending is then the exit status;
// otherwise status and reason are returned unchanged.
func inspectAfter(th *runtime.Thread, p Program, status int, reason tracelog.ExitReason) (int, tracelog.ExitReason) {
	opts := th.Interp.Options
	if p.Kind == Interactive {
		return status, reason
	}
	inspect := opts.Inspect || !opts.IgnoreEnvironment && inspectEnvSet(th)
	if !inspect || !(p.Terminal || opts.Interactive) {
		return status, reason
	}
	var globals *runtime.Dict
	if v, ok := th.Interp.Modules.GetStr("__main__"); ok && !v.IsImmediate() && v.Type() == runtime.ModuleType {
		globals = (*runtime.Module)(v.Pointer()).Dict()
	} else {
		globals = mainModule(th, "", runtime.Value{}, runtime.BuiltinImporter(), runtime.None)
	}
	if p.Kind == File {
		// CPython removes a script's __file__ and __cached__ once it has run.
		globals.DeleteStr("__file__")
		globals.DeleteStr("__cached__")
	}
	return replLoop(th, opts.Stdin, globals, replPrompts(th, p)), tracelog.ExitNormal
}

// inspectEnvSet reports whether PYTHONINSPECT is set now: in os.environ
// when the program imported os (assigning there is putenv), else in the
// environment the interpreter started with.
func inspectEnvSet(th *runtime.Thread) bool {
	if osMod, ok := th.Interp.Modules.GetStr("os"); ok {
		if environ, ok, _ := runtime.GetAttrOK(th, osMod, "environ"); ok {
			if get, ok, _ := runtime.GetAttrOK(th, environ, "get"); ok {
				v, err := runtime.Call(th, get, []runtime.Value{runtime.NewStr("PYTHONINSPECT")}, nil)
				if err == nil {
					return v.IsValid() && !v.IsNone() && runtime.StrValue(v) != ""
				}
			}
		}
	}
	getenv := th.Interp.Options.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	return getenv("PYTHONINSPECT") != ""
}

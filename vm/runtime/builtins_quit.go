package runtime

// This file defines exit and quit, the builtins CPython's site module
// adds (_sitebuiltins.Quitter): scripts call exit() and exit(code) as
// often as sys.exit.

// siteQuitter is exit or quit: its name and the end-of-file key its
// repr mentions.
type siteQuitter struct {
	Object
	name, eof string
}

// QuitterType is the type of exit and quit.
var QuitterType = NewBuiltinType("Quitter", ObjectType, LayoutOther, 0)

func init() {
	QuitterType.Module = "_sitebuiltins"
	QuitterType.Repr = func(th *Thread, v Value) (Value, error) {
		q := as[siteQuitter](v)
		return NewStr("Use " + q.name + "() or " + q.eof + " to exit"), nil
	}
	QuitterType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		var code Value
		if len(args) > 1 {
			return Value{}, Errorf(TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
		}
		if err := UnpackArgs("Quitter.__call__", args, kwnames, "code?", &code); err != nil {
			return Value{}, err
		}
		if !code.IsValid() {
			code = None
		}
		// As Quitter.__call__: close sys.stdin first, ignoring errors.
		if stdin := th.Interp.mods.stdin; stdin.p != nil {
			_, _ = CallMethod(th, stdin, "close")
		}
		e := NewException(SystemExit, code)
		e.setField("code", code)
		return Value{}, e
	}
	OnNewInterpreter(func(interp *Interpreter) {
		for _, name := range []string{"exit", "quit"} {
			q := &siteQuitter{Object: Object{typ: QuitterType}, name: name, eof: "Ctrl-D (i.e. EOF)"}
			interp.Builtins.SetStr(name, ValueOf(q))
		}
	})
}

package runtime

import "strings"

// This file defines print() and input(), which write to and read from the
// Python-level sys.stdout and sys.stdin (looked up in sys at each call, so
// that redirecting them in Python works).

// sysStream returns sys.<name>, or an error if sys or the attribute is
// missing. The value may be None.
func sysStream(th *Thread, name, what string) (Value, error) {
	if sys, ok := th.Interp.Modules.GetStr("sys"); ok {
		if v, ok, err := GetAttrOK(th, sys, name); err != nil || ok {
			return v, err
		}
	}
	return Value{}, Errorf(RuntimeError, "%slost sys.%s", what, name)
}

// writeStr calls file.write(s).
func writeStr(th *Thread, file Value, s Value) error {
	_, err := CallMethod(th, file, "write", s)
	return err
}

func builtinPrint(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	sep, end, file, flush := Value(None), Value(None), Value(None), Value(False)
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep":
			sep = v
		case "end":
			end = v
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	for _, p := range []struct {
		name string
		v    *Value
		def  string
	}{{"sep", &sep, " "}, {"end", &end, "\n"}} {
		switch {
		case p.v.IsNone():
			*p.v = NewStr(p.def)
		case p.v.Type().Layout != LayoutStr:
			return Value{}, Errorf(TypeError, "%s must be None or a string, not %s", p.name, TypeName(*p.v))
		case p.v.Type() != StrType:
			// A str subclass is written as str() makes it, as CPython's
			// PyFile_WriteObject does.
			s, err := StrOf(th, *p.v)
			if err != nil {
				return Value{}, err
			}
			*p.v = s
		}
	}
	if file.IsNone() {
		var err error
		if file, err = sysStream(th, "stdout", ""); err != nil {
			return Value{}, err
		}
		if file.IsNone() {
			return None, nil
		}
	}
	for i, a := range args[:npos] {
		if i > 0 {
			if err := writeStr(th, file, sep); err != nil {
				return Value{}, err
			}
		}
		s, err := StrOf(th, a)
		if err != nil {
			return Value{}, err
		}
		if err := writeStr(th, file, s); err != nil {
			return Value{}, err
		}
	}
	if err := writeStr(th, file, end); err != nil {
		return Value{}, err
	}
	if f, err := Truth(th, flush); err != nil {
		return Value{}, err
	} else if f {
		if _, err := CallMethod(th, file, "flush"); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

func builtinInput(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("input", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	stdin, err := sysStream(th, "stdin", "input(): ")
	if err != nil {
		return Value{}, err
	}
	stdout, err := sysStream(th, "stdout", "input(): ")
	if err != nil {
		return Value{}, err
	}
	if stdin.IsNone() {
		return Value{}, Errorf(RuntimeError, "input(): lost sys.stdin")
	}
	if stdout.IsNone() {
		return Value{}, Errorf(RuntimeError, "input(): lost sys.stdout")
	}
	if len(args) == 1 {
		s, err := StrOf(th, args[0])
		if err != nil {
			return Value{}, err
		}
		if err := writeStr(th, stdout, s); err != nil {
			return Value{}, err
		}
	}
	if _, ok, err := GetAttrOK(th, stdout, "flush"); err == nil && ok {
		if _, err := CallMethod(th, stdout, "flush"); err != nil {
			return Value{}, err
		}
	}
	line, err := CallMethod(th, stdin, "readline")
	if err != nil {
		return Value{}, err
	}
	if line.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "object.readline() returned non-string")
	}
	s := StrValue(line)
	if s == "" {
		return Value{}, Errorf(EOFError, "EOF when reading a line")
	}
	return NewStr(strings.TrimSuffix(s, "\n")), nil
}

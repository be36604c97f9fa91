package runtime

import (
	"fmt"
	"strings"
)

// This file has the helpers that functions implemented in Go use to read
// their arguments, with CPython's error messages.

// UnpackArgs binds a vectorcall argument list to parameters described by
// pairs of a name and a *Value: UnpackArgs("f", args, kwnames, "x", &x,
// "y?", &y). A name ending in "?" is optional (its Value is left as it
// was, usually zero); a leading "$" makes a parameter keyword-only; the
// name "/" on its own (followed by a nil pointer) ends the positional-only
// parameters.
func UnpackArgs(fname string, args []Value, kwnames []string, pairs ...any) error {
	type param struct {
		name     string
		out      *Value
		optional bool
		kwOnly   bool
		posOnly  bool
	}
	// Builtins take a few parameters: the buffer keeps a call's
	// bookkeeping on the stack (str(x) alone may be called millions of
	// times).
	var paramBuf [8]param
	params := paramBuf[:0]
	posOnlyEnd := 0
	for i := 0; i+1 < len(pairs); i += 2 {
		name := pairs[i].(string)
		if name == "/" {
			posOnlyEnd = len(params)
			continue
		}
		p := param{out: pairs[i+1].(*Value)}
		if strings.HasPrefix(name, "$") {
			p.kwOnly = true
			name = name[1:]
		}
		if strings.HasSuffix(name, "?") {
			p.optional = true
			name = name[:len(name)-1]
		}
		p.name = name
		params = append(params, p)
	}
	for i := 0; i < posOnlyEnd; i++ {
		params[i].posOnly = true
	}
	if posOnlyEnd > 0 && posOnlyEnd == len(params) {
		// Only positional-only parameters: argument clinic checks the
		// count alone (_PyArg_CheckPositional).
		min := 0
		for i, p := range params {
			if !p.optional {
				min = i + 1
			}
		}
		if err := CheckClinicArgs(fname, args, kwnames, min, len(params)); err != nil {
			return err
		}
	}
	npos := len(args) - len(kwnames)
	maxPos := 0
	for _, p := range params {
		if !p.kwOnly {
			maxPos++
		}
	}
	if nargs := len(args); npos > maxPos || nargs > len(params) {
		// Argument clinic's checks (_PyArg_UnpackKeywords): first all
		// the arguments against all the parameters, then the positional
		// ones.
		switch {
		case maxPos == 0:
			return Errorf(TypeError, "%s() takes no positional arguments", fname)
		case maxPos == 1 && !params[0].optional && npos > 1:
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, npos)
		case nargs > len(params):
			kw := ""
			if npos == 0 {
				kw = "keyword "
			}
			return Errorf(TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, len(params), kw, plural(len(params)), nargs)
		default:
			return Errorf(TypeError, "%s() takes at most %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
		}
	}
	minPos := 0
	for i := 0; i < posOnlyEnd; i++ {
		if !params[i].optional {
			minPos = i + 1
		}
	}
	if npos < minPos {
		how := "exactly"
		if minPos < maxPos {
			how = "at least"
		}
		return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, minPos, plural(minPos), npos)
	}
	set := make([]bool, len(params))
	for i := 0; i < npos; i++ {
		*params[i].out = args[i]
		set[i] = true
	}
	for k, name := range kwnames {
		found := false
		for i := range params {
			if params[i].name == name && !params[i].posOnly {
				if set[i] {
					return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
				}
				*params[i].out = args[npos+k]
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, name)
		}
	}
	for i, p := range params {
		if !set[i] && !p.optional {
			if p.kwOnly {
				return Errorf(TypeError, "%s() missing required keyword-only argument: '%s'", fname, p.name)
			}
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, p.name, i+1)
		}
	}
	return nil
}

// NoKwargs returns CPython's error if a function that takes no keyword
// arguments received some.
func NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArgCount checks the number of positional arguments of a function
// that takes between min and max of them (and no keywords), with CPython's
// messages for METH_O / METH_NOARGS / argument-clinic functions. Calls of
// builtins (`len(x)`, `xs.append(x)`) check their arguments here, so the
// check that passes does nothing else; the messages are argCountError's.
func CheckArgCount(fname string, args []Value, kwnames []string, min, max int) error {
	if n := len(args); len(kwnames) == 0 && n >= min && n <= max {
		return nil
	}
	return argCountError(fname, len(args), len(kwnames) != 0, min, max)
}

// argCountError is CheckArgCount's error for n positional arguments and
// keywords if kw.
func argCountError(fname string, n int, kw bool, min, max int) error {
	if kw {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	switch {
	case min == max && n != min:
		switch min {
		case 0:
			return Errorf(TypeError, "%s() takes no arguments (%d given)", fname, n)
		case 1:
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, n)
		}
		return Errorf(TypeError, "%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	case n > max:
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
	return nil
}

// CheckClinicArgs checks the arguments of a function or method that
// argument clinic generates with positional-only parameters (min to max
// of them). CPython names it by its qualified name ("StringIO.read",
// "_struct.unpack") when it rejects keywords or takes exactly zero or one
// argument, and by its bare name in "expected N arguments" messages.
func CheckClinicArgs(qualname string, args []Value, kwnames []string, min, max int) error {
	if err := NoKwargs(qualname, kwnames); err != nil {
		return err
	}
	if min == max && min <= 1 {
		return CheckArgCount(qualname, args, nil, min, max)
	}
	return CheckArgCount(qualname[strings.LastIndexByte(qualname, '.')+1:], args, nil, min, max)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// AsInt converts an int-like value (anything with __index__) to int64.
func AsInt(th *Thread, v Value) (int64, error) {
	if v.p == pInt || v.p == pBool {
		return int64(v.n), nil
	}
	i, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i.p == pInt || i.p == pBool {
		return int64(i.n), nil
	}
	b := BigIntValue(i)
	if !b.IsInt64() {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return b.Int64(), nil
}

// ForEach calls f with each item of the iterable v, stopping at the first
// error.
func ForEach(th *Thread, v Value, f func(Value) error) error {
	switch v.Type() {
	case ListType:
		// Index each time: f may mutate the list, as Python code may.
		l := as[List](v)
		for i := 0; i < l.Len(); i++ {
			if err := f(l.at(i)); err != nil {
				return err
			}
		}
		return nil
	case TupleType:
		for _, x := range as[Tuple](v).items() {
			if err := f(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(th, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(th, it)
		if err != nil || !ok {
			return err
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// ToSlice returns the items of the iterable v in a new slice.
func ToSlice(th *Thread, v Value) ([]Value, error) {
	switch v.Type() {
	case ListType:
		l := as[List](v)
		return l.slice(0, 1, l.Len()), nil
	case TupleType:
		return append([]Value(nil), as[Tuple](v).items()...), nil
	}
	var out []Value
	err := ForEach(th, v, func(x Value) error {
		out = append(out, x)
		return nil
	})
	return out, err
}

// String implements fmt.Stringer for debugging: it never runs Python code.
func (v Value) String() string {
	switch v.p {
	case nil:
		return "<no value>"
	case pInt:
		return fmt.Sprint(int64(v.n))
	case pFloat:
		return fmt.Sprint(v.AsFloat())
	case pBool:
		if v.n != 0 {
			return "True"
		}
		return "False"
	case pNone:
		return "None"
	}
	if v.Type().Layout == LayoutStr {
		return fmt.Sprintf("%q", StrValue(v))
	}
	return fmt.Sprintf("<%s object at %#x>", TypeName(v), addressOf(v))
}

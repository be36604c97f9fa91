package runtime

import "testing"

// Helpers shared by the container tests. Each case names the Python code
// it mirrors; its expectation is what CPython 3.12 prints for it: the repr
// of the result, or "ExceptionType: str(exception)".

type ctCase struct {
	py   string
	f    func(th *Thread) (Value, error)
	want string
}

func ctRun(t *testing.T, cases []ctCase) {
	t.Helper()
	for _, c := range cases {
		th := NewInterpreter(Options{}).MainThread()
		v, err := c.f(th)
		if got := ctOutcome(th, v, err); got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.py, got, c.want)
		}
	}
}

// ctOutcome formats a result as the Python side of the tests prints it.
func ctOutcome(th *Thread, v Value, err error) string {
	if err != nil {
		e := AsException(err)
		msg := ""
		if len(e.Args) == 1 {
			if e.typ.IsSubtype(KeyError) || e.Args[0].Type().Layout != LayoutStr {
				msg, _ = Repr(th, e.Args[0])
			} else {
				msg = StrValue(e.Args[0])
			}
		}
		return e.typ.Name + ": " + msg
	}
	if !v.IsValid() {
		return "<no value>"
	}
	s, err := Repr(th, v)
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return s
}

// Shorthands for building values: ctInt(1), ctStr("a"), ctListOf(...), ...
func ctInt(i int64) Value        { return Int(i) }
func ctStr(s string) Value       { return NewStr(s) }
func ctListOf(xs ...Value) Value { return NewList(xs) }
func ctTuple(xs ...Value) Value  { return NewTuple(xs) }
func ctType(t *Type) Value       { return ValueOf(t) }
func ctInts(xs ...int64) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Int(x)
	}
	return out
}

// ctDict builds a dict from alternating keys and values.
func ctDict(th *Thread, kv ...Value) Value {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(th, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return ValueOf(d)
}

// ctSlice builds a slice; zero Values stand for None.
func ctSlice(start, stop, step Value) Value {
	none := func(v Value) Value {
		if v.IsValid() {
			return v
		}
		return None
	}
	return ValueOf(&Slice{Object: Object{typ: SliceType}, Start: none(start), Stop: none(stop), Step: none(step)})
}

// ctCall calls a type or function with positional args.
func ctCall(th *Thread, fn Value, args ...Value) (Value, error) { return Call(th, fn, args, nil) }

// ctCallKw calls fn with positional args and keyword pairs (name, value...).
func ctCallKw(th *Thread, fn Value, args []Value, kw ...any) (Value, error) {
	var names []string
	for i := 0; i < len(kw); i += 2 {
		names = append(names, kw[i].(string))
		args = append(args, kw[i+1].(Value))
	}
	return Call(th, fn, args, names)
}

// ctMethod calls the method v.name(args...).
func ctMethod(th *Thread, v Value, name string, args ...Value) (Value, error) {
	return CallMethod(th, v, name, args...)
}

// ctThen runs steps in order, stopping at the first error, and returns the
// result of the last.
func ctThen(steps ...func() (Value, error)) (Value, error) {
	var v Value
	var err error
	for _, s := range steps {
		if v, err = s(); err != nil {
			return Value{}, err
		}
	}
	return v, nil
}

func ctValue(v Value) func() (Value, error) { return func() (Value, error) { return v, nil } }

func ctSet(th *Thread, xs ...Value) Value {
	s, err := ctCall(th, ctType(SetType), ctListOf(xs...))
	if err != nil {
		panic(err)
	}
	return s
}

func ctFrozenSet(th *Thread, xs ...Value) Value {
	s, err := ctCall(th, ctType(FrozenSetType), ctListOf(xs...))
	if err != nil {
		panic(err)
	}
	return s
}

// ctList materialises an iterable as a list.
func ctList(th *Thread, v Value) (Value, error) { return ctCall(th, ctType(ListType), v) }

func ctHash(th *Thread, v Value) (Value, error) {
	h, err := Hash(th, v)
	return Int(h), err
}

func ctBool(b bool, err error) (Value, error) { return Bool(b), err }

package runtime

import "testing"

// Helpers shared by the container tests. Each case names the Python code
// it mirrors; its expectation is what CPython 3.12 prints for it: the repr
// of the result, or "ExceptionType: str(exception)".

type pyCase struct {
	py   string
	f    func(th *Thread) (Value, error)
	want string
}

func runCases(t *testing.T, cases []pyCase) {
	t.Helper()
	for _, c := range cases {
		th := NewInterpreter(Options{}).MainThread()
		v, err := c.f(th)
		if got := outcome(th, v, err); got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.py, got, c.want)
		}
	}
}

// outcome formats a result as the Python side of the tests prints it.
func outcome(th *Thread, v Value, err error) string {
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

func I(i int64) Value     { return Int(i) }
func S(s string) Value    { return NewStr(s) }
func L(xs ...Value) Value { return NewList(xs) }
func T(xs ...Value) Value { return NewTuple(xs) }
func ty(t *Type) Value    { return ValueOf(t) }
func ints(xs ...int64) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Int(x)
	}
	return out
}

// D builds a dict from alternating keys and values.
func D(th *Thread, kv ...Value) Value {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(th, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return ValueOf(d)
}

// sl builds a slice; zero Values stand for None.
func sl(start, stop, step Value) Value {
	none := func(v Value) Value {
		if v.IsValid() {
			return v
		}
		return None
	}
	return ValueOf(&Slice{Object: Object{typ: SliceType}, Start: none(start), Stop: none(stop), Step: none(step)})
}

// call calls a type or function with positional args.
func call(th *Thread, fn Value, args ...Value) (Value, error) { return Call(th, fn, args, nil) }

// callKw calls fn with positional args and keyword pairs (name, value...).
func callKw(th *Thread, fn Value, args []Value, kw ...any) (Value, error) {
	var names []string
	for i := 0; i < len(kw); i += 2 {
		names = append(names, kw[i].(string))
		args = append(args, kw[i+1].(Value))
	}
	return Call(th, fn, args, names)
}

// m calls the method v.name(args...).
func m(th *Thread, v Value, name string, args ...Value) (Value, error) {
	return CallMethod(th, v, name, args...)
}

// then runs steps in order, stopping at the first error, and returns the
// result of the last.
func then(steps ...func() (Value, error)) (Value, error) {
	var v Value
	var err error
	for _, s := range steps {
		if v, err = s(); err != nil {
			return Value{}, err
		}
	}
	return v, nil
}

func val(v Value) func() (Value, error) { return func() (Value, error) { return v, nil } }

func setOf(th *Thread, xs ...Value) Value {
	s, err := call(th, ty(SetType), L(xs...))
	if err != nil {
		panic(err)
	}
	return s
}

func frozenOf(th *Thread, xs ...Value) Value {
	s, err := call(th, ty(FrozenSetType), L(xs...))
	if err != nil {
		panic(err)
	}
	return s
}

// list materialises an iterable as a list.
func list(th *Thread, v Value) (Value, error) { return call(th, ty(ListType), v) }

func hashOf(th *Thread, v Value) (Value, error) {
	h, err := Hash(th, v)
	return Int(h), err
}

func boolOf(b bool, err error) (Value, error) { return Bool(b), err }

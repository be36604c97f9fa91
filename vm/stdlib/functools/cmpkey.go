package functools

// This file defines cmp_to_key in Go, as CPython's _functools does: the
// key it returns is a functools.KeyWrapper whose calls wrap an object
// and whose comparisons call the cmp function, with no frame of their
// own in a traceback.

import rt "github.com/kilnpy/kiln/vm/runtime"

// keyWrapperType is functools.KeyWrapper.
var keyWrapperType = func() *rt.Type {
	t := rt.NewBuiltinType("KeyWrapper", rt.ObjectType, rt.LayoutOther, rt.FlagQualifiedName|rt.FlagUnhashable)
	t.Module = "functools"
	return t
}()

// keyWrapper is cmp_to_key's result (obj unset) or a key made by calling
// it.
type keyWrapper struct {
	rt.Object
	cmp, obj rt.Value
}

func asKeyWrapper(v rt.Value) *keyWrapper { return (*keyWrapper)(v.Pointer()) }

// keyWrapperArg unpacks the one argument name of fn (cmp_to_key's mycmp,
// a key's obj), by position or keyword, with CPython's messages.
func keyWrapperArg(fn, name string, args []rt.Value, kwnames []string) (rt.Value, error) {
	if len(args) > 1 {
		kw := ""
		if len(kwnames) == len(args) {
			kw = "keyword "
		}
		return rt.Value{}, rt.Errorf(rt.TypeError, "%s() takes at most 1 %sargument (%d given)", fn, kw, len(args))
	}
	if len(args) == 0 || len(kwnames) == 1 && kwnames[0] != name {
		// CPython's message for an unknown keyword too
		return rt.Value{}, rt.Errorf(rt.TypeError, "%s() missing required argument '%s' (pos 1)", fn, name)
	}
	return args[0], nil
}

func newKeyWrapper(cmp, obj rt.Value) rt.Value {
	return rt.ValueOf(&keyWrapper{Object: rt.NewObjectHeader(keyWrapperType), cmp: cmp, obj: obj})
}

// cmpToKey is functools.cmp_to_key(mycmp).
func cmpToKey(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	cmp, err := keyWrapperArg("cmp_to_key", "mycmp", args, kwnames)
	if err != nil {
		return rt.Value{}, err
	}
	return newKeyWrapper(cmp, rt.Value{}), nil
}

// setupKeyWrapper fills in the slots and methods of cmp_to_key's type (functoolsSetup).
func setupKeyWrapper() {
	t := keyWrapperType
	t.Call = func(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		obj, err := keyWrapperArg("K", "obj", args, kwnames)
		if err != nil {
			return rt.Value{}, err
		}
		return newKeyWrapper(asKeyWrapper(callee).cmp, obj), nil
	}
	t.Compare = func(th *rt.Thread, op rt.CompareOp, a, b rt.Value) (rt.Value, error) {
		if b.IsImmediate() || b.Type() != keyWrapperType {
			return rt.Value{}, rt.Errorf(rt.TypeError, "other argument must be K instance")
		}
		x, y := asKeyWrapper(a), asKeyWrapper(b)
		if !x.obj.IsValid() || !y.obj.IsValid() {
			return rt.Value{}, rt.Errorf(rt.AttributeError, "object")
		}
		r, err := rt.Call(th, x.cmp, []rt.Value{x.obj, y.obj}, nil)
		if err != nil {
			return rt.Value{}, err
		}
		return rt.Compare(th, op, r, rt.Int(0))
	}
	rt.AddSlotMethods(t, nil, false, nil)
	t.AddGetSet("obj", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		if obj := asKeyWrapper(self).obj; obj.IsValid() {
			return obj, nil
		}
		return rt.Value{}, rt.Errorf(rt.AttributeError, "obj")
	}, func(th *rt.Thread, self, v rt.Value) error {
		asKeyWrapper(self).obj = v
		return nil
	})
}

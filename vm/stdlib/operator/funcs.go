package operator

// This file defines the operator functions (add, lt, getitem, iadd, ...)
// in Go, as CPython's _operator module does: builtin functions, so that
// an error they raise shows no frame of theirs in a traceback and their
// reprs are CPython's (<built-in function add>). operator.py imports
// them over its Python definitions.

import rt "github.com/kilnpy/kiln/vm/runtime"

// operatorFixedArgs checks a call of the operator function name that takes
// exactly n positional arguments, with CPython's messages.
func operatorFixedArgs(name string, args []rt.Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return rt.Errorf(rt.TypeError, "_operator.%s() takes no keyword arguments", name)
	}
	if len(args) == n {
		return nil
	}
	if n == 1 {
		return rt.Errorf(rt.TypeError, "_operator.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return rt.Errorf(rt.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
}

// operatorIter is iter(a) for countOf and indexOf, whose message for a
// non-iterable is CPython's "argument of type ...".
func operatorIter(th *rt.Thread, a rt.Value) (rt.Value, error) {
	it, err := rt.Iter(th, a)
	if err != nil && rt.IsInstanceOf(err, rt.TypeError) && !hasIter(a) {
		return rt.Value{}, rt.Errorf(rt.TypeError, "argument of type '%s' is not iterable", rt.TypeName(a))
	}
	return it, err
}

func hasIter(a rt.Value) bool {
	_, ok, _ := rt.GetAttrOK(nil, rt.ValueOf(a.Type()), "__iter__")
	if ok {
		return true
	}
	_, ok, _ = rt.GetAttrOK(nil, rt.ValueOf(a.Type()), "__getitem__")
	return ok
}

// operatorFind walks a for countOf (all) and indexOf (first): the items
// that are b or equal it.
func operatorFind(th *rt.Thread, a, b rt.Value, first bool) (int64, bool, error) {
	it, err := operatorIter(th, a)
	if err != nil {
		return 0, false, err
	}
	var i, n int64
	for ; ; i++ {
		x, ok, err := rt.Next(th, it)
		if err != nil || !ok {
			return n, false, err
		}
		eq := rt.Is(x, b)
		if !eq {
			if eq, err = rt.Equal(th, x, b); err != nil {
				return 0, false, err
			}
		}
		if eq {
			if first {
				return i, true, nil
			}
			n++
		}
	}
}

// operatorConcatable reports whether a is a sequence, as concat wants.
func operatorConcatable(th *rt.Thread, a rt.Value) error {
	if _, ok, _ := rt.GetAttrOK(th, rt.ValueOf(a.Type()), "__getitem__"); !ok {
		return rt.Errorf(rt.TypeError, "'%s' object can't be concatenated", rt.TypeName(a))
	}
	return nil
}

// makeOperatorFuncs makes the functions of _operator, at the module's
// first import (operatorSetup).
func makeOperatorFuncs() {
	binary := map[string]rt.BinaryOp{"add": rt.OpAdd, "sub": rt.OpSub, "mul": rt.OpMul, "matmul": rt.OpMatMul,
		"truediv": rt.OpTrueDiv, "mod": rt.OpMod, "pow": rt.OpPow, "lshift": rt.OpLShift, "rshift": rt.OpRShift,
		"or_": rt.OpOr, "xor": rt.OpXor, "and_": rt.OpAnd, "floordiv": rt.OpFloorDiv}
	compare := map[string]rt.CompareOp{"lt": rt.CmpLT, "le": rt.CmpLE, "eq": rt.CmpEQ, "ne": rt.CmpNE, "gt": rt.CmpGT, "ge": rt.CmpGE}
	unary := map[string]rt.UnaryOp{"neg": rt.OpNeg, "pos": rt.OpPos, "inv": rt.OpInvert, "invert": rt.OpInvert, "abs": rt.OpAbs}
	funcs := map[string]rt.NativeFunc{}
	fixed := func(name string, n int, f func(th *rt.Thread, args []rt.Value) (rt.Value, error)) {
		funcs[name] = func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
			if err := operatorFixedArgs(name, args, kwnames, n); err != nil {
				return rt.Value{}, err
			}
			return f(th, args)
		}
	}
	for name, op := range binary {
		fixed(name, 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.Binary(th, op, a[0], a[1]) })
		iname := "i" + name
		if name[len(name)-1] == '_' {
			iname = "i" + name[:len(name)-1]
		}
		fixed(iname, 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.Inplace(th, op, a[0], a[1]) })
	}
	for name, op := range compare {
		fixed(name, 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.Compare(th, op, a[0], a[1]) })
	}
	for name, op := range unary {
		fixed(name, 1, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.UnaryOperation(th, op, a[0]) })
	}
	fixed("not_", 1, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		t, err := rt.Truth(th, a[0])
		return rt.Bool(!t), err
	})
	fixed("truth", 1, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		t, err := rt.Truth(th, a[0])
		return rt.Bool(t), err
	})
	fixed("index", 1, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.Index(th, a[0]) })
	fixed("is_", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.Bool(rt.Is(a[0], a[1])), nil })
	fixed("is_not", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.Bool(!rt.Is(a[0], a[1])), nil })
	fixed("contains", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		in, err := rt.Contains(th, a[0], a[1])
		return rt.Bool(in), err
	})
	fixed("getitem", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.GetItem(th, a[0], a[1]) })
	fixed("delitem", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.None, rt.DelItem(th, a[0], a[1]) })
	fixed("setitem", 3, func(th *rt.Thread, a []rt.Value) (rt.Value, error) { return rt.None, rt.SetItem(th, a[0], a[1], a[2]) })
	fixed("concat", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		if err := operatorConcatable(th, a[0]); err != nil {
			return rt.Value{}, err
		}
		return rt.Binary(th, rt.OpAdd, a[0], a[1])
	})
	fixed("iconcat", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		if err := operatorConcatable(th, a[0]); err != nil {
			return rt.Value{}, err
		}
		return rt.Inplace(th, rt.OpAdd, a[0], a[1])
	})
	fixed("countOf", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		n, _, err := operatorFind(th, a[0], a[1], false)
		return rt.Int(n), err
	})
	fixed("indexOf", 2, func(th *rt.Thread, a []rt.Value) (rt.Value, error) {
		i, found, err := operatorFind(th, a[0], a[1], true)
		if err == nil && !found {
			err = rt.Errorf(rt.ValueError, "sequence.index(x): x not in sequence")
		}
		return rt.Int(i), err
	})
	funcs["call"] = func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(args)-len(kwnames) < 1 {
			return rt.Value{}, rt.Errorf(rt.TypeError, "call expected at least 1 argument, got 0")
		}
		return rt.Call(th, args[0], args[1:], kwnames)
	}
	operatorFuncs = funcs
}

// operatorFuncs are the functions registered in _operator.
var operatorFuncs map[string]rt.NativeFunc

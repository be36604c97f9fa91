package functools

// This file defines functools.reduce and the pickling of partial
// objects (__reduce__, __setstate__) in Go, as CPython's _functools
// does: reduce shows no frame of its own in a traceback, and copy.copy
// of a partial works.

import rt "github.com/kilnpy/kiln/vm/runtime"

// functoolsReduce is reduce(function, iterable[, initial]).
func functoolsReduce(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if len(kwnames) > 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "reduce() takes no keyword arguments")
	}
	switch {
	case len(args) < 2:
		return rt.Value{}, rt.Errorf(rt.TypeError, "reduce expected at least 2 arguments, got %d", len(args))
	case len(args) > 3:
		return rt.Value{}, rt.Errorf(rt.TypeError, "reduce expected at most 3 arguments, got %d", len(args))
	}
	it, err := rt.Iter(th, args[1])
	if err != nil {
		if rt.IsInstanceOf(err, rt.TypeError) {
			return rt.Value{}, rt.Errorf(rt.TypeError, "reduce() arg 2 must support iteration")
		}
		return rt.Value{}, err
	}
	var value rt.Value
	have := len(args) == 3
	if have {
		value = args[2]
	}
	pair := make([]rt.Value, 2)
	for {
		x, ok, err := rt.Next(th, it)
		if err != nil {
			return rt.Value{}, err
		}
		if !ok {
			break
		}
		if !have {
			value, have = x, true
			continue
		}
		pair[0], pair[1] = value, x
		if value, err = rt.Call(th, args[0], pair, nil); err != nil {
			return rt.Value{}, err
		}
	}
	if !have {
		return rt.Value{}, rt.Errorf(rt.TypeError, "reduce() of empty iterable with no initial value")
	}
	return value, nil
}

// partialReduce is partial.__reduce__: (type, (func,), (func, args,
// keywords or None, __dict__ or None)).
func partialReduce(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("__reduce__", args, kwnames, 0, 0); err != nil {
		return rt.Value{}, err
	}
	p := asPartial(self)
	kw, dict := rt.None, rt.None
	if p.keywords != nil && p.keywords.Len() > 0 {
		kw = rt.ValueOf(p.keywords)
	}
	if d := p.Dict(); d != nil && d.Len() > 0 {
		dict = rt.ValueOf(d)
	}
	state := rt.NewTuple([]rt.Value{p.fn, rt.NewTuple(append([]rt.Value(nil), p.args...)), kw, dict})
	return rt.NewTuple([]rt.Value{rt.ValueOf(self.Type()), rt.NewTuple([]rt.Value{p.fn}), state}), nil
}

// partialSetState is partial.__setstate__, with CPython's checks.
func partialSetState(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("__setstate__", args, kwnames, 1, 1); err != nil {
		return rt.Value{}, err
	}
	state := args[0]
	isType := func(v rt.Value, l rt.Layout) bool { return !v.IsImmediate() && v.Type().Layout == l }
	if !isType(state, rt.LayoutTuple) || len(rt.TupleItems(state)) != 4 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "invalid partial state")
	}
	items := rt.TupleItems(state)
	fn, fargs, kw, dict := items[0], items[1], items[2], items[3]
	if fn.Type().Call == nil || !isType(fargs, rt.LayoutTuple) || (!kw.IsNone() && !isType(kw, rt.LayoutDict)) {
		return rt.Value{}, rt.Errorf(rt.TypeError, "invalid partial state")
	}
	p := asPartial(self)
	p.fn = fn
	p.args = append([]rt.Value(nil), rt.TupleItems(fargs)...)
	p.keywords = rt.NewDict()
	if !kw.IsNone() {
		keys, values := (*rt.Dict)(kw.Pointer()).Items()
		for i, k := range keys {
			if err := p.keywords.Set(th, k, values[i]); err != nil {
				return rt.Value{}, err
			}
		}
	}
	switch {
	case dict.IsNone():
		p.SetDict(nil)
	case isType(dict, rt.LayoutDict):
		p.SetDict((*rt.Dict)(dict.Pointer()))
	default:
		return rt.Value{}, rt.Errorf(rt.TypeError, "invalid partial state")
	}
	return rt.None, nil
}

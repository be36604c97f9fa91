package runtime

import "fmt"

// This file defines BaseExceptionGroup and ExceptionGroup: construction
// (which picks ExceptionGroup when every member is an Exception), message
// and exceptions, str, and derive / subgroup / split.

func initExceptionGroups() {
	g := BaseExceptionGroup
	g.New = groupNew
	g.Init = func(th *Thread, self Value, args []Value, kwnames []string) error { return nil }
	g.Str = func(th *Thread, v Value) (Value, error) {
		e := asExc(v)
		msg, err := ToString(th, e.field("message"))
		if err != nil {
			return Value{}, err
		}
		n := len(TupleItems(e.field("exceptions")))
		suffix := "s"
		if n == 1 {
			suffix = ""
		}
		return NewStr(fmt.Sprintf("%s (%d sub-exception%s)", msg, n, suffix)), nil
	}
	g.SetAttrStr("__new__", newWrapper(g))
	g.AddGetSet("message", func(th *Thread, self Value) (Value, error) { return asExc(self).field("message"), nil }, nil)
	g.AddGetSet("exceptions", func(th *Thread, self Value) (Value, error) { return asExc(self).field("exceptions"), nil }, nil)
	g.AddMethod("derive", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("derive", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return Call(th, ValueOf(BaseExceptionGroup), []Value{asExc(self).field("message"), args[0]}, nil)
	})
	g.AddMethod("split", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("split", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		m, err := groupMatcher(th, args[0])
		if err != nil {
			return Value{}, err
		}
		match, rest, err := groupSplit(th, self, m, true)
		return NewTuple([]Value{orNone(match), orNone(rest)}), err
	})
	g.AddMethod("subgroup", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("subgroup", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		m, err := groupMatcher(th, args[0])
		if err != nil {
			return Value{}, err
		}
		match, _, err := groupSplit(th, self, m, false)
		return orNone(match), err
	})
}

// groupNew is BaseExceptionGroup.__new__(cls, message, exceptions).
func groupNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs(t.Name, kwnames); err != nil {
		return Value{}, err
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, excs := args[0], args[1]
	if msg.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(msg))
	}
	if et := excs.Type(); et.Layout != LayoutList && et.Layout != LayoutTuple &&
		(et.GetItem == nil || et.Layout == LayoutDict || et.Layout == LayoutSet) {
		return Value{}, Errorf(TypeError, "second argument (exceptions) must be a sequence")
	}
	items, err := ToSlice(th, excs)
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return Value{}, Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, x := range items {
		if !isExceptionValue(x) {
			return Value{}, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		allExceptions = allExceptions && x.Type().IsSubtype(ExceptionType)
	}
	switch {
	case t == BaseExceptionGroup:
		if allExceptions {
			t = ExceptionGroup
		}
	case t.IsSubtype(ExceptionType) && !allExceptions:
		if t == ExceptionGroup {
			return Value{}, Errorf(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
		return Value{}, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", t.Name)
	}
	v, err := excNew(th, t, args, nil)
	if err != nil {
		return Value{}, err
	}
	e := asExc(v)
	e.setField("message", msg)
	e.setField("exceptions", NewTuple(items))
	return v, nil
}

// groupMatcher turns split's and subgroup's argument into a predicate: an
// exception type, a tuple of them, or a callable.
func groupMatcher(th *Thread, cond Value) (func(Value) (bool, error), error) {
	isExcType := func(v Value) bool {
		t, ok := AsType(v)
		return ok && t.IsSubtype(BaseException)
	}
	if isExcType(cond) {
		t, _ := AsType(cond)
		return func(v Value) (bool, error) { return v.Type().IsSubtype(t), nil }, nil
	}
	if cond.Type().Layout == LayoutTuple {
		ts := TupleItems(cond)
		ok := true
		for _, x := range ts {
			ok = ok && isExcType(x)
		}
		if ok {
			return func(v Value) (bool, error) {
				for _, x := range ts {
					if t, _ := AsType(x); v.Type().IsSubtype(t) {
						return true, nil
					}
				}
				return false, nil
			}, nil
		}
	} else if _, isType := AsType(cond); !isType && cond.Type().Call != nil {
		return func(v Value) (bool, error) {
			r, err := Call(th, cond, []Value{v}, nil)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}, nil
	}
	return nil, Errorf(TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

// groupSplit splits exc into the part that matches and the rest (zero
// Values for none). The rest is computed only if wantRest.
func groupSplit(th *Thread, exc Value, match func(Value) (bool, error), wantRest bool) (Value, Value, error) {
	ok, err := match(exc)
	if err != nil {
		return Value{}, Value{}, err
	}
	if ok {
		return exc, Value{}, nil
	}
	if !exc.Type().IsSubtype(BaseExceptionGroup) {
		return Value{}, exc, nil
	}
	var matched, rest []Value
	for _, sub := range TupleItems(asExc(exc).field("exceptions")) {
		m, r, err := groupSplit(th, sub, match, wantRest)
		if err != nil {
			return Value{}, Value{}, err
		}
		if m.p != nil {
			matched = append(matched, m)
		}
		if r.p != nil {
			rest = append(rest, r)
		}
	}
	derive := func(items []Value) (Value, error) {
		if len(items) == 0 {
			return Value{}, nil
		}
		g, err := CallMethod(th, exc, "derive", NewList(items))
		if err != nil {
			return Value{}, err
		}
		if !isExceptionValue(g) || !g.Type().IsSubtype(BaseExceptionGroup) {
			return Value{}, Errorf(TypeError, "derive must return an instance of BaseExceptionGroup")
		}
		copyExceptionMetadata(asExc(exc), asExc(g))
		return g, nil
	}
	m, err := derive(matched)
	if err != nil || !wantRest {
		return m, Value{}, err
	}
	r, err := derive(rest)
	return m, r, err
}

// copyExceptionMetadata gives a derived group the original's traceback,
// cause, context and notes.
func copyExceptionMetadata(from, to *Exception) {
	to.Traceback, to.Cause, to.Context = from.Traceback, from.Cause, from.Context
	if notes, ok := from.dict.GetStr("__notes__"); ok {
		if to.dict == nil {
			to.dict = NewDict()
		}
		to.dict.SetStr("__notes__", notes)
	}
}

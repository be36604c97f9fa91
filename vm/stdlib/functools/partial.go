package functools

import (
	"strings"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines functools.partial in Go: a callable holding a
// function, leading positional arguments and default keywords. A partial
// of a partial (without instance attributes) is flattened, as CPython's
// is.

var partialType = rt.NewBuiltinType("partial", rt.ObjectType, rt.LayoutOther, rt.FlagBaseType|rt.FlagHasDict|rt.FlagQualifiedName)

type partial struct {
	rt.Object
	fn       rt.Value
	args     []rt.Value
	keywords *rt.Dict
}

func asPartial(v rt.Value) *partial { return (*partial)(v.Pointer()) }

func isPartial(v rt.Value) bool {
	return !v.IsImmediate() && v.Type().IsSubtype(partialType)
}

func partialNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !callable(fn) {
		return rt.Value{}, rt.Errorf(rt.TypeError, "the first argument must be callable")
	}
	var pargs []rt.Value
	kw := rt.NewDict()
	if isPartial(fn) {
		inner := asPartial(fn)
		if d := inner.Dict(); d == nil || d.Len() == 0 {
			pargs = append(pargs, inner.args...)
			kw = inner.keywords.Copy()
			fn = inner.fn
		}
	}
	pargs = append(pargs, args[1:npos]...)
	for i, k := range kwnames {
		if err := kw.Set(th, rt.NewStr(k), args[npos+i]); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.ValueOf(&partial{Object: rt.NewObjectHeader(t), fn: fn, args: pargs, keywords: kw}), nil
}

func callable(v rt.Value) bool {
	if v.IsImmediate() {
		return false
	}
	t := v.Type()
	return t.Call != nil || t.Lookup("__call__").IsValid()
}

func partialCall(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	p := asPartial(callee)
	npos := len(args) - len(kwnames)
	if p.keywords.Len() == 0 {
		if len(p.args) == 0 {
			return rt.Call(th, p.fn, args, kwnames)
		}
		all := make([]rt.Value, 0, len(p.args)+len(args))
		all = append(append(all, p.args...), args...)
		return rt.Call(th, p.fn, all, kwnames)
	}
	// Keywords: the stored ones first (overridden in place by the call's),
	// then the call's new ones, as dict(p.keywords, **kwargs) orders them.
	all := make([]rt.Value, 0, len(p.args)+len(args)+p.keywords.Len())
	all = append(append(all, p.args...), args[:npos]...)
	names := make([]string, 0, p.keywords.Len()+len(kwnames))
	override := map[string]int{}
	for i, k := range kwnames {
		override[k] = i
	}
	for i := 0; i < p.keywords.EntryCap(); i++ {
		k, v, ok := p.keywords.Entry(i)
		if !ok {
			continue
		}
		name := rt.StrValue(k)
		if j, ok := override[name]; ok {
			v = args[npos+j]
			delete(override, name)
		}
		names = append(names, name)
		all = append(all, v)
	}
	for i, k := range kwnames {
		if _, ok := override[k]; ok {
			names = append(names, k)
			all = append(all, args[npos+i])
		}
	}
	return rt.Call(th, p.fn, all, names)
}

func partialRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	if !rt.ReprEnter(th, v) {
		return rt.NewStr("..."), nil
	}
	defer rt.ReprLeave(th, v)
	p := asPartial(v)
	parts := []string{}
	s, err := rt.Repr(th, p.fn)
	if err != nil {
		return rt.Value{}, err
	}
	parts = append(parts, s)
	for _, a := range p.args {
		if s, err = rt.Repr(th, a); err != nil {
			return rt.Value{}, err
		}
		parts = append(parts, s)
	}
	for i := 0; i < p.keywords.EntryCap(); i++ {
		k, val, ok := p.keywords.Entry(i)
		if !ok {
			continue
		}
		if s, err = rt.Repr(th, val); err != nil {
			return rt.Value{}, err
		}
		ks, err := rt.ToString(th, k)
		if err != nil {
			return rt.Value{}, err
		}
		parts = append(parts, ks+"="+s)
	}
	return rt.NewStr(rt.TypeName(v) + "(" + strings.Join(parts, ", ") + ")"), nil
}

// setupPartial fills in the slots and methods of partial (functoolsSetup).
func setupPartial() {
	t := partialType
	t.Module = "functools"
	t.Doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
	t.New = partialNew
	t.AddMethod("__reduce__", partialReduce)
	t.AddMethod("__setstate__", partialSetState)
	t.Call = partialCall
	t.Repr = partialRepr
	rt.AddSlotMethods(t, nil, false, nil)
	t.AddMethod("__call__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		return partialCall(th, self, args, kwnames)
	})
	t.AddGetSet("func", func(th *rt.Thread, self rt.Value) (rt.Value, error) { return asPartial(self).fn, nil }, nil)
	t.AddGetSet("args", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		return rt.NewTuple(append([]rt.Value(nil), asPartial(self).args...)), nil
	}, nil)
	t.AddGetSet("keywords", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		return rt.ValueOf(asPartial(self).keywords), nil
	}, nil)
	rt.AddClassGetItem(t)
}

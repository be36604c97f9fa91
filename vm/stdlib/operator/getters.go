package operator

import (
	"strings"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines itemgetter, attrgetter and methodcaller in Go (as the
// _operator module), since they are called once per item as sort keys and
// map functions.

var (
	itemgetterType   = newGetterType("itemgetter")
	attrgetterType   = newGetterType("attrgetter")
	methodcallerType = newGetterType("methodcaller")
)

func newGetterType(name string) *rt.Type {
	return rt.NewBuiltinType(name, rt.ObjectType, rt.LayoutOther, rt.FlagQualifiedName)
}

// getter is an instance of any of the three types.
type getter struct {
	rt.Object
	items   []rt.Value // itemgetter: the subscripts
	paths   [][]string // attrgetter: the dotted names, split
	names   []rt.Value // attrgetter: the names as given
	method  string     // methodcaller
	args    []rt.Value // methodcaller: positional then keyword values
	kwnames []string   // methodcaller
}

func asGetter(v rt.Value) *getter { return (*getter)(v.Pointer()) }

func oneArgCall(name string, args []rt.Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return rt.Errorf(rt.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return rt.Errorf(rt.TypeError, "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

func subscript(th *rt.Thread, obj, key rt.Value) (rt.Value, error) {
	if key.IsSmallInt() && !obj.IsImmediate() {
		var items []rt.Value
		switch obj.Type() {
		case rt.ListType:
			items = rt.ListItems(obj)
		case rt.TupleType:
			items = rt.TupleItems(obj)
		default:
			return rt.GetItem(th, obj, key)
		}
		if i := key.SmallInt(); i >= 0 && i < int64(len(items)) {
			return items[i], nil
		}
	}
	return rt.GetItem(th, obj, key)
}

func itemgetterNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	if len(kwnames) > 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "itemgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "itemgetter expected 1 argument, got 0")
	}
	return rt.ValueOf(&getter{Object: rt.NewObjectHeader(t), items: append([]rt.Value(nil), args...)}), nil
}

func itemgetterCall(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := oneArgCall("itemgetter", args, kwnames); err != nil {
		return rt.Value{}, err
	}
	g := asGetter(callee)
	if len(g.items) == 1 {
		return subscript(th, args[0], g.items[0])
	}
	out := make([]rt.Value, len(g.items))
	for i, k := range g.items {
		v, err := subscript(th, args[0], k)
		if err != nil {
			return rt.Value{}, err
		}
		out[i] = v
	}
	return rt.NewTuple(out), nil
}

func attrgetterNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	if len(kwnames) > 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "attrgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "attrgetter expected 1 argument, got 0")
	}
	g := &getter{Object: rt.NewObjectHeader(t), names: append([]rt.Value(nil), args...)}
	for _, a := range args {
		if a.IsImmediate() || !a.Type().IsSubtype(rt.StrType) {
			return rt.Value{}, rt.Errorf(rt.TypeError, "attribute name must be a string")
		}
		g.paths = append(g.paths, strings.Split(rt.StrValue(a), "."))
	}
	return rt.ValueOf(g), nil
}

func attrgetterCall(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := oneArgCall("attrgetter", args, kwnames); err != nil {
		return rt.Value{}, err
	}
	g := asGetter(callee)
	fetch := func(path []string) (rt.Value, error) {
		v := args[0]
		for _, name := range path {
			var err error
			if v, err = rt.GetAttr(th, v, name); err != nil {
				return rt.Value{}, err
			}
		}
		return v, nil
	}
	if len(g.paths) == 1 {
		return fetch(g.paths[0])
	}
	out := make([]rt.Value, len(g.paths))
	for i, p := range g.paths {
		v, err := fetch(p)
		if err != nil {
			return rt.Value{}, err
		}
		out[i] = v
	}
	return rt.NewTuple(out), nil
}

func methodcallerNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "methodcaller needs at least one argument, the method name")
	}
	if args[0].IsImmediate() || !args[0].Type().IsSubtype(rt.StrType) {
		return rt.Value{}, rt.Errorf(rt.TypeError, "method name must be a string")
	}
	return rt.ValueOf(&getter{Object: rt.NewObjectHeader(t), method: rt.StrValue(args[0]),
		args: append([]rt.Value(nil), args[1:]...), kwnames: append([]string(nil), kwnames...)}), nil
}

func methodcallerCall(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := oneArgCall("methodcaller", args, kwnames); err != nil {
		return rt.Value{}, err
	}
	g := asGetter(callee)
	m, err := rt.GetAttr(th, args[0], g.method)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Call(th, m, g.args, g.kwnames)
}

func getterRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	g := asGetter(v)
	if !rt.ReprEnter(th, v) {
		return rt.NewStr("..."), nil
	}
	defer rt.ReprLeave(th, v)
	var parts []string
	add := func(prefix string, x rt.Value) error {
		s, err := rt.Repr(th, x)
		parts = append(parts, prefix+s)
		return err
	}
	var list []rt.Value
	switch v.Type() {
	case itemgetterType:
		list = g.items
	case attrgetterType:
		list = g.names
	default:
		list = append([]rt.Value{rt.NewStr(g.method)}, g.args[:len(g.args)-len(g.kwnames)]...)
	}
	for _, x := range list {
		if err := add("", x); err != nil {
			return rt.Value{}, err
		}
	}
	for i, k := range g.kwnames {
		if err := add(k+"=", g.args[len(g.args)-len(g.kwnames)+i]); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.NewStr(rt.TypeName(v) + "(" + strings.Join(parts, ", ") + ")"), nil
}

// operatorSetup makes the module's functions and its types' methods at
// its first import, not in every process's start-up.
var operatorSetup = rt.DeferTypeSetup(func() {
	makeOperatorFuncs()
	setupGetters()
}, itemgetterType, attrgetterType, methodcallerType)

// setupGetters fills in the slots and methods of itemgetter, attrgetter
// and methodcaller.
func setupGetters() {
	setups := []struct {
		t    *rt.Type
		doc  string
		new  func(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error)
		call func(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error)
	}{
		{itemgetterType, "Return a callable object that fetches the given item(s) from its operand.", itemgetterNew, itemgetterCall},
		{attrgetterType, "Return a callable object that fetches the given attribute(s) from its operand.", attrgetterNew, attrgetterCall},
		{methodcallerType, "Return a callable object that calls the given method on its operand.", methodcallerNew, methodcallerCall},
	}
	for _, s := range setups {
		t, call := s.t, s.call
		t.Module = "operator"
		t.Doc = s.doc
		t.New = s.new
		t.Call = call
		t.Repr = getterRepr
		rt.AddSlotMethods(t, nil, false, nil)
		t.AddMethod("__reduce__", getterReduce)
		t.AddMethod("__call__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
			return call(th, self, args, kwnames)
		})
	}
}

func init() {
	rt.RegisterModule("_operator", func(th *rt.Thread, m *rt.Module) error {
		operatorSetup.Ensure()
		for _, t := range []*rt.Type{itemgetterType, attrgetterType, methodcallerType} {
			m.Set(t.Name, rt.ValueOf(t))
		}
		for name, f := range operatorFuncs {
			m.AddFunction(name, f)
		}
		return nil
	})
}

// getterReduce is __reduce__ of the three getters, as CPython's: the
// type and its arguments; a methodcaller with keywords is rebuilt by a
// partial of the type holding the name and keywords.
func getterReduce(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("__reduce__", args, kwnames, 0, 0); err != nil {
		return rt.Value{}, err
	}
	g, t := asGetter(self), rt.ValueOf(self.Type())
	pair := func(a, b rt.Value) rt.Value { return rt.NewTuple([]rt.Value{a, b}) }
	switch self.Type() {
	case itemgetterType:
		return pair(t, rt.NewTuple(append([]rt.Value(nil), g.items...))), nil
	case attrgetterType:
		return pair(t, rt.NewTuple(append([]rt.Value(nil), g.names...))), nil
	}
	npos := len(g.args) - len(g.kwnames)
	if len(g.kwnames) == 0 {
		return pair(t, rt.NewTuple(append([]rt.Value{rt.NewStr(g.method)}, g.args...))), nil
	}
	functools, err := rt.ImportModule(th, "functools")
	if err != nil {
		return rt.Value{}, err
	}
	partial, err := rt.GetAttr(th, functools, "partial")
	if err != nil {
		return rt.Value{}, err
	}
	pargs := append([]rt.Value{t, rt.NewStr(g.method)}, g.args[npos:]...)
	p, err := rt.Call(th, partial, pargs, g.kwnames)
	if err != nil {
		return rt.Value{}, err
	}
	return pair(p, rt.NewTuple(append([]rt.Value(nil), g.args[:npos]...))), nil
}

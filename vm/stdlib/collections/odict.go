package collections

import (
	"slices"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines the native helpers of collections.py: OrderedDict's
// move_to_end, popitem, __repr__ and views, methods in Go that work on the dict's ordered
// entry table directly, and _count_elements, Counter's counting loop.

// odInstall is _od_install(cls): it gives the OrderedDict class, made
// by collections.py, its move_to_end and popitem as methods in Go, which
// are called without a Python frame in between (an LRU cache calls them
// once per access).
var odInstall = dictClassInstaller("_od_install", func(t *rt.Type) {
	t.AddMethod("move_to_end", odMoveToEnd)
	t.AddMethod("popitem", odPopItem)
	t.AddMethod("__repr__", odRepr)
	t.Repr = func(th *rt.Thread, v rt.Value) (rt.Value, error) { return odRepr(th, v, nil, nil) } // the class exists already: its slot is set
	for _, name := range []string{"keys", "values", "items"} {
		t.AddMethod(name, rt.OrderedDictViewMethod(name))
	}
	t.SetResultOptional("popitem")
	rt.SetOrderedDictType(t)
})

// dictClassInstaller returns the function name(cls) of collections.py
// that gives cls, a dict subclass written in Python for one of CPython's
// C types, its methods in Go.
func dictClassInstaller(name string, install func(t *rt.Type)) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount(name, args, kwnames, 1, 1); err != nil {
			return rt.Value{}, err
		}
		t, ok := rt.AsType(args[0])
		if !ok || !t.IsSubtype(rt.DictType) {
			return rt.Value{}, rt.Errorf(rt.TypeError, "%s() argument must be a dict subclass", name)
		}
		install(t)
		return rt.None, nil
	}
}

// cTypeName is _c_type_name(cls): it marks a class that collections.py
// writes in Python for one of CPython's C types, whose tp_name carries
// the module: error messages and descriptor reprs name it
// 'collections.defaultdict', as CPython's do. Its subclasses are named
// plainly, as there.
func cTypeName(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_c_type_name", args, kwnames, 1, 1); err != nil {
		return rt.Value{}, err
	}
	t, ok := rt.AsType(args[0])
	if !ok {
		return rt.Value{}, rt.Errorf(rt.TypeError, "_c_type_name() argument must be a class")
	}
	t.Flags |= rt.FlagQualifiedName
	return rt.None, nil
}

// odArgs binds the arguments of a method with up to two parameters, the
// first required of them required, with the messages of CPython's
// argument clinic (which differ from those of UnpackArgs). It allocates
// nothing: these methods run once per access of an LRU cache.
func odArgs(fn string, args []rt.Value, kwnames []string, names []string, required int) ([2]rt.Value, error) {
	var out [2]rt.Value
	npos := len(args) - len(kwnames)
	if max := len(names); len(args) > max {
		plural := "s"
		if max == 1 {
			plural = ""
		}
		if npos == 0 {
			return out, rt.Errorf(rt.TypeError, "%s() takes at most %d keyword argument%s (%d given)", fn, max, plural, len(args))
		}
		return out, rt.Errorf(rt.TypeError, "%s() takes at most %d argument%s (%d given)", fn, max, plural, len(args))
	}
	copy(out[:], args[:npos])
	matched := 0
	for i := npos; i < len(names); i++ {
		for j, k := range kwnames {
			if k == names[i] {
				out[i] = args[npos+j]
				matched++
			}
		}
		if !out[i].IsValid() && i < required {
			return out, rt.Errorf(rt.TypeError, "%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	if matched == len(kwnames) {
		return out, nil
	}
	for _, k := range kwnames {
		for i, name := range names {
			if name == k && i < npos {
				return out, rt.Errorf(rt.TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
			}
		}
		if !slices.Contains(names, k) {
			return out, rt.Errorf(rt.TypeError, "'%s' is an invalid keyword argument for %s()", k, fn)
		}
	}
	return out, nil
}

// odLast is the truth of the last argument, true when it is absent.
func odLast(th *rt.Thread, v rt.Value) (bool, error) {
	if !v.IsValid() {
		return true, nil
	}
	if v.IsBool() {
		return v.IsTrue(), nil
	}
	return rt.Truth(th, v)
}

// odDict is the dict of an OrderedDict method's self.
func odDict(self rt.Value) *rt.Dict { return (*rt.Dict)(self.Pointer()) }

// odRepr is OrderedDict.__repr__, as CPython's odict_repr: "Name()" when
// empty, else "Name(" + the repr of a plain dict copy + ")"; its own
// recursion guard makes a recursive OrderedDict "...", where the guard of
// dict.__repr__ would make it "Name({...})".
func odRepr(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("__repr__", args, kwnames, 0, 0); err != nil {
		return rt.Value{}, err
	}
	if !rt.ReprEnter(th, self) {
		return rt.NewStr("..."), nil
	}
	defer rt.ReprLeave(th, self)
	name := self.Type().Name
	d := odDict(self)
	if d.Len() == 0 {
		return rt.NewStr(name + "()"), nil
	}
	r, err := rt.Repr(th, rt.ValueOf(d.Copy()))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewStr(name + "(" + r + ")"), nil
}

// odMoveToEnd is OrderedDict.move_to_end(key, last=True): the key goes
// last (or first), keeping its value.
func odMoveToEnd(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	a, err := odArgs("move_to_end", args, kwnames, []string{"key", "last"}, 1)
	if err != nil {
		return rt.Value{}, err
	}
	key := a[0]
	last, err := odLast(th, a[1])
	if err != nil {
		return rt.Value{}, err
	}
	d := odDict(self)
	if last {
		if ok, err := d.MoveToEnd(th, key); err != nil || !ok {
			if err == nil {
				err = rt.NewException(rt.KeyError, key)
			}
			return rt.Value{}, err
		}
		return rt.None, nil
	}
	val, ok, err := d.Get(th, key)
	if err != nil {
		return rt.Value{}, err
	}
	if !ok {
		return rt.Value{}, rt.NewException(rt.KeyError, key)
	}
	keys, values := d.Items()
	d.Clear()
	if err := d.Set(th, key, val); err != nil {
		return rt.Value{}, err
	}
	for i, k := range keys {
		if rt.Is(k, key) {
			continue
		}
		if eq, err := rt.Equal(th, k, key); err != nil || eq {
			if err != nil {
				return rt.Value{}, err
			}
			continue
		}
		if err := d.Set(th, k, values[i]); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.None, nil
}

// odPopItem is OrderedDict.popitem(last=True): removes and returns the
// last (or first) pair; an LRU cache's `lru.popitem(last=False)`
// statement drops the pair, which is then not built.
func odPopItem(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	dropped := th.ResultDropped()
	pair := func(k, v rt.Value) rt.Value {
		if dropped {
			return rt.None
		}
		return rt.NewTuple2(k, v)
	}
	a, err := odArgs("popitem", args, kwnames, []string{"last"}, 0)
	if err != nil {
		return rt.Value{}, err
	}
	last, err := odLast(th, a[0])
	if err != nil {
		return rt.Value{}, err
	}
	d := odDict(self)
	if !last {
		k, v, ok := d.FirstEntry()
		if !ok {
			return rt.Value{}, odEmpty()
		}
		if _, err := d.Delete(th, k); err != nil {
			return rt.Value{}, err
		}
		return pair(k, v), nil
	}
	for i := d.EntryCap() - 1; i >= 0; i-- {
		k, v, ok := d.Entry(i)
		if !ok {
			continue
		}
		if _, err := d.Delete(th, k); err != nil {
			return rt.Value{}, err
		}
		return pair(k, v), nil
	}
	return rt.Value{}, odEmpty()
}

func odEmpty() error { return rt.NewException(rt.KeyError, rt.NewStr("dictionary is empty")) }

// countElements is _count_elements(mapping, iterable): mapping[x] =
// mapping.get(x, 0) + 1 for each x, straight on the dict when mapping is
// a dict whose class does not redefine get or __setitem__.
func countElements(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_count_elements", args, kwnames, 2, 2); err != nil {
		return rt.Value{}, err
	}
	m := args[0]
	direct := false
	if !m.IsImmediate() && m.Type().Layout == rt.LayoutDict {
		t := m.Type()
		direct = rt.Is(t.Lookup("get"), rt.DictType.Lookup("get")) && rt.Is(t.Lookup("__setitem__"), rt.DictType.Lookup("__setitem__"))
	}
	one := rt.Int(1)
	if direct {
		d := (*rt.Dict)(m.Pointer())
		return rt.None, rt.ForEach(th, args[1], func(x rt.Value) error {
			old, ok, err := d.Get(th, x)
			if err != nil {
				return err
			}
			if !ok {
				return d.Set(th, x, one)
			}
			if old.IsSmallInt() && old.SmallInt() < 1<<62 {
				return d.Set(th, x, rt.Int(old.SmallInt()+1))
			}
			n, err := rt.Binary(th, rt.OpAdd, old, one)
			if err != nil {
				return err
			}
			return d.Set(th, x, n)
		})
	}
	return rt.None, rt.ForEach(th, args[1], func(x rt.Value) error {
		old, err := rt.CallMethod(th, m, "get", x, rt.Int(0))
		if err != nil {
			return err
		}
		n, err := rt.Binary(th, rt.OpAdd, old, one)
		if err != nil {
			return err
		}
		return rt.SetItem(th, m, x, n)
	})
}

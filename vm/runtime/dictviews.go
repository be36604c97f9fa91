package runtime

import "strings"

// This file defines the dict views dict_keys, dict_values and dict_items:
// live, iterable, sized views of a dict. Keys and items views are set-like:
// they support `in`, the comparisons of sets, & | - ^ and isdisjoint.

// The view types.
var (
	DictKeysType   = NewBuiltinType("dict_keys", ObjectType, LayoutOther, FlagUnhashable)
	DictValuesType = NewBuiltinType("dict_values", ObjectType, LayoutOther, 0)
	DictItemsType  = NewBuiltinType("dict_items", ObjectType, LayoutOther, FlagUnhashable)
)

// The views of an OrderedDict, subclasses of the dict views with their own
// names (CPython's odict_keys, ...: OrderedDict is a C type there), which
// inherit everything else.
var (
	odictKeysType   = NewBuiltinType("odict_keys", DictKeysType, LayoutOther, FlagUnhashable)
	odictValuesType = NewBuiltinType("odict_values", DictValuesType, LayoutOther, 0)
	odictItemsType  = NewBuiltinType("odict_items", DictItemsType, LayoutOther, FlagUnhashable)
)

// dictView is a view of the dict (or dict subclass instance) dict.
type dictView struct {
	Object
	dict Value
	kind dictViewKind
}

var dictViewTypes = [...]*Type{dictKeys: DictKeysType, dictValues: DictValuesType, dictItems: DictItemsType}

var odictViewTypes = [...]*Type{dictKeys: odictKeysType, dictValues: odictValuesType, dictItems: odictItemsType}

// dictViewMethod returns dict.keys, dict.values or dict.items.
func dictViewMethod(name string, kind dictViewKind) NativeMethod {
	// The name for errors is made once: concatenated in the method, it
	// would be an allocation per call (fields() calls .values() on every
	// dataclass conversion).
	fname := "dict." + name
	return func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(fname, args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return ValueOf(&dictView{Object: Object{typ: dictViewTypes[kind]}, dict: self, kind: kind}), nil
	}
}

// OrderedDictViewMethod returns OrderedDict.keys, .values or .items
// (name): views of the dict that are odict_keys, odict_values or
// odict_items.
func OrderedDictViewMethod(name string) NativeMethod {
	kind := map[string]dictViewKind{"keys": dictKeys, "values": dictValues, "items": dictItems}[name]
	return func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(name, args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return ValueOf(&dictView{Object: Object{typ: odictViewTypes[kind]}, dict: self, kind: kind}), nil
	}
}

func (v *dictView) d() *Dict { return as[Dict](v.dict) }

// viewKindOf reports whether v is a dict view (an OrderedDict's too), and
// which.
func viewKindOf(v Value) (dictViewKind, bool) {
	if v.IsImmediate() {
		return 0, false
	}
	for _, types := range [...]*[3]*Type{&dictViewTypes, &odictViewTypes} {
		for _, t := range types {
			if v.Type() == t {
				return as[dictView](v).kind, true
			}
		}
	}
	return 0, false
}

// isItemsView reports whether v is an items view.
func isItemsView(v Value) bool {
	kind, ok := viewKindOf(v)
	return ok && kind == dictItems
}

// isSetLikeView reports whether v is a keys or items view.
func isSetLikeView(v Value) bool {
	kind, ok := viewKindOf(v)
	return ok && kind != dictValues
}

func init() {
	for _, t := range dictViewTypes {
		t.Len = func(th *Thread, v Value) (int, error) { return as[dictView](v).d().Len(), nil }
		t.Iter = func(th *Thread, v Value) (Value, error) {
			view := as[dictView](v)
			return newDictIterator(view.d(), view.kind, false), nil
		}
		t.Repr = dictViewRepr
		if t != DictValuesType {
			t.Contains = dictViewContains
			t.Compare = dictViewCompare
			t.BinOp = dictViewBinOp
		}
	}
	for _, t := range dictViewTypes {
		if t == DictValuesType {
			addSlotMethods(t, nil, false, nil)
		} else {
			addSlotMethods(t, setOperators, true, nil)
			t.AddMethod("isdisjoint", dictViewIsDisjoint)
		}
		t.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			view := as[dictView](self)
			return newDictIterator(view.d(), view.kind, true), nil
		})
	}
}

func dictViewRepr(th *Thread, v Value) (Value, error) {
	if !reprEnter(th, v) {
		return NewStr("..."), nil
	}
	defer reprLeave(th, v)
	items, err := ToSlice(th, v)
	if err != nil {
		return Value{}, err
	}
	r, err := Repr(th, NewList(items))
	if err != nil {
		return Value{}, err
	}
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteByte('(')
	b.WriteString(r)
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// dictViewContains is `x in keys` or `(k, v) in items`.
func dictViewContains(th *Thread, v, x Value) (bool, error) {
	view := as[dictView](v)
	if view.kind == dictKeys {
		_, ok, err := view.d().Get(th, x)
		return ok, err
	}
	if x.IsImmediate() || x.Type().Layout != LayoutTuple || len(TupleItems(x)) != 2 {
		return false, nil
	}
	pair := TupleItems(x)
	found, ok, err := view.d().Get(th, pair[0])
	if err != nil || !ok {
		return false, err
	}
	return Equal(th, found, pair[1])
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(th *Thread, a, b Value) (bool, error) {
	missing, err := containerAnyItem(th, a, func(x Value) (bool, error) {
		ok, err := Contains(th, b, x)
		return !ok, err
	})
	return !missing, err
}

// dictViewCompare compares a keys or items view with a set or another such
// view, as sets compare.
func dictViewCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if !isSet(b) && !isSetLikeView(b) {
		return NotImplemented, nil
	}
	la, err := Len(th, a)
	if err != nil {
		return Value{}, err
	}
	lb, err := Len(th, b)
	if err != nil {
		return Value{}, err
	}
	ok := false
	switch op {
	case CmpEQ, CmpNE:
		if la == lb {
			ok, err = allContainedIn(th, a, b)
		}
		if op == CmpNE {
			ok = !ok
		}
	case CmpLT:
		if la < lb {
			ok, err = allContainedIn(th, a, b)
		}
	case CmpLE:
		if la <= lb {
			ok, err = allContainedIn(th, a, b)
		}
	case CmpGT:
		if la > lb {
			ok, err = allContainedIn(th, b, a)
		}
	case CmpGE:
		if la >= lb {
			ok, err = allContainedIn(th, b, a)
		}
	}
	return Bool(ok), err
}

// dictViewToSet returns a new set of v's items (v may be any iterable: the
// view may be the right operand).
func dictViewToSet(th *Thread, v Value) (*Set, error) {
	if kind, ok := viewKindOf(v); ok && kind == dictKeys {
		if d := as[dictView](v).dict; d.Type() == DictType {
			v = d
		}
	}
	return makeSet(th, SetType, v)
}

// dictViewBinOp is & | - ^ with a keys or items view on either side.
func dictViewBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	var r *Set
	var err error
	switch op {
	case OpAnd:
		r, err = dictViewIntersect(th, a, b)
	case OpOr, OpSub, OpXor:
		if op == OpXor && isItemsView(a) && isItemsView(b) {
			r, err = dictItemsXor(th, as[dictView](a).d(), as[dictView](b).d())
			break
		}
		if r, err = dictViewToSet(th, a); err != nil {
			return Value{}, err
		}
		switch op {
		case OpOr:
			err = r.update(th, b)
		case OpSub:
			err = r.differenceUpdate(th, b)
		default:
			err = r.symmetricDifferenceUpdate(th, b)
		}
	default:
		return NotImplemented, nil
	}
	if err != nil {
		return Value{}, err
	}
	return ValueOf(r), nil
}

// dictItemsXor is d1.items() ^ d2.items(), as CPython computes it: the
// pairs of d2 not in d1, then the pairs of d1 left after removing those
// that d2 has too.
func dictItemsXor(th *Thread, d1, d2 *Dict) (*Set, error) {
	rest := d1.Copy()
	result := NewSet()
	for i := 0; i < d2.EntryCap(); i++ {
		key, v2, live := d2.Entry(i)
		if !live {
			continue
		}
		h := d2.entries[i].hash()
		slot, pos, err := rest.find(th, key, h)
		if err != nil {
			return nil, err
		}
		same := false
		if pos >= 0 {
			if same, err = Equal(th, rest.entries[pos].value, v2); err != nil {
				return nil, err
			}
		}
		if same {
			rest.removeAt(slot, pos)
		} else if err := result.Add(th, NewTuple([]Value{key, v2})); err != nil {
			return nil, err
		}
	}
	for i := 0; i < rest.EntryCap(); i++ {
		if key, v, live := rest.Entry(i); live {
			if err := result.Add(th, NewTuple([]Value{key, v})); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// dictViewIntersect is view & other (or other & view), as CPython's
// _PyDictView_Intersect: it iterates the smaller side.
func dictViewIntersect(th *Thread, view, other Value) (*Set, error) {
	if !isSetLikeView(view) {
		view, other = other, view
	}
	n := as[dictView](view).d().Len()
	if !other.IsImmediate() && other.Type() == SetType && n <= as[Set](other).used {
		return as[Set](other).intersection(th, view)
	}
	if isSetLikeView(other) && as[dictView](other).d().Len() > n {
		view, other = other, view
	}
	result := NewSet()
	err := ForEach(th, other, func(x Value) error {
		ok, err := dictViewContains(th, view, x)
		if err == nil && ok {
			err = result.Add(th, x)
		}
		return err
	})
	return result, err
}

// dictViewIsDisjoint is keys.isdisjoint(other) and items.isdisjoint(other).
func dictViewIsDisjoint(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount(self.Type().Name+".isdisjoint", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	other := args[0]
	if Is(self, other) {
		return Bool(as[dictView](self).d().Len() == 0), nil
	}
	it, container := other, self
	if isSet(other) || isSetLikeView(other) {
		lo, err := Len(th, other)
		if err != nil {
			return Value{}, err
		}
		if lo > as[dictView](self).d().Len() {
			it, container = self, other
		}
	}
	common, err := containerAnyItem(th, it, func(x Value) (bool, error) { return Contains(th, container, x) })
	return Bool(!common), err
}

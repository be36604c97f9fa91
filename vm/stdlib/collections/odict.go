package collections

import (
	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines the native helpers of collections.py: OrderedDict's
// move_to_end and popitem, which work on the dict's ordered entry table
// directly, and _count_elements, Counter's counting loop.

func asDict(th *rt.Thread, v rt.Value, fname string) (*rt.Dict, error) {
	if v.IsImmediate() || v.Type().Layout != rt.LayoutDict {
		return nil, rt.Errorf(rt.TypeError, "%s() argument 1 must be dict, not %s", fname, rt.TypeName(v))
	}
	return (*rt.Dict)(v.Pointer()), nil
}

// odMoveToEnd is _od_move_to_end(od, key, last): the key goes last (or
// first), keeping its value.
func odMoveToEnd(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_od_move_to_end", args, kwnames, 3, 3); err != nil {
		return rt.Value{}, err
	}
	d, err := asDict(th, args[0], "_od_move_to_end")
	if err != nil {
		return rt.Value{}, err
	}
	key := args[1]
	last, err := rt.Truth(th, args[2])
	if err != nil {
		return rt.Value{}, err
	}
	val, ok, err := d.Get(th, key)
	if err != nil {
		return rt.Value{}, err
	}
	if !ok {
		return rt.Value{}, rt.NewException(rt.KeyError, key)
	}
	if last {
		if _, err := d.Delete(th, key); err != nil {
			return rt.Value{}, err
		}
		return rt.None, d.Set(th, key, val)
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

// odPopItem is _od_popitem(od, last): removes and returns the last (or
// first) pair; the caller has checked that od is not empty.
func odPopItem(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_od_popitem", args, kwnames, 2, 2); err != nil {
		return rt.Value{}, err
	}
	d, err := asDict(th, args[0], "_od_popitem")
	if err != nil {
		return rt.Value{}, err
	}
	last, err := rt.Truth(th, args[1])
	if err != nil {
		return rt.Value{}, err
	}
	if !last {
		k, v, ok := d.FirstEntry()
		if !ok {
			return rt.Value{}, rt.NewException(rt.KeyError, rt.NewStr("dictionary is empty"))
		}
		if _, err := d.Delete(th, k); err != nil {
			return rt.Value{}, err
		}
		return rt.NewTuple2(k, v), nil
	}
	n := d.EntryCap()
	for j := 0; j < n; j++ {
		i := j
		if last {
			i = n - 1 - j
		}
		k, v, ok := d.Entry(i)
		if !ok {
			continue
		}
		if _, err := d.Delete(th, k); err != nil {
			return rt.Value{}, err
		}
		return rt.NewTuple2(k, v), nil
	}
	return rt.Value{}, rt.NewException(rt.KeyError, rt.NewStr("dictionary is empty"))
}

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

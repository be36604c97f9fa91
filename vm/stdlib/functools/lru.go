package functools

import (
	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines _functools._lru_cache_wrapper, the object that
// lru_cache and cache return: the wrapped function's results kept in a
// dict under a key made from the arguments, the least recently used one
// dropped once maxsize are kept (a hit moves its key to the end of the
// dict's order, so the first key is the least recent).

var lruType = rt.NewBuiltinType("_lru_cache_wrapper", rt.ObjectType, rt.LayoutOther, rt.FlagHasDict|rt.FlagQualifiedName)

type lruWrapper struct {
	rt.Object
	fn           rt.Value
	maxsize      int // -1: unbounded
	typed        bool
	cache        *rt.Dict
	hits, misses int64
	cacheInfo    rt.Value // the CacheInfo namedtuple class
	// kwdMark separates positional from keyword arguments in a key: a
	// plain object() that no argument can equal.
	kwdMark rt.Value
}

func asLRU(v rt.Value) *lruWrapper { return (*lruWrapper)(v.Pointer()) }

func isExactIntOrStr(v rt.Value) bool {
	return v.IsSmallInt() || (!v.IsImmediate() && !v.IsBool() && (v.Type() == rt.IntType || v.Type() == rt.StrType))
}

// key is CPython's _make_key: a lone int or str argument is its own key
// (so f(1) and f(1.0) are cached apart), anything else a tuple.
func (w *lruWrapper) key(args []rt.Value, kwnames []string) rt.Value {
	npos := len(args) - len(kwnames)
	if len(kwnames) == 0 && npos == 1 && !w.typed && isExactIntOrStr(args[0]) {
		return args[0]
	}
	items := append([]rt.Value(nil), args[:npos]...)
	if len(kwnames) > 0 {
		items = append(items, w.kwdMark)
		for i, k := range kwnames {
			items = append(items, rt.NewStr(k), args[npos+i])
		}
	}
	if w.typed {
		for _, a := range args[:npos] {
			items = append(items, rt.ValueOf(a.Type()))
		}
		for _, a := range args[npos:] {
			items = append(items, rt.ValueOf(a.Type()))
		}
	} else if len(items) == 1 && isExactIntOrStr(items[0]) {
		return items[0]
	}
	return rt.NewTuple(items)
}

func lruCall(th *rt.Thread, callee rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	w := asLRU(callee)
	if w.maxsize == 0 {
		w.misses++
		return rt.Call(th, w.fn, args, kwnames)
	}
	key := w.key(args, kwnames)
	if r, ok, err := w.cache.Get(th, key); err != nil {
		return rt.Value{}, err
	} else if ok {
		w.hits++
		if w.maxsize > 0 {
			if _, err := w.cache.Delete(th, key); err != nil {
				return rt.Value{}, err
			}
			if err := w.cache.Set(th, key, r); err != nil {
				return rt.Value{}, err
			}
		}
		return r, nil
	}
	w.misses++
	r, err := rt.Call(th, w.fn, args, kwnames)
	if err != nil {
		return rt.Value{}, err
	}
	// The call may have filled this key itself (recursion).
	if _, ok, err := w.cache.Get(th, key); err != nil || ok {
		return r, err
	}
	if w.maxsize > 0 && w.cache.Len() >= w.maxsize {
		for i := 0; i < w.cache.EntryCap(); i++ {
			if k, _, ok := w.cache.Entry(i); ok {
				if _, err := w.cache.Delete(th, k); err != nil {
					return rt.Value{}, err
				}
				break
			}
		}
	}
	return r, w.cache.Set(th, key, r)
}

func lruNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	var fn, maxsize, typed, info rt.Value
	if err := rt.UnpackArgs("_lru_cache_wrapper", args, kwnames, "user_function", &fn, "maxsize", &maxsize, "typed", &typed, "cache_info_type", &info); err != nil {
		return rt.Value{}, err
	}
	w := &lruWrapper{Object: rt.NewObjectHeader(t), fn: fn, maxsize: -1, cache: rt.NewDict(), cacheInfo: info}
	if !maxsize.IsNone() {
		n, err := rt.AsInt(th, maxsize)
		if err != nil {
			return rt.Value{}, err
		}
		w.maxsize = int(max(n, 0))
	}
	var err error
	if w.typed, err = rt.Truth(th, typed); err != nil {
		return rt.Value{}, err
	}
	if w.kwdMark, err = rt.Call(th, rt.ValueOf(rt.ObjectType), nil, nil); err != nil {
		return rt.Value{}, err
	}
	v := rt.ValueOf(w)
	return v, rt.SetAttr(th, v, "__wrapped__", fn)
}

// setupLRU fills in the slots and methods of _lru_cache_wrapper (functoolsSetup).
func setupLRU() {
	t := lruType
	t.Module = "functools"
	t.New = lruNew
	t.Call = lruCall
	t.DescrGet = func(th *rt.Thread, descr, obj rt.Value, owner *rt.Type) (rt.Value, error) {
		if !obj.IsValid() || obj.IsNone() {
			return descr, nil
		}
		return rt.NewMethod(descr, obj), nil
	}
	t.AddMethod("__call__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		return lruCall(th, self, args, kwnames)
	})
	t.AddMethod("__get__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount("__get__", args, kwnames, 1, 2); err != nil {
			return rt.Value{}, err
		}
		return t.DescrGet(th, self, args[0], nil)
	})
	t.AddMethod("cache_info", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount("cache_info", args, kwnames, 0, 0); err != nil {
			return rt.Value{}, err
		}
		w := asLRU(self)
		maxsize := rt.None
		if w.maxsize >= 0 {
			maxsize = rt.Int(int64(w.maxsize))
		}
		return rt.Call(th, w.cacheInfo, []rt.Value{rt.Int(w.hits), rt.Int(w.misses), maxsize, rt.Int(int64(w.cache.Len()))}, nil)
	})
	t.AddMethod("cache_clear", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount("cache_clear", args, kwnames, 0, 0); err != nil {
			return rt.Value{}, err
		}
		w := asLRU(self)
		w.cache.Clear()
		w.hits, w.misses = 0, 0
		return rt.None, nil
	})
	same := func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		return self, nil
	}
	t.AddMethod("__copy__", same)
	t.AddMethod("__deepcopy__", same)
}

// functoolsSetup makes the methods of the module's types at its first
// import, not in every process's start-up.
var functoolsSetup = rt.DeferTypeSetup(func() {
	setupKeyWrapper()
	setupLRU()
	setupPartial()
}, keyWrapperType, lruType, partialType)

func init() {
	rt.RegisterModule("_functools", func(th *rt.Thread, m *rt.Module) error {
		functoolsSetup.Ensure()
		m.Set("_lru_cache_wrapper", rt.ValueOf(lruType))
		m.Set("partial", rt.ValueOf(partialType))
		m.AddFunction("reduce", functoolsReduce)
		m.AddFunction("cmp_to_key", cmpToKey)
		return nil
	})
}

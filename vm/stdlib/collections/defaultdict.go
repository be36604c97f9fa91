package collections

import rt "github.com/kilnpy/kiln/vm/runtime"

// This file defines defaultdict's __missing__ in Go, which collections.py
// installs with _dd_install: a miss (the first d[k] of every key of a
// defaultdict(int) or defaultdict(list)) calls the factory without a
// Python frame in between, and a missing factory raises KeyError(key)
// from d[k] itself, without a frame of collections.py in the traceback,
// as CPython's C defaultdict does.

// ddInstall is _dd_install(cls): it gives the defaultdict class its
// __missing__ method.
var ddInstall = dictClassInstaller("_dd_install", func(t *rt.Type) {
	t.AddMethod("__missing__", ddMissing)
})

// isDefaultdictClass reports whether t is the defaultdict class that
// collections.py defines (in whichever interpreter), whose instances keep
// default_factory in their attribute dict. _c_type_name marks it; its
// subclasses are not marked.
func isDefaultdictClass(t *rt.Type) bool {
	return t.Flags&rt.FlagQualifiedName != 0 && t.Name == "defaultdict" && t.Module == "collections"
}

// ddMissing is defaultdict.__missing__(key): self[key] = default_factory()
// and that value, or KeyError(key) when the factory is None. The item is
// stored through self's __setitem__, which a subclass may override.
func ddMissing(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("defaultdict.__missing__", args, kwnames, 1, 1); err != nil {
		return rt.Value{}, err
	}
	key := args[0]
	factory, err := ddFactory(th, self)
	if err != nil {
		return rt.Value{}, err
	}
	if factory.IsNone() {
		return rt.Value{}, rt.NewException(rt.KeyError, key)
	}
	value, err := rt.Call(th, factory, nil, nil)
	if err != nil {
		return rt.Value{}, err
	}
	if err := rt.SetItem(th, self, key, value); err != nil {
		return rt.Value{}, err
	}
	return value, nil
}

// ddFactory returns self.default_factory: read from the instance dict of
// an exact defaultdict (no name str to build, no descriptor to look for),
// by the attribute protocol for a subclass, which may define it otherwise.
func ddFactory(th *rt.Thread, self rt.Value) (rt.Value, error) {
	if isDefaultdictClass(self.Type()) {
		if d := (*rt.Object)(self.Pointer()).Dict(); d != nil {
			if f, ok := d.GetStr("default_factory"); ok {
				return f, nil
			}
		}
	}
	return rt.GetAttr(th, self, "default_factory")
}

package runtime

// This file defines GETMETHOD's entry for methods of builtin types: the
// q.append(x), d.get(k), s.upper() of most loops. The general attribute
// cache (attrcache.go) checks the epoch, then finds the way of the type
// among four and re-reads the class dict's entry to see that it still
// holds its key, because a Python class attribute can be rebound or
// popped without moving the epoch. A builtin type's dict cannot be changed
// from Python (type.__setattr__ refuses, and its __dict__ is read-only),
// so for an exact builtin type the method found can be kept as it is: the
// lookup becomes one compare of the type pointer and one of the epoch,
// which still guards against Go code adding a key to a builtin type's
// dict after the entry was filled.
//
// Module attributes (heapq.heappush(h, x), math.sqrt(x)) are found in
// the module's dict before anything else, so for an exact module they
// are looked up there directly, with the name's cached hash and a guess
// of the entry's position, instead of after a class lookup that module
// attribute access does not use.
//
// Only what a cached lookup would return as a method qualifies: a
// function or method descriptor found through object.__getattribute__,
// on an object without an instance dict (one could shadow the method).
// Python classes, subclasses of builtins included, keep the general path
// with its epoch rules; so do types with their own __getattribute__.

// builtinMethodEntry is the last builtin-type method one name resolved to.
type builtinMethodEntry struct {
	t     *Type // nil: empty
	epoch uint64
	meth  Value // the function or method descriptor, unbound
	// modSlot is where the name was last found in a module's dict.
	modSlot int32
}

// GETMETHOD (interp.go) uses the entry when obj's type is e.t, the epoch
// is e.epoch and obj has no instance dict; the check is written out there
// because the interpreter loop is too large for Go to inline a call.

// rememberBuiltinMethod fills the entry after cachedGetMethod found attr,
// a method of obj's type t, at epoch ep, if t is a builtin type.
func (c *attrCache) rememberBuiltinMethod(t *Type, attr Value, ep uint64) {
	if t.Flags&FlagHeapType != 0 {
		return
	}
	c.meth.t, c.meth.epoch, c.meth.meth = t, ep, attr
}

// moduleAttr returns obj.name for obj an exact module whose dict has the
// name, which is what ModuleType's GetAttr returns first; ok is false if
// the name is missing.
func (c *attrCache) moduleAttr(obj Value, name *Str) (Value, bool) {
	d := obj.header().dict
	if d == nil {
		return Value{}, false
	}
	i := instDictFind(d, name, &c.meth.modSlot)
	if i < 0 {
		return Value{}, false
	}
	return d.entries[i].value, true
}

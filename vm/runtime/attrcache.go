package runtime

// This file holds the interpreter's attribute caches: GETATTR, GETMETHOD
// and SETATTR remember, per name of a code object, where the class
// attribute of that name was found on the type last seen there (or that
// no class in the MRO has it), so that obj.attr does not walk the MRO
// hashing the name into every class dict on each execution.
//
// A cache entry is valid while the type is the same and no dict of its MRO
// has changed its key set: Dict.version counts exactly those changes (a
// new key, a deletion, clear), so a class attribute added, deleted or
// shadowed anywhere in the MRO invalidates it. Rebinding an existing class
// attribute does not change the key set; the entry keeps the dict and the
// entry position, and the value is read from there each time. Types whose
// MRO is longer than attrCacheDepth are not cached.

import "reflect"

const (
	attrCacheDepth = 4
	attrCacheWays  = 4 // types remembered per name: sites are often polymorphic
)

// attrCache is the cache of one name: the lookups for the last few types.
type attrCache struct {
	ways [attrCacheWays]attrEntry
	next uint8 // the way the next miss replaces
}

type attrEntry struct {
	t    *Type
	vers [attrCacheDepth]uint64
	d    *Dict // the class dict holding the attribute, nil if none has it
	idx  int32 // its position in d.entries
	// genericGet and genericSet report whether t uses GenericGetAttr and
	// GenericSetAttr as they are. The slots change only with the class
	// dicts' key sets, so they are cached with the lookup.
	genericGet, genericSet bool
}

var genericSetAttrPC = reflect.ValueOf(GenericSetAttr).Pointer()

// valid reports whether e still holds the lookup for its type t.
func (e *attrEntry) valid(t *Type) bool {
	for i, m := range t.MRO {
		if m.dict.version != e.vers[i] {
			return false
		}
	}
	return true
}

// attr returns the cached class attribute (zero if none).
func (e *attrEntry) attr() Value {
	if e.d == nil {
		return Value{}
	}
	return e.d.entries[e.idx].value
}

// lookup is typeLookupHashed(t, name) through the cache. It also returns
// the cache entry for t, or nil if t cannot be cached.
func (c *attrCache) lookup(t *Type, name *Str) (Value, *attrEntry) {
	for i := range c.ways {
		if e := &c.ways[i]; e.t == t {
			if e.valid(t) {
				return e.attr(), e
			}
			return c.fill(e, t, name)
		}
	}
	e := &c.ways[c.next%attrCacheWays]
	c.next++
	return c.fill(e, t, name)
}

// fill looks name up on t's MRO and caches the result in e if it can.
func (c *attrCache) fill(e *attrEntry, t *Type, name *Str) (Value, *attrEntry) {
	e.t = nil
	cacheable := len(t.MRO) <= attrCacheDepth
	var found Value
	var fd *Dict
	fi := -1
	for _, m := range t.MRO {
		if m.dict == nil {
			cacheable = false
			continue
		}
		if i := m.dict.strIndexHashed(name.s, name.hashValue()); i >= 0 {
			found, fd, fi = m.dict.entries[i].value, m.dict, i
			break
		}
	}
	if !cacheable {
		return found, nil
	}
	for i, m := range t.MRO {
		e.vers[i] = m.dict.version
	}
	e.d, e.idx = fd, int32(fi)
	e.genericGet = isGenericGetAttr(t)
	e.genericSet = t.SetAttr != nil && reflect.ValueOf(t.SetAttr).Pointer() == genericSetAttrPC
	e.t = t
	return found, e
}

// cachedGetAttr implements GETATTR: v.name with the cache c.
func cachedGetAttr(th *Thread, c *attrCache, v Value, name *Str) (Value, error) {
	t := v.Type()
	attr, e := c.lookup(t, name)
	if e == nil || !e.genericGet {
		if t.GetAttr == nil {
			return Value{}, attributeError(v, name.s)
		}
		if isGenericGetAttr(t) {
			return genericGetAttrWith(th, v, t, attr, name)
		}
		return t.GetAttr(th, v, name)
	}
	return genericGetAttrWith(th, v, t, attr, name)
}

// genericGetAttrWith is genericGetAttrHashed with the class attribute
// already looked up.
func genericGetAttrWith(th *Thread, v Value, t *Type, attr Value, name *Str) (Value, error) {
	var get func(th *Thread, descr, obj Value, owner *Type) (Value, error)
	if attr.p != nil {
		at := attr.Type()
		get = at.DescrGet
		if get != nil && at.DescrSet != nil {
			return get(th, attr, v, t)
		}
	}
	if !v.IsImmediate() {
		if d := v.header().dict; d != nil {
			if r, ok := d.getStrHashed(name); ok {
				return r, nil
			}
		}
	}
	if get != nil {
		return get(th, attr, v, t)
	}
	if attr.p != nil {
		return attr, nil
	}
	return Value{}, attributeError(v, name.s)
}

// cachedGetMethod is getMethod with the cache c.
func cachedGetMethod(th *Thread, c *attrCache, obj Value, name *Str) (Value, bool, error) {
	t := obj.Type()
	attr, e := c.lookup(t, name)
	var generic bool
	if e != nil {
		generic = e.genericGet
	} else {
		generic = isGenericGetAttr(t)
	}
	if !generic {
		if t.GetAttr == nil {
			return Value{}, false, attributeError(obj, name.s)
		}
		v, err := t.GetAttr(th, obj, name)
		return v, false, err
	}
	if attr.p != nil {
		if at := attr.Type(); at == FunctionType || at == MethodDescriptorType {
			if obj.IsImmediate() || obj.header().dict == nil {
				return attr, true, nil
			} else if _, shadowed := obj.header().dict.getStrHashed(name); !shadowed {
				return attr, true, nil
			}
		}
	}
	v, err := genericGetAttrWith(th, obj, t, attr, name)
	return v, false, err
}

// cachedSetAttr implements SETATTR: v.name = val with the cache c. The
// caller has checked that v's type has a SetAttr slot.
func cachedSetAttr(th *Thread, c *attrCache, v Value, name *Str, val Value) error {
	t := v.Type()
	attr, e := c.lookup(t, name)
	if e == nil || !e.genericSet {
		return t.SetAttr(th, v, name, val)
	}
	// GenericSetAttr with the class attribute known.
	if attr.p != nil {
		if set := attr.Type().DescrSet; set != nil {
			return set(th, attr, v, val)
		}
	}
	if val.p == nil || v.IsImmediate() || (v.header().dict == nil && t.Flags&FlagHasDict == 0) {
		return GenericSetAttr(th, v, name, val)
	}
	o := v.header()
	if o.dict == nil {
		o.dict = NewDict()
	}
	o.dict.setStrObj(name, val)
	return nil
}

// lookupCache caches Type.Lookup(name) for a class made by a class
// statement: the slot wrappers look up their dunder (__init__, __eq__,
// __iter__, ...) by name on every call. Only heap types have one: they
// belong to one interpreter, while builtin types are shared by all the
// interpreters of the process, which may run at once. An entry is valid
// while no dict of the MRO has changed its key set, as attrEntry.
type lookupCache struct {
	ents [lookupCacheSize]lookupEntry
	next uint8
}

const lookupCacheSize = 8

type lookupEntry struct {
	name string
	vers [attrCacheDepth]uint64
	d    *Dict // nil: not found
	idx  int32
}

func (t *Type) cachedLookup(name string) Value {
	c := t.lookups
	if c == nil {
		if len(t.MRO) == 0 || len(t.MRO) > attrCacheDepth {
			return t.lookupUncached(name)
		}
		c = &lookupCache{}
		t.lookups = c
	}
	for i := range c.ents {
		e := &c.ents[i]
		if e.name != name || e.name == "" {
			continue
		}
		valid := true
		for j, m := range t.MRO {
			if m.dict.version != e.vers[j] {
				valid = false
				break
			}
		}
		if !valid {
			break
		}
		if e.d == nil {
			return Value{}
		}
		return e.d.entries[e.idx].value
	}
	var found Value
	var fd *Dict
	fi := -1
	for _, m := range t.MRO {
		if m.dict == nil {
			return t.lookupUncached(name)
		}
		if i := m.dict.strIndex(name); i >= 0 {
			found, fd, fi = m.dict.entries[i].value, m.dict, i
			break
		}
	}
	e := &c.ents[c.next%lookupCacheSize]
	c.next++
	// An older entry for the same name may remain; the scan above finds
	// the first, so drop stale duplicates.
	for i := range c.ents {
		if c.ents[i].name == name {
			c.ents[i].name = ""
		}
	}
	e.name = name
	for j, m := range t.MRO {
		e.vers[j] = m.dict.version
	}
	e.d, e.idx = fd, int32(fi)
	return found
}

// lookupUncached is Lookup without the cache.
func (t *Type) lookupUncached(name string) Value {
	for _, m := range t.MRO {
		if v, ok := m.dict.GetStr(name); ok {
			return v
		}
	}
	return Value{}
}

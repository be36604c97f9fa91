package runtime

// This file holds the interpreter's attribute caches: GETATTR, GETMETHOD
// and SETATTR remember, per name of a code object, where the class
// attribute of that name was found on the types last seen there (or that
// no class in the MRO has it), so that obj.attr does not walk the MRO
// hashing the name into every class dict on each execution.
//
// An entry is valid while typeEpoch has not moved: the dicts of the types
// whose lookups are cached are marked (dictTypeFlag), and adding or
// removing a key in a marked dict advances the epoch, so a class attribute
// added, deleted or shadowed anywhere invalidates every entry. Rebinding
// an existing class attribute does not change the key set; an entry keeps
// the dict and entry position and reads the value from there each time,
// after checking that the entry still holds the same key (dict.pop on a
// class __dict__ clears an entry without advancing the epoch).

import (
	"reflect"
	"unsafe"
)

const attrCacheWays = 4 // types remembered per name: sites are often polymorphic

// attrCache is the cache of one name: the lookups for the last few types.
type attrCache struct {
	ways [attrCacheWays]attrEntry
	next uint8 // the way the next miss replaces
	// meth is GETMETHOD's entry for a method of a builtin type
	// (methodcache.go), checked before the ways.
	meth builtinMethodEntry
}

type attrEntry struct {
	t     *Type
	epoch uint64
	d     *Dict          // the class dict holding the attribute, nil if none has it
	key   unsafe.Pointer // the key object of that entry
	idx   int32          // its position in d.entries
	// genericGet and genericSet report whether t uses GenericGetAttr and
	// GenericSetAttr as they are. The slots change only with the class
	// dicts' key sets, so they are cached with the lookup.
	genericGet, genericSet bool
	// slot is where the name was last found in an instance dict of t:
	// instances of a class usually set their attributes in the same order.
	slot int32
}

var genericSetAttrPC = reflect.ValueOf(GenericSetAttr).Pointer()

// cachedClassAttr returns the attribute a valid entry found: ok is false
// if the entry no longer holds its key.
func cachedClassAttr(d *Dict, idx int32, key unsafe.Pointer) (Value, bool) {
	if d == nil {
		return Value{}, true
	}
	if uint(idx) < uint(len(d.entries)) {
		if en := &d.entries[idx]; en.k.p == key {
			return en.value, true
		}
	}
	return Value{}, false
}

// lookup is typeLookupHashed(t, name) through the cache. It also returns
// the cache entry for t, or nil if t cannot be cached.
func (c *attrCache) lookup(t *Type, name *Str) (Value, *attrEntry) {
	ep := typeEpoch.Load()
	for i := range c.ways {
		if e := &c.ways[i]; e.t == t {
			if e.epoch == ep {
				if v, ok := cachedClassAttr(e.d, e.idx, e.key); ok {
					return v, e
				}
			}
			return c.fill(e, t, name, ep)
		}
	}
	e := &c.ways[c.next%attrCacheWays]
	c.next++
	return c.fill(e, t, name, ep)
}

// instanceSlot returns the position of name in the instance dict d of an
// object of type t, if the cache holds a valid entry for t that found no
// class attribute of that name (so no descriptor can intervene) and the
// name is still where the entry last found it; else -1. set selects the
// check of SetAttr instead of GetAttr being the generic one. GETATTR and
// SETATTR try it before anything else.
func (c *attrCache) instanceSlot(t *Type, d *Dict, name *Str, set bool) int {
	if i := c.slotGuess(t, set); uint(i) < uint(len(d.entries)) && d.entries[i].k.p == unsafe.Pointer(name) {
		return int(i)
	}
	return -1
}

// slotGuess returns the instance attribute position the cache's entry
// for t last found, if that entry is valid and found no class attribute
// (so no descriptor can intervene) and t's GetAttr (SetAttr if set) is
// the generic one; else -1.
func (c *attrCache) slotGuess(t *Type, set bool) int32 {
	for k := range c.ways {
		if e := &c.ways[k]; e.t == t {
			generic := e.genericGet
			if set {
				generic = e.genericSet
			}
			if e.d == nil && generic && e.epoch == typeEpoch.Load() {
				return e.slot
			}
			return -1
		}
	}
	return -1
}

// classFunction returns the Python function the cache found as t's
// attribute, if it holds one for t that is still valid and t gets its
// attributes generically: GETMETHOD's case of a method call on an
// instance.
func (c *attrCache) classFunction(t *Type) (Value, bool) {
	for i := range c.ways {
		if e := &c.ways[i]; e.t == t {
			if e.d == nil || !e.genericGet || e.epoch != typeEpoch.Load() || uint(e.idx) >= uint(len(e.d.entries)) {
				return Value{}, false
			}
			en := &e.d.entries[e.idx]
			if en.k.p != e.key || en.value.p == nil || en.value.Type() != FunctionType {
				return Value{}, false
			}
			return en.value, true
		}
	}
	return Value{}, false
}

// memberSlot returns where the instance x keeps the attribute, if the
// cache holds a valid entry for x's type that found a __slots__ member
// descriptor of that type (or of a base) and the type gets (sets, if
// set) its attributes generically: what the descriptor's get and set
// read and write (MemberDescriptor.load and store), without calling
// them. GETATTR and SETATTR try it for a class with slots after the
// instance dict's and split instances' paths; the slot may be empty,
// which GETATTR leaves to the generic path's AttributeError.
func (c *attrCache) memberSlot(x Value, set bool) *Value {
	t := x.Type()
	if len(t.Slots) == 0 || t.Layout != LayoutObject || t.Flags&FlagHeapType == 0 {
		return nil
	}
	for i := range c.ways {
		if e := &c.ways[i]; e.t == t {
			generic := e.genericGet
			if set {
				generic = e.genericSet
			}
			if e.d == nil || !generic || e.epoch != typeEpoch.Load() || uint(e.idx) >= uint(len(e.d.entries)) {
				return nil
			}
			en := &e.d.entries[e.idx]
			if en.k.p != e.key || en.value.p == nil || en.value.Type() != MemberDescriptorType {
				return nil
			}
			md := as[MemberDescriptor](en.value)
			if md.Owner != t && !t.IsSubtype(md.Owner) {
				return nil
			}
			return &as[Instance](x).slotValues()[md.Index]
		}
	}
	return nil
}

// findInMRO looks name up on t's MRO, marking the dicts it depends on. ok
// is false if the result cannot be cached (a class without a dict).
func findInMRO(t *Type, name string, h int64) (v Value, d *Dict, idx int, ok bool) {
	for _, m := range t.MRO {
		md := m.Dict()
		if md == nil {
			return Value{}, nil, -1, false
		}
		md.markTypeDict()
	}
	for _, m := range t.MRO {
		md := m.Dict()
		if i := md.strIndexHashed(name, h); i >= 0 {
			return md.entries[i].value, md, i, true
		}
	}
	return Value{}, nil, -1, true
}

// fill looks name up on t's MRO and caches the result in e if it can.
func (c *attrCache) fill(e *attrEntry, t *Type, name *Str, ep uint64) (Value, *attrEntry) {
	e.t = nil
	found, fd, fi, ok := findInMRO(t, name.text(), name.hashValue())
	if !ok {
		return typeLookupHashed(t, name), nil
	}
	e.epoch = ep
	e.d, e.idx, e.key = fd, int32(fi), nil
	if fd != nil {
		e.key = fd.entries[fi].k.p
	}
	e.genericGet = isGenericGetAttr(t)
	e.genericSet = t.SetAttr != nil && reflect.ValueOf(t.SetAttr).Pointer() == genericSetAttrPC
	e.t = t
	return found, e
}

// cachedGetAttr implements GETATTR: v.name with the cache c.
func cachedGetAttr(th *Thread, c *attrCache, v Value, name *Str) (Value, error) {
	t := v.Type()
	if t == ModuleType {
		if r, ok := c.moduleAttr(v, name); ok {
			return r, nil
		}
	}
	attr, e := c.lookup(t, name)
	if e == nil || !e.genericGet {
		if t.GetAttr == nil {
			return Value{}, attributeError(v, name.text())
		}
		if isGenericGetAttr(t) {
			return genericGetAttrWith(th, v, t, attr, name, nil)
		}
		return t.GetAttr(th, v, name)
	}
	return genericGetAttrWith(th, v, t, attr, name, &e.slot)
}

// instDictFind returns the position of name in the instance dict d, or
// -1. slot, if not nil, is a guess tried first by the key's identity (the
// names of code objects are interned) and updated.
func instDictFind(d *Dict, name *Str, slot *int32) int {
	if slot == nil {
		return d.strIndexHashed(name.text(), name.hashValue())
	}
	if i := *slot; uint(i) < uint(len(d.entries)) && d.entries[i].k.p == unsafe.Pointer(name) {
		return int(i)
	}
	i := d.strIndexHashed(name.text(), name.hashValue())
	if i >= 0 {
		*slot = int32(i)
	}
	return i
}

// genericGetAttrWith is genericGetAttrHashed with the class attribute
// already looked up; slot is an instance dict position guess or nil.
func genericGetAttrWith(th *Thread, v Value, t *Type, attr Value, name *Str, slot *int32) (Value, error) {
	var get func(th *Thread, descr, obj Value, owner *Type) (Value, error)
	if attr.p != nil {
		at := attr.Type()
		get = at.DescrGet
		if get != nil && at.DescrSet != nil {
			return get(th, attr, v, t)
		}
	}
	if r, ok := instAttrLookup(v, name, slot); ok {
		return r, nil
	}
	if get != nil {
		return get(th, attr, v, t)
	}
	if attr.p != nil {
		return attr, nil
	}
	return missingAttr(v, t, name)
}

// cachedGetMethod is getMethod with the cache c. GETMETHOD tries
// c.getMethodFast first; this fills the entry it reads.
func cachedGetMethod(th *Thread, c *attrCache, obj Value, name *Str) (Value, bool, error) {
	t := obj.Type()
	if t == ModuleType {
		if r, ok := c.moduleAttr(obj, name); ok {
			return r, false, nil
		}
	}
	attr, e := c.lookup(t, name)
	var generic bool
	if e != nil {
		generic = e.genericGet
	} else {
		generic = isGenericGetAttr(t)
	}
	if !generic {
		if t.GetAttr == nil {
			return Value{}, false, attributeError(obj, name.text())
		}
		v, err := t.GetAttr(th, obj, name)
		return v, false, err
	}
	if attr.p != nil {
		if at := attr.Type(); at == FunctionType || at == MethodDescriptorType {
			if obj.IsImmediate() || obj.header().dict == nil && t.split == nil {
				if e != nil {
					c.rememberBuiltinMethod(t, attr, e.epoch)
				}
				return attr, true, nil
			} else if !instShadows(obj, name) {
				return attr, true, nil
			}
		}
	}
	var slot *int32
	if e != nil {
		slot = &e.slot
	}
	v, err := genericGetAttrWith(th, obj, t, attr, name, slot)
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
	if splitSetAttr(o, name, val, &e.slot) {
		return nil
	}
	if o.dict == nil {
		o.dict = NewDict()
	} else if i := e.slot; uint(i) < uint(len(o.dict.entries)) && o.dict.entries[i].k.p == unsafe.Pointer(name) {
		o.dict.entries[i].value = val
		o.dict.writes++
		return nil
	}
	storeInstanceAttr(t, o.dict, name, val)
	return nil
}

// lookupCache caches Type.Lookup(name) for a class made by a class
// statement: the slot wrappers look up their dunder (__init__, __eq__,
// __iter__, ...) by name on every call. Only heap types have one: they
// belong to one interpreter, while builtin types are shared by all the
// interpreters of the process, which may run at once. Entries are valid
// as attrEntry's are.
type lookupCache struct {
	ents [lookupCacheSize]lookupEntry
	next uint8
	// last is the entry of the last hit, tried first: a sort asks for
	// __lt__ a million times in a row.
	last uint8
}

const lookupCacheSize = 8

type lookupEntry struct {
	name  string
	epoch uint64
	d     *Dict // nil: not found
	key   unsafe.Pointer
	idx   int32
	owner *Type // the class in the MRO whose dict is d
}

func (t *Type) cachedLookup(name string) Value {
	v, _ := t.cachedLookupOwner(name)
	return v
}

// cachedLookupOwner is lookupOwner(t, name) through t's lookup cache: the
// slot wrappers ask on every call whether a Python class defines the
// dunder they stand for, and which.
func (t *Type) cachedLookupOwner(name string) (Value, *Type) {
	c := t.lookups
	if c == nil {
		if len(t.MRO) == 0 {
			return lookupOwner(t, name)
		}
		c = &lookupCache{}
		t.lookups = c
	}
	ep := typeEpoch.Load()
	if e := &c.ents[c.last%lookupCacheSize]; e.name == name && e.epoch == ep && name != "" {
		if v, ok := cachedClassAttr(e.d, e.idx, e.key); ok {
			return v, e.owner
		}
	}
	for i := range c.ents {
		e := &c.ents[i]
		if e.name != name || e.name == "" {
			continue
		}
		if e.epoch == ep {
			if v, ok := cachedClassAttr(e.d, e.idx, e.key); ok {
				c.last = uint8(i)
				return v, e.owner
			}
		}
		e.name = ""
		break
	}
	found, fd, fi, ok := findInMRO(t, name, strHash(name))
	if !ok {
		return lookupOwner(t, name)
	}
	e := &c.ents[c.next%lookupCacheSize]
	c.next++
	e.name, e.epoch = name, ep
	e.d, e.idx, e.key, e.owner = fd, int32(fi), nil, nil
	if fd != nil {
		e.key = fd.entries[fi].k.p
		for _, m := range t.MRO {
			if m.Dict() == fd {
				e.owner = m
				break
			}
		}
	}
	return found, e.owner
}

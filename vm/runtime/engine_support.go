package runtime

// This file holds small helpers the engine needs that the core does not
// (yet) provide. Each is private to the engine or an additive hook.

import (
	"strconv"
)

func hexAddr(v Value) string { return "0x" + strconv.FormatUint(uint64(addressOf(v)), 16) }

func itoa(i int) string { return strconv.Itoa(i) }

// builtinCall calls the builtin named name (looked up in the frame's
// builtins), for operations whose types other areas implement (set,
// slice). It reports a SystemError if the builtin is missing.
func builtinCall(th *Thread, builtins *Dict, name string, args ...Value) (Value, error) {
	fn, ok := builtins.GetStr(name)
	if !ok {
		return Value{}, Errorf(SystemError, "builtin %s is not available", name)
	}
	return Call(th, fn, args, nil)
}

// strIndex returns the position in d.entries of the str key, or -1. Like
// GetStr, it never runs Python code.
func (d *Dict) strIndex(key string) int { return d.strIndexHashed(key, strHash(key)) }

// getStrHashed is GetStr for a str object, using its cached hash: the
// interpreter's attribute lookups use it so that names are not rehashed.
func (d *Dict) getStrHashed(key *Str) (Value, bool) {
	if i := d.strIndexHashed(key.text(), key.hashValue()); i >= 0 {
		return d.entries[i].value, true
	}
	return Value{}, false
}

// strIndexHashed is strIndex with the key's hash precomputed.
func (d *Dict) strIndexHashed(key string, h int64) int {
	if d == nil {
		return -1
	}
	if d.index == nil {
		return d.scanStr(key, h)
	}
	slots := d.index.slots
	pr := newDictProbe(h, len(slots))
	j := pr.slot
	for {
		ix := slots[j]
		if ix == indexEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hasHeapKey(h) && e.k.Type() == StrType && as[Str](e.k).text() == key {
				return int(ix)
			}
		}
		j = pr.next()
	}
}

// globalCache remembers where LOADGLOBAL found a name: the entry index in
// the globals or builtins dict, valid while neither dict's key set changes
// (Dict.version) and the frame runs with the same dicts.
type globalCache struct {
	globals, builtins *Dict
	gver, bver        uint32
	idx               int32
	inBuiltins        bool
}

// loadGlobalCached implements LOADGLOBAL with the per-code cache.
func loadGlobalCached(th *Thread, f *Frame, cache *globalCache, name string) (Value, error) {
	g, b := f.Globals, f.Builtins
	if cache.globals == g && cache.gver == g.version {
		if !cache.inBuiltins {
			return g.entries[cache.idx].value, nil
		}
		if cache.builtins == b && cache.bver == b.version {
			return b.entries[cache.idx].value, nil
		}
	}
	if i := g.strIndex(name); i >= 0 {
		*cache = globalCache{globals: g, gver: g.version, idx: int32(i)}
		return g.entries[i].value, nil
	}
	if i := b.strIndex(name); i >= 0 {
		*cache = globalCache{globals: g, builtins: b, gver: g.version, bver: b.version, idx: int32(i), inBuiltins: true}
		return b.entries[i].value, nil
	}
	return Value{}, nameError(th, name)
}

// buildSet implements SET.
func buildSet(th *Thread, f *Frame, items []Value) (Value, error) {
	s := NewSet()
	for _, x := range items {
		if err := s.Add(th, x); err != nil {
			return Value{}, err
		}
	}
	return ValueOf(s), nil
}

// typeLookupHashed is Type.Lookup with a str object's cached hash.
func typeLookupHashed(t *Type, name *Str) Value {
	for _, m := range t.MRO {
		if v, ok := m.Dict().getStrHashed(name); ok {
			return v
		}
	}
	return Value{}
}

// typeLookupName is t.Lookup(name.text()) for a name held as a str:
// builtin types are searched with the str's cached hash, not the text
// hashed again in every dict of the MRO (object.__setattr__(self, ...)
// in a frozen dataclass's __init__ looks __setattr__ up on type and on
// object for each field).
func typeLookupName(t *Type, name *Str) Value {
	if t.Flags&FlagHeapType != 0 {
		return t.cachedLookup(name.text())
	}
	return typeLookupHashed(t, name)
}

// genericGetAttrHashed is GenericGetAttr (object.__getattribute__) with
// hashed lookups, for the interpreter's GETATTR on types that use the
// generic lookup. Keep it in step with GenericGetAttr.
func genericGetAttrHashed(th *Thread, v Value, name *Str) (Value, error) {
	t := v.Type()
	attr := typeLookupHashed(t, name)
	var get func(th *Thread, descr, obj Value, owner *Type) (Value, error)
	if attr.p != nil {
		at := attr.Type()
		get = at.DescrGet
		if get != nil && at.DescrSet != nil {
			return get(th, attr, v, t)
		}
	}
	if r, ok := instAttrLookup(v, name, nil); ok {
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

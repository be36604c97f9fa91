package runtime

// This file defines the dict operations compiled code calls directly
// (jit/helper.go): `d[k]`, `d.get(k, dflt)`, `k in d` and `d[k] = v` on an
// exact dict with a small int key and a small int value, the shape of
// graph code's `dist`/`seen` maps. Each either does the whole operation
// as the interpreter's int-key fast path does (intLookup) or reports,
// having changed nothing, that only the general path can decide (a key
// of the same hash that is not an int, a missing key for d[k], a value of
// another kind): the compiled code then leaves through the instruction's
// snapshot and the interpreter runs it. None of them runs Python code.

import "unsafe"

// JITDictIntGet returns d[n] for the dict at p when n is present with a
// small int value; ok is false otherwise (absent, another kind, or a key
// only the protocol can compare).
func JITDictIntGet(p unsafe.Pointer, n int64) (v int64, ok bool) {
	d := (*Dict)(p)
	_, pos, ok := d.intLookup(n)
	if !ok || pos < 0 {
		return 0, false
	}
	val := d.entries[pos].value
	if val.p != pInt {
		return 0, false
	}
	return int64(val.n), true
}

// JITDictIntGetDefault is d.get(n, dflt) for a small int default: the
// value when n is present with a small int value, dflt when n is absent.
func JITDictIntGetDefault(p unsafe.Pointer, n, dflt int64) (v int64, ok bool) {
	d := (*Dict)(p)
	_, pos, ok := d.intLookup(n)
	if !ok {
		return 0, false
	}
	if pos < 0 {
		return dflt, true
	}
	val := d.entries[pos].value
	if val.p != pInt {
		return 0, false
	}
	return int64(val.n), true
}

// JITDictIntContains is `n in d`.
func JITDictIntContains(p unsafe.Pointer, n int64) (in, ok bool) {
	_, pos, ok := (*Dict)(p).intLookup(n)
	return pos >= 0, ok
}

// JITDictIntSet is d[n] = v for small ints n and v (a resize included).
func JITDictIntSet(p unsafe.Pointer, n, v int64) bool {
	return (*Dict)(p).intSetItem(n, Int(v))
}

// JITDictIntGetRef returns the object d[n] is for the dict at p (a dict
// or a subclass whose x[k] is dict's: defaultdict, Counter; checked at
// every call, as a class may be given __getitem__ later) when n is present
// with a value that is not an immediate; ok is false otherwise (a miss
// runs __missing__ in the interpreter).
func JITDictIntGetRef(p unsafe.Pointer, n int64) (obj unsafe.Pointer, ok bool) {
	d := (*Dict)(p)
	if !JITDictGetItemClass(d.Type()) {
		return nil, false
	}
	_, pos, ok := d.intLookup(n)
	if !ok || pos < 0 {
		return nil, false
	}
	val := d.entries[pos].value
	if val.IsImmediate() {
		return nil, false
	}
	return val.p, true
}

// JITDictGetItemClass reports whether t's x[k] is dict's own.
func JITDictGetItemClass(t *Type) bool { return dictOwnGetItem(t) }

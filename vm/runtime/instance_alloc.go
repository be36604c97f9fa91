package runtime

// This file defines how object.__new__ allocates an instance with an
// attribute dict: the object, the dict and the dict's entry table in one
// Go allocation, sized by the most attributes an instance of the class
// has held so far (Type.instAttrs). A record made by __init__ was three
// allocations (16 + 64 + 32n bytes); with one, the collector runs a third
// as often on programs that make many small objects (float_objects'
// Points, dataclass records) and each allocation's fixed cost is paid
// once. The JIT's pool makes the same layout (jitalloc.go). A dict that
// outgrows its table, or is replaced, leaves the rest of the block to the
// object: the block's first word is the object's, so weak references and
// finalizers see the object's address as the allocation's.
//
// Go never finalizes an object that reaches itself, and a dict in the
// object's own block is such a reference: instances of classes with
// __del__ get their dict apart, and an instance that gets a __del__ later
// (its __class__ assigned) has its dict moved out of the block first
// (detachBlockDict). A reference to the old dict object taken before that
// (obj.__dict__) then no longer sees the instance's attributes: the price
// of a rare case, against a third of the collections of every program.

import "unsafe"

// instanceBlock is an instance, its attribute dict and the dict's entry
// table (an array of E entries) in one allocation.
type instanceBlock[E any] struct {
	obj     Object
	dict    Dict
	entries E
}

// newInstanceBlock allocates an instance of t whose empty dict has room
// for the entries of E. The table has exactly the room learnt: one
// entry more can cost a larger size class (5 entries: 240 bytes, 6: 288).
func newInstanceBlock[E any](t *Type) *Object {
	b := new(instanceBlock[E])
	profileNew(DictType, profDictSize)
	b.obj.typ = t
	b.dict.typ = DictType
	n := unsafe.Sizeof(b.entries) / unsafe.Sizeof(dictEntry{})
	b.dict.entries = unsafe.Slice((*dictEntry)(unsafe.Pointer(&b.entries)), n)[:0]
	b.obj.dict = &b.dict
	return &b.obj
}

// newInstanceWithDict allocates an instance of t (a class whose instances
// have a dict and no slots) with an empty attribute dict.
func newInstanceWithDict(t *Type) *Object {
	if splitWanted(t) {
		return newSplitInstance(t, 0)
	}
	switch n := t.instAttrs; {
	case n <= 0 || n > dictLinearMax:
		// Nothing learnt yet, or a dict that will need an index.
		return &Object{typ: t, dict: NewDict()}
	case n == 1:
		return newInstanceBlock[[1]dictEntry](t)
	case n == 2:
		return newInstanceBlock[[2]dictEntry](t)
	case n == 3:
		return newInstanceBlock[[3]dictEntry](t)
	case n == 4:
		return newInstanceBlock[[4]dictEntry](t)
	case n == 5:
		return newInstanceBlock[[5]dictEntry](t)
	case n == 6:
		return newInstanceBlock[[6]dictEntry](t)
	case n == 7:
		return newInstanceBlock[[7]dictEntry](t)
	default:
		return newInstanceBlock[[dictLinearMax]dictEntry](t)
	}
}

// detachBlockDict moves o's attribute dict, and its entry table, out of
// o's allocation if they are in it (an instanceBlock, or the JIT's
// jitInstance of the same layout), before o is watched for __del__.
func detachBlockDict(o *Object) {
	d := o.dict
	if d == nil {
		return
	}
	start := uintptr(unsafe.Pointer(o))
	if uintptr(unsafe.Pointer(d)) != start+unsafe.Sizeof(Object{}) {
		return
	}
	// Nothing is shared with the old dict, which a stale reference may
	// still change.
	nd := new(Dict)
	*nd = *d
	nd.entries = append(make([]dictEntry, 0, cap(d.entries)), d.entries...)
	if d.index != nil {
		nd.index = &dictIndex{slots: append([]int32(nil), d.index.slots...), head: d.index.head}
	}
	o.dict = nd
}

// storeInstanceAttr sets name in d, the attribute dict of an instance of
// t, and keeps t.instAttrs, the size the next instances' dicts are made
// with: SETATTR's path and object.__setattr__'s (a frozen dataclass's
// __init__) both learn it.
func storeInstanceAttr(t *Type, d *Dict, name *Str, val Value) {
	if t.Flags&FlagHeapType == 0 { // builtin types are shared: no hint
		d.setStrObj(name, val)
		return
	}
	if len(d.entries) == 0 && cap(d.entries) < int(t.instAttrs) {
		d.presize(int(t.instAttrs)) // not an entry table made with the instance
	}
	d.setStrObj(name, val)
	if n := int32(d.used); n > t.instAttrs {
		t.instAttrs = n
	}
}

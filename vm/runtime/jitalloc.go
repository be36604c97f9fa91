package runtime

// This file holds what the JIT's allocation in compiled code needs from
// the object model (jit/record_alloc.go): which classes compiled code may
// instantiate itself, making instances ahead of time exactly as
// object.__new__ does for its pool, and the layout of a list's items slice
// that a compiled LISTAPPEND writes. The JIT owns this file; the
// interpreter never calls it.

import (
	"reflect"
	"unsafe"
)

var objectNewPC = reflect.ValueOf(objectNew).Pointer()

// JITPlainClass returns the Python function __init__ of t when calling t
// does nothing but object.__new__ followed by that __init__: t's
// metaclass is type, its instances are plain objects with an attribute
// dict (no __slots__, no builtin base, not abstract), it has no __del__
// (an instance made ahead of time would have to be watched before it
// exists for Python) and its __init__ is a Python function defined on t
// or a base. ok is false otherwise.
func JITPlainClass(t *Type) (init *Function, ok bool) {
	if t.typ != TypeType || t.New == nil || t.Init == nil || t.Finalize != nil || len(t.Slots) > 0 ||
		t.Flags&FlagHasDict == 0 || t.Flags&FlagAbstract != 0 ||
		reflect.ValueOf(t.New).Pointer() != objectNewPC || reflect.ValueOf(t.Init).Pointer() != slotInitPC ||
		overrides(t, "__new__") {
		return nil, false
	}
	attr := t.Lookup("__init__")
	fn, ok := JITFunction(attr)
	return fn, ok
}

// JITNewInstances fills objs with new instances of t made as
// object.__new__ makes them (JITPlainClass(t) holds), for the pool that
// compiled code takes them from. Each has an empty attribute dict whose
// entry table has room for len(keys) entries and, past its length,
// already holds keys (str attribute names, with their hashes), so that
// compiled code adds the attribute at position i by writing the value
// and advancing the dict's counters (the entries past the length are
// never read: the dict appends over them). The profiler counts each
// instance when it is made.
func (th *Thread) JITNewInstances(t *Type, keys []Value, objs []unsafe.Pointer) {
	for i := range objs {
		o := &Object{typ: t}
		d := NewDict()
		if len(keys) > 0 {
			es := make([]dictEntry, len(keys), max(len(keys), smallDictEntries))
			for k, key := range keys {
				es[k] = newDictEntry(key, as[Str](key).hashValue(), Value{})
			}
			d.entries = es[:0]
		}
		o.dict = d
		th.profileNewInstance(t)
		objs[i] = unsafe.Pointer(o)
	}
}

// JITNewInstance is one instance of JITNewInstances with no keys: the
// object a recording of a class call works on.
func (th *Thread) JITNewInstance(t *Type) Value {
	var objs [1]unsafe.Pointer
	th.JITNewInstances(t, nil, objs[:])
	return Value{p: objs[0]}
}

// JITInitResult is what type.__call__ does with the value __init__
// returned: an error unless it is None.
func JITInitResult(v Value) error {
	if !v.IsNone() {
		return Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(v))
	}
	return nil
}

// JITListCap returns the capacity of a list's items (the slice's cap
// word follows its length at JITListItemsOffset+16).
func JITListCap(v Value) int { return cap(as[List](v).items) }

// JITListAppendRoom appends x to the list v if its items have room (as a
// compiled LISTAPPEND does), reporting false (and changing nothing) if
// the list must grow first.
func JITListAppendRoom(v, x Value) bool {
	l := as[List](v)
	if len(l.items) == cap(l.items) {
		return false
	}
	l.items = append(l.items, x)
	return true
}

// JITDictFreshCounts returns, for an instance dict compiled code fills,
// the words it writes after adding an entry: the length of the entry
// table, the key-set word (JITDictKeyVersion) and the write counter.
func JITDictFreshCounts(d *Dict) (entries int, keyWord, writes uint64) {
	return len(d.entries), JITDictKeyVersion(d), d.writes
}

// JITListAppend appends x to the list v as LISTAPPEND does (the recorder
// executes the instruction itself).
func JITListAppend(v, x Value) {
	l := as[List](v)
	if len(l.items) == cap(l.items) {
		l.grow()
	}
	l.items = append(l.items, x)
}

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
// never read: the dict appends over them). The object, its dict and
// the entry table are one Go allocation (jitInstance), the object first,
// so that the block is the object's (weak references and finalizers see
// the object's address as the block's): one allocation instead of three
// (a dict that grows or is replaced leaves the rest of the block to the
// object). The profiler counts each instance and its dict when they are
// made, recording a sample at once: the pool is filled with no safe point
// between its objects (profileNewObject).
func (th *Thread) JITNewInstances(t *Type, keys []Value, objs []unsafe.Pointer) {
	for i := range objs {
		var o *Object
		switch len(keys) {
		case 0:
			o = newJITInstance[[0]dictEntry](t, keys)
		case 1:
			o = newJITInstance[[1]dictEntry](t, keys)
		case 2:
			o = newJITInstance[[2]dictEntry](t, keys)
		case 3:
			o = newJITInstance[[3]dictEntry](t, keys)
		case 4:
			o = newJITInstance[[4]dictEntry](t, keys)
		case 5, 6:
			o = newJITInstance[[6]dictEntry](t, keys)
		default:
			o = newJITInstance[[dictLinearMax]dictEntry](t, keys)
		}
		th.profileNewObject(DictType, profDictSize)
		th.profileNewInstance(t)
		objs[i] = unsafe.Pointer(o)
	}
}

// jitInstance is an instance, its attribute dict and the dict's entry
// table (an array of E entries) in one allocation.
type jitInstance[E any] struct {
	obj     Object
	dict    Dict
	entries E
}

// newJITInstance makes a jitInstance of t holding keys past its dict's
// length (len(keys) entries of E at most).
func newJITInstance[E any](t *Type, keys []Value) *Object {
	b := new(jitInstance[E])
	b.obj.typ = t
	b.dict.typ = DictType
	if n := unsafe.Sizeof(b.entries) / unsafe.Sizeof(dictEntry{}); n > 0 {
		es := unsafe.Slice((*dictEntry)(unsafe.Pointer(&b.entries)), n)
		for k, key := range keys {
			es[k] = newDictEntry(key, as[Str](key).hashValue(), Value{})
		}
		b.dict.entries = es[:0]
	}
	b.obj.dict = &b.dict
	return &b.obj
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
func JITListAppend(v, x Value) { as[List](v).push(x) }

// JITSetAttrName sets v.name to val as SETATTR does, with name the str
// object the code's instruction names (Code.NameStrs[ni]): a new
// attribute's dict key is then that object, as the interpreter's would
// be, so guards on entry keys hold for objects made either way.
func (th *Thread) JITSetAttrName(v Value, code *Code, ni int, val Value) error {
	name := code.NameStrs[ni]
	t := v.Type()
	if t.SetAttr == nil {
		return readOnlyAttributeError(v, name.text())
	}
	return t.SetAttr(th, v, name, val)
}

// JITNameIndex returns the index in code.Names of name, or -1.
func JITNameIndex(code *Code, name string) int {
	for i, n := range code.Names {
		if n == name {
			return i
		}
	}
	return -1
}

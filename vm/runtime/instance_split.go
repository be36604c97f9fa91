package runtime

// This file defines the split-keys layout of instances, CPython's shared
// keys: the attribute names of a class's instances are kept once, in the
// class (splitKeys, append-only), and each instance holds only its values,
// in the names' order, in the same allocation as the object:
//
//	Object{typ, dict=nil} | values [room]Value
//
// 16 + 16 x room bytes, every one a Go size class up to 8 values: 64 for
// three attributes, where the object, a dict and its entry table in one
// block took 176 (instance_alloc.go). The block has no header of its own:
//
//   - the values set are the first ones: a value is set when its p word is
//     not nil (a valid Value's never is), and values are only added at the
//     end, so the count is where the first unset value is;
//   - the room is the class's (splitKeys.room): fixed, at the most
//     attributes an instance held, when an instance is made after one held
//     some; instances made before that have room for splitMaxKeys. The
//     class's names never outnumber the room, so every name's position is
//     inside every split instance's block (splitNamesFit).
//
// An instance stays split while it adds its attributes in the class's
// order (the names any instance of the class added first) and the class
// has room for them. Anything else makes the real dict from the names and
// values (splitMaterialise): an attribute added out of order or past the
// room, del, reading or assigning __dict__, vars(), dir(), __class__
// assignment, copy and pickle (through __dict__ and __reduce_ex__). After
// that the dict is the only truth, as CPython's materialised dict: the
// values are cleared and never read again.
//
// An object is split when its dict is nil and its class has splitKeys
// (splitOf): object.__new__ is the only maker of instances of such
// classes, and it gives every one either a dict or a split block; so does
// the JIT's pool (jitalloc.go), and __class__ assignment makes the dict
// before the class changes. Compiled code relies on the same rule: a
// guard on the exact class, one on the dict word being null, and one on
// the value's p word prove a value (jit/record_split.go).
//
// A class whose instances keep leaving the layout (most of them made
// their dict) gets dict instances again (splitKeys.off): the block would
// only be paid on top of the dict.

import "unsafe"

// splitMaxKeys bounds the names of a class's split instances.
const splitMaxKeys = 16

// splitKeys is the shared attribute names of a class's split instances,
// in the order instances add them. Names are only appended: the name at
// a position never changes, so compiled code guards a count, not a name.
type splitKeys struct {
	names []*Str
	// room is the values every instance made from now on has room for,
	// 0 until fixed (instances then get splitMaxKeys); names never
	// outnumber it.
	room int32
	// made and dicts count the split instances made and those that
	// made their dict, for the policy of splitWanted.
	made, dicts uint32
	off         bool // new instances get a dict: the layout did not pay
	// nameHashes has bit h&63 set for the cached hash h of every name:
	// a name whose bit is clear is none of them, which index tells
	// without the scan (GETMETHOD asks, for every call, whether the
	// instance shadows the method). Names are never removed.
	nameHashes uint64
}

// splitHead is a split instance: the object, then its values (the block's
// rest, room Values: splitNamesFit says which positions every block has).
type splitHead struct {
	Object
}

// splitValuesOffset is where a split instance's values start.
const splitValuesOffset = unsafe.Sizeof(splitHead{})

// splitBlock is a split instance and its values in one allocation.
type splitBlock[V any] struct {
	splitHead
	values V
}

func newSplitBlock[V any](t *Type) *Object {
	b := new(splitBlock[V])
	b.typ = t
	return &b.Object
}

// splitWanted reports whether new instances of t are made split: t is a
// class made by Python code with object's layout and no __del__, whose
// instances have held at most splitMaxKeys attributes, and the layout has
// not been turned off for it.
func splitWanted(t *Type) bool {
	return t.Flags&FlagHeapType != 0 && t.Layout == LayoutObject && len(t.Slots) == 0 &&
		t.Finalize == nil && t.instAttrs <= splitMaxKeys && (t.split == nil || !t.split.off)
}

// splitFirstRoom is the room of instances of a class none of whose
// instances has held an attribute yet: all a class may have, so that the
// first instance stays split whatever it holds (a class with a few
// instances, a polymorphic loop over one instance of each subclass, would
// otherwise mix the two layouts). The class's room is fixed, at the most
// attributes an instance held, when an instance is made after one held
// some (splitRoom): a class whose later instances hold more attributes
// than its first ones held gives those their dict.
const splitFirstRoom = splitMaxKeys

// splitRoom returns the room of the instances of t made from now on,
// fixing the class's room first if an instance has held attributes (or
// want, from compiled code that adds that many, is above 0): the most any
// held, or want if more, at least the class's names.
func splitRoom(t *Type, want int) int {
	sk := t.split
	if sk == nil {
		sk = &splitKeys{}
		t.split = sk
	}
	if sk.room == 0 {
		n := max(int(t.instAttrs), want, len(sk.names))
		if n == 0 {
			return splitFirstRoom
		}
		sk.room = int32(min(n, splitMaxKeys))
	}
	return int(sk.room)
}

// splitNamesFit reports whether a class t with split instances may add a
// name: its names stay within the room of every instance it has, those
// made before the room was fixed (splitMaxKeys) and after.
func splitNamesFit(sk *splitKeys) bool {
	room := int(sk.room)
	if room == 0 {
		room = splitMaxKeys
	}
	return len(sk.names) < room
}

// newSplitInstance makes a split instance of t, with room for want
// values if the class's room is not fixed yet (splitRoom).
func newSplitInstance(t *Type, want int) *Object {
	n := splitRoom(t, want)
	t.split.made++
	switch {
	case n <= 1:
		return newSplitBlock[[1]Value](t)
	case n == 2:
		return newSplitBlock[[2]Value](t)
	case n == 3:
		return newSplitBlock[[3]Value](t)
	case n == 4:
		return newSplitBlock[[4]Value](t)
	case n == 5:
		return newSplitBlock[[5]Value](t)
	case n == 6:
		return newSplitBlock[[6]Value](t)
	case n == 7:
		return newSplitBlock[[7]Value](t)
	case n == 8:
		return newSplitBlock[[8]Value](t)
	case n <= 10:
		return newSplitBlock[[10]Value](t)
	case n <= 12:
		return newSplitBlock[[12]Value](t)
	default:
		return newSplitBlock[[splitMaxKeys]Value](t)
	}
}

// splitInstanceSize returns the bytes of the instances object.__new__
// makes of t now if they are split (the allocation profile's size of an
// instance), ok false if they are not.
func splitInstanceSize(t *Type) (uintptr, bool) {
	if !splitWanted(t) {
		return 0, false
	}
	n := splitFirstRoom
	if t.split != nil && t.split.room > 0 {
		n = int(t.split.room)
	} else if t.instAttrs > 0 {
		n = min(int(t.instAttrs), splitMaxKeys)
	}
	return splitValuesOffset + uintptr(n)*unsafe.Sizeof(Value{}), true
}

// splitOf returns o's split header, or nil if o is not a split instance.
func splitOf(o *Object) *splitHead {
	if o.dict == nil && o.typ.split != nil {
		return (*splitHead)(unsafe.Pointer(o))
	}
	return nil
}

// slots returns h's values at the positions of its class's names, set or
// not (a block has room for all of them: splitNamesFit).
func (h *splitHead) slots() []Value {
	return unsafe.Slice((*Value)(unsafe.Add(unsafe.Pointer(h), splitValuesOffset)), len(h.typ.split.names))
}

// count returns how many values h has set: they are the first ones.
func (h *splitHead) count() int {
	for i, v := range h.slots() {
		if v.p == nil {
			return i
		}
	}
	return len(h.typ.split.names)
}

// values returns the values set.
func (h *splitHead) values() []Value { return h.slots()[:h.count()] }

// sameName reports whether the attribute names k and name are equal.
func sameName(k, name *Str) bool {
	return k == name || k.hashValue() == name.hashValue() && k.text() == name.text()
}

// index returns the position of name among h's values, or -1. guess, if
// not nil, is tried first and updated (the attribute caches' slot).
func (h *splitHead) index(name *Str, guess *int32) int {
	names, slots := h.typ.split.names, h.slots()
	if guess != nil {
		if i := *guess; uint(i) < uint(len(names)) && names[i] == name {
			if slots[i].p == nil {
				return -1
			}
			return int(i)
		}
	}
	// One pass: names are usually the code's interned strs, so identity
	// decides; an equal str made elsewhere has the same cached hash (a
	// key's is computed when it joins the names, in store). The method
	// shadow check misses on every call, so the loop stays this cheap.
	// The name's position may be one h has not set: then h has no value
	// of that name (values are set in the names' order).
	hn := uint64(name.hashValue())
	if h.typ.split.nameHashes&(1<<(hn&63)) == 0 {
		return -1
	}
	for i, k := range names {
		if k == name || k.meta>>strHashShift == hn && k.text() == name.text() {
			if slots[i].p == nil {
				return -1
			}
			if guess != nil {
				*guess = int32(i)
			}
			return i
		}
	}
	return -1
}

// get returns the value of name, ok false if h has none.
func (h *splitHead) get(name *Str, guess *int32) (Value, bool) {
	if i := h.index(name, guess); i >= 0 {
		return h.slots()[i], true
	}
	return Value{}, false
}

// store sets name to val (valid) in h, reporting false if that needs the
// real dict: a new name that is not the class's next one, or no room.
func (h *splitHead) store(name *Str, val Value, guess *int32) bool {
	if i := h.index(name, guess); i >= 0 {
		h.slots()[i] = val
		return true
	}
	t := h.typ
	sk := t.split
	n := h.count()
	if n < len(sk.names) {
		if !sameName(sk.names[n], name) {
			return false
		}
	} else {
		if !splitNamesFit(sk) {
			return false
		}
		key := name
		if key.typ != StrType {
			key = newStr(name.text())
		}
		sk.nameHashes |= 1 << (uint64(key.hashValue()) & 63)
		sk.names = append(sk.names, key)
	}
	h.slots()[n] = val
	if int32(n+1) > t.instAttrs {
		t.instAttrs = int32(n + 1)
	}
	return true
}

// splitMaterialise makes the real dict of the split instance h (o's
// header) from its names and values, after which o is an instance with a
// dict like any other.
func (o *Object) splitMaterialise(h *splitHead) *Dict {
	sk := o.typ.split
	vals := h.values()
	d := NewDict()
	d.presize(max(len(vals), int(o.typ.instAttrs)))
	for i, v := range vals {
		d.setStrObj(sk.names[i], v)
	}
	clear(vals)
	o.dict = d
	if sk.dicts++; sk.made >= 64 && sk.dicts > sk.made/2 {
		sk.off = true
	}
	return d
}

// instDict returns o's attribute dict, made first if o is split: the
// accessor of every reader of the dict but the attribute fast paths.
func (o *Object) instDict() *Dict {
	if h := splitOf(o); h != nil {
		return o.splitMaterialise(h)
	}
	if o.dict == nil && o.typ != nil && o.typ.Layout == LayoutType {
		// A builtin type whose dict is not built yet (type_dict.go).
		return (*Type)(unsafe.Pointer(o)).Dict()
	}
	return o.dict
}

// instAttrLookup returns v.name from v's instance attributes (its dict or
// its split values), ok false if it has none of that name. guess is an
// attribute cache's slot, or nil.
func instAttrLookup(v Value, name *Str, guess *int32) (Value, bool) {
	if v.IsImmediate() {
		return Value{}, false
	}
	o := v.header()
	if d := o.dict; d != nil {
		if i := instDictFind(d, name, guess); i >= 0 {
			return d.entries[i].value, true
		}
		return Value{}, false
	}
	if o.typ.split != nil {
		return (*splitHead)(unsafe.Pointer(o)).get(name, guess)
	}
	if o.typ.Layout == LayoutType {
		// A builtin type, whose dict is not in its header (type_dict.go):
		// type.__getattribute__(int, 'real') reads it as its instance dict.
		if d := (*Type)(unsafe.Pointer(o)).Dict(); d != nil {
			if i := instDictFind(d, name, nil); i >= 0 {
				return d.entries[i].value, true
			}
		}
	}
	return Value{}, false
}

// instShadows reports whether v's instance attributes have name (a
// method of the class is then shadowed).
func instShadows(v Value, name *Str) bool {
	if v.IsImmediate() {
		return false
	}
	o := v.header()
	if d := o.dict; d != nil {
		return d.strIndexHashed(name.text(), name.hashValue()) >= 0
	}
	if sk := o.typ.split; sk != nil {
		// index's first test, here: most calls end at it. (A name's
		// hash is cached in its meta word once computed.)
		h := name.meta >> strHashShift
		if h == 0 {
			h = uint64(name.hashValue())
		}
		if sk.nameHashes&(1<<(h&63)) == 0 {
			return false
		}
		return (*splitHead)(unsafe.Pointer(o)).index(name, nil) >= 0
	}
	return false
}

// splitSlot is instanceSlot for a split instance x (its dict nil): the
// value's slot if c's entry for x's class is valid, found no class
// attribute and last found name at a position x has set; nil else. (The
// immediates' classes are not split.)
func (c *attrCache) splitSlot(x Value, name *Str, set bool) *Value {
	t := x.Type()
	sk := t.split
	if sk == nil {
		return nil
	}
	if i := c.slotGuess(t, set); uint(i) < uint(len(sk.names)) && sk.names[i] == name {
		// i is below the names' count, which every block has room for.
		v := (*Value)(unsafe.Add(x.p, splitValuesOffset+uintptr(i)*unsafe.Sizeof(Value{})))
		if v.p != nil {
			return v
		}
	}
	return nil
}

// splitSetAttr stores val (valid) as o's attribute name if o is split
// and stays so, reporting whether it did; if o is split and cannot stay
// so, its dict is made (and false returned).
func splitSetAttr(o *Object, name *Str, val Value, guess *int32) bool {
	h := splitOf(o)
	if h == nil {
		return false
	}
	if val.p != nil && h.store(name, val, guess) {
		return true
	}
	o.splitMaterialise(h)
	return false
}

// splitDrop makes o's dict if o is split, before its dict is replaced or
// its class changes.
func splitDrop(o *Object) {
	if h := splitOf(o); h != nil {
		o.splitMaterialise(h)
	}
}

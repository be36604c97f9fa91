package runtime

import (
	"strconv"
	"strings"
)

// This file defines the dict type's slots and methods on top of the Dict
// hash table of dict.go: construction and update from mappings, pairs and
// keywords, __missing__ for subclasses, equality, the | and |= operators,
// repr, and the methods (get, setdefault, pop, popitem, keys, ...).

func init() {
	t := DictType
	t.Flags |= FlagUnhashable
	t.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		profileNew(t, profDictSize)
		return ValueOf(&Dict{Object: containerInstanceHeader(t)}), nil
	}
	t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		return dictUpdate(th, as[Dict](self), "dict", args, kwnames)
	}
	t.Repr = dictRepr
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if (op != CmpEQ && op != CmpNE) || b.IsImmediate() || b.Type().Layout != LayoutDict {
			return NotImplemented, nil
		}
		eq, err := dictEqual(th, as[Dict](a), as[Dict](b))
		return Bool(eq == (op == CmpEQ)), err
	}
	t.Len = func(th *Thread, v Value) (int, error) { return as[Dict](v).Len(), nil }
	t.GetItem = dictGetItem
	t.SetItem = func(th *Thread, v, key, val Value) error {
		d := as[Dict](v)
		if val.p != nil {
			return d.Set(th, key, val)
		}
		ok, err := d.Delete(th, key)
		if err == nil && !ok {
			err = NewException(KeyError, key)
		}
		return err
	}
	t.Contains = func(th *Thread, v, key Value) (bool, error) {
		_, ok, err := as[Dict](v).Get(th, key)
		return ok, err
	}
	t.Iter = func(th *Thread, v Value) (Value, error) { return newDictIterator(as[Dict](v), dictKeys, false), nil }
	t.BinOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		if op != OpOr || a.IsImmediate() || b.IsImmediate() || a.Type().Layout != LayoutDict || b.Type().Layout != LayoutDict {
			return NotImplemented, nil
		}
		d := as[Dict](a).Copy()
		return ValueOf(d), dictUpdateFrom(th, d, b)
	}
	t.InplaceOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		if op != OpOr {
			return NotImplemented, nil
		}
		return a, dictUpdateFrom(th, as[Dict](a), b)
	}
	addSlotMethods(t, []BinaryOp{OpOr}, true, []BinaryOp{OpOr})

	t.AddMethod("keys", dictViewMethod("keys", dictKeys))
	t.AddMethod("values", dictViewMethod("values", dictValues))
	t.AddMethod("items", dictViewMethod("items", dictItems))
	t.AddMethod("get", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("get", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := as[Dict](self).Get(th, args[0])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	t.AddMethod("setdefault", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("setdefault", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		d := as[Dict](self)
		v, ok, err := d.Get(th, args[0])
		if err != nil || ok {
			return v, err
		}
		dflt := None
		if len(args) == 2 {
			dflt = args[1]
		}
		return dflt, d.Set(th, args[0], dflt)
	})
	t.AddMethod("pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("pop", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := as[Dict](self).pop(th, args[0])
		switch {
		case err != nil || ok:
			return v, err
		case len(args) == 2:
			return args[1], nil
		}
		return Value{}, NewException(KeyError, args[0])
	})
	t.AddMethod("popitem", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("popitem", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		d := as[Dict](self)
		for pos := len(d.entries) - 1; pos >= 0; pos-- {
			if e := d.entries[pos]; e.k.p != nil {
				d.removeAt(d.slotOf(e.hash(), pos), pos)
				return NewTuple2(e.key(), e.value), nil
			}
		}
		return Value{}, Errorf(KeyError, "popitem(): dictionary is empty")
	})
	t.AddMethod("update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, dictUpdate(th, as[Dict](self), "update", args, kwnames)
	})
	t.AddMethod("clear", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("dict.clear", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		as[Dict](self).Clear()
		return None, nil
	})
	t.AddMethod("copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("dict.copy", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return ValueOf(as[Dict](self).Copy()), nil
	})
	t.AddClassMethod("fromkeys", dictFromKeys)
	t.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("dict.__reversed__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return newDictIterator(as[Dict](self), dictKeys, true), nil
	})
}

// NewDictValue returns a new empty dict as a Value.
func NewDictValue() Value { return ValueOf(NewDict()) }

// dictGetItem is d[key]. A missing key calls __missing__(key) if d is an
// instance of a dict subclass that defines it, else raises KeyError(key).
func dictGetItem(th *Thread, v, key Value) (Value, error) {
	val, ok, err := as[Dict](v).Get(th, key)
	if err != nil || ok {
		return val, err
	}
	if t := v.Type(); t != DictType {
		if m := t.Lookup("__missing__"); m.p != nil {
			return containerCallSpecial(th, m, v, key)
		}
	}
	return Value{}, NewException(KeyError, key)
}

func dictRepr(th *Thread, v Value) (Value, error) {
	d := as[Dict](v)
	if d.used == 0 {
		return NewStr("{}"), nil
	}
	if !reprEnter(th, v) {
		return NewStr("{...}"), nil
	}
	defer reprLeave(th, v)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	// Index each time round: a __repr__ may change the dict.
	for i := 0; i < d.EntryCap(); i++ {
		key, value, live := d.Entry(i)
		if !live {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		for k, x := range [2]Value{key, value} {
			s, err := Repr(th, x)
			if err != nil {
				return Value{}, err
			}
			b.WriteString(s)
			if k == 0 {
				b.WriteString(": ")
			}
		}
	}
	b.WriteByte('}')
	return NewStr(b.String()), nil
}

// dictEqual compares two dicts: same keys, and equal values for each.
func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < a.EntryCap(); i++ {
		key, av, live := a.Entry(i)
		if !live {
			continue
		}
		bv, ok, err := b.Get(th, key)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(th, av, bv); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictUpdate is dict.update(other=(), /, **kwargs) and dict.__init__.
func dictUpdate(th *Thread, d *Dict, fname string, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Errorf(TypeError, "%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := dictUpdateFrom(th, d, args[0]); err != nil {
			return err
		}
	}
	for k, name := range kwnames {
		d.SetStr(name, args[npos+k])
	}
	return nil
}

// dictUpdateFrom merges other into d: a dict's entries, a mapping's keys()
// and items, or an iterable of key/value pairs.
func dictUpdateFrom(th *Thread, d *Dict, other Value) error {
	if !other.IsImmediate() && other.Type().Layout == LayoutDict &&
		Is(other.Type().Lookup("__iter__"), DictType.Lookup("__iter__")) {
		src := as[Dict](other)
		if src == d {
			return nil
		}
		for i := 0; i < src.EntryCap(); i++ {
			e := src.entries[i]
			if e.k.p != nil {
				if err := d.setHashed(th, e.key(), e.hash(), e.value); err != nil {
					return err
				}
			}
		}
		return nil
	}
	keys, ok, err := GetAttrOK(th, other, "keys")
	if err != nil {
		return err
	}
	if ok {
		return mergeMappingKeys(th, d, other, keys, false)
	}
	i := 0
	return ForEach(th, other, func(pair Value) error {
		items, err := containerSequenceFast(th, pair, "cannot convert dictionary update sequence element #"+strconv.Itoa(i)+" to a sequence")
		if err != nil {
			return err
		}
		if len(items) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(items))
		}
		i++
		return d.Set(th, items[0], items[1])
	})
}

// dictFromKeys is the classmethod dict.fromkeys(iterable, value=None, /):
// cls() filled with iterable's items as keys, each mapped to value.
func dictFromKeys(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("fromkeys", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	value := None
	if len(args) == 2 {
		value = args[1]
	}
	d, err := Call(th, cls, nil, nil)
	if err != nil {
		return Value{}, err
	}
	set := func(k Value) error { return SetItem(th, d, k, value) }
	if d.Type() == DictType {
		set = func(k Value) error { return as[Dict](d).Set(th, k, value) }
	}
	return d, ForEach(th, args[0], set)
}

// pop removes key and returns its value, reporting whether it was there.
func (d *Dict) pop(th *Thread, key Value) (Value, bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return Value{}, false, err
	}
	slot, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return Value{}, false, err
	}
	v := d.entries[pos].value
	d.removeAt(slot, pos)
	return v, true, nil
}

// slotOf returns the index slot that points at entry pos, whose key has
// hash h (-1 if d has no index). Unlike find it compares no keys, so it
// runs no Python code.
func (d *Dict) slotOf(h int64, pos int) int {
	if d.index == nil {
		return -1
	}
	pr := newDictProbe(h, len(d.index.slots))
	j := pr.slot
	for int(d.index.slots[j]) != pos {
		j = pr.next()
	}
	return int(j)
}

// removeAt deletes entry pos, found at index slot. Holes at the end of the
// entry table are trimmed so that repeated popitem stays O(1).
func (d *Dict) removeAt(slot, pos int) {
	if d.index != nil {
		d.index.slots[slot] = indexDeleted
	}
	d.entries[pos] = dictEntry{}
	d.used--
	d.version++
	d.writes++
	for n := len(d.entries); n > 0 && d.entries[n-1].k.p == nil; n-- {
		d.entries = d.entries[:n-1]
	}
	if d.index != nil {
		// Entries appended from here on must not fall before head.
		d.index.head = min(d.index.head, len(d.entries))
	}
}

// SetOrderedDictType marks t as collections.OrderedDict: iterating one
// stops with CPython's "OrderedDict mutated during iteration" when a key
// is added, removed or moved (move_to_end included) meanwhile, where a
// dict's iterator reports only a change of size. The mark is on the
// class, not in a variable: each interpreter has its own OrderedDict.
func SetOrderedDictType(t *Type) { t.Flags |= FlagOrderedDict }

// odMutated reports whether d, whose key set changed during an
// iteration, is an OrderedDict.
func odMutated(d *Dict) bool {
	for _, t := range d.Type().MRO {
		if t.Flags&FlagOrderedDict != 0 {
			return true
		}
	}
	return false
}

package runtime

import "unsafe"

// This file defines intLookup, the probe of a dict for a small int key,
// which Get, Set and the interpreter's subscript and `in` fast paths use:
// graph code keys its dicts by node number (`dist[v]`, `v in seen`,
// `groups[len(w)]`), and the general path hashes through the protocol,
// then compares every entry of an equal hash with keysEqual.
//
// A small int is equal to another entry key only if that key is the same
// int or a bool of the same value (True == 1 and hash(True) == 1), both
// immediates compared by their bits. A float, None or heap key whose hash
// matches could be equal (1.0, an int subclass, a class with __eq__):
// intLookup then reports that it cannot decide, and the caller takes the
// general path, which may run Python code.

// intLookup returns the index slot and entry position of the small int
// key n (for a dict with no index the slot is -1), or the first free slot
// and -1 when it is absent; ok is false when an entry key of the same
// hash is not an int or bool.
func (d *Dict) intLookup(n int64) (slot, pos int, ok bool) {
	h := hashInt64(n)
	if d.index == nil {
		for i := range d.entries {
			switch m := d.entries[i].intKeyMatch(n, h); m {
			case intKeyEqual:
				return -1, i, true
			case intKeyUnsure:
				return -1, -1, false
			}
		}
		return -1, -1, true
	}
	slots := d.index.slots
	pr := newDictProbe(h, len(slots))
	j := pr.slot
	free := -1
	for {
		switch ix := slots[j]; {
		case ix == indexEmpty:
			if free < 0 {
				free = int(j)
			}
			return free, -1, true
		case ix == indexDeleted:
			if free < 0 {
				free = int(j)
			}
		default:
			if e := &d.entries[ix]; e.k.p == pInt {
				// The common case, written out: intKeyMatch is not inlined.
				if int64(e.k.n) == n {
					return int(j), int(ix), true
				}
				break
			}
			switch d.entries[ix].intKeyMatch(n, h) {
			case intKeyEqual:
				return int(j), int(ix), true
			case intKeyUnsure:
				return -1, -1, false
			}
		}
		j = pr.next()
	}
}

// intKeyMatch results: the entry's key is the int, is not equal to it,
// or might be (only the protocol can tell).
const (
	intKeyDiffers = iota
	intKeyEqual
	intKeyUnsure
)

// intKeyMatch compares the entry's key with the small int n of hash h. A
// deleted entry (zero key) differs from every key.
func (e *dictEntry) intKeyMatch(n, h int64) int {
	switch e.k.p {
	case pInt, pBool:
		if int64(e.k.n) == n {
			return intKeyEqual
		}
		return intKeyDiffers
	case nil:
		return intKeyDiffers
	}
	if e.hash() == h {
		return intKeyUnsure
	}
	return intKeyDiffers
}

// The interpreter's fast paths for x[k], k in x and x[k] = v with a small
// int k apply to a dict and to a dict subclass that does not define the
// operation (defaultdict, Counter, OrderedDict): its slot is then dict's
// own function, inherited, which these compare by code pointer. A hit
// (or, for a store, no key of the same hash that is not an int) is all
// they handle; a miss of x[k] goes through the slot for __missing__.

// slotFunc is the code pointer of a slot function, which a copied slot
// keeps.
func slotFunc[F any](f F) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&f)) }

// dictOwnGetItem reports whether t's x[k] is dict's.
func dictOwnGetItem(t *Type) bool {
	return t.Layout == LayoutDict && slotFunc(t.GetItem) == slotFunc(DictType.GetItem)
}

// dictOwnContains reports whether t's `k in x` is dict's.
func dictOwnContains(t *Type) bool {
	return t.Layout == LayoutDict && slotFunc(t.Contains) == slotFunc(DictType.Contains)
}

// dictOwnSetItem reports whether t's x[k] = v is dict's.
func dictOwnSetItem(t *Type) bool {
	return t.Layout == LayoutDict && slotFunc(t.SetItem) == slotFunc(DictType.SetItem)
}

// intSetItem is d[n] = val for a small int n, reporting false, having
// done nothing, when only the general path can decide.
func (d *Dict) intSetItem(n int64, val Value) bool {
	slot, pos, ok := d.intLookup(n)
	if ok {
		d.store(nil, Int(n), hashInt64(n), val, slot, pos)
	}
	return ok
}

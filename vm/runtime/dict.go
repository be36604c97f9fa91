package runtime

// This file defines Dict, the insertion-ordered hash table behind dict
// objects, module globals, class namespaces and instance attributes.
//
// The layout is CPython's compact dict: entries are appended in insertion
// order to a dense slice, and a sparse power-of-two index table maps hashes
// to entry positions by open addressing with CPython's perturbed probing.
// Deleting leaves a hole (zero key) in entries and a tombstone in the index;
// both are squeezed out when the table grows.
//
// A small dict, one whose entry table has at most dictLinearMax slots, has
// no index: lookups scan the entries, comparing hashes (and, for the
// interned attribute names, pointers) first. Most dicts are small (instance
// attributes, keyword arguments), so this saves the index's allocation on
// each, and a scan of a few entries is as fast as probing.

import "sync/atomic"

// Dict is a dict object.
type Dict struct {
	Object
	entries []dictEntry
	index   *dictIndex // nil while small
	// version counts mutations that change the key set, so iterators can
	// raise "dictionary changed size during iteration"; its top bit is
	// dictTypeFlag. It and used share one word, which the JIT's guard on
	// a key set reads whole (JITDictKeyVersion): 32 bits each keep a
	// Dict at 64 bytes, the size class below 80.
	version uint32
	used    int32 // live entries
	// writes counts every mutation, value replacements included: the JIT
	// guards globals read in a compiled loop on it (jitsupport.go).
	writes uint64
}

// dictIndex is the hash index of a dict that is not small. It is kept
// behind a pointer so that the many small dicts, which have none, are 64
// bytes rather than 80.
type dictIndex struct {
	slots []int32 // -1 empty, -2 deleted, else a position in entries
	// head is a position with only holes before it in entries, where
	// FirstEntry starts looking: a dict used as a FIFO (OrderedDict's
	// popitem(last=False)) would otherwise rescan the holes left at the
	// front by every earlier pop.
	head int
}

// dictEntry is one key and value of a dict's entry table: 32 bytes, not
// the 40 that a hash word of its own would take. The key's n word is
// always zero for a heap object, so an entry keeps the key's hash there
// (k.n) and gives the key back with n cleared; an immediate key's hash is
// recomputed from its bits (cheap, and never running Python code). A zero
// k.p marks a deleted entry.
type dictEntry struct {
	k     Value
	value Value
}

// newDictEntry makes the entry of key, whose hash is hash.
func newDictEntry(key Value, hash int64, val Value) dictEntry {
	if !key.IsImmediate() {
		key.n = uint64(hash)
	}
	return dictEntry{k: key, value: val}
}

// key returns the entry's key (the zero Value for a deleted entry).
func (e *dictEntry) key() Value {
	if e.k.IsImmediate() {
		return e.k
	}
	return Value{p: e.k.p}
}

// hash returns the hash of the entry's key.
func (e *dictEntry) hash() int64 {
	if e.k.IsImmediate() {
		return immediateHash(e.k)
	}
	return int64(e.k.n)
}

// live reports whether the entry holds a key (it was not deleted).
func (e *dictEntry) live() bool { return e.k.p != nil }

// hasHeapKey reports whether the entry's key is a heap object whose hash
// may be the str hash h.
// Lookups of str keys test it before comparing the texts.
func (e *dictEntry) hasHeapKey(h int64) bool {
	return (e.k.n^uint64(h))&strHashMask == 0 && !e.k.IsImmediate() // see strHashesAgree
}

// immediateHash is Hash of an int, float, bool or None immediate.
func immediateHash(v Value) int64 {
	switch v.p {
	case pInt:
		return hashInt64(int64(v.n))
	case pBool:
		return int64(v.n)
	case pFloat:
		return hashFloat(v.AsFloat())
	}
	h, _ := NoneType.Hash(nil, v)
	return h
}

const (
	indexEmpty   = -1
	indexDeleted = -2

	// smallDictEntries is the entry room of a new dict (160 bytes).
	smallDictEntries = 4

	// dictLinearMax is the most entry slots (holes included) a dict has
	// with no index.
	dictLinearMax = 8
)

// NewDict returns an empty dict.
func NewDict() *Dict {
	profileNew(DictType, profDictSize)
	return &Dict{Object: Object{typ: DictType}}
}

// NewDictSized returns an empty dict with room for n entries: exactly n
// while that needs no index (a JSON object, a dict display), since such
// dicts seldom grow after they are built.
func NewDictSized(n int) *Dict {
	d := NewDict()
	d.presize(n)
	return d
}

// Len returns the number of entries.
func (d *Dict) Len() int { return int(d.used) }

// Version changes whenever a key is added or removed.
func (d *Dict) Version() uint64 { return uint64(d.version &^ dictTypeFlag) }

// dictTypeFlag, in Dict.version, marks the dict of a type: a change to its
// key set advances typeEpoch, which the attribute caches check.
const dictTypeFlag = 1 << 31

// typeEpoch changes whenever a key is added to or removed from the dict of
// a type (one marked with dictTypeFlag) by this file's methods. The one
// removal elsewhere (dict.pop and popitem on a class's __dict__) only
// ever clears an entry, which the caches notice by the entry's key.
var typeEpoch atomic.Uint64

// keysChanged records a change of d's key set.
func (d *Dict) keysChanged() {
	d.writes++
	// The counter wraps within its 31 bits, leaving the flag alone.
	d.version = d.version&dictTypeFlag | (d.version+1)&^dictTypeFlag
	if d.version&dictTypeFlag != 0 {
		typeEpoch.Add(1)
	}
}

// markTypeDict marks d as the dict of a type (see dictTypeFlag).
func (d *Dict) markTypeDict() {
	if d.version&dictTypeFlag == 0 {
		d.version |= dictTypeFlag
	}
}

// resize squeezes the holes out of the entry table and makes room for
// minUsed entries, with an index if that is more than dictLinearMax.
func (d *Dict) resize(minUsed int) { d.resizeIn(minUsed, nil) }

// dictTableSizes returns the index slots and the room for entries that
// resize(minUsed) makes.
func dictTableSizes(minUsed int) (slots, entries int) {
	slots = 8
	for slots*2 < minUsed*3 {
		slots <<= 1
	}
	if minUsed <= dictLinearMax {
		// Most dicts (instance dicts, kwargs) stay small, so room for a
		// few entries is made first, and append grows the table up to
		// dictLinearMax.
		return slots, max(minUsed, smallDictEntries)
	}
	return slots, slots*2/3 + 1
}

// resizeIn is resize with the new entry table in room when room holds
// the table resize would make: a dict filled at start-up has its table in
// one block with its key strs and functions (dict_fill.go).
func (d *Dict) resizeIn(minUsed int, room []dictEntry) {
	size, n := dictTableSizes(minUsed)
	var live []dictEntry
	if cap(room) >= n {
		live = room[:0:n]
	} else {
		live = make([]dictEntry, 0, n)
	}
	for _, e := range d.entries {
		if e.live() {
			live = append(live, e)
		}
	}
	d.entries = live
	if minUsed <= dictLinearMax {
		d.index = nil
		return
	}
	d.index = &dictIndex{slots: make([]int32, size)}
	d.reindex()
}

// dictProbe is the sequence of index slots that one hash visits: CPython's
// perturbed open addressing, started from the hash's low 30 bits, those a
// str caches (see strHashesAgree), so that an object hashing like a str
// finds it. Every lookup, insertion and rebuild of an index walks it, so
// they all agree on where a key lives.
type dictProbe struct{ slot, perturb, mask uint64 }

// newDictProbe starts the probe of hash in an index of n slots (a power
// of two).
func newDictProbe(hash int64, n int) dictProbe {
	p := uint64(hash) & strHashMask
	mask := uint64(n - 1)
	return dictProbe{slot: p & mask, perturb: p, mask: mask}
}

// next moves to the following slot and returns it.
func (p *dictProbe) next() uint64 {
	p.perturb >>= 5
	p.slot = (p.slot*5 + p.perturb + 1) & p.mask
	return p.slot
}

// reindex fills the index with the positions of the entries, which have
// no holes.
func (d *Dict) reindex() {
	slots := d.index.slots
	for i := range slots {
		slots[i] = indexEmpty
	}
	for i := range d.entries {
		pr := newDictProbe(d.entries[i].hash(), len(slots))
		j := pr.slot
		for slots[j] != indexEmpty {
			j = pr.next()
		}
		slots[j] = int32(i)
	}
}

// compactInPlace squeezes the holes out of a full indexed table without
// allocating: the entries move up in their own array and the index is
// rebuilt in its own slots. An LRU cache or a FIFO of a steady size
// (OrderedDict's move_to_end and popitem(last=False), del d[k] and
// d[k] = v) fills its table with holes; resizing it allocated a new entry
// table and index each time it filled, 50 KB for every 860 insertions at
// 500 live keys, all garbage for the collector.
func (d *Dict) compactInPlace() {
	live := d.entries[:0]
	for i := range d.entries {
		if d.entries[i].live() {
			live = append(live, d.entries[i])
		}
	}
	clear(d.entries[len(live):])
	d.entries = live
	d.index.head = 0
	d.reindex()
}

// compactsInPlace reports whether a full indexed table is better squeezed
// in place than resized: at most a third of its slots hold live keys
// (churnRoom would size it the same or smaller), and at least an eighth
// do, so that a table that shrank a lot is still given back by resize.
func (d *Dict) compactsInPlace() bool {
	used, n := int(d.used), len(d.index.slots)
	return used*3 < n && used*8 >= n
}

// churnRoom is how many entries a full indexed table is resized for.
// A dict that only grows gets room for one more, which doubles its table.
// One whose deletions left holes (an LRU cache, a work queue) would be
// squeezed to little more than its live entries and fill again after a
// few insertions, rebuilding its index each time; half its size again
// of room spaces those rebuilds out, as CPython's used*3 growth does.
func (d *Dict) churnRoom() int {
	used := int(d.used)
	if used < len(d.entries) {
		return used + used/2 + 1
	}
	return used + 1
}

// presize makes an empty dict's first entry table hold exactly n entries
// (the usual number of attributes of a class's instances, see
// cachedSetAttr), rather than smallDictEntries.
func (d *Dict) presize(n int) {
	if len(d.entries) != 0 || n <= 0 {
		return
	}
	if n > dictLinearMax {
		d.resize(n)
		return
	}
	d.entries = make([]dictEntry, 0, n)
	d.index = nil
}

// find returns the index slot and entry position of key, or the first free
// slot and -1. Comparing keys may run Python code (__eq__) and raise.
// A small dict has no index: its slot is always -1.
func (d *Dict) find(th *Thread, key Value, hash int64) (slot int, pos int, err error) {
	if d.index == nil {
		return d.scan(th, key, hash)
	}
	pr := newDictProbe(hash, len(d.index.slots))
	j := pr.slot
	free := -1
	for {
		ix := d.index.slots[j]
		switch {
		case ix == indexEmpty:
			if free < 0 {
				free = int(j)
			}
			return free, -1, nil
		case ix == indexDeleted:
			if free < 0 {
				free = int(j)
			}
		default:
			e := &d.entries[ix]
			if ek := e.key(); Is(ek, key) {
				return int(j), int(ix), nil
			} else if eh := e.hash(); eh == hash || strHashesAgree(eh, ek, hash, key) {
				ver := d.version
				eq, err := keysEqual(th, ek, key)
				if err != nil {
					return -1, -1, err
				}
				if d.version != ver {
					// __eq__ changed the key set, and the tables with
					// it: start again, as CPython does.
					return d.find(th, key, hash)
				}
				if eq {
					return int(j), int(ix), nil
				}
			}
		}
		j = pr.next()
	}
}

// scan is find for a dict with no index.
func (d *Dict) scan(th *Thread, key Value, hash int64) (slot int, pos int, err error) {
	for i := 0; i < len(d.entries); i++ {
		e := &d.entries[i]
		if !e.live() {
			continue
		}
		ek := e.key()
		if Is(ek, key) {
			return -1, i, nil
		}
		if eh := e.hash(); eh != hash && !strHashesAgree(eh, ek, hash, key) {
			continue
		}
		ver := d.version
		eq, err := keysEqual(th, ek, key)
		if err != nil {
			return -1, -1, err
		}
		if d.version != ver {
			return d.find(th, key, hash) // as in find
		}
		if eq {
			return -1, i, nil
		}
	}
	return -1, -1, nil
}

// keysEqual compares two dict keys whose hashes match. Strings, the common
// case, are compared without going through the protocol.
func keysEqual(th *Thread, a, b Value) (bool, error) {
	if a.p != nil && b.p != nil && a.Type() == StrType && b.Type() == StrType {
		return as[Str](a).text() == as[Str](b).text(), nil
	}
	return Equal(th, a, b)
}

// exactStrKey returns key's *Str if it is an exact str, whose hash is
// cached and whose comparisons run no Python code: Get and Set look such
// keys up with strLookup, without the hash and equality protocols.
func exactStrKey(key Value) (*Str, bool) {
	if key.IsImmediate() || key.Type() != StrType {
		return nil, false
	}
	return as[Str](key), true
}

// Get returns the value for key.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	if key.p == pInt {
		if _, pos, ok := d.intLookup(int64(key.n)); ok {
			if pos < 0 {
				return Value{}, false, nil
			}
			return d.entries[pos].value, true, nil
		}
	} else if k, ok := exactStrKey(key); ok {
		if _, pos, ok := d.strLookup(k); ok {
			if pos < 0 {
				return Value{}, false, nil
			}
			return d.entries[pos].value, true, nil
		}
	}
	h, err := Hash(th, key)
	if err != nil {
		return Value{}, false, err
	}
	_, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return Value{}, false, err
	}
	return d.entries[pos].value, true, nil
}

// Set sets d[key] = val.
func (d *Dict) Set(th *Thread, key, val Value) error {
	if key.p == pInt {
		if slot, pos, ok := d.intLookup(int64(key.n)); ok {
			d.store(th, key, hashInt64(int64(key.n)), val, slot, pos)
			return nil
		}
	} else if k, ok := exactStrKey(key); ok {
		if slot, pos, ok := d.strLookup(k); ok {
			d.store(th, key, k.hashValue(), val, slot, pos)
			return nil
		}
	}
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	return d.setHashed(th, key, h, val)
}

func (d *Dict) setHashed(th *Thread, key Value, h int64, val Value) error {
	slot, pos, err := d.find(th, key, h)
	if err != nil {
		return err
	}
	d.store(th, key, h, val, slot, pos)
	return nil
}

// store sets the value of key, found at entry pos, or, with pos -1, adds
// key at the free index slot find returned.
func (d *Dict) store(th *Thread, key Value, h int64, val Value, slot, pos int) {
	if pos >= 0 {
		d.entries[pos].value = val
		d.writes++
		return
	}
	if d.index == nil {
		if len(d.entries) == dictLinearMax {
			d.resize(int(d.used) + 1)
			slot, _, _ = d.find(th, key, h) // no comparisons: key is absent
		}
	} else if (len(d.entries)+1)*3 > len(d.index.slots)*2 {
		if d.compactsInPlace() {
			d.compactInPlace()
		} else {
			d.resize(d.churnRoom())
		}
		slot, _, _ = d.find(th, key, h) // no comparisons: key is absent
	}
	if d.index != nil {
		d.index.slots[slot] = int32(len(d.entries))
	} else if len(d.entries) == 1 && cap(d.entries) == 1 {
		// A dict filled one key at a time has an exact table for its
		// first key (a dict of one key stays small), then room for
		// four: append would grow the table again at the third key.
		d.entries = append(make([]dictEntry, 0, dictSecondEntries), d.entries[0])
	}
	d.entries = append(d.entries, newDictEntry(key, h, val))
	d.used++
	d.keysChanged()
}

// dictSecondEntries is the room a dict with no index gets at its second
// key (128 bytes; CPython's smallest table holds 5 entries).
const dictSecondEntries = 4

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return false, err
	}
	slot, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return false, err
	}
	if d.index != nil {
		d.index.slots[slot] = indexDeleted
	}
	d.entries[pos] = dictEntry{}
	d.used--
	d.keysChanged()
	if d.used == 0 {
		d.entries = d.entries[:0]
		if d.index != nil {
			d.index.head = 0
			for i := range d.index.slots {
				d.index.slots[i] = indexEmpty
			}
		}
	}
	return true, nil
}

// MoveToEnd moves key's entry to the end of the insertion order
// (OrderedDict.move_to_end), reporting whether key was present. It hashes
// and probes once, where a delete and a set would do it twice each: the
// entry moves to the end of the table, leaving a hole, and its index slot
// is pointed at it, or in a dict with no index the entries after it shift
// down one. A full table takes the delete and the set, which make room.
func (d *Dict) MoveToEnd(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return false, err
	}
	slot, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return false, err
	}
	e := d.entries[pos]
	switch {
	case d.index == nil:
		copy(d.entries[pos:], d.entries[pos+1:])
		d.entries[len(d.entries)-1] = e
	case (len(d.entries)+1)*3 > len(d.index.slots)*2:
		d.index.slots[slot] = indexDeleted
		d.entries[pos] = dictEntry{}
		d.used--
		d.store(th, e.key(), h, e.value, -1, -1) // resizes first
		return true, nil
	default:
		d.entries[pos] = dictEntry{}
		d.index.slots[slot] = int32(len(d.entries))
		d.entries = append(d.entries, e)
	}
	d.keysChanged()
	return true, nil
}

// GetStr looks up a string key. It never runs Python code.
func (d *Dict) GetStr(key string) (Value, bool) {
	if d == nil {
		return Value{}, false
	}
	h := strHash(key)
	if d.index == nil {
		if i := d.scanStr(key, h); i >= 0 {
			return d.entries[i].value, true
		}
		return Value{}, false
	}
	slots := d.index.slots
	pr := newDictProbe(h, len(slots))
	j := pr.slot
	for {
		ix := slots[j]
		if ix == indexEmpty {
			return Value{}, false
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hasHeapKey(h) && e.k.Type() == StrType && as[Str](e.k).text() == key {
				return e.value, true
			}
		}
		j = pr.next()
	}
}

// scanStr returns the position of the str key in a dict with no index, or
// -1. Like GetStr, it never runs Python code.
func (d *Dict) scanStr(key string, h int64) int {
	for i := range d.entries {
		e := &d.entries[i]
		if e.hasHeapKey(h) && e.k.Type() == StrType && as[Str](e.k).text() == key {
			return i
		}
	}
	return -1
}

// SetStr sets a string key. It never runs Python code.
func (d *Dict) SetStr(key string, val Value) {
	k := newStr(key)
	// Hashing and comparing str keys cannot fail or run Python code. The
	// hash is cached in the key while it is new: a key of a builtin type's
	// dict, which the interpreters of a process share, would otherwise
	// get it written by whichever reader hashes it first, a data race.
	_ = d.setHashed(nil, profValue(k), k.hashValue(), val)
}

// setStrObj sets the str key k, using the str object itself as the key
// (no new str is made) and its cached hash. Attribute stores use it with
// the interned names of the code, so that setting an attribute allocates
// nothing once the key exists. It never runs Python code.
func (d *Dict) setStrObj(k *Str, val Value) {
	key := ValueOf(k)
	if k.typ != StrType {
		key = NewStr(k.text())
	}
	_ = d.setHashed(nil, key, k.hashValue(), val)
}

// DeleteStr removes a string key, reporting whether it was present.
func (d *Dict) DeleteStr(key string) bool {
	ok, _ := d.Delete(nil, NewStr(key))
	return ok
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.keysChanged()
}

// Items returns the live entries in insertion order, as key/value pairs.
func (d *Dict) Items() (keys, values []Value) {
	keys = make([]Value, 0, d.Len())
	values = make([]Value, 0, d.Len())
	for _, e := range d.entries {
		if e.live() {
			keys = append(keys, e.key())
			values = append(values, e.value)
		}
	}
	return keys, values
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	keys := make([]Value, 0, d.Len())
	for _, e := range d.entries {
		if e.live() {
			keys = append(keys, e.key())
		}
	}
	return keys
}

// Entry returns the i'th slot of the entry table (0 <= i < EntryCap) and
// whether it is live. Iterators walk the table with it so that they see
// mutations as CPython's do.
func (d *Dict) Entry(i int) (key, value Value, ok bool) {
	e := &d.entries[i]
	return e.key(), e.value, e.live()
}

// FirstEntry returns the oldest live entry; ok is false if d is empty.
func (d *Dict) FirstEntry() (key, value Value, ok bool) {
	i := 0
	if d.index != nil {
		i = d.index.head
	}
	for ; i < len(d.entries); i++ {
		if e := &d.entries[i]; e.live() {
			if d.index != nil {
				d.index.head = i
			}
			return e.key(), e.value, true
		}
	}
	return Value{}, Value{}, false
}

// EntryCap is the length of the entry table, holes included.
func (d *Dict) EntryCap() int { return len(d.entries) }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := NewDict()
	c.entries = append([]dictEntry(nil), d.entries...)
	if d.index != nil {
		c.index = &dictIndex{slots: append([]int32(nil), d.index.slots...)}
	}
	c.used = d.used
	return c
}

package runtime

import (
	"strings"
	"unsafe"
)

// This file defines set and frozenset. Their hash table mirrors CPython's
// setobject.c — a power-of-two table of at least 8 slots, probed linearly
// for 9 slots and then by perturbation, resized ×4 when 60% full, with the
// same merge, intersection and difference strategies — so that sets iterate
// and print in exactly CPython's order: print({3, 1, 2}) shows {1, 2, 3}.

// The set types.
var (
	SetType       = NewBuiltinType("set", ObjectType, LayoutSet, FlagBaseType|FlagUnhashable)
	FrozenSetType = NewBuiltinType("frozenset", ObjectType, LayoutSet, FlagBaseType)
)

// Set is a set or frozenset object.
type Set struct {
	Object
	table  []setEntry // len is a power of two, at least setMinSize
	fill   int        // live and dummy entries
	used   int        // live entries
	finger int        // where pop starts looking
	hash   int64      // a frozenset's cached hash; -1 until computed
}

// setEntry is a slot of the table: empty (no key, hash 0), a dummy left by
// a deletion (no key, hash -1), or live.
type setEntry struct {
	key  Value
	hash int64
}

func (e *setEntry) live() bool { return e.key.p != nil }

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// NewSet returns a new empty set.
func NewSet() *Set { return newSetOfType(SetType) }

// NewFrozenSet returns a frozenset of items.
func NewFrozenSet(th *Thread, items []Value) (Value, error) {
	s := newSetOfType(FrozenSetType)
	for _, x := range items {
		if err := s.Add(th, x); err != nil {
			return Value{}, err
		}
	}
	return ValueOf(s), nil
}

func newSetOfType(t *Type) *Set {
	profileNew(t, profSetSize)
	return &Set{Object: containerInstanceHeader(t), table: make([]setEntry, setMinSize), hash: -1}
}

// SetItems returns the items of a set or frozenset in iteration order.
func SetItems(v Value) []Value {
	s := as[Set](v)
	items := make([]Value, 0, s.used)
	for i := range s.table {
		if e := &s.table[i]; e.live() {
			items = append(items, e.key)
		}
	}
	return items
}

// Len returns the number of items.
func (s *Set) Len() int { return s.used }

// Add adds v to the set.
func (s *Set) Add(th *Thread, v Value) error {
	h, err := Hash(th, v)
	if err != nil {
		return err
	}
	return s.addEntry(th, v, h)
}

// Contains reports whether v is in the set.
func (s *Set) Contains(th *Thread, v Value) (bool, error) {
	h, err := Hash(th, v)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, v, h)
	return i >= 0, err
}

// setKeysEqual compares a stored key with a probe key of the same hash.
func setKeysEqual(th *Thread, stored, key Value) (bool, error) {
	if Is(stored, key) {
		return true, nil
	}
	return keysEqual(th, stored, key)
}

// tableChanged reports whether the comparison that just ran changed the
// set under a probe that started with table and saw startkey at slot j:
// the probe must then start again, as in CPython.
func (s *Set) tableChanged(table []setEntry, j int, startkey Value) bool {
	return unsafe.SliceData(s.table) != unsafe.SliceData(table) || !Is(s.table[j].key, startkey)
}

// lookup returns the slot holding key, or -1.
func (s *Set) lookup(th *Thread, key Value, hash int64) (int, error) {
restart:
	mask := len(s.table) - 1
	perturb := setPerturb{p: uint64(hash)}
	i := int(perturb.p & uint64(mask))
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if !e.live() {
				if e.hash == 0 {
					return -1, nil
				}
				continue
			}
			if e.hash != hash && !strHashesAgree(e.hash, e.key, hash, key) {
				continue
			}
			table, startkey := s.table, e.key
			eq, err := setKeysEqual(th, startkey, key)
			if err != nil {
				return -1, err
			}
			if s.tableChanged(table, j, startkey) {
				goto restart
			}
			if eq {
				return j, nil
			}
		}
		i = int((uint64(i)*5 + 1 + perturb.next(key, uint64(mask))) & uint64(mask))
	}
}

// addEntry adds key, whose hash is known, unless an equal key is present.
// A new key goes into the last dummy its probe passed, if any (CPython
// 3.12 keeps the last one it sees, not the first), else an empty slot.
func (s *Set) addEntry(th *Thread, key Value, hash int64) error {
	s.hash = -1
restart:
	mask := len(s.table) - 1
	perturb := setPerturb{p: uint64(hash)}
	i := int(perturb.p & uint64(mask))
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if !e.live() {
				if e.hash != 0 {
					free = j // a dummy
					continue
				}
				if free >= 0 {
					s.table[free] = setEntry{key, hash}
					s.used++
					return nil
				}
				*e = setEntry{key, hash}
				s.fill++
				s.used++
				if s.fill*5 >= mask*3 {
					s.resize(s.growTarget())
				}
				return nil
			}
			if e.hash != hash && !strHashesAgree(e.hash, e.key, hash, key) {
				continue
			}
			table, startkey := s.table, e.key
			eq, err := setKeysEqual(th, startkey, key)
			if err != nil {
				return err
			}
			if eq {
				return nil
			}
			if s.tableChanged(table, j, startkey) {
				goto restart
			}
		}
		i = int((uint64(i)*5 + 1 + perturb.next(key, uint64(mask))) & uint64(mask))
	}
}

// growTarget is the minimum used count passed to resize when the table
// fills up.
func (s *Set) growTarget() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// setInsertClean puts a key known to be absent into a table without dummies.
func setInsertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := setPerturb{p: uint64(hash)}
	i := perturb.p & mask
	for {
		if !table[i].live() {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if !table[j].live() {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		i = (i*5 + 1 + perturb.next(key, mask)) & mask
	}
}

// resize rebuilds the table with room for more than minUsed entries,
// dropping dummies.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	if size == setMinSize && len(old) == setMinSize && s.fill == s.used {
		return // no dummies to purge
	}
	s.table = make([]setEntry, size)
	s.fill = s.used
	for i := range old {
		if e := &old[i]; e.live() {
			setInsertClean(s.table, e.key, e.hash)
		}
	}
}

// discardEntry removes key if present, reporting whether it was.
func (s *Set) discardEntry(th *Thread, key Value, hash int64) (bool, error) {
	i, err := s.lookup(th, key, hash)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{hash: -1}
	s.used--
	return true, nil
}

// clear empties the set.
func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger, s.hash = 0, 0, 0, -1
}

// merge adds the items of other, as CPython's set_merge.
func (s *Set) merge(th *Thread, other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	s.hash = -1
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 {
		if len(s.table) == len(other.table) && other.fill == other.used {
			copy(s.table, other.table)
		} else {
			for i := range other.table {
				if e := &other.table[i]; e.live() {
					setInsertClean(s.table, e.key, e.hash)
				}
			}
		}
		s.fill, s.used = other.used, other.used
		return nil
	}
	for i := 0; i < len(other.table); i++ {
		if e := other.table[i]; e.live() {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update adds the items of an iterable, as CPython's set_update_internal.
func (s *Set) update(th *Thread, other Value) error {
	if !other.IsImmediate() {
		switch t := other.Type(); {
		case t.Layout == LayoutSet:
			return s.merge(th, as[Set](other))
		case t == DictType:
			d := as[Dict](other)
			if (s.fill+d.Len())*5 >= (len(s.table)-1)*3 {
				s.resize((s.used + d.Len()) * 2)
			}
			for i := 0; i < d.EntryCap(); i++ {
				if e := &d.entries[i]; e.live() {
					if err := s.addEntry(th, e.key(), e.hash()); err != nil {
						return err
					}
				}
			}
			return nil
		}
	}
	return ForEach(th, other, func(x Value) error { return s.Add(th, x) })
}

// isSet reports whether v is a set or frozenset (or a subclass instance).
func isSet(v Value) bool { return !v.IsImmediate() && v.Type().Layout == LayoutSet }

// setBaseType is the type of the results of operations on s: set for sets
// and set subclasses, frozenset for frozensets and their subclasses.
func setBaseType(s *Set) *Type {
	if s.typ.IsSubtype(SetType) {
		return SetType
	}
	return FrozenSetType
}

// makeSet returns a new set of type t holding the items of iterable (if
// valid).
func makeSet(th *Thread, t *Type, iterable Value) (*Set, error) {
	s := newSetOfType(t)
	if iterable.p != nil {
		if err := s.update(th, iterable); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// copySet returns a copy of s with s's base type.
func copySet(th *Thread, s *Set) *Set {
	c, _ := makeSet(th, setBaseType(s), ValueOf(s)) // merging a set cannot fail
	return c
}

// containsKey is `key in s`: an unhashable set is looked up as the
// equal frozenset, as CPython allows.
func (s *Set) containsKey(th *Thread, key Value) (bool, error) {
	ok, err := s.Contains(th, key)
	if err != nil && isUnhashableSet(key, err) {
		tmp, _ := makeSet(th, FrozenSetType, key)
		return s.Contains(th, ValueOf(tmp))
	}
	return ok, err
}

// discardKey removes key, looking up an unhashable set as a frozenset.
func (s *Set) discardKey(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		if !isUnhashableSet(key, err) {
			return false, err
		}
		tmp, _ := makeSet(th, FrozenSetType, key)
		key = ValueOf(tmp)
		h, _ = Hash(th, key)
	}
	return s.discardEntry(th, key, h)
}

// isUnhashableSet reports whether err is the TypeError of hashing a set.
func isUnhashableSet(key Value, err error) bool {
	return IsInstanceOf(err, TypeError) && key.Type().IsSubtype(SetType)
}

// intersection returns s & other for any iterable other.
func (s *Set) intersection(th *Thread, other Value) (*Set, error) {
	if isSet(other) && as[Set](other) == s {
		return copySet(th, s), nil
	}
	result := newSetOfType(setBaseType(s))
	if isSet(other) {
		a, b := s, as[Set](other)
		if b.used > a.used {
			a, b = b, a
		}
		for i := 0; i < len(b.table); i++ {
			if e := b.table[i]; e.live() {
				j, err := a.lookup(th, e.key, e.hash)
				if err != nil {
					return nil, err
				}
				if j >= 0 {
					if err := result.addEntry(th, e.key, e.hash); err != nil {
						return nil, err
					}
				}
			}
		}
		return result, nil
	}
	err := ForEach(th, other, func(x Value) error {
		h, err := Hash(th, x)
		if err != nil {
			return err
		}
		j, err := s.lookup(th, x, h)
		if err != nil || j < 0 {
			return err
		}
		if err := result.addEntry(th, x, h); err != nil {
			return err
		}
		if result.used >= s.used {
			return errContainerStop // nothing more can be common
		}
		return nil
	})
	if err == errContainerStop {
		err = nil
	}
	return result, err
}

// intersectionMulti is s.intersection(*others).
func (s *Set) intersectionMulti(th *Thread, others []Value) (*Set, error) {
	if len(others) == 0 {
		return copySet(th, s), nil
	}
	result := s
	for _, o := range others {
		r, err := result.intersection(th, o)
		if err != nil {
			return nil, err
		}
		result = r
	}
	return result, nil
}

// difference returns s - other for any iterable other.
func (s *Set) difference(th *Thread, other Value) (*Set, error) {
	var otherLen int
	switch {
	case isSet(other):
		otherLen = as[Set](other).used
	case !other.IsImmediate() && other.Type() == DictType:
		otherLen = as[Dict](other).Len()
	default:
		otherLen = -1
	}
	if otherLen < 0 || s.used>>2 > otherLen {
		result := copySet(th, s)
		return result, result.differenceUpdate(th, other)
	}
	result := newSetOfType(setBaseType(s))
	for i := 0; i < len(s.table); i++ {
		e := s.table[i]
		if !e.live() {
			continue
		}
		var found bool
		if isSet(other) {
			j, err := as[Set](other).lookup(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = j >= 0
		} else {
			_, pos, err := as[Dict](other).find(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = pos >= 0
		}
		if !found {
			if err := result.addEntry(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// differenceUpdate removes the items of other from s.
func (s *Set) differenceUpdate(th *Thread, other Value) error {
	if isSet(other) && as[Set](other) == s {
		s.clear()
		return nil
	}
	s.hash = -1
	if isSet(other) {
		o := as[Set](other)
		if o.used>>3 > s.used {
			var err error
			if o, err = s.intersection(th, other); err != nil {
				return err
			}
		}
		for i := 0; i < len(o.table); i++ {
			if e := o.table[i]; e.live() {
				if _, err := s.discardEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
	} else if err := ForEach(th, other, func(x Value) error {
		_, err := s.discardKey(th, x)
		return err
	}); err != nil {
		return err
	}
	if s.fill-s.used > (len(s.table)-1)/4 {
		s.resize(s.growTarget())
	}
	return nil
}

// symmetricDifferenceUpdate makes s hold the items in exactly one of s and
// other.
func (s *Set) symmetricDifferenceUpdate(th *Thread, other Value) error {
	if isSet(other) && as[Set](other) == s {
		s.clear()
		return nil
	}
	s.hash = -1
	toggle := func(key Value, hash int64) error {
		found, err := s.discardEntry(th, key, hash)
		if err == nil && !found {
			err = s.addEntry(th, key, hash)
		}
		return err
	}
	if !other.IsImmediate() && other.Type() == DictType {
		d := as[Dict](other)
		for i := 0; i < d.EntryCap(); i++ {
			if e := &d.entries[i]; e.live() {
				if err := toggle(e.key(), e.hash()); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var o *Set
	if isSet(other) {
		o = as[Set](other)
	} else {
		var err error
		if o, err = makeSet(th, setBaseType(s), other); err != nil {
			return err
		}
	}
	for i := 0; i < len(o.table); i++ {
		if e := o.table[i]; e.live() {
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// symmetricDifference returns s ^ other: a copy of other, with s's base
// type, toggled by s's items.
func (s *Set) symmetricDifference(th *Thread, other Value) (*Set, error) {
	result, err := makeSet(th, setBaseType(s), other)
	if err != nil {
		return nil, err
	}
	return result, result.symmetricDifferenceUpdate(th, ValueOf(s))
}

// isSubset reports whether every item of s is in other.
func (s *Set) isSubset(th *Thread, other Value) (bool, error) {
	if !isSet(other) {
		common, err := s.intersection(th, other)
		if err != nil {
			return false, err
		}
		return common.used == s.used, nil
	}
	o := as[Set](other)
	if s.used > o.used {
		return false, nil
	}
	for i := 0; i < len(s.table); i++ {
		if e := s.table[i]; e.live() {
			j, err := o.lookup(th, e.key, e.hash)
			if err != nil || j < 0 {
				return false, err
			}
		}
	}
	return true, nil
}

// isSuperset reports whether every item of other is in s.
func (s *Set) isSuperset(th *Thread, other Value) (bool, error) {
	if isSet(other) {
		return as[Set](other).isSubset(th, ValueOf(s))
	}
	missing, err := containerAnyItem(th, other, func(x Value) (bool, error) {
		ok, err := s.Contains(th, x)
		return !ok, err
	})
	return !missing, err
}

// isDisjoint reports whether s and other have no item in common.
func (s *Set) isDisjoint(th *Thread, other Value) (bool, error) {
	if isSet(other) {
		a, b := s, as[Set](other)
		if a == b {
			return a.used == 0, nil
		}
		if b.used > a.used {
			a, b = b, a
		}
		for i := 0; i < len(b.table); i++ {
			if e := b.table[i]; e.live() {
				j, err := a.lookup(th, e.key, e.hash)
				if err != nil || j >= 0 {
					return false, err
				}
			}
		}
		return true, nil
	}
	common, err := containerAnyItem(th, other, func(x Value) (bool, error) { return s.Contains(th, x) })
	return !common, err
}

// swapBodies exchanges the contents of two sets (intersection_update).
func (s *Set) swapBodies(o *Set) {
	s.table, o.table = o.table, s.table
	s.fill, o.fill = o.fill, s.fill
	s.used, o.used = o.used, s.used
	s.finger, o.finger = o.finger, s.finger
	s.hash, o.hash = -1, -1
}

// frozensetHash is CPython's frozenset_hash: an order-independent xor of
// the shuffled item hashes, mixed with the size.
func frozensetHash(th *Thread, v Value) (int64, error) {
	s := as[Set](v)
	if s.hash != -1 {
		return s.hash, nil
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for i := range s.table {
		if e := &s.table[i]; e.live() {
			lane := e.hash
			if hashesAsStr(e.key) {
				lane = strOf(e.key).fullHash()
			}
			h ^= shuffle(uint64(lane))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash, nil
}

func setRepr(th *Thread, v Value) (Value, error) {
	s := as[Set](v)
	t := v.Type()
	if s.used == 0 {
		return NewStr(t.Name + "()"), nil
	}
	if !reprEnter(th, v) {
		return NewStr(t.Name + "(...)"), nil
	}
	defer reprLeave(th, v)
	var b strings.Builder
	if t != SetType {
		b.WriteString(t.Name + "(")
	}
	b.WriteByte('{')
	for i, x := range SetItems(v) {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(th, x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(r)
	}
	b.WriteByte('}')
	if t != SetType {
		b.WriteByte(')')
	}
	return NewStr(b.String()), nil
}

// setCompare is the rich comparison of sets: equality and the subset
// order.
func setCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if !isSet(b) {
		return NotImplemented, nil
	}
	v, w := as[Set](a), as[Set](b)
	var r bool
	var err error
	switch op {
	case CmpEQ, CmpNE:
		if v.used == w.used && (v.hash == -1 || w.hash == -1 || v.hash == w.hash) {
			r, err = v.isSubset(th, b)
		}
		if op == CmpNE {
			r = !r
		}
	case CmpLE:
		r, err = v.isSubset(th, b)
	case CmpGE:
		r, err = v.isSuperset(th, b)
	case CmpLT:
		if v.used < w.used {
			r, err = v.isSubset(th, b)
		}
	case CmpGT:
		if v.used > w.used {
			r, err = v.isSuperset(th, b)
		}
	}
	return Bool(r), err
}

// setBinOp is | & - ^ on two sets; the result has the left operand's base
// type.
func setBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if !isSet(a) || !isSet(b) {
		return NotImplemented, nil
	}
	s := as[Set](a)
	var r *Set
	var err error
	switch op {
	case OpOr:
		r = copySet(th, s)
		err = r.merge(th, as[Set](b))
	case OpAnd:
		r, err = s.intersection(th, b)
	case OpSub:
		r, err = s.difference(th, b)
	case OpXor:
		r, err = s.symmetricDifference(th, b)
	default:
		return NotImplemented, nil
	}
	if err != nil {
		return Value{}, err
	}
	return ValueOf(r), nil
}

// setInplaceOp is |= &= -= ^= on a mutable set.
func setInplaceOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if !isSet(b) {
		return NotImplemented, nil
	}
	s := as[Set](a)
	var err error
	switch op {
	case OpOr:
		err = s.update(th, b)
	case OpAnd:
		var r *Set
		if r, err = s.intersection(th, b); err == nil {
			s.swapBodies(r)
		}
	case OpSub:
		err = s.differenceUpdate(th, b)
	case OpXor:
		err = s.symmetricDifferenceUpdate(th, b)
	default:
		return NotImplemented, nil
	}
	return a, err
}

var setOperators = []BinaryOp{OpOr, OpAnd, OpSub, OpXor}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Repr = setRepr
		t.Compare = setCompare
		t.Len = func(th *Thread, v Value) (int, error) { return as[Set](v).used, nil }
		t.Contains = func(th *Thread, v, x Value) (bool, error) { return as[Set](v).containsKey(th, x) }
		t.Iter = func(th *Thread, v Value) (Value, error) {
			s := as[Set](v)
			return ValueOf(&setIterator{Object: Object{typ: setIteratorType}, set: s, used: s.used, remaining: s.used}), nil
		}
		t.BinOp = setBinOp
	}
	SetType.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		if t == SetType {
			if err := NoKwargs("set", kwnames); err != nil {
				return Value{}, err
			}
		}
		return ValueOf(newSetOfType(t)), nil
	}
	SetType.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if err := NoKwargs("set", kwnames); err != nil {
			return err
		}
		if len(args) > 1 {
			return Errorf(TypeError, "%s expected at most 1 argument, got %d", TypeName(self), len(args))
		}
		s := as[Set](self)
		if s.fill > 0 {
			s.clear()
		}
		if len(args) == 1 {
			return s.update(th, args[0])
		}
		return nil
	}
	SetType.InplaceOp = setInplaceOp
	FrozenSetType.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		if t == FrozenSetType {
			if err := NoKwargs("frozenset", kwnames); err != nil {
				return Value{}, err
			}
		}
		args = args[:len(args)-len(kwnames)]
		if len(args) > 1 {
			return Value{}, Errorf(TypeError, "%s expected at most 1 argument, got %d", t.Name, len(args))
		}
		var iterable Value
		if len(args) == 1 {
			iterable = args[0]
			if t == FrozenSetType && !iterable.IsImmediate() && iterable.Type() == FrozenSetType {
				return iterable, nil
			}
		}
		s, err := makeSet(th, t, iterable)
		if err != nil {
			return Value{}, err
		}
		return ValueOf(s), nil
	}
	FrozenSetType.Hash = frozensetHash
	addSlotMethods(SetType, setOperators, true, setOperators)
	addSlotMethods(FrozenSetType, setOperators, true, nil)

	// Methods of both set and frozenset.
	for _, t := range []*Type{SetType, FrozenSetType} {
		t := t
		t.planAdder(func() {
			t.AddMethod("copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount(t.Name+".copy", args, kwnames, 0, 0); err != nil {
					return Value{}, err
				}
				if self.Type() == FrozenSetType {
					return self, nil
				}
				return ValueOf(copySet(th, as[Set](self))), nil
			})
			t.AddMethod("union", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := NoKwargs(t.Name+".union", kwnames); err != nil {
					return Value{}, err
				}
				s := as[Set](self)
				r := copySet(th, s)
				for _, o := range args {
					if isSet(o) && as[Set](o) == s {
						continue
					}
					if err := r.update(th, o); err != nil {
						return Value{}, err
					}
				}
				return ValueOf(r), nil
			})
			t.AddMethod("intersection", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := NoKwargs(t.Name+".intersection", kwnames); err != nil {
					return Value{}, err
				}
				r, err := as[Set](self).intersectionMulti(th, args)
				if err != nil {
					return Value{}, err
				}
				return ValueOf(r), nil
			})
			t.AddMethod("difference", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := NoKwargs(t.Name+".difference", kwnames); err != nil {
					return Value{}, err
				}
				s := as[Set](self)
				if len(args) == 0 {
					return ValueOf(copySet(th, s)), nil
				}
				r, err := s.difference(th, args[0])
				for _, o := range args[1:] {
					if err != nil {
						break
					}
					err = r.differenceUpdate(th, o)
				}
				if err != nil {
					return Value{}, err
				}
				return ValueOf(r), nil
			})
			t.AddMethod("symmetric_difference", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount(t.Name+".symmetric_difference", args, kwnames, 1, 1); err != nil {
					return Value{}, err
				}
				r, err := as[Set](self).symmetricDifference(th, args[0])
				if err != nil {
					return Value{}, err
				}
				return ValueOf(r), nil
			})
			predicate := func(name string, f func(s *Set, th *Thread, other Value) (bool, error)) {
				t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
					if err := CheckArgCount(t.Name+"."+name, args, kwnames, 1, 1); err != nil {
						return Value{}, err
					}
					r, err := f(as[Set](self), th, args[0])
					return Bool(r), err
				})
			}
			predicate("issubset", (*Set).isSubset)
			predicate("issuperset", (*Set).isSuperset)
			predicate("isdisjoint", (*Set).isDisjoint)
		}) // with the dict, at its first use (type_dict.go)
	}

	// Methods of set alone.
	t := SetType
	t.planAdder(func() {
		oneArg := func(name string, f func(s *Set, th *Thread, x Value) error) {
			t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount("set."+name, args, kwnames, 1, 1); err != nil {
					return Value{}, err
				}
				return None, f(as[Set](self), th, args[0])
			})
		}
		manyArgs := func(name string, f func(s *Set, th *Thread, x Value) error) {
			t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := NoKwargs("set."+name, kwnames); err != nil {
					return Value{}, err
				}
				for _, o := range args {
					if err := f(as[Set](self), th, o); err != nil {
						return Value{}, err
					}
				}
				return None, nil
			})
		}
		oneArg("add", (*Set).Add)
		oneArg("discard", func(s *Set, th *Thread, x Value) error {
			_, err := s.discardKey(th, x)
			return err
		})
		oneArg("remove", func(s *Set, th *Thread, x Value) error {
			found, err := s.discardKey(th, x)
			if err == nil && !found {
				err = NewException(KeyError, x)
			}
			return err
		})
		oneArg("symmetric_difference_update", (*Set).symmetricDifferenceUpdate)
		manyArgs("update", (*Set).update)
		manyArgs("difference_update", (*Set).differenceUpdate)
		t.AddMethod("intersection_update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := NoKwargs("set.intersection_update", kwnames); err != nil {
				return Value{}, err
			}
			s := as[Set](self)
			r, err := s.intersectionMulti(th, args)
			if err != nil {
				return Value{}, err
			}
			s.swapBodies(r)
			return None, nil
		})
		t.AddMethod("clear", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("set.clear", args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			as[Set](self).clear()
			return None, nil
		})
		t.AddMethod("pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("set.pop", args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			s := as[Set](self)
			if s.used == 0 {
				return Value{}, Errorf(KeyError, "pop from an empty set")
			}
			i := s.finger & (len(s.table) - 1)
			for !s.table[i].live() {
				i = (i + 1) & (len(s.table) - 1)
			}
			key := s.table[i].key
			s.table[i] = setEntry{hash: -1}
			s.used--
			s.finger = i + 1
			return key, nil
		})
	}) // with the dict, at its first use (type_dict.go)
}

package runtime

import (
	"math"
	"math/big"
	"strconv"
)

// This file defines the iterators of the container types (list, tuple,
// range, set, dict and its views, forward and reversed) and the iterator
// types the builtins module exposes: enumerate, zip, map, filter and
// reversed. The builtins engineer installs EnumerateType, ZipType,
// MapType, FilterType and ReversedType in builtins under their names.

// Iterator types of the containers, with CPython's names.
var (
	listIteratorType        = NewBuiltinType("list_iterator", ObjectType, LayoutOther, 0)
	listReverseIteratorType = NewBuiltinType("list_reverseiterator", ObjectType, LayoutOther, 0)
	tupleIteratorType       = NewBuiltinType("tuple_iterator", ObjectType, LayoutOther, 0)
	rangeIteratorType       = NewBuiltinType("range_iterator", ObjectType, LayoutOther, 0)
	longRangeIteratorType   = NewBuiltinType("longrange_iterator", ObjectType, LayoutOther, 0)
	setIteratorType         = NewBuiltinType("set_iterator", ObjectType, LayoutOther, 0)

	dictKeyIteratorType          = NewBuiltinType("dict_keyiterator", ObjectType, LayoutOther, 0)
	dictValueIteratorType        = NewBuiltinType("dict_valueiterator", ObjectType, LayoutOther, 0)
	dictItemIteratorType         = NewBuiltinType("dict_itemiterator", ObjectType, LayoutOther, 0)
	dictReverseKeyIteratorType   = NewBuiltinType("dict_reversekeyiterator", ObjectType, LayoutOther, 0)
	dictReverseValueIteratorType = NewBuiltinType("dict_reversevalueiterator", ObjectType, LayoutOther, 0)
	dictReverseItemIteratorType  = NewBuiltinType("dict_reverseitemiterator", ObjectType, LayoutOther, 0)
)

// The iterator types of builtins. They may be subclassed in Python.
var (
	EnumerateType = NewBuiltinType("enumerate", ObjectType, LayoutOther, FlagBaseType)
	ZipType       = NewBuiltinType("zip", ObjectType, LayoutOther, FlagBaseType)
	MapType       = NewBuiltinType("map", ObjectType, LayoutOther, FlagBaseType)
	FilterType    = NewBuiltinType("filter", ObjectType, LayoutOther, FlagBaseType)
	ReversedType  = NewBuiltinType("reversed", ObjectType, LayoutOther, FlagBaseType)
)

// iteratorType completes an iterator type: iter(it) is it, next is given,
// and __iter__, __next__ and (if lengthHint is not nil) __length_hint__
// are methods.
func iteratorType(t *Type, next func(th *Thread, v Value) (Value, bool, error), lengthHint func(v Value) int) {
	t.Iter = containerIterSelf
	t.Next = next
	addSlotMethods(t, nil, false, nil)
	if lengthHint != nil {
		t.AddMethod("__length_hint__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return Int(int64(max(lengthHint(self), 0))), nil
		})
	}
}

// seqIterator iterates a list or tuple forward (step 1) or a list
// backward (step -1), re-reading the items at every step so that it sees
// changes to the list as CPython's iterators do.
type seqIterator struct {
	Object
	items func() []Value // nil once exhausted
	i     int
	step  int
	seq   Value // the list or tuple: compiled code reads its items (jitsupport.go)
}

func newListIterator(v Value) Value {
	return ValueOf(&seqIterator{Object: Object{typ: listIteratorType}, items: as[List](v).getItems, step: 1, seq: v})
}

func newListReverseIterator(v Value) Value {
	l := as[List](v)
	return ValueOf(&seqIterator{Object: Object{typ: listReverseIteratorType}, items: l.getItems, i: l.Len() - 1, step: -1, seq: v})
}

func newTupleIterator(v Value) Value {
	return ValueOf(&seqIterator{Object: Object{typ: tupleIteratorType}, items: as[Tuple](v).getItems, step: 1, seq: v})
}

func seqIteratorNext(th *Thread, v Value) (Value, bool, error) {
	it := as[seqIterator](v)
	if it.items == nil {
		return Value{}, false, nil
	}
	if w := it.listWords(); w != nil {
		return it.nextWord(w)
	}
	items := it.items()
	if it.i < 0 || it.i >= len(items) {
		it.items = nil
		return Value{}, false, nil
	}
	x := items[it.i]
	it.i += it.step
	return x, true, nil
}

func seqIteratorLengthHint(v Value) int {
	it := as[seqIterator](v)
	if it.items == nil {
		return 0
	}
	n := it.seqLen()
	if it.step < 0 {
		if it.i >= n {
			return 0
		}
		return it.i + 1
	}
	return n - it.i
}

// rangeIterator yields remaining values start, start+step, ...
type rangeIterator struct {
	Object
	next, step, remaining int64
}

func newRangeIterator(start, step, n int64) Value {
	return ValueOf(&rangeIterator{Object: Object{typ: rangeIteratorType}, next: start, step: step, remaining: n})
}

// longRangeIterator is the iterator of a range with bounds beyond int64:
// rangeIterator with big ints, as CPython's longrange_iterator.
type longRangeIterator struct {
	Object
	next, step, remaining *big.Int
}

func newLongRangeIterator(start, step, n *big.Int) Value {
	return ValueOf(&longRangeIterator{Object: Object{typ: longRangeIteratorType},
		next: new(big.Int).Set(start), step: step, remaining: new(big.Int).Set(n)})
}

// setIterator walks a set's table. It raises RuntimeError if the set's
// size changes under it, as CPython's does.
type setIterator struct {
	Object
	set       *Set // nil once exhausted
	pos       int
	used      int
	remaining int
}

// dictIterator walks a dict's entry table forward or backward, yielding
// keys, values or (key, value) tuples according to its type.
type dictIterator struct {
	Object
	dict      *Dict // nil once exhausted
	pos       int
	used      int32
	remaining int32
	// version is the dict's key set version when iteration began: an
	// OrderedDict's iterators stop at any change of it (odict.go).
	version uint32
}

// dictIteratorTypes maps a view kind and direction to an iterator type.
var dictIteratorTypes = [2][3]*Type{
	{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType},
	{dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType},
}

// dictViewKind says what a dict view or iterator yields.
type dictViewKind uint8

const (
	dictKeys dictViewKind = iota
	dictValues
	dictItems
)

func newDictIterator(d *Dict, kind dictViewKind, reverse bool) Value {
	it := &dictIterator{dict: d, used: int32(d.Len()), remaining: int32(d.Len()), version: uint32(d.Version())}
	if reverse {
		it.typ = dictIteratorTypes[1][kind]
		it.pos = d.EntryCap() - 1
	} else {
		it.typ = dictIteratorTypes[0][kind]
	}
	return ValueOf(it)
}

func dictIteratorNext(th *Thread, v Value) (Value, bool, error) {
	it := as[dictIterator](v)
	d := it.dict
	if d == nil {
		return Value{}, false, nil
	}
	if it.version != uint32(d.Version()) && d.Type() != DictType && odMutated(d) {
		if it.used < 0 || d.Len() == 0 {
			// clear() leaves CPython's node state alone: its size check
			// reports it, stickily.
			it.used = -1
			return Value{}, false, Errorf(RuntimeError, "OrderedDict changed size during iteration")
		}
		it.dict = nil
		return Value{}, false, Errorf(RuntimeError, "OrderedDict mutated during iteration")
	}
	if int(it.used) != d.Len() {
		it.used = -1 // sticky, as in CPython
		return Value{}, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	t := v.Type()
	reverse := t == dictReverseKeyIteratorType || t == dictReverseValueIteratorType || t == dictReverseItemIteratorType
	for it.pos >= 0 && it.pos < d.EntryCap() {
		key, value, live := d.Entry(it.pos)
		if reverse {
			it.pos--
		} else {
			it.pos++
		}
		if !live {
			continue
		}
		if it.remaining == 0 {
			it.dict = nil
			return Value{}, false, Errorf(RuntimeError, "dictionary keys changed during iteration")
		}
		it.remaining--
		switch t {
		case dictKeyIteratorType, dictReverseKeyIteratorType:
			return key, true, nil
		case dictValueIteratorType, dictReverseValueIteratorType:
			return value, true, nil
		}
		return NewTuple2(key, value), true, nil
	}
	it.dict = nil
	return Value{}, false, nil
}

func init() {
	iteratorType(listIteratorType, seqIteratorNext, seqIteratorLengthHint)
	iteratorType(listReverseIteratorType, seqIteratorNext, seqIteratorLengthHint)
	iteratorType(tupleIteratorType, seqIteratorNext, seqIteratorLengthHint)
	iteratorType(rangeIteratorType, func(th *Thread, v Value) (Value, bool, error) {
		it := as[rangeIterator](v)
		if it.remaining <= 0 {
			return Value{}, false, nil
		}
		x := it.next
		it.remaining--
		it.next += it.step // may wrap after the last value, which is never used
		return Int(x), true, nil
	}, func(v Value) int { return int(as[rangeIterator](v).remaining) })
	iteratorType(longRangeIteratorType, func(th *Thread, v Value) (Value, bool, error) {
		it := as[longRangeIterator](v)
		if it.remaining.Sign() <= 0 {
			return Value{}, false, nil
		}
		// The yielded int keeps its own copy: it.next changes in place.
		x := MakeInt(new(big.Int).Set(it.next))
		it.remaining.Sub(it.remaining, bigOne)
		it.next.Add(it.next, it.step)
		return x, true, nil
	}, nil)
	longRangeIteratorType.AddMethod("__length_hint__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return MakeInt(new(big.Int).Set(as[longRangeIterator](self).remaining)), nil
	})
	iteratorType(setIteratorType, func(th *Thread, v Value) (Value, bool, error) {
		it := as[setIterator](v)
		s := it.set
		if s == nil {
			return Value{}, false, nil
		}
		if it.used != s.used {
			it.used = -1
			return Value{}, false, Errorf(RuntimeError, "Set changed size during iteration")
		}
		for ; it.pos < len(s.table); it.pos++ {
			if e := &s.table[it.pos]; e.live() {
				it.pos++
				it.remaining--
				return e.key, true, nil
			}
		}
		it.set = nil
		return Value{}, false, nil
	}, func(v Value) int {
		if it := as[setIterator](v); it.set != nil && it.used == it.set.used {
			return it.remaining
		}
		return 0
	})
	dictLengthHint := func(v Value) int {
		if it := as[dictIterator](v); it.dict != nil && int(it.used) == it.dict.Len() {
			return int(it.remaining)
		}
		return 0
	}
	for _, types := range dictIteratorTypes {
		for _, t := range types {
			iteratorType(t, dictIteratorNext, dictLengthHint)
		}
	}

	EnumerateType.New = enumerateNew
	iteratorType(EnumerateType, enumerateNext, nil)
	ZipType.New = zipNew
	iteratorType(ZipType, zipNext, nil)
	MapType.New = mapNew
	iteratorType(MapType, mapNext, nil)
	FilterType.New = filterNew
	iteratorType(FilterType, filterNext, nil)
	ReversedType.New = reversedNew
	iteratorType(ReversedType, reversedNext, func(v Value) int {
		if r := as[reversedIterator](v); r.seq.p != nil {
			return int(r.index + 1)
		}
		return 0
	})
}

// enumerateIterator is enumerate(iterable, start=0).
type enumerateIterator struct {
	Object
	it    Value
	count Value // an int; a big int once past the int64 range
}

// NewEnumerate returns enumerate(it, start) for an iterator it.
func NewEnumerate(it Value, start int64) Value {
	return ValueOf(&enumerateIterator{Object: Object{typ: EnumerateType}, it: it, count: Int(start)})
}

func enumerateNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var iterable, start Value
	if err := UnpackArgs("enumerate", args, kwnames, "iterable?", &iterable, "start?", &start); err != nil {
		return Value{}, err
	}
	if iterable.p == nil {
		return Value{}, Errorf(TypeError, "enumerate() missing required argument 'iterable'")
	}
	count := Int(0)
	if start.p != nil {
		var err error
		if count, err = Index(th, start); err != nil {
			return Value{}, err
		}
	}
	it, err := Iter(th, iterable)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(&enumerateIterator{Object: containerInstanceHeader(t), it: it, count: count}), nil
}

func enumerateNext(th *Thread, v Value) (Value, bool, error) {
	n, x, ok, err := enumerateNextPair(th, as[enumerateIterator](v))
	if err != nil || !ok {
		return Value{}, false, err
	}
	return NewTuple2(n, x), true, nil
}

// enumerateNextPair returns the count and the item of e's next pair.
func enumerateNextPair(th *Thread, e *enumerateIterator) (n, x Value, ok bool, err error) {
	x, ok, err = Next(th, e.it)
	if err != nil || !ok {
		return Value{}, Value{}, false, err
	}
	n = e.count
	if n.IsSmallInt() && n.SmallInt() != math.MaxInt64 {
		e.count = Int(n.SmallInt() + 1)
	} else {
		e.count = MakeInt(new(big.Int).Add(BigIntValue(n), big.NewInt(1)))
	}
	return n, x, true, nil
}

// zipIterator is zip(*iterables, strict=False).
type zipIterator struct {
	Object
	its    []Value
	strict bool
}

func zipNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	strict := false
	for k, name := range kwnames {
		if name != "strict" {
			return Value{}, Errorf(TypeError, "'%s' is an invalid keyword argument for zip()", name)
		}
		var err error
		if strict, err = Truth(th, args[npos+k]); err != nil {
			return Value{}, err
		}
	}
	its := make([]Value, npos)
	for i, x := range args[:npos] {
		it, err := Iter(th, x)
		if err != nil {
			return Value{}, err
		}
		its[i] = it
	}
	return ValueOf(&zipIterator{Object: containerInstanceHeader(t), its: its, strict: strict}), nil
}

func zipNext(th *Thread, v Value) (Value, bool, error) {
	z := as[zipIterator](v)
	if len(z.its) == 0 {
		return Value{}, false, nil
	}
	var buf [4]Value // the usual zip of a few iterables needs no heap slice
	items := buf[:0]
	if len(z.its) > len(buf) {
		items = make([]Value, 0, len(z.its))
	}
	items = items[:len(z.its)]
	if ok, err := zipNextInto(th, z, items); !ok || err != nil {
		return Value{}, false, err
	}
	return NewTupleCopy(items), true, nil
}

// zipNextInto stores z's next items in items (one per iterator) and
// reports whether there were any.
func zipNextInto(th *Thread, z *zipIterator, items []Value) (bool, error) {
	for i, it := range z.its {
		x, ok, err := Next(th, it)
		if err != nil {
			return false, err
		}
		if !ok {
			if z.strict {
				return false, zipStrictCheck(th, z, i)
			}
			return false, nil
		}
		items[i] = x
	}
	return true, nil
}

// zipStrictCheck reports, for zip(strict=True), that iterator i ran out
// first: an error unless every iterator ran out together.
func zipStrictCheck(th *Thread, z *zipIterator, i int) error {
	which := func(i int) string {
		if i == 1 {
			return " 1"
		}
		return "s 1-" + strconv.Itoa(i)
	}
	if i > 0 {
		return Errorf(ValueError, "zip() argument %d is shorter than argument%s", i+1, which(i))
	}
	for i = 1; i < len(z.its); i++ {
		_, ok, err := Next(th, z.its[i])
		if err != nil {
			return err
		}
		if ok {
			return Errorf(ValueError, "zip() argument %d is longer than argument%s", i+1, which(i))
		}
	}
	return nil
}

// mapIterator is map(function, *iterables).
type mapIterator struct {
	Object
	fn  Value
	its []Value
}

func mapNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 && t == MapType {
		return Value{}, Errorf(TypeError, "map() takes no keyword arguments")
	}
	args = args[:len(args)-len(kwnames)]
	if len(args) < 2 {
		return Value{}, Errorf(TypeError, "map() must have at least two arguments.")
	}
	its := make([]Value, len(args)-1)
	for i, x := range args[1:] {
		it, err := Iter(th, x)
		if err != nil {
			return Value{}, err
		}
		its[i] = it
	}
	return ValueOf(&mapIterator{Object: containerInstanceHeader(t), fn: args[0], its: its}), nil
}

func mapNext(th *Thread, v Value) (Value, bool, error) {
	m := as[mapIterator](v)
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		x, ok, err := Next(th, it)
		if err != nil || !ok {
			return Value{}, false, err
		}
		args[i] = x
	}
	r, err := Call(th, m.fn, args, nil)
	return r, err == nil, err
}

// filterIterator is filter(function or None, iterable).
type filterIterator struct {
	Object
	fn Value
	it Value
}

func filterNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 && t == FilterType {
		return Value{}, Errorf(TypeError, "filter() takes no keyword arguments")
	}
	args = args[:len(args)-len(kwnames)]
	if len(args) != 2 {
		return Value{}, Errorf(TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := Iter(th, args[1])
	if err != nil {
		return Value{}, err
	}
	return ValueOf(&filterIterator{Object: containerInstanceHeader(t), fn: args[0], it: it}), nil
}

func filterNext(th *Thread, v Value) (Value, bool, error) {
	f := as[filterIterator](v)
	for {
		x, ok, err := Next(th, f.it)
		if err != nil || !ok {
			return Value{}, false, err
		}
		test := x
		if !f.fn.IsNone() && !Is(f.fn, ValueOf(BoolType)) {
			if test, err = Call(th, f.fn, []Value{x}, nil); err != nil {
				return Value{}, false, err
			}
		}
		keep, err := Truth(th, test)
		if err != nil {
			return Value{}, false, err
		}
		if keep {
			return x, true, nil
		}
	}
}

// reversedIterator is reversed(seq) for a sequence without __reversed__:
// it indexes seq from its last item down.
type reversedIterator struct {
	Object
	seq   Value // zero once exhausted
	index int64
}

// reversedNew is reversed(seq): seq.__reversed__() if seq's type defines
// it, otherwise an iterator indexing the sequence backward.
func reversedNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if t == ReversedType {
		if err := NoKwargs("reversed", kwnames); err != nil {
			return Value{}, err
		}
	}
	args = args[:len(args)-len(kwnames)]
	if len(args) != 1 {
		return Value{}, Errorf(TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	st := seq.Type()
	if m := st.Lookup("__reversed__"); m.p != nil {
		if m.IsNone() {
			return Value{}, Errorf(TypeError, "'%s' object is not reversible", st.Name)
		}
		return containerCallSpecial(th, m, seq)
	}
	if st.GetItem == nil || st.Layout == LayoutDict || st.Layout == LayoutSet {
		return Value{}, Errorf(TypeError, "'%s' object is not reversible", st.Name)
	}
	n, err := Len(th, seq)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(&reversedIterator{Object: containerInstanceHeader(t), seq: seq, index: int64(n) - 1}), nil
}

// containerCallSpecial calls the special method m, found on self's type,
// with self and args: it binds m as attribute lookup would (CPython's
// _PyObject_LookupSpecial), so functions, builtin methods and other
// descriptors all work. A method in Go of self's type (defaultdict's
// __missing__) is called without binding it first, which would allocate
// a bound method per call.
func containerCallSpecial(th *Thread, m, self Value, args ...Value) (Value, error) {
	if t := m.Type(); t == MethodDescriptorType || t == WrapperDescriptorType {
		if md := as[BuiltinMethod](m); self.Type().IsSubtype(md.Owner) {
			return md.Fn(th, self, args, nil)
		}
	}
	if get := m.Type().DescrGet; get != nil {
		bound, err := get(th, m, self, self.Type())
		if err != nil {
			return Value{}, err
		}
		return Call(th, bound, args, nil)
	}
	return Call(th, m, args, nil)
}

func reversedNext(th *Thread, v Value) (Value, bool, error) {
	r := as[reversedIterator](v)
	if r.seq.p == nil || r.index < 0 {
		r.seq = Value{}
		return Value{}, false, nil
	}
	x, err := GetItem(th, r.seq, Int(r.index))
	if err != nil {
		r.seq = Value{}
		if IsInstanceOf(err, IndexError) || IsInstanceOf(err, StopIteration) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	r.index--
	return x, true, nil
}

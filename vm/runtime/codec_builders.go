package runtime

import "unsafe"

// This file defines constructors for codecs written in Go (json's
// encoder and decoder) that build values from their own scratch buffers.

// NewStrBytesASCII returns a new str holding a copy of b, which the
// caller knows to be ASCII (json.dumps with ensure_ascii): the str is
// marked so, and len() or indexing of it never scans its text.
func NewStrBytesASCII(b []byte) Value {
	s := strFromBytes(b)
	if s != emptyStr {
		s.markASCII()
	}
	return ValueOf(s)
}

// NewListOf returns a new list of a copy of items: up to listInlineMax
// items in the same allocation as the list (list_inline.go), as a display
// makes it, where NewList of a copy took two.
func NewListOf(items []Value) Value { return newListDisplay(items) }

// NewDictOfMemoKeys returns the dict that setting the key, value pairs
// laid out flat in kv (key, value, key, value, ...) in order makes. Its
// caller memoises str keys, as json's decoder does: two exact strs of
// equal text in kv are the same object. Then, when every key is an exact
// str, no key object repeats and the pairs fit a dict without an index,
// the entries are written at once, without looking each key up among
// those before it; otherwise the pairs are set one by one.
//
// Such a dict is one allocation with its entry table (dictBlock): the
// records of a document are mostly small objects, and one block instead
// of two is one object less for the collector to allocate and mark.
func NewDictOfMemoKeys(th *Thread, kv []Value) (*Dict, error) {
	n := len(kv) / 2
	if n > 0 && n <= dictLinearMax && distinctStrObjects(kv) {
		d := newDictBlock(n)
		for i := 0; i < len(kv); i += 2 {
			d.entries = append(d.entries, newDictEntry(kv[i], as[Str](kv[i]).hashValue(), kv[i+1]))
		}
		d.used = int32(n)
		d.keysChanged()
		return d, nil
	}
	d := NewDictSized(n)
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(th, kv[i], kv[i+1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// distinctStrObjects reports whether the keys of the flat pairs kv are
// exact strs, no two of them the same object.
func distinctStrObjects(kv []Value) bool {
	for i := 0; i < len(kv); i += 2 {
		k := kv[i]
		if k.IsImmediate() || k.Type() != StrType {
			return false
		}
		for j := 0; j < i; j += 2 {
			if kv[j].p == k.p {
				return false
			}
		}
	}
	return true
}

// dictBlock is a dict and its entry table (an array of E entries) in one
// allocation, the dict first, so that the block's address is the dict's.
// A dict that outgrows the table moves its entries out and leaves the
// table unused, as an instance's block dict does (instance_alloc.go).
type dictBlock[E any] struct {
	dict    Dict
	entries E
}

// newDictBlock returns an empty dict with room for exactly n entries
// (1 <= n <= dictLinearMax) in its own allocation.
func newDictBlock(n int) *Dict {
	switch n {
	case 1:
		return initDictBlock(new(dictBlock[[1]dictEntry]))
	case 2:
		return initDictBlock(new(dictBlock[[2]dictEntry]))
	case 3:
		return initDictBlock(new(dictBlock[[3]dictEntry]))
	case 4:
		return initDictBlock(new(dictBlock[[4]dictEntry]))
	case 5:
		return initDictBlock(new(dictBlock[[5]dictEntry]))
	case 6:
		return initDictBlock(new(dictBlock[[6]dictEntry]))
	case 7:
		return initDictBlock(new(dictBlock[[7]dictEntry]))
	}
	return initDictBlock(new(dictBlock[[dictLinearMax]dictEntry]))
}

func initDictBlock[E any](b *dictBlock[E]) *Dict {
	profileNew(DictType, profDictSize)
	b.dict.typ = DictType
	n := unsafe.Sizeof(b.entries) / unsafe.Sizeof(dictEntry{})
	b.dict.entries = unsafe.Slice((*dictEntry)(unsafe.Pointer(&b.entries)), n)[:0]
	return &b.dict
}

// NewPairList returns the list of the (key, value) tuples of the flat
// pairs kv, as json's object_pairs_hook receives an object: the tuples
// are one array, one allocation for all of them rather than one each
// (hooks such as OrderedDict or dict drop them at once). A tuple the hook
// keeps keeps the array, 64 bytes a pair of that one object.
func NewPairList(kv []Value) Value {
	n := len(kv) / 2
	if n == 0 {
		return NewList(nil)
	}
	pairs := make([]tupleBlock[[2]Value], n)
	items := make([]Value, n)
	for i := range pairs {
		t := &pairs[i]
		profileNew(TupleType, profTupleSize+2*profValueSize)
		t.typ = TupleType
		t.inline = [2]Value{kv[2*i], kv[2*i+1]}
		t.first = &t.inline[0]
		t.n = 2
		items[i] = ValueOf(&t.Tuple)
	}
	return NewList(items)
}

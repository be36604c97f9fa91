package runtime

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
func NewDictOfMemoKeys(th *Thread, kv []Value) (*Dict, error) {
	n := len(kv) / 2
	d := NewDictSized(n)
	if n > 0 && n <= dictLinearMax && distinctStrObjects(kv) {
		for i := 0; i < len(kv); i += 2 {
			d.entries = append(d.entries, newDictEntry(kv[i], as[Str](kv[i]).hashValue(), kv[i+1]))
		}
		d.used = int32(n)
		d.keysChanged()
		return d, nil
	}
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

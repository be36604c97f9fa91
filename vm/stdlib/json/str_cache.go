package json

// This file defines the decoder's cache of short string values. A
// document of records repeats its short values ("active", "t5", "EUR",
// a country code) in every record, and each was a str of its own: 32 to
// 48 bytes a value, half of what json_loads' strs took. The decoder keeps
// the last str it made for each of jsonStrCacheSize hash buckets and
// gives the same str again for the same text, as PyPy's decoder caches
// values. CPython makes a new str each time; str identity (`is`) is the
// only difference a program can see, and CPython itself shares interned
// strs in the same way. Keys are memoised apart, all of them (decoder.key).

import (
	"unsafe"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

const (
	// jsonStrCacheSize is the number of buckets: a power of two.
	jsonStrCacheSize = 256
	// jsonStrCacheMaxLen is the longest text cached: longer values
	// (names, sentences) seldom repeat.
	jsonStrCacheMaxLen = 16
	// jsonStrCacheMinDoc is the shortest document that gets a cache: a
	// small one cannot repay the cache's 4 KB.
	jsonStrCacheMinDoc = 16384
)

// jsonStrCache is the last str made for each bucket of text hashes.
type jsonStrCache [jsonStrCacheSize]rt.Value

// strValue returns the str of a string value: text, or d.text when
// escaped (a scratch buffer the str must not share), from the cache if
// the same short text was made last in its bucket.
func (d *decoder) strValue(text string, escaped bool) rt.Value {
	if escaped {
		text = unsafe.String(unsafe.SliceData(d.text), len(d.text))
	}
	c := d.strs
	if c == nil || len(text) > jsonStrCacheMaxLen {
		return d.newStrValue(text, escaped)
	}
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(text); i++ {
		h = (h ^ uint32(text[i])) * 16777619
	}
	slot := &c[h&(jsonStrCacheSize-1)]
	if slot.IsValid() && rt.StrValue(*slot) == text {
		return *slot
	}
	v := d.newStrValue(text, escaped)
	*slot = v
	return v
}

// newStrValue makes a str of text: a view of the document's own text, or
// a copy of the escaped text in d.text.
func (d *decoder) newStrValue(text string, escaped bool) rt.Value {
	if escaped {
		return rt.NewStrBytes(d.text)
	}
	return rt.NewStr(text)
}

package runtime

import "unsafe"

// This file defines strShortTable, which gives the short strs that
// concatenation and slicing make one object per text while it stays in
// the table: `word + "s"` and `a + " " + b` over a small vocabulary
// (word_count), or a tokenizer's `src[i:j]` names and small numbers,
// make the same few texts again and again, and each was a new object
// kept alive by the list or dict holding it. CPython makes a new object
// each time (it shares only one-character strs); as with StrPieces, only
// `is` can tell.
//
// The table is direct-mapped by the text's hash, which its strs keep, so
// a dict probe with one of them does not hash it again; each slot keeps
// the hash next to the str, so that a miss reads no str object. Its strs
// carry their text in their own allocation (strAlloc), never a slice of
// a larger text, so the table keeps at most strShortSlots small objects
// alive and no source text. Each Thread has its own table (no atomics on
// the path of every concatenation); a str it holds may still reach other
// threads, so it is made complete (hash and code point flags computed)
// before it is returned and never written again, as asciiChars are.

const (
	strShortMax   = 16 // the longest text kept: the smallest inline str
	strShortSlots = 4096
)

// strShortTable is a Thread's table of short strs.
type strShortTable [strShortSlots]struct {
	hash int64
	s    *Str
}

// strShortHash is strHash(a + b) without building a + b.
func strShortHash(a, b string) int64 { return strHashFold(strHashAdd(strHashAdd(strHashStart, a), b)) }

// strShort returns a str of a + b, whose length is 1 to strShortMax
// bytes: th's if it has one of that text, else a new one that replaces
// the one in its slot. Without a thread (th nil) it is a new str. ascii
// says a + b is known to be ASCII, which saves a scan.
func strShort(th *Thread, a, b string, ascii bool) *Str {
	if th == nil {
		s, buf := strAlloc(len(a) + len(b))
		copy(buf[copy(buf, a):], b)
		return s
	}
	if th.strShort == nil {
		th.strShort = new(strShortTable)
	}
	h := strShortHash(a, b)
	e := &th.strShort[uint64(h)&(strShortSlots-1)]
	if e.hash == h {
		if t := e.s.text(); len(t) == len(a)+len(b) && t[:len(a)] == a && t[len(a):] == b {
			return e.s
		}
	}
	s, buf := strAlloc(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	if ascii || isASCIIString(unsafe.String(unsafe.SliceData(buf), len(buf))) {
		s.meta |= strASCII
	} else {
		s.meta |= strWide // a short text's code points are counted, not cached (str_wide.go)
	}
	s.meta |= uint64(h) << strHashShift
	e.hash, e.s = h, s
	return s
}

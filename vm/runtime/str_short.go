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

	// A table that found fewer than one text in strShortMinHitRatio among
	// its last strShortProbe is not looked in for the next strShortRest
	// strs (string_build's `"item-" + str(i)` never repeats), which then
	// cost what they did without it.
	strShortProbe       = 1024
	strShortMinHitRatio = 16
	strShortRest        = 16384
)

// strShortTable is a Thread's table of short strs.
type strShortTable struct {
	slots [strShortSlots]struct {
		hash int64
		s    *Str
	}
	tries, hits int // since the last decision to rest
	rest        int // strs still to make without the table
}

// strShortHash is strHash(a + b) without allocating a + b: the text is
// put together in a buffer on the stack.
func strShortHash(a, b string) int64 {
	var buf [strShortMax]byte
	n := copy(buf[copy(buf[:], a):], b)
	return strHash(unsafe.String(&buf[0], len(a)+n))
}

// strShort returns a str of a + b, whose length is 1 to strShortMax
// bytes: th's if it has one of that text, else a new one that replaces
// the one in its slot. Without a thread (th nil), or while its table
// rests, it is a new str of its own. ascii says a + b is known to be
// ASCII, which saves a scan.
func strShort(th *Thread, a, b string, ascii bool) *Str {
	if th == nil {
		return strShortNew(a, b, ascii)
	}
	t := th.strShort
	if t == nil {
		t = new(strShortTable)
		th.strShort = t
	}
	if t.rest > 0 {
		t.rest--
		return strShortNew(a, b, ascii)
	}
	t.tries++
	if t.tries == strShortProbe {
		if t.hits*strShortMinHitRatio < t.tries {
			t.rest = strShortRest
		}
		t.tries, t.hits = 0, 0
	}
	h := strShortHash(a, b)
	e := &t.slots[uint64(h)&(strShortSlots-1)]
	if e.hash == h && e.s != nil {
		if x := e.s.text(); len(x) == len(a)+len(b) && x[:len(a)] == a && x[len(a):] == b {
			t.hits++
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

// strShortNew returns a new str of a + b that no table holds.
func strShortNew(a, b string, ascii bool) *Str {
	s, buf := strAlloc(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	if ascii {
		s.markASCII()
	}
	return s
}

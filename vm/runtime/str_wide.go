package runtime

import (
	"sync/atomic"
	"unsafe"
	"weak"
)

// This file defines what Kiln knows about the code points of a non-ASCII
// str beyond the flag in its meta word: their count and, once indexing
// needs them, the decoded code points. A Str has no room for them (it is
// 32 bytes), and most strs are ASCII, whose code point count is their
// length, so they are kept aside: a direct-mapped cache keyed by the
// str's address, each slot an immutable entry that holds the str weakly
// (the cache never keeps a str alive) and is replaced whole, so that the
// interpreters of the process may share it without a lock.
//
// A short text's code points are counted again rather than cached: the
// count costs about what a cache probe does.

// strWideCacheMin is the shortest text, in bytes, whose code point count
// is cached.
const strWideCacheMin = 64

// strWideInfo is one cached non-ASCII str's code points.
type strWideInfo struct {
	s     weak.Pointer[Str]
	n     int
	runes []rune // nil until indexing needs them
}

var strWideCache [1024]atomic.Pointer[strWideInfo]

// strWideSlot returns s's slot in strWideCache.
func strWideSlot(s *Str) *atomic.Pointer[strWideInfo] {
	a := uintptr(unsafe.Pointer(s))
	return &strWideCache[(a>>4^a>>14)%uintptr(len(strWideCache))]
}

// strWideLookup returns s's cached entry, or nil.
func strWideLookup(s *Str) *strWideInfo {
	if e := strWideSlot(s).Load(); e != nil && e.s.Value() == s {
		return e
	}
	return nil
}

// strWideCount returns the code point count of a non-ASCII str.
func strWideCount(s *Str) int {
	t := s.text()
	if len(t) < strWideCacheMin {
		return countRunes(t)
	}
	if e := strWideLookup(s); e != nil {
		return e.n
	}
	n := countRunes(t)
	strWideSlot(s).Store(&strWideInfo{s: weak.Make(s), n: n})
	return n
}

// strWideKnownCount returns the code point count of a non-ASCII str if
// it is cheap to know: cached, or a short text's.
func strWideKnownCount(s *Str) (int, bool) {
	t := s.text()
	if len(t) < strWideCacheMin {
		return countRunes(t), true
	}
	if e := strWideLookup(s); e != nil {
		return e.n, true
	}
	return 0, false
}

// strWideRunes returns the code points of a non-ASCII str, decoded once
// for as long as the str keeps its cache slot.
func strWideRunes(s *Str) []rune {
	e := strWideLookup(s)
	if e != nil && e.runes != nil {
		return e.runes
	}
	rs := decodeRunes(s.text())
	w := weak.Make(s)
	if e != nil {
		w = e.s
	}
	strWideSlot(s).Store(&strWideInfo{s: w, n: len(rs), runes: rs})
	return rs
}

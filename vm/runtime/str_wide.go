package runtime

import (
	"math/bits"
	"sync/atomic"
	"unsafe"
	"weak"
)

// This file defines what Kiln knows about the code points of a non-ASCII
// str beyond the flag in its meta word: their count and, once indexing
// needs it, an index of byte offsets. A Str has no room for them (it is
// 32 bytes), and most strs are ASCII, whose code point count is their
// length, so they are kept aside: a direct-mapped cache keyed by the
// str's address, each slot an immutable entry that holds the str weakly
// (the cache never keeps a str alive) and is replaced whole, so that the
// interpreters of the process may share it without a lock.
//
// The index is PyPy's for its UTF-8 strs: the byte offset of every
// strWideStride-th code point, 4 bytes per 8 code points, where decoded
// code points would take 4 bytes each (a 3-MB text's slice or index used
// to build an 11-MiB array). Reaching code point i is one index read and
// at most strWideStride-1 decoded code points.
//
// A short text's code points are counted again rather than cached: the
// count costs about what a cache probe does.

// strWideCacheMin is the shortest text, in bytes, whose code point count
// and offset index are cached.
const strWideCacheMin = 64

// strWideCountCacheMin is the shortest text, in bytes, whose code point
// count alone is cached: counting 8 bytes at a time (countCodePoints)
// costs less than making the cache's weak pointer up to about this size
// (file_lines' `len(line)` of a non-ASCII line of 100 bytes: 7 percent of
// its CPU went to the cache).
const strWideCountCacheMin = 512

// strWideStride is the number of code points between two entries of the
// offset index.
const strWideStride = 8

// strWideInfo is one cached non-ASCII str's code point facts.
type strWideInfo struct {
	s       weak.Pointer[Str]
	n       int
	offsets []uint32 // offsets[k] is code point k*strWideStride's byte offset; nil until indexing needs it
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
	if len(t) < strWideCountCacheMin {
		return countCodePoints(t)
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
	if len(t) < strWideCountCacheMin {
		return countCodePoints(t), true
	}
	if e := strWideLookup(s); e != nil {
		return e.n, true
	}
	return 0, false
}

// strWideByteOffset returns the byte offset of code point i of a
// non-ASCII str (0 <= i < its code point count).
func strWideByteOffset(s *Str, i int) int {
	t := s.text()
	off, walk := 0, i
	if len(t) >= strWideCacheMin {
		offs := strWideOffsets(s)
		off, walk = int(offs[i/strWideStride]), i%strWideStride
	}
	return skipCodePoints(t, off, walk)
}

// skipCodePoints returns the offset of the code point k code points after
// the one at byte offset off. Every code point's encoding, a WTF-8 lone
// surrogate's included, is one lead byte and continuation bytes
// (0b10xxxxxx), so counting lead bytes skips without decoding.
func skipCodePoints(t string, off, k int) int {
	for ; k > 0; k-- {
		off++
		for off < len(t) && t[off]&0xc0 == 0x80 {
			off++
		}
	}
	return off
}

// strWideOffsets returns the offset index of a non-ASCII str of at least
// strWideCacheMin bytes, built once for as long as the str keeps its
// cache slot.
func strWideOffsets(s *Str) []uint32 {
	e := strWideLookup(s)
	if e != nil && e.offsets != nil {
		return e.offsets
	}
	t := s.text()
	offs := make([]uint32, 0, len(t)/strWideStride+1)
	n := 0
	for off := 0; off < len(t); n++ {
		if n%strWideStride == 0 {
			offs = append(offs, uint32(off))
		}
		off = skipCodePoints(t, off, 1)
	}
	w := weak.Make(s)
	if e != nil {
		w = e.s
	}
	strWideSlot(s).Store(&strWideInfo{s: w, n: n, offsets: offs})
	return offs
}

// countCodePoints returns the number of code points of a str's text:
// its bytes less its continuation bytes (10xxxxxx), since every code
// point's encoding, a WTF-8 lone surrogate's included, is one lead byte
// and continuation bytes. Eight bytes at a time: a continuation byte has
// bit 7 set and bit 6 clear, and shifting the word left by one puts each
// byte's bit 6 under its bit 7.
func countCodePoints(t string) int {
	n := len(t)
	i := 0
	for ; i+8 <= len(t); i += 8 {
		x := load64(t, i)
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
	}
	for ; i < len(t); i++ {
		if t[i]&0xc0 == 0x80 {
			n--
		}
	}
	return n
}

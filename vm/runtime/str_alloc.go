package runtime

import (
	"strconv"
	"unsafe"
)

// This file defines how a new str gets its memory when Kiln writes its
// text itself (concatenation, join, printf-style formatting, f-strings,
// case conversion, str(int)): strAlloc hands out the header and a buffer
// for the text in as few allocations as the length allows, and the
// builders below fill it in place instead of building a Go string first
// and wrapping it in a header afterwards (two or three allocations, and
// a copy, for what is one object in CPython).

// Strs of up to strInlineMax bytes carry their bytes in the same
// allocation as the header: one allocation instead of two, at the same
// size for 17 to 64 bytes (the header's 48 bytes plus the bytes rounded to
// the size class either way) and at most 8 bytes more below that, where
// Go's tiny allocator would have packed separate bytes several to 16
// bytes. The allocation counts for more than the bytes: measured on
// string_build, 0.30 to 0.25 s of CPU with the same peak RSS. The text is
// an interior pointer into the object, which keeps it alive like any
// other.
type (
	strInline16 struct {
		Str
		buf [16]byte
	}
	strInline32 struct {
		Str
		buf [32]byte
	}
	strInline64 struct {
		Str
		buf [64]byte
	}
)

// strInlineMax is the longest text strAlloc puts inline.
const strInlineMax = 64

// strAlloc returns a new exact str of n bytes (n > 0) and the buffer its
// text lives in. The caller fills buf completely before the str is seen
// by anything else: the str's text is buf, which Go treats as immutable
// from then on.
func strAlloc(n int) (*Str, []byte) {
	var s *Str
	var buf []byte
	switch {
	case n > strInlineMax:
		// Separate bytes: a noscan allocation the collector need not
		// scan.
		buf = make([]byte, n)
		s = &Str{}
		profileNew(StrType, profStrSize+uintptr(n))
	case n <= 16:
		x := new(strInline16)
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+16)
	case n <= 32:
		x := new(strInline32)
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+32)
	default:
		x := new(strInline64)
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+64)
	}
	s.typ = StrType
	s.s = unsafe.String(unsafe.SliceData(buf), n)
	return s, buf
}

// emptyStr is the one empty str the builders here return, as CPython
// shares its empty str.
var emptyStr = &Str{Object: Object{typ: StrType}, s: "", hash: strHash(""), cp: asciiText}

// strFromBytes returns a new str holding a copy of b, for a builder that
// wrote its text into a scratch buffer (often on its caller's stack).
func strFromBytes(b []byte) *Str {
	if len(b) == 0 {
		return emptyStr
	}
	s, buf := strAlloc(len(b))
	copy(buf, b)
	return s
}

// newStrConcat returns a new str of a followed by b.
func newStrConcat(a, b string) *Str {
	n := len(a) + len(b)
	if n == 0 {
		return emptyStr
	}
	s, buf := strAlloc(n)
	copy(buf[copy(buf, a):], b)
	return s
}

// strConcatObjs is a + b for two exact strs: an operand that is empty
// is the result, as in CPython, and a result of two ASCII operands is
// known to be ASCII without a scan.
func strConcatObjs(a, b *Str) *Str {
	switch {
	case b.s == "" && a.typ == StrType:
		return a
	case a.s == "" && b.typ == StrType:
		return b
	}
	s := newStrConcat(a.s, b.s)
	if a.cp == asciiText && b.cp == asciiText {
		s.cp = asciiText
	}
	return s
}

// strOfInt64 returns str(x): its digits, known to be ASCII.
func strOfInt64(x int64) *Str {
	var digits [20]byte
	s := strFromBytes(strconv.AppendInt(digits[:0], x, 10))
	s.cp = asciiText
	return s
}

// strFromParts returns the concatenation of strs (BUILDSTRING of an
// f-string, join): the length is summed first, so the result is written
// once into memory of its final size.
func strFromParts(parts []Value, sep string) *Str {
	if len(parts) == 0 {
		return emptyStr
	}
	n := len(sep) * (len(parts) - 1)
	ascii := sep == "" || isASCIIString(sep)
	for _, p := range parts {
		s := as[Str](p)
		n += len(s.s)
		ascii = ascii && s.cp == asciiText
	}
	if n == 0 {
		return emptyStr
	}
	s, buf := strAlloc(n)
	at := copy(buf, as[Str](parts[0]).s)
	for _, p := range parts[1:] {
		at += copy(buf[at:], sep)
		at += copy(buf[at:], as[Str](p).s)
	}
	if ascii {
		s.cp = asciiText
	}
	return s
}

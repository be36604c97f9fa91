package runtime

import (
	"strconv"
	"strings"
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
// size for 17 to 64 bytes (the header's 32 bytes plus the bytes rounded to
// the size class either way) and at most 16 bytes more below that, where
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
	// A line of a text file is often longer than 64 bytes: up to 128,
	// the header and the bytes are still one block of a size class (128
	// or 160 bytes) where two blocks took as much or up to 16 bytes less,
	// and the header was scanned memory (file_lines: 16 percent of the
	// CPU of `for line in f` was the second allocation and its marking).
	strInline96 struct {
		Str
		buf [96]byte
	}
	strInline128 struct {
		Str
		buf [128]byte
	}
)

// An inline str is allocated as memory the collector does not scan
// (strNoscan): none of its pointers needs tracing. Its type is StrType,
// which a global keeps alive; its dict is nil for ever (an exact str has
// no __dict__, and nothing gives one to an object whose type has none);
// its text pointer points into the block itself, and nothing sets it
// again after strAlloc (setText is called on a str only as it is made).
// A collection then marks each such str without reading it: a heap of
// many small strs (dataclasses_records' 60000 names, word_count's and
// tokenizer's pieces) is marked faster, and a shorter mark leaves less
// floating garbage (objects allocated while it runs, counted live) in
// the live heap the next heap goal is computed from. The bytes are the
// same: the block is the size class it was.

// strNoscan returns a zeroed T in a block of Go's noscan memory: a slice
// of words, whose type has no pointers, viewed as a T. T's pointer
// fields must never be the only reference to anything but T's own block
// and objects that live for the whole process.
func strNoscan[T strInline16 | strInline32 | strInline64 | strInline96 | strInline128]() *T {
	var x T
	words := make([]uint64, unsafe.Sizeof(x)/8)
	return (*T)(unsafe.Pointer(unsafe.SliceData(words)))
}

// strInlineMax is the longest text strAlloc puts inline.
const strInlineMax = 128

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
		x := strNoscan[strInline16]()
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+16)
	case n <= 32:
		x := strNoscan[strInline32]()
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+32)
	case n <= 64:
		x := strNoscan[strInline64]()
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+64)
	case n <= 96:
		x := strNoscan[strInline96]()
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+96)
	default:
		x := strNoscan[strInline128]()
		s, buf = &x.Str, x.buf[:n]
		profileNew(StrType, profStrSize+128)
	}
	s.typ = StrType
	s.setText(unsafe.String(unsafe.SliceData(buf), n))
	return s, buf
}

// emptyStr is the one empty str the builders here return, as CPython
// shares its empty str.
var emptyStr = &Str{Object: Object{typ: StrType}, meta: strASCII | uint64(strHash(""))<<strHashShift}

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

// NewStrBytes returns a new str holding a copy of b (UTF-8, or WTF-8 for
// lone surrogates): one allocation for a decoder that builds its text in
// a scratch buffer of its own.
func NewStrBytes(b []byte) Value { return ValueOf(strFromBytes(b)) }

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
// is the result, as in CPython, a short result is th's strShortTable's,
// and a result of two ASCII operands is known to be ASCII without a
// scan.
func strConcatObjs(th *Thread, a, b *Str) *Str {
	switch {
	case b.text() == "" && a.typ == StrType:
		return a
	case a.text() == "" && b.typ == StrType:
		return b
	}
	return strConcatTexts(th, a.text(), b.text(), a.knownASCII() && b.knownASCII())
}

// strConcatTexts is strConcatObjs of two texts (copied), ascii saying
// whether both are known to be ASCII.
func strConcatTexts(th *Thread, a, b string, ascii bool) *Str {
	if len(a)+len(b) <= strShortMax {
		return strShort(th, a, b, ascii)
	}
	s := newStrConcat(a, b)
	if ascii {
		s.markASCII()
	}
	return s
}

// strOfInt64 returns str(x): its digits, known to be ASCII.
func strOfInt64(x int64) *Str {
	var digits [20]byte
	s := strFromBytes(strconv.AppendInt(digits[:0], x, 10))
	s.markASCII()
	return s
}

// strFromParts returns the concatenation of strs (BUILDSTRING of an
// f-string, join): the length is summed first, so the result is written
// once into memory of its final size.
func strFromParts(parts []Value, sep string) *Str {
	return strJoinParts(parts, sep, func(v Value) *Str { return as[Str](v) })
}

// strJoinParts is strFromParts over the items of any storage (a list's
// words: list_words.go), str returning the str an item holds.
func strJoinParts[E any](parts []E, sep string, str func(E) *Str) *Str {
	if len(parts) == 0 {
		return emptyStr
	}
	n := len(sep) * (len(parts) - 1)
	ascii := sep == "" || isASCIIString(sep)
	for _, p := range parts {
		s := str(p)
		n += len(s.text())
		ascii = ascii && s.knownASCII()
	}
	return strJoinSized(parts, sep, n, ascii, str)
}

// strJoinChecked is sep.join(parts) for items of any storage, value
// returning the Value an item holds: each item is checked to be a str in
// the pass that sums the lengths, as CPython's PyUnicode_Join does. A
// separate pass of checks read every item once more: the 200000 strs of a
// list built in a loop lie far apart in the heap, and each pass over them
// misses the cache at every one (string_build's join, median of five
// runs, 9.4 to 8.5 ms).
func strJoinChecked[E any](parts []E, sep string, value func(E) Value) (Value, error) {
	if len(parts) == 0 {
		return ValueOf(emptyStr), nil
	}
	n := len(sep) * (len(parts) - 1)
	ascii := sep == "" || isASCIIString(sep)
	for i, p := range parts {
		v := value(p)
		if !isStr(v) {
			return Value{}, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(v))
		}
		s := as[Str](v)
		n += len(s.text())
		ascii = ascii && s.knownASCII()
	}
	if v := value(parts[0]); len(parts) == 1 && v.Type() == StrType {
		return v, nil
	}
	return ValueOf(strJoinSized(parts, sep, n, ascii, func(p E) *Str { return as[Str](value(p)) })), nil
}

// strJoinSized writes parts joined by sep, n bytes in all, into a new str,
// known to be ASCII when ascii is set.
func strJoinSized[E any](parts []E, sep string, n int, ascii bool, str func(E) *Str) *Str {
	if n == 0 {
		return emptyStr
	}
	s, buf := strAlloc(n)
	at := copy(buf, str(parts[0]).text())
	for _, p := range parts[1:] {
		at += copy(buf[at:], sep)
		at += copy(buf[at:], str(p).text())
	}
	if ascii {
		s.markASCII()
	}
	return s
}

// strMapCase is str.upper() (upper) or str.lower() of self: the bytes of
// an ASCII text (the flag self caches after its first scan) are mapped
// straight into the new str.
func strMapCase(self *Str, upper bool) Value {
	s := self.text()
	if s == "" || !self.isASCII() {
		if upper {
			return NewStr(StrUpper(s))
		}
		return NewStr(StrLower(s))
	}
	lo, hi, delta := byte('A'), byte('Z'), byte('a'-'A')
	if upper {
		lo, hi, delta = 'a', 'z', -delta
	}
	r, buf := strAlloc(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c += delta
		}
		buf[i] = c
	}
	r.markASCII()
	return ValueOf(r)
}

// strReplace is str.replace(old, repl, count) for count < 0 (all) or
// count >= 0: the result is written once at its final size. An empty old,
// which inserts between code points, goes through strings.Replace.
func strReplace(self *Str, old, repl string, count int) (Value, error) {
	s := self.text()
	if old == "" {
		return NewStr(strings.Replace(s, old, repl, count)), nil
	}
	n := strings.Count(s, old)
	if count >= 0 && count < n {
		n = count
	}
	if n == 0 {
		return NewStr(s), nil
	}
	if grow := len(repl) - len(old); grow > 0 && n > (maxStrBytes-len(s))/grow {
		return Value{}, Errorf(OverflowError, "replace string is too long")
	}
	size := len(s) + n*(len(repl)-len(old))
	if size == 0 {
		return ValueOf(emptyStr), nil
	}
	r, buf := strAlloc(size)
	at, from := 0, 0
	for k := 0; k < n; k++ {
		j := from + strings.Index(s[from:], old)
		at += copy(buf[at:], s[from:j])
		at += copy(buf[at:], repl)
		from = j + len(old)
	}
	copy(buf[at:], s[from:])
	if self.knownASCII() && isASCIIString(repl) {
		r.markASCII()
	}
	return ValueOf(r), nil
}

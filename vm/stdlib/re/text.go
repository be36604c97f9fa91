package re

import (
	"encoding/binary"
	"math/bits"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file converts the subjects and patterns of re between Python values
// and the code points the engine works on.

// subject is a string being matched: the input the engine reads and the
// original value.
type subject struct {
	v       rt.Value
	in      input
	isBytes bool
	isASCII bool
	// text is the str's own text, when it is a str: groups and the pieces
	// of sub are cut from it (sharing it) rather than re-encoded from the
	// code points; when isASCII, code point i is text[i].
	text string
	// cursor is the last code point index (high 32 bits) whose byte
	// offset in text (low 32 bits) byteOffset found: matches come in
	// order, so the next offset is a short walk away. One word, so that
	// Match objects used from several threads read a consistent pair.
	cursor atomic.Uint64
}

// byteOffset returns the offset in s.text of code point i, walking from
// the cursor or from the start, whichever is nearer.
func (s *subject) byteOffset(i int) int {
	c := s.cursor.Load()
	cp, bp := int(c>>32), int(uint32(c))
	if i < cp-i {
		cp, bp = 0, 0
	}
	in := &s.in
	if in.r == nil {
		// A Latin-1 code point takes two bytes from 0x80 on.
		if cp < i {
			bp += i - cp + latin1HighCount(in.b[cp:i])
		} else {
			bp -= cp - i + latin1HighCount(in.b[i:cp])
		}
		cp = i
	} else {
		for ; cp < i; cp++ {
			bp += runeWTF8Len(in.r[cp])
		}
		for cp > i {
			cp--
			bp -= runeWTF8Len(in.r[cp])
		}
	}
	s.cursor.Store(uint64(cp)<<32 | uint64(bp))
	return bp
}

// latin1HighCount returns how many bytes of b are 0x80 or above, eight at
// a time.
func latin1HighCount(b []byte) int {
	n := 0
	for len(b) >= 8 {
		n += bits.OnesCount64(binary.LittleEndian.Uint64(b) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		n += int(c >> 7)
	}
	return n
}

// runeWTF8Len is the length of r as a str holds it (a lone surrogate
// takes three bytes).
func runeWTF8Len(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// textSlice returns the bytes of code points [i, j) of a non-ASCII str
// subject as a substring of its text, and false when the text is too long
// for the cursor's 32-bit halves.
func (s *subject) textSlice(i, j int) (string, bool) {
	if len(s.text) >= 1<<32 || s.text == "" {
		return "", false
	}
	a := s.byteOffset(i)
	return s.text[a:s.byteOffset(j)], true
}

// input is the text the engine matches, one element per code point: a
// byte each when every code point is below 256 (ASCII text is the str's
// own bytes, not a copy; other Latin-1 text and bytes-like subjects take
// one byte per character), a rune each otherwise. A multi-megabyte
// subject so takes a quarter of the memory it took as runes.
type input struct {
	b []byte // the code points, when all are below 256
	r []rune // the code points otherwise (b is then nil)
	n int    // the number of code points
}

func bytesInput(b []byte) input { return input{b: b, n: len(b)} }
func runesInput(r []rune) input { return input{r: r, n: len(r)} }

// at returns the code point at i (0 <= i < n).
func (in *input) at(i int) rune {
	if in.r != nil {
		return in.r[i]
	}
	return rune(in.b[i])
}

// prefix returns the input cut at end, for matching with an endpos.
func (in input) prefix(end int) input {
	if in.r != nil {
		return runesInput(in.r[:end])
	}
	return bytesInput(in.b[:end])
}

// appendUTF8 appends the code points [i, j) to buf as a str holds them.
func (in *input) appendUTF8(buf []byte, i, j int) []byte {
	if in.r == nil {
		for _, c := range in.b[i:j] {
			if c < 0x80 {
				buf = append(buf, c)
			} else {
				buf = append(buf, 0xc0|c>>6, 0x80|c&0x3f)
			}
		}
		return buf
	}
	for _, r := range in.r[i:j] {
		if r < 0x80 {
			buf = append(buf, byte(r))
		} else if r >= 0xd800 && r <= 0xdfff {
			buf = append(buf, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
	}
	return buf
}

// utf8Len returns the length in bytes of the code points [i, j) as a str
// holds them, so that a piece cut from the input is allocated at its size.
func (in *input) utf8Len(i, j int) int {
	n := j - i
	if in.r == nil {
		for _, c := range in.b[i:j] {
			n += int(c >> 7)
		}
		return n
	}
	for _, r := range in.r[i:j] {
		switch {
		case r < 0x80:
		case r < 0x800:
			n++
		case r < 0x10000:
			n += 2
		default:
			n += 3
		}
	}
	return n
}

// strInput converts the text of a str into an input: the text itself when
// ASCII, a byte per code point when Latin-1, runes otherwise.
func strInput(s string) (in input, ascii bool) {
	if isASCIIString(s) {
		return bytesInput(unsafe.Slice(unsafe.StringData(s), len(s))), true
	}
	// Code points 0x80 to 0xff are the two-byte sequences led by 0xc2 and
	// 0xc3; any other byte from 0x80 on leads a larger code point (or is
	// not UTF-8, a lone surrogate's form), which takes runes.
	latin1 := make([]byte, len(s))
	text := unsafe.Slice(unsafe.StringData(s), len(s))
	n := 0
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time.
		for i+8 <= len(s) {
			w := binary.LittleEndian.Uint64(text[i:])
			if w&0x8080808080808080 != 0 {
				break
			}
			binary.LittleEndian.PutUint64(latin1[n:], w)
			i, n = i+8, n+8
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < 0x80 {
			latin1[n] = c
			i++
		} else if (c == 0xc2 || c == 0xc3) && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			latin1[n] = c<<6 | s[i+1]&0x3f
			i += 2
		} else {
			return runesInput(decodeWTF8(s)), false
		}
		n++
	}
	return bytesInput(latin1[:n]), false
}

// decodeWTF8 returns the code points of s, reading the three-byte form of
// lone surrogates as Kiln's strs hold them.
func decodeWTF8(s string) []rune {
	if utf8.ValidString(s) {
		return []rune(s)
	}
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && i+2 < len(s) && s[i] == 0xed && s[i+1]&0xe0 == 0xa0 && s[i+2]&0xc0 == 0x80 {
			r, size = 0xd000|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		}
		rs = append(rs, r)
		i += size
	}
	return rs
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func bytesToRunes(b []byte) []rune {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return rs
}

// isStrValue reports whether v is a str (or subclass).
func isStrValue(v rt.Value) bool { return !v.IsImmediate() && v.Type().Layout == rt.LayoutStr }

// bytesLike returns the bytes of a bytes-like object.
func bytesLike(th *rt.Thread, v rt.Value) ([]byte, bool) {
	if v.IsImmediate() {
		return nil, false
	}
	switch v.Type().Layout {
	case rt.LayoutBytes:
		return rt.BytesValue(v), true
	case rt.LayoutByteArray:
		b, err := rt.BytesFromValue(th, v)
		return b, err == nil
	}
	if v.Type().Name == "memoryview" {
		b, err := rt.BytesFromValue(th, v)
		return b, err == nil
	}
	return nil, false
}

// lastSubject caches the conversion of the last non-ASCII str subject,
// for programs that search one long string many times with pos (an ASCII
// str needs no conversion).
var lastSubject struct {
	sync.Mutex
	v  rt.Value
	in input
}

// newSubject converts a subject for pattern p.
func newSubject(th *rt.Thread, p *Pattern, v rt.Value) (*subject, error) {
	s := new(subject)
	if err := s.init(th, p, v); err != nil {
		return nil, err
	}
	return s, nil
}

// init makes sub the subject v converted for pattern p. A search or
// match keeps its subject on the stack, and allocates it (moved) only
// for the Match it returns: most calls on short lines find nothing.
func (sub *subject) init(th *rt.Thread, p *Pattern, v rt.Value) error {
	if isStrValue(v) {
		if p.isBytes {
			return rt.Errorf(rt.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		s := rt.StrValue(v)
		if rt.StrIsASCII(v) {
			sub.v, sub.in, sub.isASCII, sub.text = v, bytesInput(unsafe.Slice(unsafe.StringData(s), len(s))), true, s
			return nil
		}
		if len(s) > 64 {
			lastSubject.Lock()
			defer lastSubject.Unlock()
			if rt.Is(lastSubject.v, v) {
				sub.v, sub.in, sub.text = v, lastSubject.in, s
				return nil
			}
		}
		in, _ := strInput(s)
		if len(s) > 64 {
			lastSubject.v, lastSubject.in = v, in
		}
		sub.v, sub.in, sub.text = v, in, s
		return nil
	}
	if b, ok := bytesLike(th, v); ok {
		if !p.isBytes {
			return rt.Errorf(rt.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		if v.Type().Layout != rt.LayoutBytes {
			// A bytearray may change while a callback of sub runs.
			b = append([]byte(nil), b...)
		}
		sub.v, sub.in, sub.isBytes = v, bytesInput(b), true
		return nil
	}
	return rt.Errorf(rt.TypeError, "expected string or bytes-like object, got '%s'", rt.TypeName(v))
}

// moved returns a copy of s on the heap, for a Match; s's cursor must
// be unused yet.
func (s *subject) moved() *subject {
	return &subject{v: s.v, in: s.in, isBytes: s.isBytes, isASCII: s.isASCII, text: s.text}
}

// slice returns the text of s between code points i and j, as a str or
// bytes.
func (s *subject) slice(i, j int) rt.Value {
	if s.isBytes {
		return rt.NewBytes(append([]byte(nil), s.in.b[i:j]...))
	}
	if s.isASCII {
		if j-i == 1 {
			return asciiChars()[s.text[i]]
		}
		return rt.NewStr(s.text[i:j])
	}
	if t, ok := s.textSlice(i, j); ok {
		return rt.NewStr(t)
	}
	buf := s.in.appendUTF8(make([]byte, 0, s.in.utf8Len(i, j)), i, j)
	return rt.NewStr(unsafe.String(unsafe.SliceData(buf), len(buf)))
}

// piece is slice for a call that cuts many pieces (findall, split):
// pieces gives equal str pieces one str object (rt.StrPieces).
func (s *subject) piece(pieces *rt.StrPieces, i, j int) rt.Value {
	switch {
	case s.isBytes || s.isASCII && j-i == 1:
		return s.slice(i, j)
	case s.isASCII:
		return pieces.PieceValue(s.text[i:j])
	}
	if t, ok := s.textSlice(i, j); ok {
		return pieces.PieceValue(t)
	}
	return s.slice(i, j)
}

// builder accumulates the result of sub and join.
type builder struct {
	isBytes bool
	runes   []rune
	str     []byte
}

func (b *builder) addRunes(rs []rune) {
	if b.isBytes {
		for _, r := range rs {
			b.str = append(b.str, byte(r))
		}
		return
	}
	for _, r := range rs {
		if r < 0x80 {
			b.str = append(b.str, byte(r))
		} else if r >= 0xd800 && r <= 0xdfff {
			b.str = append(b.str, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
		} else {
			b.str = utf8.AppendRune(b.str, r)
		}
	}
}

// addSubject appends the subject's text between i and j.
func (b *builder) addSubject(s *subject, i, j int) {
	if s.isASCII {
		b.str = append(b.str, s.text[i:j]...)
		return
	}
	if s.isBytes {
		b.str = append(b.str, s.in.b[i:j]...)
		return
	}
	if s.in.r == nil {
		// Latin-1: encoding the span costs less than finding its byte
		// offsets in the text (two walks from the cursor).
		b.str = appendLatin1UTF8(b.str, s.in.b[i:j])
		return
	}
	if t, ok := s.textSlice(i, j); ok {
		b.str = append(b.str, t...)
		return
	}
	b.str = s.in.appendUTF8(b.str, i, j)
}

// appendLatin1UTF8 appends the code points b (all below 256, a byte
// each) to buf as UTF-8, runs of ASCII eight bytes at a time.
func appendLatin1UTF8(buf, b []byte) []byte {
	for i := 0; i < len(b); {
		k := i
		for k+8 <= len(b) && binary.LittleEndian.Uint64(b[k:])&0x8080808080808080 == 0 {
			k += 8
		}
		for k < len(b) && b[k] < 0x80 {
			k++
		}
		buf = append(buf, b[i:k]...)
		if k == len(b) {
			break
		}
		c := b[k]
		buf = append(buf, 0xc0|c>>6, 0x80|c&0x3f)
		i = k + 1
	}
	return buf
}

// addValue appends a str or bytes value.
func (b *builder) addValue(th *rt.Thread, v rt.Value) {
	if b.isBytes {
		bs, _ := bytesLike(th, v)
		b.str = append(b.str, bs...)
		return
	}
	b.str = append(b.str, rt.StrValue(v)...)
}

// value returns the result; the builder must not be used after it. A str
// result takes the buffer as its text rather than a copy of it (a result
// of sub over a few MB of text would otherwise be held twice at the peak),
// unless the buffer's spare room would outweigh the copy.
func (b *builder) value() rt.Value {
	if b.isBytes {
		return rt.NewBytes(b.str)
	}
	if len(b.str) == 0 || cap(b.str)-len(b.str) > len(b.str)/16+64 {
		return rt.NewStr(string(b.str))
	}
	return rt.NewStr(unsafe.String(unsafe.SliceData(b.str), len(b.str)))
}

// asciiCharTable holds one str per ASCII character, shared by the groups
// of one character that matches produce (as CPython shares them).
var (
	asciiCharOnce  sync.Once
	asciiCharTable [128]rt.Value
)

func asciiChars() *[128]rt.Value {
	asciiCharOnce.Do(func() {
		for c := range asciiCharTable {
			asciiCharTable[c] = rt.NewStr(string(rune(c)))
		}
	})
	return &asciiCharTable
}

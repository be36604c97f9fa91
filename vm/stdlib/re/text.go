package re

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file converts the subjects and patterns of re between Python values
// and the code points the engine works on.

// subject is a string being matched: its code points (bytes widened to
// runes for bytes-like subjects) and the original value.
type subject struct {
	v       rt.Value
	runes   []rune
	isBytes bool
	ascii   string // the str itself when it is ASCII: substrings slice it
	isASCII bool
	pooled  *[]rune // the recycled buffer runes lives in, if any
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

// encodeWTF8 is the inverse of decodeWTF8.
func encodeWTF8(rs []rune) string {
	buf := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0xd800 && r <= 0xdfff {
			buf = append(buf, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
	}
	return string(buf)
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

func runesToBytes(rs []rune) []byte {
	b := make([]byte, len(rs))
	for i, r := range rs {
		b[i] = byte(r)
	}
	return b
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

// lastSubject caches the conversion of the last str subject, for programs
// that search one long string many times with pos.
var lastSubject struct {
	sync.Mutex
	v     rt.Value
	runes []rune
}

// runeBuffers recycles the code point buffers of short ASCII subjects
// matched by search, match and fullmatch: their Match objects slice the
// str itself and never read the buffer again.
var runeBuffers = sync.Pool{New: func() any { b := make([]rune, 0, 256); return &b }}

// shortSubject is the longest subject converted into a recycled buffer.
const shortSubject = 4096

// newSubject converts a subject for pattern p. With pooled set, a short
// ASCII str is converted into a recycled buffer, which the caller gives
// back with releaseRunes once matching is over.
func newSubject(th *rt.Thread, p *Pattern, v rt.Value, pooled ...bool) (*subject, error) {
	if isStrValue(v) {
		if p.isBytes {
			return nil, rt.Errorf(rt.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		s := rt.StrValue(v)
		ascii := isASCIIString(s)
		if ascii && len(s) <= shortSubject && len(pooled) > 0 {
			bp := runeBuffers.Get().(*[]rune)
			rs := (*bp)[:0]
			for i := 0; i < len(s); i++ {
				rs = append(rs, rune(s[i]))
			}
			*bp = rs
			return &subject{v: v, runes: rs, ascii: s, isASCII: true, pooled: bp}, nil
		}
		if len(s) > 64 {
			lastSubject.Lock()
			defer lastSubject.Unlock()
			if rt.Is(lastSubject.v, v) {
				return &subject{v: v, runes: lastSubject.runes, ascii: s, isASCII: ascii}, nil
			}
		}
		var rs []rune
		if ascii {
			rs = make([]rune, len(s))
			for i := 0; i < len(s); i++ {
				rs[i] = rune(s[i])
			}
		} else {
			rs = decodeWTF8(s)
			s = ""
		}
		if len(rs) > 64 {
			lastSubject.v, lastSubject.runes = v, rs
		}
		return &subject{v: v, runes: rs, ascii: s, isASCII: ascii}, nil
	}
	if b, ok := bytesLike(th, v); ok {
		if !p.isBytes {
			return nil, rt.Errorf(rt.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		return &subject{v: v, runes: bytesToRunes(b), isBytes: true}, nil
	}
	return nil, rt.Errorf(rt.TypeError, "expected string or bytes-like object, got '%s'", rt.TypeName(v))
}

// releaseRunes gives a recycled buffer back; the subject keeps its str.
func (s *subject) releaseRunes() {
	if s.pooled != nil {
		runeBuffers.Put(s.pooled)
		s.pooled, s.runes = nil, nil
	}
}

// slice returns the text of s between code points i and j, as a str or
// bytes.
func (s *subject) slice(i, j int) rt.Value {
	if s.isBytes {
		return rt.NewBytes(runesToBytes(s.runes[i:j]))
	}
	if s.isASCII {
		if j-i == 1 {
			return asciiChars()[s.ascii[i]]
		}
		return rt.NewStr(s.ascii[i:j])
	}
	return rt.NewStr(encodeWTF8(s.runes[i:j]))
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
		b.str = append(b.str, s.ascii[i:j]...)
		return
	}
	b.addRunes(s.runes[i:j])
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
	if len(b.str) == 0 || cap(b.str)-len(b.str) > len(b.str)/4+64 {
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

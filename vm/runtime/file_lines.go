package runtime

// This file is the fast path of a text file's readline() and of `for line
// in f`: the line is found in the read buffer and copied once, straight
// into the str that is returned. The general path (file.go's readLine)
// decodes with the codec machinery, translates newlines over the whole
// text and counts its characters, allocating for each step; it remains for
// lines the fast path does not take (a size limit, bytes that are not
// ASCII in a latin-1 or ASCII file, invalid UTF-8 or lone surrogates, which
// the error handler decides about).

import (
	"bytes"
	"unicode/utf8"
	"unsafe"
)

// lineStr returns the str of line b, read from a text file whose read
// buffer holds its codec's bytes (UTF-8 for transcoded files), or false
// when the general path must decode it.
func (f *File) lineStr(b []byte) (*Str, bool) {
	if len(b) == 0 {
		return emptyStr, true
	}
	body, newline := b, false
	if f.newline.IsNone() {
		// Universal newlines: a lone \r ends a line, so only the
		// terminator can need translating.
		switch n := len(b); {
		case b[n-1] == '\r':
			body, newline = b[:n-1], true
		case n >= 2 && b[n-1] == '\n' && b[n-2] == '\r':
			body, newline = b[:n-2], true
		}
	}
	ascii := isASCIIString(unsafe.String(unsafe.SliceData(b), len(b)))
	if !ascii && (f.codec != codecUTF8 || !utf8.Valid(body)) {
		return nil, false
	}
	n := len(body)
	if newline {
		n++
	}
	s, buf := strAlloc(n)
	copy(buf, body)
	if newline {
		buf[n-1] = '\n'
	}
	if ascii {
		s.markASCII()
	}
	return s, true
}

// lineRead does for a line the fast path read what the general path does
// after decoding: what tell() needs to know.
func (s *fileStream) lineRead(b []byte, line *Str) {
	complete := len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r')
	if !complete {
		// The line ended at the end of the file: CPython's readline then
		// drops its decoder snapshot, so tell() is the position.
		s.textRead = false
	}
	// Only the characters a seek(cookie) fed need counting; otherwise any
	// count says the same to cookieTextRead, and a complete line has one.
	chars := int64(1)
	if s.feedLeft > 0 {
		chars = int64(line.runeCount())
	}
	s.cookieTextRead(chars, complete)
}

// indexLineEnd is the index of the first \r or \n in b, or -1: two
// vectorised scans for one byte each (the \r one only up to the \n), where
// bytes.IndexAny tests every byte against a set.
func indexLineEnd(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	before := b
	if i >= 0 {
		before = b[:i]
	}
	if j := bytes.IndexByte(before, '\r'); j >= 0 {
		return j
	}
	return i
}

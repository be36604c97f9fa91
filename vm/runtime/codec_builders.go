package runtime

// This file defines constructors for codecs written in Go (json's
// encoder and decoder) that build values from their own scratch buffers.

// NewStrBytesASCII returns a new str holding a copy of b, which the
// caller knows to be ASCII (json.dumps with ensure_ascii): the str is
// marked so, and len() or indexing of it never scans its text.
func NewStrBytesASCII(b []byte) Value {
	s := strFromBytes(b)
	if s != emptyStr {
		s.markASCII()
	}
	return ValueOf(s)
}

// NewListOf returns a new list of a copy of items: up to listInlineMax
// items in the same allocation as the list (list_inline.go), as a display
// makes it, where NewList of a copy took two.
func NewListOf(items []Value) Value { return newListDisplay(items) }

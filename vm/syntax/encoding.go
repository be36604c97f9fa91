package syntax

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// decodeSource applies a PEP 263 encoding declaration ("# -*- coding:
// latin-1 -*-" on the first or second line), returning src as UTF-8.
//
// Source is UTF-8 unless declared otherwise. Of the other encodings, only
// Latin-1 is supported: Go's standard library has no tables for the rest,
// and they are rare in Python 3 code. CPython computes column offsets from
// the UTF-8 form of the text, as the scanner will from the result.
func decodeSource(filename string, src []byte) ([]byte, *Error) {
	enc, line := codingCookie(src)
	if enc == "" {
		return src, nil
	}
	name := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	switch {
	case name == "utf-8" || name == "utf8" || strings.HasPrefix(name, "utf-8-") ||
		name == "ascii" || name == "us-ascii":
		return src, nil
	case name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" ||
		name == "iso-latin-1" || name == "l1" || name == "cp819" || name == "8859" || name == "latin":
		if bytes.HasPrefix(src, utf8BOM) {
			e := newError(filename, src, "SyntaxError", line, -1, 0, 0, "encoding problem: "+enc+" with BOM")
			return nil, e
		}
		out := make([]byte, 0, len(src)+len(src)/8)
		for _, c := range src {
			out = utf8.AppendRune(out, rune(c))
		}
		return out, nil
	}
	return nil, newError(filename, src, "SyntaxError", 0, -1, 0, 0, "unknown encoding: "+enc)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// codingCookie returns the encoding declared by the first or second line
// of src, and the line that declares it, or "" if there is none.
func codingCookie(src []byte) (string, int) {
	for line := 1; line <= 2 && len(src) > 0; line++ {
		text := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			text, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		text = bytes.TrimLeft(text, " \t\f")
		if len(text) == 0 || text[0] != '#' {
			if len(text) == 0 {
				continue // a blank first line may precede the declaration
			}
			return "", 0
		}
		if enc := cookieName(string(text)); enc != "" {
			return enc, line
		}
	}
	return "", 0
}

// cookieName finds "coding[:=]NAME" in a comment line, as the regular
// expression of PEP 263 does.
func cookieName(comment string) string {
	for i := 0; ; {
		j := strings.Index(comment[i:], "coding")
		if j < 0 {
			return ""
		}
		k := i + j + len("coding")
		i = k
		if k >= len(comment) || (comment[k] != ':' && comment[k] != '=') {
			continue
		}
		k++
		for k < len(comment) && (comment[k] == ' ' || comment[k] == '\t') {
			k++
		}
		start := k
		for k < len(comment) && (isASCIIWordByte(comment[k]) || comment[k] == '-' || comment[k] == '.') {
			k++
		}
		if k > start {
			return comment[start:k]
		}
	}
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

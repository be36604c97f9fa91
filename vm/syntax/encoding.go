package syntax

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

//go:generate sh gen_charmaps.sh

// decodeSource applies a PEP 263 encoding declaration ("# -*- coding:
// latin-1 -*-" on the first or second line), returning src as UTF-8.
//
// Source is UTF-8 unless declared otherwise. Of the other encodings, only
// the single-byte ones are supported (Latin-1, and those in charmaps.go:
// Windows and ISO code pages, KOI8, Mac Roman): Go's standard library has
// no tables for the rest, and they are rare in Python 3 code. CPython
// computes column offsets from the UTF-8 form of the text, as the scanner
// will from the result.
func decodeSource(filename string, src []byte) ([]byte, *Error) {
	enc := codingCookie(src)
	if enc == "" {
		return src, nil
	}
	name := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	if bytes.HasPrefix(src, utf8BOM) && name != "utf-8" && !strings.HasPrefix(name, "utf-8-") {
		// A byte order mark says UTF-8, and CPython insists that any
		// declaration agree in exactly these terms.
		return nil, newError(filename, src, "SyntaxError", 0, -1, 0, 0, "encoding problem: "+normalEncodingName(enc)+" with BOM")
	}
	var high *[128]rune // the code points of bytes 0x80 to 0xFF
	switch name {
	case "utf-8", "utf8", "u8", "utf", "ascii", "us-ascii", "646":
		return src, nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso-latin-1", "l1", "cp819", "8859", "latin":
		high = &latin1High
	default:
		if strings.HasPrefix(name, "utf-8-") {
			return src, nil
		}
		if high = charmap(name); high == nil {
			return nil, newError(filename, src, "SyntaxError", 0, -1, 0, 0, "unknown encoding: "+enc)
		}
	}
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, high[c-0x80])
		}
	}
	return out, nil
}

var latin1High = func() (l [128]rune) {
	for i := range l {
		l[i] = rune(0x80 + i)
	}
	return l
}()

// normalEncodingName returns the name CPython's tokenizer uses for enc in
// messages (its get_normal_name).
func normalEncodingName(enc string) string {
	name := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	for _, latin1 := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if name == latin1 || strings.HasPrefix(name, latin1+"-") {
			return "iso-8859-1"
		}
	}
	if name == "utf-8" || strings.HasPrefix(name, "utf-8-") {
		return "utf-8"
	}
	return enc
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// codingCookie returns the encoding declared by the first or second line
// of src, or "" if there is none.
func codingCookie(src []byte) string {
	src = bytes.TrimPrefix(src, utf8BOM)
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
			return ""
		}
		if enc := cookieName(string(text)); enc != "" {
			return enc
		}
	}
	return ""
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

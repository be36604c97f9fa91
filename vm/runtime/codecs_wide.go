package runtime

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// This file implements the UTF-16 and UTF-32 codecs: "utf-16" and
// "utf-32" write a byte order mark and little-endian units (the native
// order of the platforms CPython's output is compared on) and read either
// order from a mark, defaulting to little-endian; the -le and -be
// variants neither write nor read a mark.

// byteOrder reads and appends units; binary.LittleEndian and
// binary.BigEndian are both.
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// wideCodec describes one of the UTF-16/32 variants.
type wideCodec struct {
	unit int       // 2 or 4 bytes
	bo   byteOrder // nil: "utf-16" or "utf-32", order from the BOM
}

func wideCodecOf(enc string) wideCodec {
	c := wideCodec{unit: 2}
	if strings.HasPrefix(enc, "utf-32") {
		c.unit = 4
	}
	switch {
	case strings.HasSuffix(enc, "-le"):
		c.bo = binary.LittleEndian
	case strings.HasSuffix(enc, "-be"):
		c.bo = binary.BigEndian
	}
	return c
}

// name is the codec name errors report once the byte order is known.
func (c wideCodec) name() string {
	n := "utf-16"
	if c.unit == 4 {
		n = "utf-32"
	}
	if c.bo == binary.BigEndian {
		return n + "-be"
	}
	return n + "-le"
}

// appendRune encodes r, which may be a lone surrogate (for surrogatepass).
func (c wideCodec) appendRune(out []byte, r rune) []byte {
	if c.unit == 4 {
		return c.bo.AppendUint32(out, uint32(r))
	}
	if r >= 0x10000 {
		hi, lo := utf16.EncodeRune(r)
		return c.bo.AppendUint16(c.bo.AppendUint16(out, uint16(hi)), uint16(lo))
	}
	return c.bo.AppendUint16(out, uint16(r))
}

// encodeWide encodes s with a UTF-16 or UTF-32 codec.
func encodeWide(s, enc, errors string) ([]byte, error) {
	c := wideCodecOf(enc)
	var out []byte
	if c.bo == nil {
		c.bo = binary.LittleEndian
		out = c.appendRune(out, 0xfeff)
	}
	isSurrogate := func(r rune) bool { return r >= 0xd800 && r <= 0xdfff }
	rs := decodeRunes(s)
	for i := 0; i < len(rs); {
		if !isSurrogate(rs[i]) {
			out = c.appendRune(out, rs[i])
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && isSurrogate(rs[end]) {
			end++
		}
		switch errors {
		case "strict":
			return nil, newUnicodeError(UnicodeEncodeError, NewStr(enc), NewStr(s), Int(int64(i)), Int(int64(end)), NewStr("surrogates not allowed"))
		case "ignore":
		case "replace":
			for k := i; k < end; k++ {
				out = c.appendRune(out, '?')
			}
		case "backslashreplace", "xmlcharrefreplace":
			var sb strings.Builder
			for _, r := range rs[i:end] {
				if errors == "backslashreplace" {
					writeCodePointEscape(&sb, r)
				} else {
					sb.WriteString("&#" + formatInt64(int64(r)) + ";")
				}
			}
			for _, r := range sb.String() {
				out = c.appendRune(out, r)
			}
		case "surrogatepass":
			for _, r := range rs[i:end] {
				out = c.appendRune(out, r)
			}
		default:
			return nil, unknownErrorHandler(errors)
		}
		i = end
	}
	return out, nil
}

// decodeWide decodes data with a UTF-16 or UTF-32 codec.
func decodeWide(data []byte, enc, errors string) (string, error) {
	c := wideCodecOf(enc)
	i := 0
	if c.bo == nil {
		c.bo = binary.LittleEndian
		switch {
		case c.unit == 2 && len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff,
			c.unit == 4 && len(data) >= 4 && string(data[:4]) == "\x00\x00\xfe\xff":
			c.bo = binary.BigEndian
			i = c.unit
		case c.unit == 2 && len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe,
			c.unit == 4 && len(data) >= 4 && string(data[:4]) == "\xff\xfe\x00\x00":
			i = c.unit
		}
	}
	var sb strings.Builder
	for i < len(data) {
		r, n, reason := c.decodeAt(data, i)
		if reason == "" {
			sb.WriteString(encodeCodePoint(r))
			i += n
			continue
		}
		end := i + n
		switch errors {
		case "strict":
			return "", newUnicodeError(UnicodeDecodeError, NewStr(c.name()), NewBytes(append([]byte(nil), data...)), Int(int64(i)), Int(int64(end)), NewStr(reason))
		case "ignore":
		case "replace":
			sb.WriteRune(0xfffd)
		case "backslashreplace":
			for _, b := range data[i:end] {
				writeHexEscape(&sb, 'x', uint32(b), 2)
			}
		case "surrogatepass":
			// Only a surrogate unit passes; anything else stays an error.
			if n != c.unit || r < 0xd800 || r > 0xdfff {
				return "", newUnicodeError(UnicodeDecodeError, NewStr(c.name()), NewBytes(append([]byte(nil), data...)), Int(int64(i)), Int(int64(end)), NewStr(reason))
			}
			sb.WriteString(encodeCodePoint(r))
		default:
			return "", unknownErrorHandler(errors)
		}
		i = end
	}
	return sb.String(), nil
}

// decodeAt decodes the code point at data[i:]: it returns it and its
// length, or, for an invalid or incomplete sequence, the number of bytes
// in error, the reason, and (for a surrogate unit) the unit as r.
func (c wideCodec) decodeAt(data []byte, i int) (r rune, n int, reason string) {
	rest := len(data) - i
	if rest < c.unit {
		return 0, rest, "truncated data"
	}
	if c.unit == 4 {
		r = rune(c.bo.Uint32(data[i:]))
		switch {
		case uint32(r) > 0x10ffff:
			return r, 4, "code point not in range(0x110000)"
		case r >= 0xd800 && r <= 0xdfff:
			return r, 4, "code point in surrogate code point range(0xd800, 0xe000)"
		}
		return r, 4, ""
	}
	r = rune(c.bo.Uint16(data[i:]))
	switch {
	case r < 0xd800 || r > 0xdfff:
		return r, 2, ""
	case r >= 0xdc00:
		return r, 2, "illegal encoding"
	case rest < 4:
		return r, 2, "unexpected end of data"
	}
	lo := rune(c.bo.Uint16(data[i+2:]))
	if lo < 0xdc00 || lo > 0xdfff {
		return r, 2, "illegal UTF-16 surrogate"
	}
	return utf16.DecodeRune(r, lo), 4, ""
}

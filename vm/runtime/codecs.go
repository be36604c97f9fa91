package runtime

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements the text encodings built into str.encode,
// bytes.decode, str(b, encoding) and bytes(s, encoding): UTF-8, ASCII and
// Latin-1, with the error handlers strict, ignore, replace,
// backslashreplace and (for encoding) xmlcharrefreplace. Errors are
// UnicodeDecodeError / UnicodeEncodeError with CPython's five arguments
// (encoding, object, start, end, reason).

// codecArgs reads the encoding and errors arguments of a codec call; fname
// names the function in type errors.
func codecArgs(fname string, encoding, errors Value) (enc, errs string, err error) {
	enc, errs = "utf-8", "strict"
	if encoding.IsValid() {
		if !isStr(encoding) {
			return "", "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", fname, TypeName(encoding))
		}
		enc = StrValue(encoding)
	}
	if errors.IsValid() {
		if !isStr(errors) {
			return "", "", Errorf(TypeError, "%s() argument 'errors' must be str, not %s", fname, TypeName(errors))
		}
		errs = StrValue(errors)
	}
	return enc, errs, nil
}

// normalizeEncoding maps an encoding name to the name of its built-in
// codec: "utf-8", "ascii", "latin-1", the utf-16/utf-32 family,
// "utf-8-sig", or the CPython module name of a charmap codec ("cp1252",
// "iso8859_15"); unknown names come back normalised. The name is
// normalised as CPython's codec search does: lower case, each run of
// characters other than letters, digits and '.' made one '_', none at the
// ends.
func normalizeEncoding(name string) string {
	var sb strings.Builder
	pending := false
	for _, r := range strings.ToLower(name) {
		if r == '.' || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if pending && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			pending = false
			sb.WriteRune(r)
		} else {
			pending = true
		}
	}
	n := sb.String()
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "ibm367", "cp367", "csascii":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "iso8859", "8859", "cp819", "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987":
		return "latin-1"
	case "utf_16", "utf16", "u16":
		return "utf-16"
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return "utf-16-le"
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return "utf-16-be"
	case "utf_32", "utf32", "u32":
		return "utf-32"
	case "utf_32_le", "utf_32le":
		return "utf-32-le"
	case "utf_32_be", "utf_32be":
		return "utf-32-be"
	case "utf_8_sig":
		return "utf-8-sig"
	}
	if m, ok := charmapAliases()[n]; ok {
		return m
	}
	if m, ok := charmapAliases()[strings.ReplaceAll(n, ".", "_")]; ok {
		return m
	}
	return n
}

func unknownEncoding(name string) error {
	return Errorf(LookupError, "unknown encoding: %s", name)
}

func unknownErrorHandler(name string) error {
	return Errorf(LookupError, "unknown error handler name '%s'", name)
}

// Decode decodes data with the named encoding and error handler.
func Decode(data []byte, encoding, errors string) (string, error) {
	enc := normalizeEncoding(encoding)
	var cm *charmapCodec
	switch enc {
	case "utf-8":
		if utf8.Valid(data) {
			return string(data), nil
		}
	case "latin-1":
		return latin1Decode(data), nil
	case "utf-8-sig":
		return Decode(bytes.TrimPrefix(data, utf8BOM), "utf-8", errors)
	case "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be":
		return decodeWide(data, enc, errors)
	case "ascii":
	default:
		if cm = charmapNamed(enc); cm == nil {
			return "", unknownEncoding(encoding)
		}
	}
	var sb strings.Builder
	for i := 0; i < len(data); {
		var end int
		var reason string
		if enc == "ascii" {
			if data[i] < 0x80 {
				sb.WriteByte(data[i])
				i++
				continue
			}
			end, reason = i+1, "ordinal not in range(128)"
		} else if cm != nil {
			if r := cm.decode[data[i]]; r >= 0 {
				sb.WriteRune(r)
				i++
				continue
			}
			end, reason = i+1, charmapUndefined
		} else {
			n, bad, why := utf8SequenceAt(data, i)
			if !bad {
				sb.Write(data[i : i+n])
				i += n
				continue
			}
			end, reason = i+n, why
		}
		switch errors {
		case "strict":
			return "", newUnicodeError(UnicodeDecodeError, NewStr(codecErrorName(enc)), NewBytes(append([]byte(nil), data...)), Int(int64(i)), Int(int64(end)), NewStr(reason))
		case "ignore":
		case "replace":
			sb.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, b := range data[i:end] {
				writeHexEscape(&sb, 'x', uint32(b), 2)
			}
		case "surrogateescape":
			// Each undecodable byte b from 0x80 up becomes the lone
			// surrogate U+DC00+b; CPython gives up on a lower one.
			for k, b := range data[i:end] {
				if b < 0x80 {
					return "", newUnicodeError(UnicodeDecodeError, NewStr(codecErrorName(enc)), NewBytes(append([]byte(nil), data...)), Int(int64(i+k)), Int(int64(i+k+1)), NewStr(reason))
				}
				sb.WriteString(encodeCodePoint(0xdc00 + rune(b)))
			}
		case "surrogatepass":
			// UTF-8's three-byte form of a surrogate (ED A0..BF 80..BF)
			// decodes to that lone surrogate; any other error stays one.
			if enc != "utf-8" || i+2 >= len(data) || data[i] != 0xed || data[i+1] < 0xa0 || data[i+1] > 0xbf || data[i+2] < 0x80 || data[i+2] > 0xbf {
				return "", newUnicodeError(UnicodeDecodeError, NewStr(codecErrorName(enc)), NewBytes(append([]byte(nil), data...)), Int(int64(i)), Int(int64(end)), NewStr(reason))
			}
			end = i + 3
			sb.WriteString(encodeCodePoint(0xd000 | rune(data[i+1]&0x3f)<<6 | rune(data[i+2]&0x3f)))
		default:
			return "", unknownErrorHandler(errors)
		}
		i = end
	}
	return sb.String(), nil
}

// utf8SequenceAt checks the UTF-8 sequence starting at data[i] as
// CPython's decoder does: it returns its length and, for an invalid one,
// the number of bytes in error and the reason.
func utf8SequenceAt(data []byte, i int) (n int, bad bool, reason string) {
	b0 := data[i]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case b0 < 0x80:
		return 1, false, ""
	case b0 < 0xc2:
		return 1, true, "invalid start byte"
	case b0 < 0xe0:
		need = 1
	case b0 < 0xf0:
		need = 2
		if b0 == 0xe0 {
			lo = 0xa0
		} else if b0 == 0xed {
			hi = 0x9f
		}
	case b0 < 0xf5:
		need = 3
		if b0 == 0xf0 {
			lo = 0x90
		} else if b0 == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, true, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(data) {
			return len(data) - i, true, "unexpected end of data"
		}
		c := data[i+k]
		if k == 1 && (c < lo || c > hi) || k > 1 && (c < 0x80 || c > 0xbf) {
			return k, true, "invalid continuation byte"
		}
	}
	return need + 1, false, ""
}

// latin1Decode maps each byte to the code point of the same value.
func latin1Decode(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// encodeLatin1 converts text whose code points are all below 256 back to
// bytes, the inverse of latin1Decode.
func encodeLatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// Encode encodes s with the named encoding and error handler.
func Encode(s, encoding, errors string) ([]byte, error) {
	enc := normalizeEncoding(encoding)
	var limit rune // code points from limit up cannot be encoded
	reason := ""
	var charmap map[rune]byte // a charmap codec's code points
	switch enc {
	case "utf-8":
		if utf8.ValidString(s) {
			return []byte(s), nil
		}
		// s holds lone surrogates (see decodeRune), which UTF-8 cannot
		// encode; everything else can be.
		limit, reason = unicode.MaxRune+1, "surrogates not allowed"
	case "ascii":
		limit, reason = 0x80, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0x100, "ordinal not in range(256)"
	case "utf-8-sig":
		b, err := Encode(s, "utf-8", errors)
		if err != nil {
			return nil, err
		}
		return append(append([]byte(nil), utf8BOM...), b...), nil
	case "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be":
		return encodeWide(s, enc, errors)
	default:
		cm := charmapNamed(enc)
		if cm == nil {
			return nil, unknownEncoding(encoding)
		}
		reason, charmap = charmapUndefined, cm.encode
	}
	encodable := func(r rune) bool {
		if _, ok := charmap[r]; ok {
			return true
		}
		return r < limit && (r < 0xd800 || r > 0xdfff)
	}
	rs := decodeRunes(s)
	out := make([]byte, 0, len(rs))
	for i := 0; i < len(rs); {
		if encodable(rs[i]) {
			if b, ok := charmap[rs[i]]; ok {
				out = append(out, b)
			} else if limit > 0x100 {
				out = utf8.AppendRune(out, rs[i])
			} else {
				out = append(out, byte(rs[i]))
			}
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && !encodable(rs[end]) {
			end++
		}
		replaced := len(out)
		switch errors {
		case "strict":
			return nil, newUnicodeError(UnicodeEncodeError, NewStr(codecErrorName(enc)), NewStr(s), Int(int64(i)), Int(int64(end)), NewStr(reason))
		case "ignore":
		case "replace":
			for k := i; k < end; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			var sb strings.Builder
			for _, r := range rs[i:end] {
				writeCodePointEscape(&sb, r)
			}
			out = append(out, sb.String()...)
		case "xmlcharrefreplace":
			for _, r := range rs[i:end] {
				out = append(out, "&#"+formatInt64(int64(r))+";"...)
			}
		case "surrogateescape":
			// Undo the decoder's surrogateescape: U+DC80..U+DCFF stand for
			// the undecodable bytes 0x80..0xff. Any other character fails
			// the run up to its end: from that character in CPython's
			// UTF-8, ASCII and Latin-1 encoders, which escape what they
			// can first, from the run's start in the charmap encoder.
			for k := i; k < end; k++ {
				if rs[k] < 0xdc80 || rs[k] > 0xdcff {
					start := k
					if charmap != nil {
						start = i
					}
					return nil, newUnicodeError(UnicodeEncodeError, NewStr(codecErrorName(enc)), NewStr(s), Int(int64(start)), Int(int64(end)), NewStr(reason))
				}
				out = append(out, byte(rs[k]-0xdc00))
			}
		case "surrogatepass":
			if enc != "utf-8" {
				return nil, newUnicodeError(UnicodeEncodeError, NewStr(codecErrorName(enc)), NewStr(s), Int(int64(i)), Int(int64(end)), NewStr(reason))
			}
			for _, r := range rs[i:end] {
				out = append(out, encodeCodePoint(r)...)
			}
		default:
			return nil, unknownErrorHandler(errors)
		}
		if charmap != nil && errors != "surrogateescape" {
			// A replacement text is encoded with the codec, as CPython's
			// charmap encoder does (cp037's '?' is 0x6f): all of it is
			// ASCII, which every charmap codec here encodes.
			for k, c := range out[replaced:] {
				b, ok := charmap[rune(c)]
				if !ok {
					return nil, newUnicodeError(UnicodeEncodeError, NewStr(codecErrorName(enc)), NewStr(s), Int(int64(i)), Int(int64(end)), NewStr(reason))
				}
				out[replaced+k] = b
			}
		}
		i = end
	}
	return out, nil
}

// UnicodeErrorMessage returns str() of a UnicodeDecodeError or
// UnicodeEncodeError made with the five standard arguments, as CPython
// writes it: "'utf-8' codec can't decode byte 0xff in position 0: invalid
// start byte". It returns false for other argument shapes.
func UnicodeErrorMessage(e *Exception) (string, bool) {
	if len(e.Args) != 5 || !isStr(e.Args[0]) || !isInt(e.Args[2]) || !isInt(e.Args[3]) || !isStr(e.Args[4]) {
		return "", false
	}
	enc, reason := StrValue(e.Args[0]), StrValue(e.Args[4])
	start, _ := intSmall(e.Args[2])
	end, _ := intSmall(e.Args[3])
	obj := e.Args[1]
	switch {
	case e.typ.IsSubtype(UnicodeDecodeError):
		data, ok := bytesLike(obj)
		if !ok {
			return "", false
		}
		if end == start+1 && start >= 0 && start < int64(len(data)) {
			return "'" + enc + "' codec can't decode byte 0x" + hex2(data[start]) + " in position " + formatInt64(start) + ": " + reason, true
		}
		return "'" + enc + "' codec can't decode bytes in position " + formatInt64(start) + "-" + formatInt64(end-1) + ": " + reason, true
	case e.typ.IsSubtype(UnicodeEncodeError):
		if !isStr(obj) {
			return "", false
		}
		s := strOf(obj)
		if end == start+1 && start >= 0 && start < int64(s.runeCount()) {
			var sb strings.Builder
			writeCodePointEscape(&sb, s.at(int(start)))
			return "'" + enc + "' codec can't encode character '" + sb.String() + "' in position " + formatInt64(start) + ": " + reason, true
		}
		return "'" + enc + "' codec can't encode characters in position " + formatInt64(start) + "-" + formatInt64(end-1) + ": " + reason, true
	}
	return "", false
}

func hex2(b byte) string {
	const hexDigits = "0123456789abcdef"
	return string([]byte{hexDigits[b>>4], hexDigits[b&0xf]})
}

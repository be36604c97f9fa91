package runtime

import "sync"

// This file holds the table of the cp1252 (Windows-1252) codec, the one
// single-byte "charmap" codec built in besides Latin-1 and ASCII, and the
// names codec errors report: CPython's charmap codecs call themselves
// "charmap" in UnicodeDecodeError and UnicodeEncodeError.

// charmapUndefined is the reason of a charmap codec's errors.
const charmapUndefined = "character maps to <undefined>"

// utf8BOM is the byte order mark the utf-8-sig codec writes and skips.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// cp1252Decode maps each byte to its code point; 0 marks the five
// undefined bytes (byte 0 itself maps to U+0000).
var cp1252Decode = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	high := [32]rune{
		0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
		0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
	}
	copy(t[0x80:], high[:])
	return t
}()

// cp1252Encode returns the inverse of cp1252Decode above 0x7f, built once.
var cp1252Encode = sync.OnceValue(func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for b := 0x80; b < 0x100; b++ {
		if r := cp1252Decode[b]; r != 0 {
			m[r] = byte(b)
		}
	}
	return m
})

// codecErrorName is the encoding a Unicode error of the normalised codec
// enc names.
func codecErrorName(enc string) string {
	if enc == "cp1252" {
		return "charmap"
	}
	return enc
}

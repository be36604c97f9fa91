package syntax

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// needsNFKC reports whether the identifier name contains a character that
// normalizeName changes.
func needsNFKC(name []byte) bool {
	for _, r := range string(name) {
		if _, ok := nfkcRune(r); ok {
			return true
		}
	}
	return false
}

// normalizeName applies the part of NFKC normalization, which Python
// applies to identifiers, that matters in practice: fullwidth forms and a
// few compatibility letters. (Go's standard library has no Unicode
// normalization tables.)
func normalizeName(name []byte) string {
	b := make([]byte, 0, len(name))
	for _, r := range string(name) {
		if n, ok := nfkcRune(r); ok {
			r = n
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

func nfkcRune(r rune) (rune, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return r - 0xFF01 + '!', true
	case r == 0xB5: // MICRO SIGN
		return 0x3BC, true // GREEK SMALL LETTER MU
	case r == 0xAA:
		return 'a', true
	case r == 0xBA:
		return 'o', true
	case r == 0x17F: // LATIN SMALL LETTER LONG S
		return 's', true
	case r >= 0x1D400 && r <= 0x1D6A3: // mathematical alphanumerics, Latin
		return mathLatin(r)
	}
	return 0, false
}

// mathLatin maps the mathematical alphanumeric Latin letters (bold,
// italic, script, ...: 13 alphabets of 52 letters) to ASCII.
func mathLatin(r rune) (rune, bool) {
	i := (r - 0x1D400) % 52
	if i < 26 {
		return 'A' + i, true
	}
	return 'a' + i - 26, true
}

//go:generate sh gen_unicode_names.sh

// unicodeNames is the table of character names for \N{...} escapes: one
// "HEX;NAME" line per character, for the blocks gen_unicode_names.sh lists.
//
//go:embed unicode_names.txt
var unicodeNames string

// runeNames indexes unicodeNames, on first use.
var runeNames = sync.OnceValue(func() map[string]rune {
	m := make(map[string]rune, 8192)
	for _, line := range strings.Split(unicodeNames, "\n") {
		hex, name, ok := strings.Cut(line, ";")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
			m[name] = rune(v)
		}
	}
	return m
})

// lookupRuneName resolves the name in a \N{...} escape. The table covers
// the characters Python source names in practice (see
// gen_unicode_names.sh); CJK ideographs are resolved by code point. Other
// names are reported as unknown, CPython's error for a misspelt name.
func lookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if r, ok := runeNames()[name]; ok {
		return r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok && (len(hex) == 4 || len(hex) == 5) {
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil && isCJKUnified(rune(v)) {
			return rune(v), true
		}
	}
	return 0, false
}

// isCJKUnified reports whether r is in a block of CJK unified ideographs.
func isCJKUnified(r rune) bool {
	return 0x3400 <= r && r <= 0x4DBF || 0x4E00 <= r && r <= 0x9FFF ||
		0x20000 <= r && r <= 0x323AF
}

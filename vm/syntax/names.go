package syntax

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// needsNFKC reports whether the identifier name changes under NFKC
// normalization, which Python applies to every identifier (PEP 3131).
func needsNFKC(name []byte) bool { return !norm.NFKC.IsNormal(name) }

// normalizeName returns the NFKC form of an identifier.
func normalizeName(name []byte) string { return norm.NFKC.String(string(name)) }

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

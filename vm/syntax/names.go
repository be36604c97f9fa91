package syntax

import (
	"github.com/kilnpy/kiln/vm/stdlib/unicodedata/ucd"
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

// lookupRuneName resolves the name in a \N{...} escape: any character
// name of Unicode 15.0.0 or name alias, ignoring case, as CPython does;
// named sequences are not characters and are refused.
func lookupRuneName(name string) (string, bool) { return ucd.Lookup(name, false) }

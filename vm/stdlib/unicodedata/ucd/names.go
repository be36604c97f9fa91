// This file defines the character names: Name and its inverse Lookup.

package ucd

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// The Hangul syllable names are made of the short names of their jamo
// (Unicode 15.0 section 3.12, "Hangul Syllable Name Generation").
const (
	hangulBase            = 0xAC00
	hangulCount           = 11172
	hangulVCount, hangulT = 21, 28
)

var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulF = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// Name returns the Unicode name of r, or "" if it has none (control
// characters, unassigned and private-use code points, surrogates).
// CJK unified ideographs, whose UnicodeData.txt entries are ranges, get
// their derived names, "CJK UNIFIED IDEOGRAPH-4E00".
func Name(r rune) string {
	if r >= hangulBase && r < hangulBase+hangulCount {
		s := r - hangulBase
		return "HANGUL SYLLABLE " + hangulL[s/(hangulVCount*hangulT)] + hangulV[s%(hangulVCount*hangulT)/hangulT] + hangulF[s%hangulT]
	}
	n := runenames.Name(r)
	if !strings.HasPrefix(n, "<") {
		return n
	}
	switch {
	case strings.HasPrefix(n, "<CJK Ideograph"):
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
	}
	// CPython 3.12 gives the Tangut ideographs (U+17000..U+187F7,
	// U+18D00..U+18D08) no name, though Unicode derives one
	// ("TANGUT IDEOGRAPH-17000"); Kiln follows CPython.
	return ""
}

// derivedRanges are the ranges of code points whose names are derived
// from the code point (or that CPython leaves unnamed): the CJK unified
// ideographs, the Hangul syllables and the Tangut ideographs of 15.0.0,
// and the private-use planes, which have no names.
var derivedRanges = [][2]rune{
	{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xE000, 0xF8FF}, {0x17000, 0x187F7}, {0x18D00, 0x18D08},
	{0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0},
	{0x30000, 0x3134A}, {0x31350, 0x323AF}, {0xF0000, 0x10FFFF},
}

// aliasData holds the name aliases and named sequences, see gen_tables.py.
//
//go:embed aliases.txt
var aliasData string

// nameIndex maps every name, alias and named sequence to what it names.
type nameIndex struct {
	runes     map[string]rune
	hangul    map[string]rune
	aliases   map[string]rune
	sequences map[string]string
}

// The algorithmic names are not in the index: nameIndex resolves them by
// parsing the code point.
var derivedPrefixes = []string{"CJK UNIFIED IDEOGRAPH-"}

// index is built on the first lookup by name: about 45,000 names, in some
// 11 ms, which programs that never look a name up do not pay.
var index = sync.OnceValue(func() *nameIndex {
	ix := &nameIndex{runes: make(map[string]rune, 40000), hangul: make(map[string]rune, hangulCount), aliases: map[string]rune{}, sequences: map[string]string{}}
	// Only assigned code points have names, and the ranges of
	// ideographs and syllables have derived ones: this leaves some 45,000
	// of the 1,114,112 code points to ask runenames about.
	next := 0
	for _, run := range categoryRuns {
		for r := run.lo; r <= run.hi; r++ {
			for next < len(derivedRanges) && derivedRanges[next][1] < r {
				next++
			}
			if next < len(derivedRanges) && derivedRanges[next][0] <= r {
				r = derivedRanges[next][1]
				continue
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				ix.runes[n] = r
			}
		}
	}
	for r := rune(hangulBase); r < hangulBase+hangulCount; r++ {
		ix.hangul[Name(r)] = r
	}
	for _, line := range strings.Split(aliasData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, cps, _ := strings.Cut(line[1:], ";")
		if line[0] == 'A' {
			v, _ := strconv.ParseUint(cps, 16, 32)
			ix.aliases[name] = rune(v)
			continue
		}
		var b strings.Builder
		for _, f := range strings.Fields(cps) {
			v, _ := strconv.ParseUint(f, 16, 32)
			b.WriteRune(rune(v))
		}
		ix.sequences[name] = b.String()
	}
	return ix
})

// Lookup returns the character with the given name or name alias; with
// sequences, named sequences are looked up too (unicodedata.lookup accepts
// them, \N{...} does not). Like CPython, it ignores case except in the
// derived names of Hangul syllables and CJK unified ideographs.
func Lookup(name string, sequences bool) (string, bool) {
	ix := index()
	if r, ok := ix.hangul[name]; ok {
		return string(r), true
	}
	for _, p := range derivedPrefixes {
		if hex, ok := strings.CutPrefix(name, p); ok {
			// Four or five upper-case hex digits, leading zeros allowed.
			if len(hex) != 4 && len(hex) != 5 || strings.ToUpper(hex) != hex {
				return "", false
			}
			v, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || !strings.HasPrefix(runenames.Name(rune(v)), "<CJK Ideograph") {
				return "", false
			}
			return string(rune(v)), true
		}
	}
	name = strings.ToUpper(name)
	if r, ok := ix.runes[name]; ok {
		return string(r), true
	}
	if r, ok := ix.aliases[name]; ok {
		return string(r), true
	}
	if sequences {
		s, ok := ix.sequences[name]
		return s, ok
	}
	return "", false
}

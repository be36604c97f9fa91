package re

import (
	"sort"
	"sync"
	"unicode"
)

// This file defines the character classes of patterns: the sets written
// [...], the categories \d \w \s (Unicode for str patterns, ASCII for bytes
// patterns and re.ASCII) and case-insensitive comparison.

// Flag bits, with CPython's values.
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256
)

// category is one of the escapes \d \D \s \S \w \W inside or outside a set.
type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

// isWord reports whether r is a word character: [a-zA-Z0-9_] in ASCII mode,
// str.isalnum() or '_' otherwise.
func isWord(r rune, ascii bool) bool {
	if r < 128 {
		return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return !ascii && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// isDigit is \d: [0-9], or any decimal digit (category Nd) in Unicode mode.
func isDigit(r rune, ascii bool) bool {
	if r < 128 {
		return r >= '0' && r <= '9'
	}
	return !ascii && unicode.Is(unicode.Nd, r)
}

// isSpace is \s: [ \t\n\r\f\v], or str.isspace() in Unicode mode, which
// also counts \x1c-\x1f.
func isSpace(r rune, ascii bool) bool {
	if r < 128 {
		return r == ' ' || r >= '\t' && r <= '\r' || !ascii && r >= 0x1c && r <= 0x1f
	}
	return !ascii && unicode.IsSpace(r)
}

func (c category) has(r rune, ascii bool) bool {
	switch c {
	case catDigit:
		return isDigit(r, ascii)
	case catNotDigit:
		return !isDigit(r, ascii)
	case catSpace:
		return isSpace(r, ascii)
	case catNotSpace:
		return !isSpace(r, ascii)
	case catWord:
		return isWord(r, ascii)
	default:
		return !isWord(r, ascii)
	}
}

// charSet is a compiled [...] set or category. Membership of ASCII
// characters is a bitmap lookup; the others test ranges and categories.
type charSet struct {
	ascii  [2]uint64 // membership of 0..127, negation applied
	ranges []runeRange
	cats   []category
	neg    bool
	fold   bool // ignore case: a character matches if any of its case variants does
	asc    bool // ASCII semantics for categories and case
}

type runeRange struct{ lo, hi rune }

// has reports whether r is in the set.
func (s *charSet) has(r rune) bool {
	if r < 128 && r >= 0 {
		return s.ascii[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return s.slowHas(r) != s.neg
}

// spanBytes returns the end of the run of bytes of b in s from i.
func (s *charSet) spanBytes(b []byte, i int) int {
	for ; i < len(b); i++ {
		if c := b[i]; c < 128 {
			if s.ascii[c>>6]&(1<<(c&63)) == 0 {
				return i
			}
		} else if !s.has(rune(c)) {
			return i
		}
	}
	return len(b)
}

// slowHas tests r against the ranges and categories, before negation.
func (s *charSet) slowHas(r rune) bool {
	if s.rawHas(r) {
		return true
	}
	if s.fold {
		for f := foldNext(r, s.asc); f != r; f = foldNext(f, s.asc) {
			if s.rawHas(f) {
				return true
			}
		}
		if !s.asc {
			for _, f := range extraFolds(r) {
				if s.rawHas(f) {
					return true
				}
			}
		}
	}
	return false
}

func (s *charSet) rawHas(r rune) bool {
	rs := s.ranges
	if len(rs) > 8 {
		i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= r })
		if i < len(rs) && rs[i].lo <= r {
			return true
		}
	} else {
		for _, rg := range rs {
			if r >= rg.lo && r <= rg.hi {
				return true
			}
		}
	}
	for _, c := range s.cats {
		if c.has(r, s.asc) {
			return true
		}
	}
	return false
}

// finish sorts and merges the ranges and fills the ASCII bitmap.
func (s *charSet) finish() {
	sort.Slice(s.ranges, func(i, j int) bool { return s.ranges[i].lo < s.ranges[j].lo })
	merged := s.ranges[:0]
	for _, r := range s.ranges {
		if n := len(merged); n > 0 && r.lo <= merged[n-1].hi+1 {
			if r.hi > merged[n-1].hi {
				merged[n-1].hi = r.hi
			}
			continue
		}
		merged = append(merged, r)
	}
	s.ranges = merged
	for c := rune(0); c < 128; c++ {
		if s.slowHas(c) != s.neg {
			s.ascii[c>>6] |= 1 << (uint(c) & 63)
		}
	}
}

// lowerExtra maps a character to the others that match it ignoring case
// beyond its case-folding orbit: those with the same uppercase once
// lowered. CPython compares lowercases (U+0130 LATIN CAPITAL LETTER I
// WITH DOT ABOVE lowers to 'i') and adds the lowercases that share an
// uppercase (_casefix: U+0131 LATIN SMALL LETTER DOTLESS I and 'i', both
// 'I'), which is the same relation.
var (
	lowerExtraOnce sync.Once
	lowerExtra     map[rune][]rune
)

// caseKey is the uppercase of c's lowercase: characters match each other
// ignoring case where their keys are equal.
func caseKey(c rune) rune {
	switch c {
	case 0xfb05, 0xfb06: // ﬅ and ﬆ: a pair of _casefix's of Unicode 15, newer than Go's tables
		return 0xfb06
	}
	return unicode.ToUpper(unicode.ToLower(c))
}

func extraFolds(r rune) []rune {
	lowerExtraOnce.Do(func() {
		groups := map[rune][]rune{}
		for c := rune(0); c <= 0x1ffff; c++ {
			if k := caseKey(c); k != c || unicode.ToLower(c) != c {
				groups[k] = append(groups[k], c)
			}
		}
		lowerExtra = map[rune][]rune{}
		for k, g := range groups {
			if caseKey(k) != k || unicode.ToLower(k) == k {
				g = append(g, k) // the key itself, if the loop left it out
			}
			for _, c := range g {
				for _, o := range g {
					if o != c && !inOrbit(c, o) {
						lowerExtra[c] = append(lowerExtra[c], o)
					}
				}
			}
		}
	})
	return lowerExtra[r]
}

func inOrbit(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// foldNext returns the next character of r's case-folding orbit (r itself
// if it has no other case). In ASCII mode only ASCII letters fold.
func foldNext(r rune, ascii bool) rune {
	if r < 128 {
		if r >= 'a' && r <= 'z' {
			if !ascii && (r == 'k' || r == 's') {
				return unicode.SimpleFold(r)
			}
			return r - 32
		}
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if ascii {
		return r
	}
	return unicode.SimpleFold(r)
}

// foldEqual reports whether a and b are equal ignoring case.
func foldEqual(a, b rune, ascii bool) bool {
	if a == b {
		return true
	}
	if ascii && (a >= 128 || b >= 128) {
		return false
	}
	for f := foldNext(a, ascii); f != a; f = foldNext(f, ascii) {
		if f == b {
			return true
		}
	}
	if !ascii {
		for _, f := range extraFolds(a) {
			if f == b {
				return true
			}
		}
	}
	return false
}

// hasCase reports whether r has other case variants.
func hasCase(r rune, ascii bool) bool {
	return foldNext(r, ascii) != r || !ascii && len(extraFolds(r)) > 0
}

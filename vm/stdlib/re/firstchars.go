package re

// This file defines the first-character filter of a search: the set of
// characters any match must start with, found through groups,
// alternatives, optional items and zero-width assertions ([aeiou]{2,},
// \b(\w+)=, (?i)error|warning, \s*=\s*|\n), for patterns that do not
// start with a literal prefix. The search tries only positions whose
// character is in it.

// firstChars is the characters a match may start with.
type firstChars struct {
	latin1 [256]bool // membership of code points below 256, for byte inputs
	sets   []*charSet
	lits   []rune
}

// has reports whether a match may start with r.
func (f *firstChars) has(r rune) bool {
	if r >= 0 && r < 256 {
		return f.latin1[r]
	}
	return f.hasSlow(r)
}

// skipBytes returns the first position from i of b whose byte may start a
// match, or len(b).
func (f *firstChars) skipBytes(b []byte, i int) int {
	for ; i < len(b); i++ {
		if f.latin1[b[i]] {
			return i
		}
	}
	return len(b)
}

// newFirstChars returns the filter for tree, or nil when a match may be
// empty or start with anything (., a backreference, a conditional).
func newFirstChars(tree *syntax) *firstChars {
	f := &firstChars{}
	if canBeEmpty, ok := f.add(tree); !ok || canBeEmpty {
		return nil
	}
	for c := range f.latin1 {
		f.latin1[c] = f.hasSlow(rune(c))
	}
	return f
}

// hasSlow is has without the table of the first 256 code points.
func (f *firstChars) hasSlow(r rune) bool {
	for _, s := range f.sets {
		if s.has(r) {
			return true
		}
	}
	for _, c := range f.lits {
		if c == r {
			return true
		}
	}
	return false
}

// add adds the characters that s may start with and reports whether s
// may match the empty string; ok is false when they are not known.
func (f *firstChars) add(s *syntax) (canBeEmpty, ok bool) {
	switch s.kind {
	case nLit:
		if cs := foldVariants(s); cs != nil {
			f.lits = append(f.lits, cs...)
		} else {
			f.lits = append(f.lits, s.c)
		}
		return false, true
	case nSet:
		f.sets = append(f.sets, s.set)
		return false, true
	case nAssert, nLook:
		// Zero-width: the match starts with what follows.
		return true, true
	case nGroup, nAtomic:
		return f.add(s.subs[0])
	case nRepeat:
		if s.max == 0 {
			return true, true
		}
		empty, ok := f.add(s.subs[0])
		return empty || s.min == 0, ok
	case nConcat:
		for _, sub := range s.subs {
			empty, ok := f.add(sub)
			if !ok {
				return false, false
			}
			if !empty {
				return false, true
			}
		}
		return true, true
	case nAlt:
		anyEmpty := false
		for _, sub := range s.subs {
			empty, ok := f.add(sub)
			if !ok {
				return false, false
			}
			anyEmpty = anyEmpty || empty
		}
		return anyEmpty, true
	}
	return false, false
}

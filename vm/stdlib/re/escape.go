package re

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kilnpy/kiln/vm/stdlib/unicodedata/ucd"
)

// This file parses escapes (\n, \x41, \d, \1, ...) and character sets
// [...] of patterns.

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

func isOct(r rune) bool { return r >= '0' && r <= '7' }

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// escapeText is the escape read so far, for messages.
func (p *parser) escapeText(start int) string { return string(p.src[start:p.pos]) }

// getWhile reads up to n characters satisfying ok.
func (p *parser) getWhile(n int, ok func(rune) bool) {
	for i := 0; i < n && p.more() && ok(p.src[p.pos]); i++ {
		p.pos++
	}
}

// simpleEscape handles the escapes common to sets and patterns: character
// escapes, \x \u \U \N. It reports false if c is not one of them.
func (p *parser) simpleEscape(start int, c rune) (rune, bool, error) {
	switch c {
	case 'a':
		return 7, true, nil
	case 'f':
		return '\f', true, nil
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'v':
		return '\v', true, nil
	case '\\':
		return '\\', true, nil
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		if c != 'x' && p.bytes {
			return 0, false, nil
		}
		p.getWhile(n, isHex)
		esc := p.escapeText(start)
		if len(esc) != n+2 {
			return 0, false, p.errAt("incomplete escape "+esc, start)
		}
		v, _ := strconv.ParseUint(esc[2:], 16, 32)
		if v > 0x10ffff {
			return 0, false, p.errAt("bad escape "+esc, start)
		}
		return rune(v), true, nil
	case 'N':
		if p.bytes {
			return 0, false, nil
		}
		if !p.eat('{') {
			return 0, false, p.errAt("missing {", p.pos)
		}
		nameStart := p.pos
		name, err := p.parseName('}', "character name")
		if err != nil {
			return 0, false, err
		}
		if r, ok := lookupCharName(name); ok {
			return r, true, nil
		}
		return 0, false, p.errAt(fmt.Sprintf("undefined character name %s", pyQuote(name)), nameStart-3)
	}
	return 0, false, nil
}

// lookupCharName resolves the name of a \N{...} escape: a character name
// or alias of Unicode 15.0.0, as CPython's re does through
// unicodedata.lookup (a named sequence is refused, not being one
// character).
func lookupCharName(name string) (rune, bool) {
	s, ok := ucd.Lookup(name, false)
	if !ok {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r, true
}

func (p *parser) categorySet(c rune) *charSet {
	var cat category
	switch c {
	case 'd':
		cat = catDigit
	case 'D':
		cat = catNotDigit
	case 's':
		cat = catSpace
	case 'S':
		cat = catNotSpace
	case 'w':
		cat = catWord
	case 'W':
		cat = catNotWord
	default:
		return nil
	}
	s := &charSet{cats: []category{cat}, asc: p.ascii()}
	s.finish()
	return s
}

// ascii reports whether categories and case folding are ASCII-only.
func (p *parser) ascii() bool { return p.bytes || p.flags&flagASCII != 0 }

// parseEscape parses an escape outside a set; start is the backslash.
func (p *parser) parseEscape(start int) (*syntax, error) {
	if !p.more() {
		return nil, p.errAt("bad escape (end of pattern)", len(p.src)-1)
	}
	c := p.src[p.pos]
	p.pos++
	if s := p.categorySet(c); s != nil {
		return &syntax{kind: nSet, set: s, flags: p.nf()}, nil
	}
	switch c {
	case 'A':
		return &syntax{kind: nAssert, at: atBegin, flags: p.nf()}, nil
	case 'Z':
		return &syntax{kind: nAssert, at: atEnd, flags: p.nf()}, nil
	case 'b':
		return &syntax{kind: nAssert, at: atBoundary, flags: p.nf()}, nil
	case 'B':
		return &syntax{kind: nAssert, at: atNotBoundary, flags: p.nf()}, nil
	}
	if r, ok, err := p.simpleEscape(start, c); err != nil || ok {
		return p.lit(r), err
	}
	if c == '0' {
		p.getWhile(2, isOct)
		v, _ := strconv.ParseUint(p.escapeText(start)[1:], 8, 32)
		return p.lit(rune(v)), nil
	}
	if c >= '1' && c <= '9' {
		if p.more() && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
			if isOct(c) && isOct(p.src[p.pos-1]) && p.more() && isOct(p.src[p.pos]) {
				p.pos++
				esc := p.escapeText(start)
				v, _ := strconv.ParseUint(esc[1:], 8, 32)
				if v > 0o377 {
					return nil, p.errAt(fmt.Sprintf("octal escape value %s outside of range 0-0o377", esc), start)
				}
				return p.lit(rune(v)), nil
			}
		}
		esc := p.escapeText(start)
		g, _ := strconv.Atoi(esc[1:])
		if g < p.ngroups {
			if p.open[g] {
				return nil, p.errAt("cannot refer to an open group", start)
			}
			if err := p.checkLookbehindRef(g, p.pos-start); err != nil {
				return nil, err
			}
			return &syntax{kind: nBackref, group: g, flags: p.nf()}, nil
		}
		return nil, p.errAt(fmt.Sprintf("invalid group reference %d", g), start+1)
	}
	if isASCIILetter(c) || c == 'u' || c == 'U' || c == 'N' {
		return nil, p.errAt("bad escape "+p.escapeText(start), start)
	}
	return p.lit(c), nil
}

// classEscape parses an escape inside a set. It returns a character, or a
// category set.
func (p *parser) classEscape(start int) (rune, *charSet, error) {
	if !p.more() {
		return 0, nil, p.errAt("bad escape (end of pattern)", len(p.src)-1)
	}
	c := p.src[p.pos]
	p.pos++
	if s := p.categorySet(c); s != nil {
		return 0, s, nil
	}
	if c == 'b' {
		return '\b', nil, nil
	}
	if r, ok, err := p.simpleEscape(start, c); err != nil || ok {
		return r, nil, err
	}
	if isOct(c) {
		p.getWhile(2, isOct)
		esc := p.escapeText(start)
		v, _ := strconv.ParseUint(esc[1:], 8, 32)
		if v > 0o377 {
			return 0, nil, p.errAt(fmt.Sprintf("octal escape value %s outside of range 0-0o377", esc), start)
		}
		return rune(v), nil, nil
	}
	if isASCIILetter(c) || c >= '0' && c <= '9' {
		return 0, nil, p.errAt("bad escape "+p.escapeText(start), start)
	}
	return c, nil, nil
}

// setOperationName names a doubled character CPython reserves for set
// operations inside a set (a switch: Go builds map literals at every
// start).
func setOperationName(c rune) string {
	switch c {
	case '-':
		return "difference"
	case '&':
		return "intersection"
	case '~':
		return "symmetric difference"
	case '|':
		return "union"
	}
	return ""
}

// parseClass parses a set; start is the '['.
func (p *parser) parseClass(start int) (*syntax, error) {
	set := &charSet{asc: p.ascii(), fold: p.flags&flagIgnoreCase != 0}
	if p.peek() == '[' {
		p.warnings = append(p.warnings, fmt.Sprintf("Possible nested set at position %d", p.pos))
	}
	if p.eat('^') {
		set.neg = true
	}
	first := p.pos
	for {
		if !p.more() {
			return nil, p.errAt("unterminated character set", start)
		}
		itemStart := p.pos
		c := p.src[p.pos]
		p.pos++
		if c == ']' && itemStart != first {
			break
		}
		if itemStart != first && strings.ContainsRune("-&~|", c) && p.peek() == c {
			p.warnings = append(p.warnings, fmt.Sprintf("Possible set %s at position %d", setOperationName(c), itemStart))
		}
		var lo rune
		var cat *charSet
		if c == '\\' {
			r, s, err := p.classEscape(itemStart)
			if err != nil {
				return nil, err
			}
			lo, cat = r, s
		} else {
			lo = c
		}
		if p.peek() == '-' {
			p.pos++
			if !p.more() {
				return nil, p.errAt("unterminated character set", start)
			}
			thatStart := p.pos
			d := p.src[p.pos]
			p.pos++
			if d == ']' {
				p.addItem(set, lo, cat)
				set.ranges = append(set.ranges, runeRange{'-', '-'})
				break
			}
			var hi rune
			var cat2 *charSet
			if d == '\\' {
				r, s, err := p.classEscape(thatStart)
				if err != nil {
					return nil, err
				}
				hi, cat2 = r, s
			} else {
				if d == '-' {
					p.warnings = append(p.warnings, fmt.Sprintf("Possible set difference at position %d", thatStart-1))
				}
				hi = d
			}
			if cat != nil || cat2 != nil || hi < lo {
				return nil, p.errAt(fmt.Sprintf("bad character range %s-%s", string(p.src[itemStart:thatStart-1]), string(p.src[thatStart:p.pos])), itemStart)
			}
			set.ranges = append(set.ranges, runeRange{lo, hi})
			continue
		}
		p.addItem(set, lo, cat)
	}
	set.finish()
	return &syntax{kind: nSet, set: set, flags: p.nf()}, nil
}

func (p *parser) addItem(set *charSet, r rune, cat *charSet) {
	if cat != nil {
		set.cats = append(set.cats, cat.cats...)
		return
	}
	set.ranges = append(set.ranges, runeRange{r, r})
}

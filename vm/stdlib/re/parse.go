package re

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// This file defines the parser of Python's regular expression syntax: it
// turns a pattern into a tree of syntax nodes, with the errors (messages
// and positions) of CPython's re._parser.

type nodeKind uint8

const (
	nLit     nodeKind = iota // one character
	nSet                     // [...] or a category
	nAny                     // .
	nAssert                  // ^ $ \A \Z \b \B
	nConcat                  // sequence of subs
	nAlt                     // alternatives subs
	nGroup                   // (...) capturing group; group > 0
	nRepeat                  // subs[0]{min,max}
	nLook                    // lookahead/lookbehind of subs[0]
	nAtomic                  // (?>subs[0])
	nBackref                 // \1, (?P=name)
	nCond                    // (?(group)subs[0]|subs[1])
)

// Assertion kinds.
const (
	atBOL      = iota // ^
	atEOL             // $
	atBegin           // \A
	atEnd             // \Z
	atBoundary        // \b
	atNotBoundary
)

// syntax is a node of the parsed pattern.
type syntax struct {
	kind      nodeKind
	c         rune
	set       *charSet
	subs      []*syntax
	group     int
	min, max  int // repeat bounds; max < 0 is unbounded
	greedy    bool
	poss      bool // possessive
	neg       bool // negative lookaround
	behind    bool // lookbehind
	at        int  // assertion kind
	flags     int  // the flags in effect where the node was written
	lookWidth int  // width of a lookbehind
}

// maxRepeat stands for an unbounded repeat count.
const maxRepeat = -1

// reError is a pattern error: CPython's re.error arguments.
type reError struct {
	msg string
	pos int
}

func (e *reError) Error() string { return e.msg }

// overflowError is raised as OverflowError (the repetition number is too
// large).
type overflowError struct{ msg string }

func (e *overflowError) Error() string { return e.msg }

// parser holds the state of parsing one pattern.
type parser struct {
	// warnings are the FutureWarning messages CPython's parser gives for
	// syntax that may change meaning (nested sets, set operations).
	warnings   []string
	src        []rune
	pos        int
	bytes      bool // a bytes pattern
	flags      int  // global flags
	ngroups    int  // groups so far + 1
	names      map[string]int
	open       map[int]bool // groups being parsed
	widths     map[int][2]int
	groupRefs  map[int]int // conditional references to check at the end: group -> position
	lookbehind int         // groups at the start of the innermost lookbehind, or -1
	// globalOK is true while only global flag groups have been read, where
	// (?flags) may still appear.
	globalOK bool
}

func (p *parser) errAt(msg string, pos int) error { return &reError{msg, pos} }

// errBack is an error at the position offset characters before the
// current one, as source.error(msg, offset).
func (p *parser) errBack(msg string, offset int) error { return &reError{msg, p.pos - offset} }

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return -1
}

func (p *parser) eat(c rune) bool {
	if p.pos < len(p.src) && p.src[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

// parse parses the pattern src with flags, returning the tree, the global
// flags (inline ones included), the number of groups and the group names.
// The parser comes back with an error too, for the warnings it gathered.
func parse(src []rune, isBytes bool, flags int) (*syntax, *parser, error) {
	p := &parser{src: src, bytes: isBytes, flags: flags, ngroups: 1, names: map[string]int{},
		open: map[int]bool{}, widths: map[int][2]int{}, groupRefs: map[int]int{}, lookbehind: -1, globalOK: true}
	tree, err := p.parseAlt(0)
	if err != nil {
		return nil, p, err
	}
	if p.more() {
		return nil, p, p.errAt("unbalanced parenthesis", p.pos)
	}
	for g, pos := range p.groupRefs {
		if g >= p.ngroups {
			return nil, p, p.errAt(fmt.Sprintf("invalid group reference %d", g), pos)
		}
	}
	return tree, p, nil
}

// skipVerbose skips whitespace and comments in verbose mode.
func (p *parser) skipVerbose() {
	if p.flags&flagVerbose == 0 {
		return
	}
	for p.more() {
		c := p.src[p.pos]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			p.pos++
		} else if c == '#' {
			for p.more() && p.src[p.pos] != '\n' {
				p.pos++
			}
		} else {
			return
		}
	}
}

// parseAlt parses alternatives up to a ')' or the end.
func (p *parser) parseAlt(depth int) (*syntax, error) {
	var alts []*syntax
	for {
		seq, err := p.parseSeq(depth)
		if err != nil {
			return nil, err
		}
		alts = append(alts, seq)
		if !p.eat('|') {
			break
		}
		p.globalOK = false
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &syntax{kind: nAlt, subs: alts}, nil
}

// parseSeq parses one alternative.
func (p *parser) parseSeq(depth int) (*syntax, error) {
	seq := &syntax{kind: nConcat}
	for {
		p.skipVerbose()
		if !p.more() {
			break
		}
		start := p.pos
		c := p.src[p.pos]
		if c == '|' || c == ')' {
			break
		}
		p.pos++
		var item *syntax
		switch c {
		case '\\':
			n, err := p.parseEscape(start)
			if err != nil {
				return nil, err
			}
			item = n
		case '[':
			n, err := p.parseClass(start)
			if err != nil {
				return nil, err
			}
			item = n
		case '.':
			item = &syntax{kind: nAny, flags: p.nf()}
		case '^':
			item = &syntax{kind: nAssert, at: atBOL, flags: p.nf()}
		case '$':
			item = &syntax{kind: nAssert, at: atEOL, flags: p.nf()}
		case '(':
			n, err := p.parseGroup(start, depth)
			if err != nil {
				return nil, err
			}
			if n == nil {
				continue
			}
			item = n
		case '*', '+', '?', '{':
			p.pos = start
			ok, err := p.parseRepeat(seq)
			if err != nil {
				return nil, err
			}
			if ok {
				continue
			}
			p.pos = start + 1
			item = p.lit('{')
		default:
			item = p.lit(c)
		}
		seq.subs = append(seq.subs, item)
		p.globalOK = false
	}
	if len(seq.subs) == 1 {
		return seq.subs[0], nil
	}
	return seq, nil
}

func (p *parser) lit(c rune) *syntax { return &syntax{kind: nLit, c: c, flags: p.nf()} }

// nf returns the flags recorded in nodes: the flags in effect, with ASCII
// semantics for bytes patterns.
func (p *parser) nf() int {
	if p.bytes {
		return p.flags | flagASCII
	}
	return p.flags
}

// parseRepeat parses a quantifier at p.pos and applies it to the last item
// of seq. It reports false for a '{' that is not a quantifier.
func (p *parser) parseRepeat(seq *syntax) (bool, error) {
	start := p.pos
	c := p.src[p.pos]
	p.pos++
	min, max := 0, maxRepeat
	switch c {
	case '*':
	case '+':
		min = 1
	case '?':
		max = 1
	case '{':
		if p.peek() == '}' {
			p.pos = start
			return false, nil
		}
		lo := p.digits()
		hi := lo
		if p.eat(',') {
			hi = p.digits()
		}
		if !p.eat('}') {
			p.pos = start
			return false, nil
		}
		if lo != "" {
			n, err := strconv.Atoi(lo)
			if err != nil || n >= 1<<32-1 {
				return false, &overflowError{"the repetition number is too large"}
			}
			min = n
		}
		if hi != "" {
			n, err := strconv.Atoi(hi)
			if err != nil || n >= 1<<32-1 {
				return false, &overflowError{"the repetition number is too large"}
			}
			max = n
			if max < min {
				return false, p.errAt("min repeat greater than max repeat", start+1)
			}
		}
	}
	if len(seq.subs) == 0 || seq.subs[len(seq.subs)-1].kind == nAssert {
		return false, p.errAt("nothing to repeat", start)
	}
	last := seq.subs[len(seq.subs)-1]
	if last.kind == nRepeat {
		return false, p.errAt("multiple repeat", start)
	}
	r := &syntax{kind: nRepeat, subs: []*syntax{last}, min: min, max: max, greedy: true}
	if p.eat('?') {
		r.greedy = false
	} else if p.eat('+') {
		r.poss = true
	}
	seq.subs[len(seq.subs)-1] = r
	return true, nil
}

func (p *parser) digits() string {
	start := p.pos
	for p.more() && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		p.pos++
	}
	return string(p.src[start:p.pos])
}

// parseName reads a group name up to terminator.
func (p *parser) parseName(terminator rune, what string) (string, error) {
	start := p.pos
	for p.more() && p.src[p.pos] != terminator {
		p.pos++
	}
	if !p.more() {
		if p.pos == start {
			return "", p.errAt("missing "+what, p.pos)
		}
		return "", p.errAt(fmt.Sprintf("missing %c, unterminated name", terminator), start)
	}
	name := string(p.src[start:p.pos])
	p.pos++
	if name == "" {
		return "", p.errAt("missing "+what, p.pos-1)
	}
	return name, nil
}

// checkName validates a group name, as str.isidentifier (ASCII only for
// bytes patterns).
func (p *parser) checkName(name string, end int) error {
	ok := isIdentifier(name)
	if ok && p.bytes {
		for _, r := range name {
			if r >= 128 {
				ok = false
			}
		}
	}
	if !ok {
		return p.errAt(fmt.Sprintf("bad character in group name %s", pyQuote(name)), end-len([]rune(name)))
	}
	return nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

// pyQuote is Python's repr of a str.
func pyQuote(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r < 32 || r == 127:
			fmt.Fprintf(&sb, `\x%02x`, r)
		case r >= 128 && !unicode.IsPrint(r):
			if r < 256 {
				fmt.Fprintf(&sb, `\x%02x`, r)
			} else if r < 0x10000 {
				fmt.Fprintf(&sb, `\u%04x`, r)
			} else {
				fmt.Fprintf(&sb, `\U%08x`, r)
			}
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

// parseGroup parses what follows '(' at start. It returns nil for groups
// that produce nothing (comments, global flags).
func (p *parser) parseGroup(start, depth int) (*syntax, error) {
	globalOK := p.globalOK
	p.globalOK = false
	capture := true
	var name string
	nameStart := 0
	flagsOn, flagsOff := 0, 0
	scoped := false
	if p.eat('?') {
		if !p.more() {
			return nil, p.errAt("unexpected end of pattern", p.pos)
		}
		c := p.src[p.pos]
		p.pos++
		switch c {
		case 'P':
			if p.eat('<') {
				nameStart = p.pos
				n, err := p.parseName('>', "group name")
				if err != nil {
					return nil, err
				}
				if err := p.checkName(n, p.pos-1); err != nil {
					return nil, err
				}
				name = n
			} else if p.eat('=') {
				n, err := p.parseName(')', "group name")
				if err != nil {
					return nil, err
				}
				if err := p.checkName(n, p.pos-1); err != nil {
					return nil, err
				}
				g, ok := p.names[n]
				if !ok {
					return nil, p.errBack(fmt.Sprintf("unknown group name %s", pyQuote(n)), len([]rune(n))+1)
				}
				if p.open[g] {
					return nil, p.errBack("cannot refer to an open group", len([]rune(n))+1)
				}
				if err := p.checkLookbehindRef(g, len([]rune(n))+1); err != nil {
					return nil, err
				}
				return &syntax{kind: nBackref, group: g, flags: p.nf()}, nil
			} else {
				if !p.more() {
					return nil, p.errAt("unexpected end of pattern", p.pos)
				}
				return nil, p.errAt("unknown extension ?P"+string(p.src[p.pos]), p.pos-2)
			}
		case ':':
			capture = false
		case '#':
			for p.more() && p.src[p.pos] != ')' {
				p.pos++
			}
			if !p.more() {
				return nil, p.errAt("missing ), unterminated comment", start)
			}
			p.pos++
			return nil, nil
		case '=', '!', '<':
			behind := false
			if c == '<' {
				if !p.more() {
					return nil, p.errAt("unexpected end of pattern", p.pos)
				}
				c = p.src[p.pos]
				p.pos++
				if c != '=' && c != '!' {
					return nil, p.errAt("unknown extension ?<"+string(c), p.pos-3)
				}
				behind = true
			}
			saved := p.lookbehind
			if behind && p.lookbehind < 0 {
				p.lookbehind = p.ngroups
			}
			body, err := p.parseAlt(depth + 1)
			p.lookbehind = saved
			if err != nil {
				return nil, err
			}
			if !p.eat(')') {
				return nil, p.errAt("missing ), unterminated subpattern", start)
			}
			if behind {
				lo, hi := p.width(body)
				if lo != hi {
					return nil, &reError{"look-behind requires fixed-width pattern", -1}
				}
			}
			look := &syntax{kind: nLook, subs: []*syntax{body}, neg: c == '!', behind: behind}
			if behind {
				look.lookWidth, _ = p.width(body)
			}
			return look, nil
		case '>':
			body, err := p.parseAlt(depth + 1)
			if err != nil {
				return nil, err
			}
			if !p.eat(')') {
				return nil, p.errAt("missing ), unterminated subpattern", start)
			}
			return &syntax{kind: nAtomic, subs: []*syntax{body}}, nil
		case '(':
			return p.parseCond(start, depth)
		default:
			if strings.ContainsRune("aiLmsux-", c) {
				on, off, done, err := p.parseFlags(c)
				if err != nil {
					return nil, err
				}
				if done {
					p.globalOK = globalOK
					if !globalOK {
						return nil, p.errAt("global flags not at the start of the expression", start)
					}
					p.flags |= on
					return nil, nil
				}
				flagsOn, flagsOff, scoped, capture = on, off, true, false
			} else {
				return nil, p.errAt("unknown extension ?"+string(c), p.pos-2)
			}
		}
	}
	group := 0
	if capture {
		group = p.ngroups
		p.ngroups++
		if name != "" {
			if old, dup := p.names[name]; dup {
				return nil, p.errAt(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyQuote(name), group, old), nameStart)
			}
			p.names[name] = group
		}
		p.open[group] = true
	}
	savedFlags := p.flags
	if scoped {
		p.flags = (p.flags | flagsOn) &^ flagsOff
	}
	body, err := p.parseAlt(depth + 1)
	p.flags = savedFlags
	if err != nil {
		return nil, err
	}
	if !p.eat(')') {
		return nil, p.errAt("missing ), unterminated subpattern", start)
	}
	if group == 0 {
		// The group stays a node of its own while parsing, as CPython's
		// SUBPATTERN: (?:a*)* is not a multiple repeat and (?m:^)* repeats
		// something.
		return &syntax{kind: nConcat, subs: []*syntax{body}}, nil
	}
	delete(p.open, group)
	lo, hi := p.width(body)
	p.widths[group] = [2]int{lo, hi}
	return &syntax{kind: nGroup, group: group, subs: []*syntax{body}}, nil
}

// parseFlags parses inline flags whose first character is c. done reports
// a global (?flags) group, already closed.
func (p *parser) parseFlags(c rune) (on, off int, done bool, err error) {
	flagOf := map[rune]int{'a': flagASCII, 'i': flagIgnoreCase, 'L': flagLocale, 'm': flagMultiline, 's': flagDotAll, 'u': flagUnicode, 'x': flagVerbose}
	const typeFlags = flagASCII | flagLocale | flagUnicode
	if c != '-' {
		for {
			f := flagOf[c]
			if !p.bytes && c == 'L' {
				return 0, 0, false, p.errAt("bad inline flags: cannot use 'L' flag with a str pattern", p.pos)
			}
			if p.bytes && c == 'u' {
				return 0, 0, false, p.errAt("bad inline flags: cannot use 'u' flag with a bytes pattern", p.pos)
			}
			on |= f
			if f&typeFlags != 0 && on&typeFlags != f {
				return 0, 0, false, p.errAt("bad inline flags: flags 'a', 'u' and 'L' are incompatible", p.pos)
			}
			if !p.more() {
				return 0, 0, false, p.errAt("missing -, : or )", p.pos)
			}
			c = p.src[p.pos]
			p.pos++
			if c == ')' || c == '-' || c == ':' {
				break
			}
			if _, ok := flagOf[c]; !ok {
				msg := "missing -, : or )"
				if unicode.IsLetter(c) {
					msg = "unknown flag"
				}
				return 0, 0, false, p.errAt(msg, p.pos-1)
			}
		}
	}
	if c == ')' {
		return on, 0, true, nil
	}
	if c == '-' {
		if !p.more() {
			return 0, 0, false, p.errAt("missing flag", p.pos)
		}
		c = p.src[p.pos]
		p.pos++
		if _, ok := flagOf[c]; !ok {
			msg := "missing flag"
			if unicode.IsLetter(c) {
				msg = "unknown flag"
			}
			return 0, 0, false, p.errAt(msg, p.pos-1)
		}
		for {
			f := flagOf[c]
			if f&typeFlags != 0 {
				return 0, 0, false, p.errAt("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", p.pos)
			}
			off |= f
			if !p.more() {
				return 0, 0, false, p.errAt("missing :", p.pos)
			}
			c = p.src[p.pos]
			p.pos++
			if c == ':' {
				break
			}
			if _, ok := flagOf[c]; !ok {
				msg := "missing :"
				if unicode.IsLetter(c) {
					msg = "unknown flag"
				}
				return 0, 0, false, p.errAt(msg, p.pos-1)
			}
		}
	}
	if on&off != 0 {
		return 0, 0, false, p.errAt("bad inline flags: flag turned on and off", p.pos-1)
	}
	return on, off, false, nil
}

// parseCond parses a conditional group after "(?(".
func (p *parser) parseCond(start, depth int) (*syntax, error) {
	name, err := p.parseName(')', "group name")
	if err != nil {
		return nil, err
	}
	var g int
	if isIdentifier(name) {
		n, ok := p.names[name]
		if !ok {
			return nil, p.errBack(fmt.Sprintf("unknown group name %s", pyQuote(name)), len([]rune(name))+1)
		}
		g = n
	} else {
		for _, r := range name {
			if r < '0' || r > '9' {
				return nil, p.errBack(fmt.Sprintf("bad character in group name %s", pyQuote(name)), len([]rune(name))+1)
			}
		}
		n, err := strconv.Atoi(name)
		if err != nil || n == 0 {
			return nil, p.errBack("bad group number", len([]rune(name))+1)
		}
		g = n
		if _, seen := p.groupRefs[g]; !seen && g >= p.ngroups {
			p.groupRefs[g] = p.pos - len([]rune(name)) - 1
		}
	}
	if err := p.checkLookbehindRef(g, len([]rune(name))+1); err != nil {
		return nil, err
	}
	yes, err := p.parseSeq(depth + 1)
	if err != nil {
		return nil, err
	}
	no := &syntax{kind: nConcat}
	if p.eat('|') {
		no, err = p.parseSeq(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.peek() == '|' {
			return nil, p.errAt("conditional backref with more than two branches", p.pos)
		}
	}
	if !p.eat(')') {
		return nil, p.errAt("missing ), unterminated subpattern", start)
	}
	return &syntax{kind: nCond, group: g, subs: []*syntax{yes, no}}, nil
}

func (p *parser) checkLookbehindRef(g, offset int) error {
	if p.lookbehind >= 0 && g >= p.lookbehind {
		return p.errAt("cannot refer to group defined in the same lookbehind subpattern", p.pos)
	}
	return nil
}

// width returns the minimum and maximum length of what s matches (hi < 0:
// unbounded).
func (p *parser) width(s *syntax) (int, int) {
	switch s.kind {
	case nLit, nSet, nAny:
		return 1, 1
	case nAssert, nLook:
		return 0, 0
	case nConcat:
		lo, hi := 0, 0
		for _, c := range s.subs {
			l, h := p.width(c)
			lo += l
			if hi >= 0 {
				if h < 0 {
					hi = -1
				} else {
					hi += h
				}
			}
		}
		return lo, hi
	case nAlt, nCond:
		lo, hi := -1, 0
		for _, c := range s.subs {
			l, h := p.width(c)
			if lo < 0 || l < lo {
				lo = l
			}
			if hi >= 0 && (h < 0 || h > hi) {
				hi = h
			}
		}
		if s.kind == nCond && len(s.subs[1].subs) == 0 && s.subs[1].kind == nConcat {
			lo = 0
		}
		return lo, hi
	case nGroup, nAtomic:
		return p.width(s.subs[0])
	case nRepeat:
		l, h := p.width(s.subs[0])
		lo := l * s.min
		hi := -1
		if h >= 0 && s.max >= 0 {
			hi = h * s.max
		}
		if h == 0 {
			hi = 0
		}
		return lo, hi
	case nBackref:
		if w, ok := p.widths[s.group]; ok {
			return w[0], w[1]
		}
		return 0, -1
	}
	return 0, 0
}

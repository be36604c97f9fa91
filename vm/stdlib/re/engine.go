package re

import (
	"bytes"
	"sync"
)

// This file defines the matching engine: a parsed pattern is compiled into
// a graph of nodes, each of which matches one construct at a position and
// calls its successor (continuation) to match the rest, backtracking by
// returning false. Repeats of a single character are matched by a loop
// instead of recursion, so the Go stack grows with the nesting of the
// pattern and the repeats of groups, not with the length of the text; a
// depth guard stops runaway group repeats with an error rather than
// exhausting memory.

// node matches one construct of the pattern at position i of m.in and then
// the rest of the pattern.
type node interface {
	match(m *matcher, i int) bool
}

// maxLoopDepth bounds the Go stack that nested iterations of group repeats
// take: each iteration counts the nodes of its body (its weight), a rough
// measure of the frames it keeps on the stack. Past the bound the match
// stops with RecursionError instead of growing the stack towards Go's
// fatal limit.
const maxLoopDepth = 3000000

// matcher is the state of one match attempt.
type matcher struct {
	in        input
	caps      []int // start, end of each group; -1 unset
	open      []int // start of groups being matched
	lastIndex int
	loopCount []int
	loopStart []int
	full      bool // fullmatch: the match must end at the end of in
	noEmptyAt int  // an empty match ending here is refused (finditer after an empty match)
	matchEnd  int
	subEnd    int
	depth     int
	overflow  bool
}

// program is a compiled pattern.
type program struct {
	start    node
	ngroups  int // groups + 1
	nloops   int
	anchored bool        // starts with \A or ^ (not MULTILINE): only position 0
	prefix   []rune      // a literal every match starts with
	first    *firstChars // the characters a match starts with, if known
	// wordStart, when set, says that a match starts at a word's start
	// (the pattern begins with \b and first holds only word characters):
	// the bytes that are word characters for that \b (wordStartTable).
	wordStart *[256]bool
	// pool keeps matchers between calls: their capture and loop arrays
	// are the same size for every match of the program.
	pool sync.Pool
}

// release returns a matcher to the pool once no Match refers to it.
func (prog *program) release(m *matcher) {
	m.in = input{}
	prog.pool.Put(m)
}

func newMatcher(prog *program, in input) *matcher {
	if v := prog.pool.Get(); v != nil {
		m := v.(*matcher)
		m.in, m.noEmptyAt, m.full, m.overflow, m.depth = in, -1, false, false, 0
		return m
	}
	m := &matcher{in: in, noEmptyAt: -1}
	m.caps = make([]int, 2*prog.ngroups)
	m.open = make([]int, prog.ngroups)
	for i := range m.caps {
		m.caps[i] = -1
	}
	if prog.nloops > 0 {
		m.loopCount = make([]int, prog.nloops)
		m.loopStart = make([]int, prog.nloops)
	}
	return m
}

// reset clears the captures before a new search with the same matcher.
func (m *matcher) reset() {
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.lastIndex = -1
}

// matchAt tries the pattern at position i only.
func (prog *program) matchAt(m *matcher, i int) bool {
	m.reset()
	if prog.start.match(m, i) {
		m.caps[0], m.caps[1] = i, m.matchEnd
		return true
	}
	return false
}

// search finds the first match starting at or after from.
func (prog *program) search(m *matcher, from int) bool {
	m.reset()
	n := m.in.n
	if prog.anchored {
		if from == 0 && prog.start.match(m, 0) {
			m.caps[0], m.caps[1] = 0, m.matchEnd
			return true
		}
		return false
	}
	in := &m.in
	if pre := prog.prefix; len(pre) > 0 {
		c := pre[0]
		rest := pre[1:]
		if in.r == nil && c >= 0x100 {
			return false // no byte of the input is c
		}
	scan:
		for i := from; i+len(pre) <= n; i++ {
			if in.r == nil {
				// Byte input: IndexByte finds the candidates many at a
				// time.
				k := bytes.IndexByte(in.b[i:n-len(pre)+1], byte(c))
				if k < 0 {
					break
				}
				i += k
			} else if in.at(i) != c {
				continue
			}
			for k, r := range rest {
				if in.at(i+1+k) != r {
					continue scan
				}
			}
			if prog.start.match(m, i) {
				m.caps[0], m.caps[1] = i, m.matchEnd
				return true
			}
			if m.overflow {
				return false
			}
		}
		return false
	}
	if fc := prog.first; fc != nil {
		word := prog.wordStart
		for i := from; i < n; i++ {
			if in.r == nil {
				if i = fc.skipBytes(in.b[:n], i); i == n {
					break
				}
				if word != nil && i > 0 && word[in.b[i-1]] {
					// Inside a word, where \b fails up to its end; the
					// character after it is no word character, so no
					// first character either.
					for i < n && word[in.b[i]] {
						i++
					}
					continue
				}
			} else if !fc.has(in.r[i]) {
				continue
			}
			if prog.start.match(m, i) {
				m.caps[0], m.caps[1] = i, m.matchEnd
				return true
			}
			if m.overflow {
				return false
			}
		}
		return false
	}
	for i := from; i <= n; i++ {
		if prog.start.match(m, i) {
			m.caps[0], m.caps[1] = i, m.matchEnd
			return true
		}
		if m.overflow {
			return false
		}
	}
	return false
}

// acceptNode ends the whole pattern.
type acceptNode struct{}

func (acceptNode) match(m *matcher, i int) bool {
	if i == m.noEmptyAt || m.full && i != m.in.n {
		return false
	}
	m.matchEnd = i
	return true
}

// subAcceptNode ends the body of a lookaround or atomic group.
type subAcceptNode struct{}

func (subAcceptNode) match(m *matcher, i int) bool {
	m.subEnd = i
	return true
}

type litNode struct {
	c    rune
	next node
}

func (n *litNode) match(m *matcher, i int) bool {
	return i < m.in.n && m.in.at(i) == n.c && n.next.match(m, i+1)
}

// foldLitNode matches any case variant of a character.
type foldLitNode struct {
	cs   []rune
	next node
}

func (n *foldLitNode) match(m *matcher, i int) bool {
	if i >= m.in.n {
		return false
	}
	r := m.in.at(i)
	for _, c := range n.cs {
		if r == c {
			return n.next.match(m, i+1)
		}
	}
	return false
}

type stringNode struct {
	s    []rune
	next node
}

func (n *stringNode) match(m *matcher, i int) bool {
	s := n.s
	if m.in.n-i < len(s) {
		return false
	}
	for k, c := range s {
		if m.in.at(i+k) != c {
			return false
		}
	}
	return n.next.match(m, i+len(s))
}

type setNode struct {
	set  *charSet
	next node
}

func (n *setNode) match(m *matcher, i int) bool {
	return i < m.in.n && n.set.has(m.in.at(i)) && n.next.match(m, i+1)
}

type anyNode struct {
	dotAll bool
	next   node
}

func (n *anyNode) match(m *matcher, i int) bool {
	return i < m.in.n && (n.dotAll || m.in.at(i) != '\n') && n.next.match(m, i+1)
}

type assertNode struct {
	at        int
	multiline bool
	ascii     bool
	next      node
}

func (n *assertNode) match(m *matcher, i int) bool {
	in := &m.in
	ok := false
	switch n.at {
	case atBOL:
		ok = i == 0 || n.multiline && in.at(i-1) == '\n'
	case atEOL:
		ok = i == in.n || in.at(i) == '\n' && (n.multiline || i == in.n-1)
	case atBegin:
		ok = i == 0
	case atEnd:
		ok = i == in.n
	case atBoundary, atNotBoundary:
		before := i > 0 && isWord(in.at(i-1), n.ascii)
		after := i < in.n && isWord(in.at(i), n.ascii)
		ok = (before != after) == (n.at == atBoundary)
		if in.n == 0 {
			ok = false
		}
	}
	return ok && n.next.match(m, i)
}

type groupOpenNode struct {
	g    int
	next node
}

func (n *groupOpenNode) match(m *matcher, i int) bool {
	old := m.open[n.g]
	m.open[n.g] = i
	if n.next.match(m, i) {
		return true
	}
	m.open[n.g] = old
	return false
}

type groupCloseNode struct {
	g    int
	next node
}

func (n *groupCloseNode) match(m *matcher, i int) bool {
	k := 2 * n.g
	os, oe, ol := m.caps[k], m.caps[k+1], m.lastIndex
	m.caps[k], m.caps[k+1], m.lastIndex = m.open[n.g], i, n.g
	if n.next.match(m, i) {
		return true
	}
	m.caps[k], m.caps[k+1], m.lastIndex = os, oe, ol
	return false
}

type altNode struct{ alts []node }

func (n *altNode) match(m *matcher, i int) bool {
	for _, a := range n.alts {
		if a.match(m, i) {
			return true
		}
		if m.overflow {
			return false
		}
	}
	return false
}

// oneMatcher matches a single character: the body of a simple repeat.
type oneMatcher interface {
	matchOne(r rune) bool
}

type oneLit rune

func (c oneLit) matchOne(r rune) bool { return r == rune(c) }

type oneFold []rune

func (cs oneFold) matchOne(r rune) bool {
	for _, c := range cs {
		if r == c {
			return true
		}
	}
	return false
}

type oneSet struct{ set *charSet }

func (s oneSet) matchOne(r rune) bool { return s.set.has(r) }

type oneAny bool // true: DOTALL

func (d oneAny) matchOne(r rune) bool { return bool(d) || r != '\n' }

// repeatOneNode repeats a single-character matcher without recursion.
type repeatOneNode struct {
	one      oneMatcher
	min, max int // max < 0: unbounded
	greedy   bool
	poss     bool
	nextLit  rune // >= 0: the character the continuation starts with
	next     node
}

func (n *repeatOneNode) match(m *matcher, i int) bool {
	in := &m.in
	limit := in.n
	if n.max >= 0 && i+n.max < limit {
		limit = i + n.max
	}
	if !n.greedy && !n.poss {
		j := i
		for ; j < i+n.min; j++ {
			if j >= in.n || !n.one.matchOne(in.at(j)) {
				return false
			}
		}
		for {
			if (n.nextLit < 0 || j < in.n && in.at(j) == n.nextLit) && n.next.match(m, j) {
				return true
			}
			if m.overflow || j >= limit || !n.one.matchOne(in.at(j)) {
				return false
			}
			j++
		}
	}
	j := i
	switch one := n.one.(type) {
	case oneAny:
		if one {
			j = limit
		} else {
			for j < limit && in.at(j) != '\n' {
				j++
			}
		}
	case oneSet:
		s := one.set
		if in.r == nil {
			j = s.spanBytes(in.b[:limit], j)
		} else {
			for j < limit && s.has(in.r[j]) {
				j++
			}
		}
	case oneLit:
		for j < limit && in.at(j) == rune(one) {
			j++
		}
	default:
		for j < limit && n.one.matchOne(in.at(j)) {
			j++
		}
	}
	if j-i < n.min {
		return false
	}
	if n.poss {
		return n.next.match(m, j)
	}
	low := i + n.min
	if c := n.nextLit; c >= 0 {
		for ; j >= low; j-- {
			if j < in.n && in.at(j) == c && n.next.match(m, j) {
				return true
			}
			if m.overflow {
				return false
			}
		}
		return false
	}
	for ; j >= low; j-- {
		if n.next.match(m, j) {
			return true
		}
		if m.overflow {
			return false
		}
	}
	return false
}

// loopNode repeats a general body; the body ends with a loopBackNode that
// comes back to iterate.
type loopNode struct {
	body     node
	weight   int // stack frames an iteration keeps, roughly
	min, max int
	greedy   bool
	id       int
	next     node
}

func (n *loopNode) match(m *matcher, i int) bool {
	oc, os := m.loopCount[n.id], m.loopStart[n.id]
	m.loopCount[n.id], m.loopStart[n.id] = 0, -1
	r := n.iterate(m, i)
	m.loopCount[n.id], m.loopStart[n.id] = oc, os
	return r
}

// iterate decides, at the end of an iteration (or at the start), whether
// to run the body again. As CPython's sre, an optional iteration may not
// start where the previous optional one started (loopStart), which stops
// empty iterations from repeating forever; iterations needed to reach
// min are always run.
func (n *loopNode) iterate(m *matcher, i int) bool {
	if m.overflow {
		return false
	}
	c, last := m.loopCount[n.id], m.loopStart[n.id]
	if c < n.min {
		return n.again(m, i, c, last, last)
	}
	canIterate := (n.max < 0 || c < n.max) && i != last
	if n.greedy {
		if canIterate && n.again(m, i, c, i, last) {
			return true
		}
		return !m.overflow && n.next.match(m, i)
	}
	if n.next.match(m, i) {
		return true
	}
	return canIterate && !m.overflow && n.again(m, i, c, i, last)
}

// again runs one more iteration of the body from i, with count c so far;
// the loop's start mark becomes mark and is restored to last on failure.
func (n *loopNode) again(m *matcher, i, c, mark, last int) bool {
	m.depth += n.weight
	if m.depth > maxLoopDepth {
		m.overflow = true
		return false
	}
	m.loopCount[n.id], m.loopStart[n.id] = c+1, mark
	r := n.body.match(m, i)
	m.depth -= n.weight
	if !r {
		m.loopCount[n.id], m.loopStart[n.id] = c, last
	}
	return r
}

type loopBackNode struct{ loop *loopNode }

func (n *loopBackNode) match(m *matcher, i int) bool { return n.loop.iterate(m, i) }

// lookNode is a lookahead or lookbehind; its body ends in subAcceptNode.
type lookNode struct {
	body   node
	neg    bool
	behind int // > 0: lookbehind of this width; -1: lookahead
	next   node
}

func (n *lookNode) match(m *matcher, i int) bool {
	at := i
	if n.behind >= 0 {
		at = i - n.behind
		if at < 0 {
			return n.neg && n.next.match(m, i)
		}
	}
	saved := append([]int(nil), m.caps...)
	savedLast := m.lastIndex
	ok := n.body.match(m, at)
	if n.neg {
		copy(m.caps, saved)
		m.lastIndex = savedLast
		return !ok && !m.overflow && n.next.match(m, i)
	}
	if !ok {
		return false
	}
	if n.next.match(m, i) {
		return true
	}
	copy(m.caps, saved)
	m.lastIndex = savedLast
	return false
}

// atomicNode matches its body once, without backtracking into it.
type atomicNode struct {
	body node
	next node
}

func (n *atomicNode) match(m *matcher, i int) bool {
	saved := append([]int(nil), m.caps...)
	savedLast := m.lastIndex
	if !n.body.match(m, i) {
		return false
	}
	if n.next.match(m, m.subEnd) {
		return true
	}
	copy(m.caps, saved)
	m.lastIndex = savedLast
	return false
}

type backrefNode struct {
	g     int
	fold  bool
	ascii bool
	next  node
}

func (n *backrefNode) match(m *matcher, i int) bool {
	s, e := m.caps[2*n.g], m.caps[2*n.g+1]
	if s < 0 || e < 0 {
		return false
	}
	l := e - s
	if m.in.n-i < l {
		return false
	}
	for k := 0; k < l; k++ {
		a, b := m.in.at(s+k), m.in.at(i+k)
		if a != b && !(n.fold && foldEqual(a, b, n.ascii)) {
			return false
		}
	}
	return n.next.match(m, i+l)
}

type condNode struct {
	g       int
	yes, no node
}

func (n *condNode) match(m *matcher, i int) bool {
	if n.g < len(m.caps)/2 && m.caps[2*n.g+1] >= 0 {
		return n.yes.match(m, i)
	}
	return n.no.match(m, i)
}

package re

// This file compiles a parsed pattern into the node graph of engine.go,
// back to front: each construct is compiled with its continuation.

type compiler struct {
	nloops int
}

// compileProgram compiles a parsed pattern.
func compileProgram(tree *syntax, ngroups int) *program {
	c := &compiler{}
	start := c.compile(tree, acceptNode{})
	prog := &program{start: start, ngroups: ngroups, nloops: c.nloops}
	prog.analyse(tree)
	return prog
}

// analyse finds what a match must start with, to skip positions quickly.
func (prog *program) analyse(tree *syntax) {
	first := tree
	for first.kind == nConcat && len(first.subs) > 0 {
		first = first.subs[0]
	}
	if first.kind == nAssert && (first.at == atBegin || first.at == atBOL && first.flags&flagMultiline == 0) {
		prog.anchored = true
		return
	}
	// A literal prefix: the leading literals of a top-level sequence.
	if tree.kind == nConcat || tree.kind == nLit {
		subs := tree.subs
		if tree.kind == nLit {
			subs = []*syntax{tree}
		}
		var pre []rune
		for _, s := range subs {
			if s.kind != nLit || s.flags&flagIgnoreCase != 0 && hasCase(s.c, s.flags&flagASCII != 0) {
				break
			}
			pre = append(pre, s.c)
		}
		if len(pre) > 0 {
			prog.prefix = pre
			return
		}
	}
	prog.first = newFirstChars(tree)
	prog.wordStart = wordStartTable(tree, prog.first)
}

// wordStartTable returns, for a pattern that starts with \b and whose
// first characters are all word characters (\b\w+@, \b[A-Z]{4,}\b,
// (?i)\b(error|warning)\b), the table of the bytes that are word
// characters for that \b; otherwise nil. Such a pattern can start
// matching only at the start of a word, so a search over byte input
// skips the rest of a word at once instead of trying the pattern at each
// of its characters.
func wordStartTable(tree *syntax, first *firstChars) *[256]bool {
	if first == nil || tree.kind != nConcat || len(tree.subs) == 0 {
		return nil
	}
	b := tree.subs[0]
	if b.kind != nAssert || b.at != atBoundary {
		return nil
	}
	ascii := b.flags&flagASCII != 0
	t := new([256]bool)
	for c := range t {
		t[c] = isWord(rune(c), ascii)
		if first.latin1[c] && !t[c] {
			return nil
		}
	}
	return t
}

func (c *compiler) compile(s *syntax, next node) node {
	switch s.kind {
	case nLit:
		if cs := foldVariants(s); cs != nil {
			return &foldLitNode{cs: cs, next: next}
		}
		return &litNode{c: s.c, next: next}
	case nSet:
		return &setNode{set: s.set, next: next}
	case nAny:
		return &anyNode{dotAll: s.flags&flagDotAll != 0, next: next}
	case nAssert:
		return &assertNode{at: s.at, multiline: s.flags&flagMultiline != 0, ascii: s.flags&flagASCII != 0, next: next}
	case nConcat:
		for k := len(s.subs) - 1; k >= 0; k-- {
			sub := s.subs[k]
			// Runs of plain literals become one string comparison.
			if sub.kind == nLit && foldVariants(sub) == nil {
				j := k
				for j > 0 && s.subs[j-1].kind == nLit && foldVariants(s.subs[j-1]) == nil {
					j--
				}
				if k > j {
					rs := make([]rune, 0, k-j+1)
					for _, l := range s.subs[j : k+1] {
						rs = append(rs, l.c)
					}
					next = &stringNode{s: rs, next: next}
					k = j
					continue
				}
			}
			next = c.compile(sub, next)
		}
		return next
	case nAlt:
		alts := make([]node, len(s.subs))
		for k, a := range s.subs {
			alts[k] = c.compile(a, next)
		}
		return &altNode{alts: alts}
	case nGroup:
		return &groupOpenNode{g: s.group, next: c.compile(s.subs[0], &groupCloseNode{g: s.group, next: next})}
	case nRepeat:
		return c.compileRepeat(s, next)
	case nLook:
		body := c.compile(s.subs[0], subAcceptNode{})
		behind := -1
		if s.behind {
			behind = s.lookWidth
		}
		return &lookNode{body: body, neg: s.neg, behind: behind, next: next}
	case nAtomic:
		return &atomicNode{body: c.compile(s.subs[0], subAcceptNode{}), next: next}
	case nBackref:
		return &backrefNode{g: s.group, fold: s.flags&flagIgnoreCase != 0, ascii: s.flags&flagASCII != 0, next: next}
	case nCond:
		return &condNode{g: s.group, yes: c.compile(s.subs[0], next), no: c.compile(s.subs[1], next)}
	}
	panic("re: unknown syntax node")
}

// foldVariants returns the characters a case-insensitive literal matches,
// or nil if case does not matter for it.
func foldVariants(s *syntax) []rune {
	if s.flags&flagIgnoreCase == 0 {
		return nil
	}
	ascii := s.flags&flagASCII != 0
	if !hasCase(s.c, ascii) {
		return nil
	}
	cs := []rune{s.c}
	for f := foldNext(s.c, ascii); f != s.c; f = foldNext(f, ascii) {
		cs = append(cs, f)
	}
	if !ascii {
		cs = append(cs, extraFolds(s.c)...)
	}
	return cs
}

// oneOf returns a single-character matcher for s, or nil.
func oneOf(s *syntax) oneMatcher {
	switch s.kind {
	case nLit:
		if cs := foldVariants(s); cs != nil {
			return oneFold(cs)
		}
		return oneLit(s.c)
	case nSet:
		return oneSet{s.set}
	case nAny:
		return oneAny(s.flags&flagDotAll != 0)
	}
	return nil
}

func (c *compiler) compileRepeat(s *syntax, next node) node {
	body := s.subs[0]
	for body.kind == nConcat && len(body.subs) == 1 {
		body = body.subs[0]
	}
	if s.poss {
		// X*+ is (?>X*).
		inner := *s
		inner.poss = false
		if one := oneOf(body); one != nil {
			return &repeatOneNode{one: one, min: s.min, max: s.max, greedy: true, poss: true, nextLit: -1, next: next}
		}
		return &atomicNode{body: c.compileRepeat(&inner, subAcceptNode{}), next: next}
	}
	if one := oneOf(body); one != nil {
		r := &repeatOneNode{one: one, min: s.min, max: s.max, greedy: s.greedy, nextLit: -1, next: next}
		switch nx := next.(type) {
		case *litNode:
			r.nextLit = nx.c
		case *stringNode:
			r.nextLit = nx.s[0]
		}
		return r
	}
	if s.max == 0 {
		return next
	}
	if alts := deterministicBody(body); alts != nil {
		return &detLoopNode{alts: alts, min: s.min, max: s.max, greedy: s.greedy, next: next}
	}
	loop := &loopNode{min: s.min, max: s.max, greedy: s.greedy, id: c.nloops, next: next, weight: syntaxSize(body) + 3}
	c.nloops++
	loop.body = c.compile(body, &loopBackNode{loop: loop})
	return loop
}

// syntaxSize counts the nodes of a syntax tree.
func syntaxSize(s *syntax) int {
	n := 1
	for _, sub := range s.subs {
		n += syntaxSize(sub)
	}
	return n
}

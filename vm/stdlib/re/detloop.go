package re

// This file defines the repeat of a deterministic body: alternatives of
// fixed sequences of single characters whose first characters are
// disjoint, such as (?:[^"\\]|\\.)* or (?:ab)*. At most one alternative
// can match at a position, and in one way only, so the repeat can find its
// iterations with a loop and then backtrack over their end positions, as
// repeatOneNode does for single characters, instead of recursing once per
// iteration.

// fixedSeq is one alternative: a sequence of single-character matchers.
type fixedSeq []oneMatcher

type detLoopNode struct {
	alts     []fixedSeq
	min, max int
	greedy   bool
	next     node
}

// step returns the end of the one iteration that matches at i, or -1.
func (n *detLoopNode) step(in *input, i int) int {
	for _, a := range n.alts {
		if in.n-i < len(a) {
			continue
		}
		ok := true
		for k, o := range a {
			if !o.matchOne(in.at(i + k)) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(a)
		}
	}
	return -1
}

func (n *detLoopNode) match(m *matcher, i int) bool {
	in := &m.in
	if !n.greedy {
		cur, count := i, 0
		for ; count < n.min; count++ {
			if cur = n.step(in, cur); cur < 0 {
				return false
			}
		}
		for {
			if n.next.match(m, cur) {
				return true
			}
			if m.overflow || n.max >= 0 && count >= n.max {
				return false
			}
			if cur = n.step(in, cur); cur < 0 {
				return false
			}
			count++
		}
	}
	var local [32]int
	ends := append(local[:0], i)
	for cur := i; n.max < 0 || len(ends)-1 < n.max; {
		e := n.step(in, cur)
		if e < 0 {
			break
		}
		ends = append(ends, e)
		cur = e
	}
	for k := len(ends) - 1; k >= n.min; k-- {
		if n.next.match(m, ends[k]) {
			return true
		}
		if m.overflow {
			return false
		}
	}
	return false
}

// deterministicBody returns the alternatives of body if a repeat of it can
// be a detLoopNode: no groups or other constructs, every alternative a
// non-empty fixed sequence, first characters pairwise disjoint.
func deterministicBody(body *syntax) []fixedSeq {
	var alts []*syntax
	if body.kind == nAlt {
		alts = body.subs
	} else {
		alts = []*syntax{body}
	}
	var out []fixedSeq
	for _, a := range alts {
		seq := fixedSequence(a, nil)
		if len(seq) == 0 {
			return nil
		}
		out = append(out, seq)
	}
	for x := range out {
		for y := x + 1; y < len(out); y++ {
			if !disjoint(out[x][0], out[y][0]) {
				return nil
			}
		}
	}
	return out
}

// fixedSequence appends the single-character matchers of s to seq, or
// returns nil if s is anything else.
func fixedSequence(s *syntax, seq fixedSeq) fixedSeq {
	if one := oneOf(s); one != nil {
		return append(seq, one)
	}
	if s.kind == nAlt {
		// An alternation of single characters is one character too.
		var u oneUnion
		for _, sub := range s.subs {
			for sub.kind == nConcat && len(sub.subs) == 1 {
				sub = sub.subs[0]
			}
			one := oneOf(sub)
			if one == nil {
				return nil
			}
			u = append(u, one)
		}
		return append(seq, u)
	}
	if s.kind != nConcat {
		return nil
	}
	for _, sub := range s.subs {
		if seq = fixedSequence(sub, seq); seq == nil {
			return nil
		}
	}
	return seq
}

// chars lists the characters a matcher can match, if they are few.
func chars(o oneMatcher) ([]rune, bool) {
	switch o := o.(type) {
	case oneLit:
		return []rune{rune(o)}, true
	case oneFold:
		return []rune(o), true
	case oneUnion:
		var cs []rune
		for _, x := range o {
			c, ok := chars(x)
			if !ok {
				return nil, false
			}
			cs = append(cs, c...)
		}
		return cs, true
	case oneSet:
		s := o.set
		if s.neg || len(s.cats) > 0 || s.fold {
			return nil, false
		}
		var cs []rune
		for _, r := range s.ranges {
			if r.hi-r.lo > 256 || len(cs) > 256 {
				return nil, false
			}
			for c := r.lo; c <= r.hi; c++ {
				cs = append(cs, c)
			}
		}
		return cs, true
	}
	return nil, false
}

// disjoint reports whether no character matches both a and b.
func disjoint(a, b oneMatcher) bool {
	if cs, ok := chars(a); ok {
		for _, c := range cs {
			if b.matchOne(c) {
				return false
			}
		}
		return true
	}
	if cs, ok := chars(b); ok {
		for _, c := range cs {
			if a.matchOne(c) {
				return false
			}
		}
		return true
	}
	return false
}

// oneUnion matches a character any of its matchers matches.
type oneUnion []oneMatcher

func (u oneUnion) matchOne(r rune) bool {
	for _, o := range u {
		if o.matchOne(r) {
			return true
		}
	}
	return false
}

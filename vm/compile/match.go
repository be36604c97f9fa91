package compile

// This file compiles match statements.

import (
	"math/big"
	"sort"

	"github.com/kilnpy/kiln/vm/syntax"
)

func (c *compiler) match(s *syntax.Match) {
	subj := c.tmp()
	c.exprTo(s.Subject, subj)
	end := newLabel()
	d0 := c.snapshot()
	for i, mc := range s.Cases {
		fail := newLabel()
		saved := c.fn.top
		c.allowIrrefutable = mc.Guard != nil || i == len(s.Cases)-1
		c.patternStores = map[string]bool{}
		c.pattern(mc.Pattern, subj, fail)
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, false, fail)
		}
		c.fn.top = saved
		c.stmts(mc.Body)
		c.jmp(end)
		c.bind(fail)
		c.fn.definite = c.snapshotOf(d0)
	}
	c.bind(end)
	c.fn.definite = d0
}

// pattern compiles a test of the value in register subj against p,
// jumping to fail if it does not match and binding captured names.
func (c *compiler) pattern(p syntax.Pattern, subj int, fail *label) {
	c.setSpan(p.GetSpan())
	switch p := p.(type) {
	case *syntax.MatchValue:
		v := c.expr(p.Value)
		c.setPos(p)
		c.jumpOp(JEQ, subj, v, 0, fail)
	case *syntax.MatchSingleton:
		if p.Value == nil {
			c.jumpOp(JNONE, subj, 0, 0, fail)
			return
		}
		t := c.tmp()
		c.emit(IS, t, subj, c.kreg(p.Value))
		c.jumpOp(JF, t, 0, 0, fail)
	case *syntax.MatchAs:
		if p.Pattern == nil && !c.allowIrrefutable {
			if p.Name != "" {
				c.errorf(p, "name capture '%s' makes remaining patterns unreachable", p.Name)
			}
			c.errorf(p, "wildcard makes remaining patterns unreachable")
		}
		if p.Pattern != nil {
			c.pattern(p.Pattern, subj, fail)
		}
		if p.Name != "" {
			c.patternStore(p.Name, p)
			c.storeName(p.Name, subj, p)
		}
	case *syntax.MatchOr:
		ok := newLabel()
		allow := c.allowIrrefutable
		outer := c.patternStores
		var control map[string]bool
		for i, alt := range p.Patterns {
			c.patternStores = map[string]bool{}
			if i == len(p.Patterns)-1 {
				c.allowIrrefutable = allow
				c.pattern(alt, subj, fail)
			} else {
				next := newLabel()
				c.allowIrrefutable = false
				c.pattern(alt, subj, next)
				c.jmp(ok)
				c.bind(next)
			}
			if i == 0 {
				control = c.patternStores
			} else if !sameNames(control, c.patternStores) {
				c.errorf(p, "alternative patterns bind different names")
			}
		}
		c.bind(ok)
		c.patternStores = outer
		for _, name := range sortedNames(control) {
			c.patternStore(name, p)
		}
	case *syntax.MatchSequence:
		t := c.tmp()
		c.emit(ISSEQ, t, subj, 0)
		c.jumpOp(JF, t, 0, 0, fail)
		star := -1
		for i, q := range p.Patterns {
			if _, ok := q.(*syntax.MatchStar); ok {
				if star >= 0 {
					c.errorf(p, "multiple starred names in sequence pattern")
				}
				star = i
			}
		}
		defer c.subpatterns()()
		n := len(p.Patterns)
		c.emit(LEN, t, subj, 0)
		if star < 0 {
			c.jumpOp(JEQ, t, c.kreg(big.NewInt(int64(n))), 0, fail)
		} else {
			c.jumpOp(JGE, t, c.kreg(big.NewInt(int64(n-1))), 0, fail)
		}
		b := c.tmps(n)
		if star < 0 {
			c.emit(UNPACK, b, subj, n)
		} else {
			c.emit(UNPACKEX, b, subj, star)
			c.word(uint32(n - star - 1))
		}
		for i, q := range p.Patterns {
			if st, ok := q.(*syntax.MatchStar); ok {
				if st.Name != "" {
					c.patternStore(st.Name, st)
					c.storeName(st.Name, b+i, st)
				}
				continue
			}
			c.pattern(q, b+i, fail)
		}
	case *syntax.MatchMapping:
		defer c.subpatterns()()
		t := c.tmp()
		c.emit(ISMAP, t, subj, 0)
		c.jumpOp(JF, t, 0, 0, fail)
		n := len(p.Keys)
		if n > 0 {
			c.emit(LEN, t, subj, 0)
			c.jumpOp(JGE, t, c.kreg(big.NewInt(int64(n))), 0, fail)
		}
		kb := c.tmps(n)
		for i, k := range p.Keys {
			c.exprTo(k, kb+i)
		}
		keys := c.tmp()
		c.setPos(p)
		c.emit(TUPLE, keys, kb, n)
		vals := c.tmp()
		c.emit(MATCHKEYS, vals, subj, keys)
		c.jumpOp(JNONE, vals, 1, 0, fail)
		vb := c.tmps(n)
		if n > 0 {
			c.emit(UNPACK, vb, vals, n)
		}
		for i, q := range p.Patterns {
			c.pattern(q, vb+i, fail)
		}
		if p.Rest != "" {
			r := c.tmp()
			c.setPos(p)
			c.emit(DICTWITHOUT, r, subj, keys)
			c.patternStore(p.Rest, p)
			c.storeName(p.Rest, r, p)
		}
	case *syntax.MatchClass:
		for i, attr := range p.KwdAttrs {
			for _, prev := range p.KwdAttrs[:i] {
				if prev == attr {
					c.errorf(p.KwdPatterns[i], "attribute name repeated in class pattern: %s", attr)
				}
			}
		}
		defer c.subpatterns()()
		b := c.tmps(2)
		c.move(b, subj)
		c.exprTo(p.Cls, b+1)
		r := c.tmp()
		c.setPos(p)
		c.emit(MATCHCLASS, r, b, len(p.Patterns))
		c.word(uint32(c.constIndex(append([]string{}, p.KwdAttrs...))))
		c.jumpOp(JNONE, r, 1, 0, fail)
		n := len(p.Patterns) + len(p.KwdPatterns)
		if n == 0 {
			return
		}
		vb := c.tmps(n)
		c.emit(UNPACK, vb, r, n)
		for i, q := range p.Patterns {
			c.pattern(q, vb+i, fail)
		}
		for i, q := range p.KwdPatterns {
			c.pattern(q, vb+len(p.Patterns)+i, fail)
		}
	case *syntax.MatchStar:
		c.errorf(p, "can't use starred name here")
	default:
		c.errorf(p, "compile: unexpected pattern %T", p)
	}
}

// subpatterns allows irrefutable subpatterns (inside sequence, mapping and
// class patterns) and returns the function that restores the setting.
func (c *compiler) subpatterns() func() {
	saved := c.allowIrrefutable
	c.allowIrrefutable = true
	return func() { c.allowIrrefutable = saved }
}

// patternStore records that the case's pattern captures name at n; a
// name captured twice is an error, as in compile.c.
func (c *compiler) patternStore(name string, n syntax.Node) {
	if c.patternStores[name] {
		c.errorf(n, "multiple assignments to name '%s' in pattern", name)
	}
	c.patternStores[name] = true
}

// sameNames reports whether a and b hold the same names.
func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// sortedNames returns m's names in order, so that which duplicate an
// or-pattern reports does not depend on map order.
func sortedNames(m map[string]bool) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

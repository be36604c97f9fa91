package re

import (
	"fmt"
	"unsafe"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines re.Match and the operations that produce many
// matches: findall, finditer, sub/subn (with templates) and split.

// MatchType is re.Match.
var MatchType = newReType("Match")

// Match is the result of a successful match.
type Match struct {
	rt.Object
	pat       *Pattern
	subj      *subject
	spans     *int // the start and end of each group: spansOf
	lastIndex int
	pos, end  int
}

// matchBlock is a Match and the spans of its groups in one allocation: 80
// bytes for a pattern without groups, 16 more per group, where a Match
// with room for three groups took 144 whatever the pattern.
type matchBlock[A any] struct {
	Match
	spans A
}

func newMatch(p *Pattern, s *subject, m *matcher, pos, end int) rt.Value {
	var mo *Match
	switch len(m.caps) {
	case 2:
		mo = initMatchBlock(new(matchBlock[[2]int]))
	case 4:
		mo = initMatchBlock(new(matchBlock[[4]int]))
	case 6:
		mo = initMatchBlock(new(matchBlock[[6]int]))
	case 8:
		mo = initMatchBlock(new(matchBlock[[8]int]))
	default:
		mo = &Match{spans: &make([]int, len(m.caps))[0]}
	}
	mo.Object, mo.pat, mo.subj, mo.lastIndex, mo.pos, mo.end = rt.NewObjectHeader(MatchType), p, s, m.lastIndex, pos, end
	copy(mo.caps(), m.caps)
	return rt.ValueOf(mo)
}

func initMatchBlock[A any](b *matchBlock[A]) *Match {
	b.Match.spans = (*int)(unsafe.Pointer(&b.spans))
	return &b.Match
}

// caps returns the spans of the groups, group g's at 2g and 2g+1 (-1 when
// it did not participate), as the matcher's caps held them: a matcher has
// one pair per group of the program and group 0.
func (mo *Match) caps() []int { return unsafe.Slice(mo.spans, 2*mo.pat.prog.ngroups) }

func asMatch(v rt.Value) *Match { return (*Match)(v.Pointer()) }

// groupIndex resolves a group argument (int or name).
func (mo *Match) groupIndex(th *rt.Thread, g rt.Value) (int, error) {
	if g.IsSmallInt() || !g.IsImmediate() && g.Type().Layout == rt.LayoutInt || g.IsBool() {
		n, err := rt.AsInt(th, g)
		if err == nil && n >= 0 && n <= int64(mo.pat.groups) {
			return int(n), nil
		}
	} else if isStrValue(g) {
		if n, ok := mo.pat.index[rt.StrValue(g)]; ok {
			return n, nil
		}
	} else if !g.IsImmediate() && g.Type().Index != nil {
		n, err := rt.AsInt(th, g)
		if err == nil && n >= 0 && n <= int64(mo.pat.groups) {
			return int(n), nil
		}
	}
	return 0, rt.Errorf(rt.IndexError, "no such group")
}

// group returns group g's text or def if it did not participate.
func (mo *Match) group(g int, def rt.Value) rt.Value {
	s, e := mo.caps()[2*g], mo.caps()[2*g+1]
	if s < 0 || e < 0 {
		return def
	}
	return mo.subj.slice(s, e)
}

func matchRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	mo := asMatch(v)
	r, err := rt.Repr(th, mo.group(0, rt.None))
	if err != nil {
		return rt.Value{}, err
	}
	// CPython formats the repr with %.50R: its first 50 code points.
	text := r
	if n := 0; len(text) > 50 {
		for i := range text {
			if n == 50 {
				text = text[:i]
				break
			}
			n++
		}
	}
	return rt.NewStr(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", mo.caps()[0], mo.caps()[1], text)), nil
}

// setupMatch fills in the slots and methods of re.Match (reSetup).
func setupMatch() {
	t := MatchType
	rt.AddClassGetItem(t)
	t.Repr = matchRepr
	t.Bool = func(th *rt.Thread, v rt.Value) (bool, error) { return true, nil }
	t.GetItem = func(th *rt.Thread, v, key rt.Value) (rt.Value, error) {
		mo := asMatch(v)
		g, err := mo.groupIndex(th, key)
		if err != nil {
			return rt.Value{}, err
		}
		return mo.group(g, rt.None), nil
	}
	t.AddMethod("group", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		if err := rt.NoKwargs("Match.group", kw); err != nil {
			return rt.Value{}, err
		}
		mo := asMatch(self)
		switch len(args) {
		case 0:
			return mo.group(0, rt.None), nil
		case 1:
			g, err := mo.groupIndex(th, args[0])
			if err != nil {
				return rt.Value{}, err
			}
			return mo.group(g, rt.None), nil
		}
		out := make([]rt.Value, len(args))
		for i, a := range args {
			g, err := mo.groupIndex(th, a)
			if err != nil {
				return rt.Value{}, err
			}
			out[i] = mo.group(g, rt.None)
		}
		return rt.NewTuple(out), nil
	})
	t.AddMethod("groups", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("groups", args, kw, "default?")
		if err != nil {
			return rt.Value{}, err
		}
		def := a[0]
		if !def.IsValid() {
			def = rt.None
		}
		mo := asMatch(self)
		out := make([]rt.Value, mo.pat.groups)
		for i := range out {
			out[i] = mo.group(i+1, def)
		}
		return rt.NewTuple(out), nil
	})
	t.AddMethod("groupdict", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("groupdict", args, kw, "default?")
		if err != nil {
			return rt.Value{}, err
		}
		def := a[0]
		if !def.IsValid() {
			def = rt.None
		}
		mo := asMatch(self)
		d := rt.NewDict()
		for g, name := range mo.pat.names {
			if name != "" {
				d.SetStr(name, mo.group(g, def))
			}
		}
		return rt.ValueOf(d), nil
	})
	span := func(name string, which int) {
		t.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
			// group is positional-only, as CPython's clinic declares it.
			if len(kw) > 0 {
				return rt.Value{}, rt.Errorf(rt.TypeError, "Match.%s() takes no keyword arguments", name)
			}
			if len(args) > 1 {
				return rt.Value{}, rt.Errorf(rt.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
			}
			g := rt.Int(0)
			if len(args) == 1 {
				g = args[0]
			}
			mo := asMatch(self)
			i, err := mo.groupIndex(th, g)
			if err != nil {
				return rt.Value{}, err
			}
			s, e := rt.Int(int64(mo.caps()[2*i])), rt.Int(int64(mo.caps()[2*i+1]))
			if mo.caps()[2*i+1] < 0 {
				s, e = rt.Int(-1), rt.Int(-1)
			}
			switch which {
			case 0:
				return s, nil
			case 1:
				return e, nil
			}
			return rt.NewTuple([]rt.Value{s, e}), nil
		})
	}
	span("start", 0)
	span("end", 1)
	span("span", 2)
	t.AddMethod("expand", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		var tmpl rt.Value
		if err := rt.UnpackArgs("expand", args, kw, "template", &tmpl); err != nil {
			return rt.Value{}, err
		}
		mo := asMatch(self)
		tp, err := parseTemplate(th, mo.pat, tmpl)
		if err != nil {
			return rt.Value{}, err
		}
		b := &builder{isBytes: mo.pat.isBytes}
		tp.expand(b, mo.subj, mo.caps())
		return b.value(), nil
	})
	t.AddMethod("__copy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		return self, nil
	})
	t.AddMethod("__deepcopy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		return self, nil
	})
	get := func(name string, f func(mo *Match) rt.Value) {
		t.AddGetSet(name, func(th *rt.Thread, self rt.Value) (rt.Value, error) { return f(asMatch(self)), nil }, nil)
	}
	get("string", func(mo *Match) rt.Value { return mo.subj.v })
	get("re", func(mo *Match) rt.Value { return rt.ValueOf(mo.pat) })
	get("pos", func(mo *Match) rt.Value { return rt.Int(int64(mo.pos)) })
	get("endpos", func(mo *Match) rt.Value { return rt.Int(int64(mo.end)) })
	get("lastindex", func(mo *Match) rt.Value {
		if mo.lastIndex <= 0 {
			return rt.None
		}
		return rt.Int(int64(mo.lastIndex))
	})
	get("lastgroup", func(mo *Match) rt.Value {
		if mo.lastIndex <= 0 || mo.pat.names[mo.lastIndex] == "" {
			return rt.None
		}
		return rt.NewStr(mo.pat.names[mo.lastIndex])
	})
	get("regs", func(mo *Match) rt.Value {
		out := make([]rt.Value, len(mo.caps())/2)
		for i := range out {
			s, e := mo.caps()[2*i], mo.caps()[2*i+1]
			if e < 0 {
				s = -1
			}
			out[i] = rt.NewTuple([]rt.Value{rt.Int(int64(s)), rt.Int(int64(e))})
		}
		return rt.NewTuple(out)
	})
	rt.AddSlotMethods(t, nil, false, nil)
	iteratorInit()
}

// findall returns the list of matches: whole matches without groups,
// group texts with one group, tuples of groups otherwise.
func (p *Pattern) findall(th *rt.Thread, strV, posV, endV rt.Value) (rt.Value, error) {
	s, err := newSubject(th, p, strV)
	if err != nil {
		return rt.Value{}, err
	}
	pos, end, err := posArgs(th, s.in.n, posV, endV)
	if err != nil {
		return rt.Value{}, err
	}
	out := takeItems()
	empty := s.slice(0, 0)
	var pieces rt.StrPieces
	pieces.Start(-1, s.isASCII)
	// The groups of a match, copied into its tuple.
	var groupBuf [8]rt.Value
	var groups []rt.Value
	if p.groups > 1 {
		groups = groupBuf[:0]
		if p.groups > len(groupBuf) {
			groups = make([]rt.Value, 0, p.groups)
		}
		groups = groups[:p.groups]
	}
	err = p.scan(s, pos, end, func(m *matcher) (bool, error) {
		switch p.groups {
		case 0:
			out = append(out, s.piece(&pieces, m.caps[0], m.caps[1]))
		case 1:
			out = append(out, capPiece(s, &pieces, m.caps, 1, empty))
		default:
			for g := range groups {
				groups[g] = capPiece(s, &pieces, m.caps, g+1, empty)
			}
			out = append(out, rt.NewTupleCopy(groups))
		}
		return true, nil
	})
	if err != nil {
		return rt.Value{}, err
	}
	return listOfItems(out), nil
}

func capText(s *subject, caps []int, g int, def rt.Value) rt.Value {
	a, b := caps[2*g], caps[2*g+1]
	if a < 0 || b < 0 {
		return def
	}
	return s.slice(a, b)
}

// capPiece is capText for findall, through pieces (subject.piece).
func capPiece(s *subject, pieces *rt.StrPieces, caps []int, g int, def rt.Value) rt.Value {
	a, b := caps[2*g], caps[2*g+1]
	if a < 0 || b < 0 {
		return def
	}
	return s.piece(pieces, a, b)
}

// matchIterType is the type of finditer's iterator.
var matchIterType = rt.NewBuiltinType("callable_iterator", rt.ObjectType, rt.LayoutOther, 0)

type matchIter struct {
	rt.Object
	pat      *Pattern
	subj     *subject
	m        *matcher
	pos, end int
	start    int
	done     bool
}

func (p *Pattern) finditer(th *rt.Thread, strV, posV, endV rt.Value) (rt.Value, error) {
	s, err := newSubject(th, p, strV)
	if err != nil {
		return rt.Value{}, err
	}
	pos, end, err := posArgs(th, s.in.n, posV, endV)
	if err != nil {
		return rt.Value{}, err
	}
	it := &matchIter{Object: rt.NewObjectHeader(matchIterType), pat: p, subj: s, m: newMatcher(p.prog, s.in.prefix(end)), pos: pos, end: end, start: pos}
	return rt.ValueOf(it), nil
}

func iteratorInit() {
	matchIterType.Iter = rt.IterSelf
	matchIterType.Next = func(th *rt.Thread, v rt.Value) (rt.Value, bool, error) {
		it := (*matchIter)(v.Pointer())
		if it.done || it.start > it.end {
			return rt.Value{}, false, nil
		}
		m := it.m
		if !it.pat.prog.search(m, it.start) {
			it.done = true
			if m.overflow {
				return rt.Value{}, false, overflowErr()
			}
			return rt.Value{}, false, nil
		}
		a, b := m.caps[0], m.caps[1]
		m.noEmptyAt = -1
		if a == b {
			m.noEmptyAt = b
		}
		it.start = b
		return newMatch(it.pat, it.subj, m, it.pos, it.end), true, nil
	}
	rt.AddSlotMethods(matchIterType, nil, false, nil)
}

// split splits s by the matches, with the groups' texts between pieces.
func (p *Pattern) split(th *rt.Thread, strV, maxsplitV rt.Value) (rt.Value, error) {
	s, err := newSubject(th, p, strV)
	if err != nil {
		return rt.Value{}, err
	}
	maxsplit, err := countArg(th, maxsplitV)
	if err != nil {
		return rt.Value{}, err
	}
	if maxsplit < 0 {
		return rt.NewList([]rt.Value{s.slice(0, s.in.n)}), nil
	}
	out := takeItems()
	last, n := 0, 0
	var pieces rt.StrPieces
	pieces.Start(-1, s.isASCII)
	err = p.scan(s, 0, s.in.n, func(m *matcher) (bool, error) {
		out = append(out, s.piece(&pieces, last, m.caps[0]))
		for g := 1; g <= p.groups; g++ {
			out = append(out, capPiece(s, &pieces, m.caps, g, rt.None))
		}
		last = m.caps[1]
		n++
		return maxsplit == 0 || n < maxsplit, nil
	})
	if err != nil {
		return rt.Value{}, err
	}
	out = append(out, s.piece(&pieces, last, s.in.n))
	return listOfItems(out), nil
}

// sub replaces matches by repl (a template or a function of the match).
func (p *Pattern) sub(th *rt.Thread, repl, strV, countV rt.Value) (rt.Value, int, error) {
	s, err := newSubject(th, p, strV)
	if err != nil {
		return rt.Value{}, 0, err
	}
	count, err := countArg(th, countV)
	if err != nil {
		return rt.Value{}, 0, err
	}
	var tp *template
	var tmplType string // the type of a template of the wrong kind
	callable := false
	switch {
	case isStrValue(repl) && p.isBytes:
		tmplType = "str"
	case !isStrValue(repl) && !p.isBytes && isBytesValue(repl):
		tmplType = "bytes"
	case isStrValue(repl) || isBytesValue(repl):
		tp, err = parseTemplate(th, p, repl)
		if err != nil {
			return rt.Value{}, 0, err
		}
	default:
		if _, ok := bytesLike(th, repl); ok {
			tp, err = parseTemplate(th, p, repl)
			if err != nil {
				return rt.Value{}, 0, err
			}
		} else if callableValue(th, repl) {
			callable = true
		} else {
			return rt.Value{}, 0, rt.Errorf(rt.TypeError, "decoding to str: need a bytes-like object, %s found", rt.TypeName(repl))
		}
	}
	pieces := 0 // the pieces CPython would join, for its error message
	wrongType := func(typeName string) error {
		if p.isBytes {
			return rt.Errorf(rt.TypeError, "sequence item %d: expected a bytes-like object, %s found", pieces, typeName)
		}
		return rt.Errorf(rt.TypeError, "sequence item %d: expected str instance, %s found", pieces, typeName)
	}
	b := &builder{isBytes: p.isBytes}
	last, n := 0, 0
	if count < 0 {
		return strV, 0, nil
	}
	// The callback's argument slice, made once: a call copies its
	// arguments into the callee's frame or tuple.
	var callArgs []rt.Value
	if callable {
		callArgs = make([]rt.Value, 1)
	}
	err = p.scan(s, 0, s.in.n, func(m *matcher) (bool, error) {
		if b.str == nil {
			// The result is about the subject's size: room for it at the
			// first match saves growing the buffer a few times (and
			// leaving the old ones as garbage).
			b.str = make([]byte, 0, max(len(s.text), len(s.in.b)))
		}
		b.addSubject(s, last, m.caps[0])
		if last < m.caps[0] {
			pieces++
		}
		if tmplType != "" {
			return false, wrongType(tmplType)
		}
		if callable {
			callArgs[0] = newMatch(p, s, m, 0, s.in.n)
			r, err := rt.Call(th, repl, callArgs, nil)
			callArgs[0] = rt.None
			if err != nil {
				return false, err
			}
			if !r.IsNone() {
				if p.isBytes {
					if _, ok := bytesLike(th, r); !ok {
						return false, wrongType(rt.TypeName(r))
					}
				} else if !isStrValue(r) {
					return false, wrongType(rt.TypeName(r))
				}
				b.addValue(th, r)
				pieces++
			}
		} else {
			tp.expand(b, s, m.caps)
			pieces++
		}
		last = m.caps[1]
		n++
		return count == 0 || n < count, nil
	})
	if err != nil {
		return rt.Value{}, 0, err
	}
	if n == 0 && !p.isBytes && isStrValue(strV) && strV.Type() == rt.StrType {
		return strV, 0, nil
	}
	b.addSubject(s, last, s.in.n)
	return b.value(), n, nil
}

// callableValue reports whether v is callable, as callable() does.
func callableValue(th *rt.Thread, v rt.Value) bool {
	if !v.IsImmediate() {
		if t, ok := rt.AsType(v); ok && t != nil {
			return true
		}
		if v.Type().Call != nil {
			return true
		}
	}
	_, ok, _ := rt.GetAttrOK(th, v, "__call__")
	return ok
}

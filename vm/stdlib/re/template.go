package re

import (
	"fmt"
	"strconv"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines replacement templates of sub and Match.expand: literal
// text with \1, \g<name>, \g<0> group references and character escapes.

type templatePart struct {
	lit   []byte // the literal text as the result holds it (UTF-8 or bytes)
	group int    // >= 0: a group reference; -1: literal
}

type template struct {
	parts []templatePart
}

// expand appends the template's text for a match with captures caps.
func (t *template) expand(b *builder, s *subject, caps []int) {
	for _, part := range t.parts {
		if part.group < 0 {
			b.str = append(b.str, part.lit...)
			continue
		}
		a, e := caps[2*part.group], caps[2*part.group+1]
		if a >= 0 && e >= 0 {
			b.addSubject(s, a, e)
		}
	}
}

// parseTemplate parses repl for pattern p, remembering the last template.
func parseTemplate(th *rt.Thread, p *Pattern, repl rt.Value) (*template, error) {
	var src []rune
	var key string
	if isStrValue(repl) {
		if p.isBytes {
			return nil, rt.Errorf(rt.TypeError, "expected a bytes-like object, %s found", rt.TypeName(repl))
		}
		key = rt.StrValue(repl)
		src = decodeWTF8(key)
	} else {
		b, ok := bytesLike(th, repl)
		if !ok {
			return nil, rt.Errorf(rt.TypeError, "expected str instance, %s found", rt.TypeName(repl))
		}
		if !p.isBytes {
			return nil, rt.Errorf(rt.TypeError, "expected str instance, %s found", rt.TypeName(repl))
		}
		key = string(b)
		src = bytesToRunes(b)
	}
	p.tmplMu.Lock()
	if p.tmplKey == key && p.tmpl != nil {
		t := p.tmpl
		p.tmplMu.Unlock()
		return t, nil
	}
	p.tmplMu.Unlock()
	t, err := compileTemplate(p, src)
	if err != nil {
		if re, ok := err.(*reError); ok {
			msg := re.msg
			if p.isBytes {
				msg = asciiBackslash(msg)
			}
			return nil, reErrorValue(th, rt.NewStr(msg), repl, rt.Int(int64(re.pos)))
		}
		if ie, ok := err.(*indexError); ok {
			return nil, rt.Errorf(rt.IndexError, "%s", ie.msg)
		}
		return nil, err
	}
	p.tmplMu.Lock()
	p.tmplKey, p.tmpl = key, t
	p.tmplMu.Unlock()
	return t, nil
}

type indexError struct{ msg string }

func (e *indexError) Error() string { return e.msg }

func compileTemplate(p *Pattern, src []rune) (*template, error) {
	t := &template{}
	var lit []rune
	flush := func() {
		if len(lit) > 0 {
			enc := builder{isBytes: p.isBytes}
			enc.addRunes(lit)
			t.parts = append(t.parts, templatePart{lit: enc.str, group: -1})
			lit = nil
		}
	}
	addGroup := func(g, pos int) error {
		if g > p.groups {
			return &reError{fmt.Sprintf("invalid group reference %d", g), pos}
		}
		flush()
		t.parts = append(t.parts, templatePart{group: g})
		return nil
	}
	ps := &parser{src: src, bytes: p.isBytes}
	for ps.more() {
		c := ps.src[ps.pos]
		ps.pos++
		if c != '\\' {
			lit = append(lit, c)
			continue
		}
		start := ps.pos - 1
		if !ps.more() {
			return nil, &reError{"bad escape (end of pattern)", len(src) - 1}
		}
		c = ps.src[ps.pos]
		ps.pos++
		switch {
		case c == 'g':
			if !ps.eat('<') {
				return nil, &reError{"missing <", ps.pos}
			}
			nameStart := ps.pos
			name, err := ps.parseName('>', "group name")
			if err != nil {
				return nil, err
			}
			allDigits := true
			for _, r := range name {
				if r < '0' || r > '9' {
					allDigits = false
				}
			}
			var g int
			if allDigits {
				n, err := strconv.Atoi(name)
				if err != nil || n >= 1<<30 {
					return nil, &reError{fmt.Sprintf("invalid group reference %s", name), nameStart}
				}
				g = n
			} else {
				if err := ps.checkName(name, ps.pos-1); err != nil {
					return nil, err
				}
				n, ok := p.index[name]
				if !ok {
					return nil, &indexError{fmt.Sprintf("unknown group name %s", pyQuote(name))}
				}
				g = n
			}
			if err := addGroup(g, nameStart); err != nil {
				return nil, err
			}
		case c == '0':
			ps.getWhile(2, isOct)
			v, _ := strconv.ParseUint(string(ps.src[start+1:ps.pos]), 8, 32)
			lit = append(lit, rune(v&0xff))
		case c >= '1' && c <= '9':
			octal := false
			if ps.more() && ps.src[ps.pos] >= '0' && ps.src[ps.pos] <= '9' {
				ps.pos++
				if isOct(c) && isOct(ps.src[ps.pos-1]) && ps.more() && isOct(ps.src[ps.pos]) {
					ps.pos++
					octal = true
					esc := string(ps.src[start:ps.pos])
					v, _ := strconv.ParseUint(esc[1:], 8, 32)
					if v > 0o377 {
						return nil, &reError{fmt.Sprintf("octal escape value %s outside of range 0-0o377", esc), start}
					}
					lit = append(lit, rune(v))
				}
			}
			if !octal {
				g, _ := strconv.Atoi(string(ps.src[start+1 : ps.pos]))
				if err := addGroup(g, start+1); err != nil {
					return nil, err
				}
			}
		default:
			if r, ok := map[rune]rune{'a': 7, 'b': 8, 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}[c]; ok {
				lit = append(lit, r)
			} else if isASCIILetter(c) {
				return nil, &reError{"bad escape \\" + string(c), start}
			} else {
				lit = append(lit, '\\', c)
			}
		}
	}
	flush()
	return t, nil
}

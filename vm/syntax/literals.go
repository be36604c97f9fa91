package syntax

// This file turns literal tokens into values: numbers, strings, bytes and
// f-strings, including implicit concatenation of adjacent literals.

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxIntDigits is CPython's default sys.get_int_max_str_digits(), which
// applies to decimal int literals too.
const maxIntDigits = 4300

// parseNumber returns the value of a numeric literal: *big.Int, float64 or
// complex128.
func parseNumber(text string) (any, error) {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if n := len(text); n > 0 && (text[n-1] == 'j' || text[n-1] == 'J') {
		f, err := parseFloat(text[:n-1])
		return complex(0, f), err
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			z, ok := new(big.Int).SetString(text[2:], base)
			if !ok {
				return nil, fmt.Errorf("invalid literal %q", text)
			}
			return z, nil
		}
	}
	if strings.ContainsAny(text, ".eE") {
		return parseFloat(text)
	}
	if len(text) > maxIntDigits {
		return nil, fmt.Errorf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxIntDigits, len(text))
	}
	z, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, fmt.Errorf("invalid literal %q", text)
	}
	return z, nil
}

func parseFloat(text string) (float64, error) {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, fmt.Errorf("invalid literal %q", text)
	}
	return f, nil // out of range gives ±Inf or 0, as in CPython
}

// stringPrefix splits a string token's text into its lower-cased prefix
// and the rest.
func stringPrefix(text string) (prefix, rest string) {
	i := 0
	for i < len(text) && text[i] != '"' && text[i] != '\'' {
		i++
	}
	return strings.ToLower(text[:i]), text[i:]
}

// decodeString decodes a complete (non-f) string token; invalid is the
// SyntaxWarning message for its first invalid escape sequence, if any.
func decodeString(text string) (s string, isBytes bool, invalid string, err error) {
	prefix, body := stringPrefix(text)
	q := 1
	if len(body) >= 6 && body[0] == body[1] && body[1] == body[2] {
		q = 3
	}
	body = body[q : len(body)-q]
	raw := strings.IndexByte(prefix, 'r') >= 0
	isBytes = strings.IndexByte(prefix, 'b') >= 0
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return "", true, "", errors.New("bytes can only contain ASCII literal characters")
			}
		}
	} else if err := checkUTF8(body); err != nil {
		return "", false, "", err
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, isBytes, "", nil
	}
	s, invalid, err = decodeEscapes(body, isBytes, false)
	return s, isBytes, invalid, err
}

// decodeEscapes interprets backslash escapes in s. For bytes, \u, \U and
// \N are not escapes and \x and octal escapes give single bytes, so the
// result holds bytes, not UTF-8. If fstring, doubled braces stand for one.
// invalid is CPython 3.12's SyntaxWarning message for the first invalid
// escape sequence (one that is kept as written, or an octal escape above
// 0o377), or "".
func decodeEscapes(s string, isBytes, fstring bool) (decoded, invalid string, err error) {
	var b strings.Builder
	noteInvalid := func(msg string) {
		if invalid == "" {
			invalid = msg
		}
	}
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if fstring && (c == '{' || c == '}') && i+1 < len(s) && s[i+1] == c {
			b.WriteByte(c)
			i += 2
			continue
		}
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		c = s[i]
		if fstring && (c == '{' || c == '}') {
			// The brace keeps its meaning (CPython's tokenizer warns).
			noteInvalid(invalidEscape(c))
			b.WriteByte('\\')
			continue
		}
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if v > 0o377 {
				noteInvalid("invalid octal escape sequence '\\" + s[start+1:i] + "'")
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			if isBytes && c != 'x' {
				noteInvalid(invalidEscape(c))
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if i+n > len(s) || !isHex(s[i:i+n]) {
				codec := "unicodeescape"
				if isBytes {
					return "", "", fmt.Errorf("(value error) invalid \\x escape at position %d", start)
				}
				end := i
				for end < len(s) && end < i+n && isHex(s[end:end+1]) {
					end++
				}
				return "", "", fmt.Errorf("(unicode error) '%s' codec can't decode bytes in position %d-%d: truncated \\%c%s escape", codec, start, end-1, c, strings.Repeat("X", n))
			}
			v, _ := strconv.ParseUint(s[i:i+n], 16, 32)
			i += n
			if isBytes {
				b.WriteByte(byte(v))
			} else if v > utf8.MaxRune {
				return "", "", fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", start, i-1)
			} else {
				writeWTF8(&b, rune(v))
			}
		case 'N':
			if isBytes {
				noteInvalid(invalidEscape(c))
				b.WriteString("\\N")
				continue
			}
			end := -1
			if i < len(s) && s[i] == '{' {
				end = strings.IndexByte(s[i:], '}')
			}
			if end <= 1 {
				// No {, no }, or \N{}: CPython reports the bytes up to where
				// it stopped reading.
				last := i - 1
				if end == 1 {
					last = i
				} else if end < 0 && i < len(s) && s[i] == '{' {
					last = len(s) - 1
				}
				return "", "", fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", escapePos(s, start), escapePos(s, last))
			}
			name := s[i+1 : i+end]
			r, ok := lookupRuneName(name)
			if !ok {
				return "", "", fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name", escapePos(s, start), escapePos(s, i+end))
			}
			b.WriteString(r)
			i += end + 1
		default:
			// An invalid escape is kept as written, with a warning; not
			// for a non-ASCII character, which CPython's parser writes as
			// a \U escape after an escaped backslash.
			if c < 0x80 {
				noteInvalid(invalidEscape(c))
			}
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), invalid, nil
}

// invalidEscape is the SyntaxWarning message for the invalid escape
// sequence of a backslash and c.
func invalidEscape(c byte) string {
	return "invalid escape sequence '\\" + string(rune(c)) + "'"
}

// escapePos converts the byte offset i of s to the position CPython's
// error messages give: CPython decodes escapes after writing every
// non-ASCII character before them as a 10-byte \U%08x escape.
func escapePos(s string, i int) int {
	pos := i
	for _, r := range s[:min(i, len(s))] {
		if r >= 0x80 {
			pos += 10 - utf8.RuneLen(r)
		}
	}
	return pos
}

// writeWTF8 writes r in UTF-8, or, if r is a surrogate, which UTF-8
// cannot encode but a Python str can hold, in WTF-8: the same three-byte
// form UTF-8 would use were surrogates allowed. Such strings are not valid
// UTF-8; Python-level string operations must treat them as WTF-8.
func writeWTF8(b *strings.Builder, r rune) {
	if 0xD800 <= r && r <= 0xDFFF {
		b.WriteByte(0xE0 | byte(r>>12))
		b.WriteByte(0x80 | byte(r>>6)&0x3F)
		b.WriteByte(0x80 | byte(r)&0x3F)
		return
	}
	b.WriteRune(r)
}

// decodeSurrogate decodes the WTF-8 encoding of a surrogate at the start
// of s, returning 0 if there is none.
func decodeSurrogate(s string) rune {
	if len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	}
	return 0
}

// checkUTF8 reports the error CPython gives for a str literal whose text
// (between the quotes) is not valid UTF-8.
func checkUTF8(body string) error {
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		if r == utf8.RuneError && size == 1 {
			what := "invalid start byte"
			if c := body[i]; c >= 0xC2 && c <= 0xF4 {
				if i+1 >= len(body) {
					what = "unexpected end of data"
				} else {
					what = "invalid continuation byte"
				}
			}
			return fmt.Errorf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", body[i], i, what)
		}
		i += size
	}
	return nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !('0' <= s[i] && s[i] <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// strBuilder accumulates the parts of a concatenation of literals, merging
// adjacent text into one Constant as CPython does.
type strBuilder struct {
	parts    []Expr
	text     strings.Builder
	has      bool
	textSpan Span
}

func (b *strBuilder) addText(s string, sp Span) {
	if !b.has {
		b.has = true
		b.textSpan = sp
	} else {
		b.textSpan.End = sp.End
	}
	b.text.WriteString(s)
}

func (b *strBuilder) flush() {
	if b.has && b.text.Len() > 0 {
		b.parts = append(b.parts, &Constant{Span: b.textSpan, Value: b.text.String()})
	}
	b.has = false
	b.text.Reset()
}

func (b *strBuilder) addExpr(x Expr) {
	b.flush()
	b.parts = append(b.parts, x)
}

func (b *strBuilder) finish() []Expr {
	b.flush()
	if b.parts == nil {
		return []Expr{}
	}
	return b.parts
}

// strings parses one or more adjacent string literals.
func (p *parser) strings() Expr {
	first := p.tok()
	start := first.start
	prefix, _ := stringPrefix(p.text(first))
	kind := ""
	if prefix == "u" {
		kind = "u"
	}
	var b strBuilder
	var bytesVal []byte
	sawBytes, sawStr, sawF := false, false, false
	for {
		t := p.tok()
		if t.kind == tSTRING {
			s, isBytes, invalid, err := decodeString(p.text(t))
			if invalid != "" {
				p.warnAtTok(t, int(t.start.Line), invalid)
			}
			if err != nil {
				if isBytes {
					li := p.lineIndex()
					l, el := int(t.start.Line), int(t.end.Line)
					p.fail(newError(p.filename, p.src, "SyntaxError", l, li.charOffset(l, int(t.start.Col)), el, li.charOffset(el, int(t.end.Col)), err.Error()))
				}
				p.errorAtTok(t, "%s", err)
			}
			if isBytes {
				sawBytes = true
				bytesVal = append(bytesVal, s...)
			} else {
				sawStr = true
				b.addText(s, Span{t.start, t.end})
			}
			p.next()
			continue
		}
		if t.kind == tFSTRING_START {
			sawF = true
			p.fstring(&b)
			continue
		}
		break
	}
	sp := Span{start, p.prevEnd}
	if sawBytes && (sawStr || sawF) {
		p.errorAtTok(p.tok(), "cannot mix bytes and nonbytes literals")
	}
	if sawBytes {
		if bytesVal == nil {
			bytesVal = []byte{}
		}
		return &Constant{Span: sp, Value: bytesVal}
	}
	if !sawF {
		return &Constant{Span: sp, Value: b.text.String(), Kind: kind}
	}
	return &JoinedStr{sp, b.finish()}
}

// fstring parses one f-string, from FSTRING_START to FSTRING_END, adding
// its parts to b.
func (p *parser) fstring(b *strBuilder) {
	p.enter()
	defer p.leave()
	st := p.next()
	prefix, _ := stringPrefix(p.text(st))
	raw := strings.IndexByte(prefix, 'r') >= 0
	p.fstringParts(b, raw, false)
	if p.tok().kind != tFSTRING_END {
		p.syntaxError()
	}
	p.next()
}

// fstringParts parses the literal text and replacement fields of an
// f-string or of a format spec within one, up to the token that ends them.
func (p *parser) fstringParts(b *strBuilder, raw, spec bool) {
	for {
		t := p.tok()
		switch t.kind {
		case tFSTRING_MIDDLE:
			p.next()
			b.addText(p.fstringText(t, raw), Span{t.start, t.end})
		case tLBRACE:
			p.replacementField(b, raw)
			if spec && p.tok().kind == tRBRACE {
				// CPython 3.12 ends a spec that ends with a field with an
				// empty string.
				b.flush()
				sp := Span{p.tok().start, p.tok().start}
				b.parts = append(b.parts, &Constant{Span: sp, Value: ""})
			}
		default:
			return
		}
	}
}

func (p *parser) fstringText(t *token, raw bool) string {
	text := p.text(t)
	if err := checkUTF8(text); err != nil {
		p.errorAtTok(t, "%s", err)
	}
	if raw {
		if strings.Contains(text, "{{") || strings.Contains(text, "}}") {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
		}
		return text
	}
	s, invalid, err := decodeEscapes(text, false, true)
	if invalid == "" && (len(text)-len(strings.TrimRight(text, "\\")))%2 == 1 &&
		t.endOff < len(p.src) && (p.src[t.endOff] == '{' || p.src[t.endOff] == '}') {
		// A backslash before a replacement field's brace: CPython's
		// tokenizer warns of "\{".
		p.warnAtByte(t, t.endOff, invalidEscape(p.src[t.endOff]))
	} else if strings.HasSuffix(invalid, "{'") || strings.HasSuffix(invalid, "}'") {
		p.warnAtByte(t, t.off+strings.Index(text, invalid[len(invalid)-3:len(invalid)-1])+1, invalid)
	} else if invalid != "" {
		// CPython 3.12 names the line where an f-string's text token ends.
		p.warnAtTok(t, int(t.end.Line), invalid)
	}
	if err != nil {
		p.errorAtTok(t, "%s", err)
	}
	return s
}

// replacementField parses {expr[=][!conv][:spec]} in an f-string.
func (p *parser) replacementField(b *strBuilder, raw bool) {
	lb := p.next()
	switch k := p.tok().kind; {
	case k == tRBRACE || k == tEXCLAIM || k == tCOLON || k == tEQUAL:
		p.errorAtTok(p.tok(), "f-string: valid expression required before '%s'", p.text(p.tok()))
	case !p.canStartExpr() && k != tSTAR && k != tYIELD && k != tERROR:
		p.errorAtTok(p.tok(), "f-string: expecting a valid expression after '{'")
	}
	var x Expr
	if p.tok().kind == tYIELD {
		x = p.yieldExpr()
	} else {
		x = p.starExpressions()
	}
	switch p.tok().kind {
	case tEQUAL, tEXCLAIM, tCOLON, tRBRACE:
	default:
		p.forgotComma(x)
		p.errorAtTok(p.tok(), "f-string: expecting '=', or '!', or ':', or '}'")
	}
	debug := false
	if p.tok().kind == tEQUAL {
		debug = true
		p.next()
		nt := p.tok()
		if nt.kind == tERROR {
			p.syntaxError()
		}
		text := stripComments(p.src[lb.endOff:nt.off])
		if !raw && strings.IndexByte(text, '\\') >= 0 {
			// CPython 3.12 decodes escapes in the expression's text as if
			// it were part of the literal.
			if decoded, _, err := decodeEscapes(text, false, false); err == nil {
				text = decoded
			}
		}
		b.addText(text, Span{lb.end, nt.start})
	}
	conv := -1
	if p.tok().kind == tEXCLAIM {
		ex := p.next()
		t := p.tok()
		if t.kind != tNAME && !t.kind.isKeyword() {
			p.errorAtTok(t, "f-string: missing conversion character")
		}
		if t.off != ex.endOff {
			p.errorAtTok(t, "f-string: conversion type must come right after the exclamanation mark")
		}
		name := p.text(t)
		switch name {
		case "s", "r", "a":
			conv = int(name[0])
		default:
			p.errorAtTok(t, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", name)
		}
		p.next()
		if k := p.tok().kind; k != tCOLON && k != tRBRACE {
			p.errorAtTok(p.tok(), "f-string: expecting ':' or '}'")
		}
	}
	var spec Expr
	if p.tok().kind == tCOLON {
		colon := p.next()
		var sb strBuilder
		p.fstringParts(&sb, raw, true)
		spec = &JoinedStr{Span{colon.start, p.tok().start}, sb.finish()}
	}
	if p.tok().kind != tRBRACE {
		if p.tok().kind == tERROR {
			p.syntaxError()
		}
		p.errorAtTok(p.tok(), "f-string: expecting '}'")
	}
	rb := p.next()
	if debug && conv == -1 && spec == nil {
		conv = 'r'
	}
	b.addExpr(&FormattedValue{Span{lb.start, rb.end}, x, conv, spec})
}

// stripComments returns the text of a self-documenting f-string field
// without its comments, which CPython leaves out of the text.
func stripComments(text []byte) string {
	if bytes.IndexByte(text, '#') < 0 {
		return string(text)
	}
	var b []byte
	var quote byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case quote != 0:
			if c == '\\' && i+1 < len(text) {
				b = append(b, c)
				i++
				c = text[i]
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
			if i == len(text) {
				return string(b)
			}
			c = '\n'
		}
		b = append(b, c)
	}
	return string(b)
}

// ---- Assignment targets -------------------------------------------------

// setContext marks x, a target of assignment (Store) or del (Del), and
// reports CPython's error if x cannot be one.
func (p *parser) setContext(x Expr, ctx ExprContext) {
	if bad := invalidTarget(x, ctx); bad != nil {
		verb := "assign to"
		if ctx == Del {
			verb = "delete"
		}
		p.errorAt(bad.GetSpan(), "cannot %s %s", verb, exprName(bad))
	}
	setCtx(x, ctx)
}

// isSingleTarget reports whether x is a name, attribute or subscript, the
// targets of annotated and augmented assignments.
func isSingleTarget(x Expr) bool {
	switch x.(type) {
	case *Name, *Attribute, *Subscript:
		return true
	}
	return false
}

// setCtx sets the context of x and, for starred expressions, tuples and
// lists, of what they contain.
func setCtx(x Expr, ctx ExprContext) {
	switch x := x.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		x.Ctx = ctx
		setCtx(x.Value, ctx)
	case *Tuple:
		x.Ctx = ctx
		for _, e := range x.Elts {
			setCtx(e, ctx)
		}
	case *List:
		x.Ctx = ctx
		for _, e := range x.Elts {
			setCtx(e, ctx)
		}
	}
}

// invalidTarget returns the part of x that cannot be assigned or deleted,
// or nil if x is a valid target.
func invalidTarget(x Expr, ctx ExprContext) Expr {
	switch t := x.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		if ctx == Del {
			return x
		}
		return invalidTarget(t.Value, ctx)
	case *Tuple:
		for _, e := range t.Elts {
			if bad := invalidTarget(e, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, e := range t.Elts {
			if bad := invalidTarget(e, ctx); bad != nil {
				return bad
			}
		}
		return nil
	}
	return x
}

// exprName names a kind of expression in error messages, as CPython's
// _PyPegen_get_expr_name does.
func exprName(x Expr) string {
	switch x := x.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch x.Value.(type) {
		case nil, bool:
			return constantRepr(x.Value)
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

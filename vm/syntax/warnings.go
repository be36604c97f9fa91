package syntax

// This file defines the SyntaxWarnings the parser issues: CPython 3.12
// warns of invalid escape sequences in string literals while parsing.

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Warning is a SyntaxWarning found by the parser.
type Warning struct {
	Line int    // the line CPython's warning names
	Msg  string // e.g. "invalid escape sequence '\d'"
	// Err is the SyntaxError CPython raises instead when the warning
	// filters turn the warning into an error: it points at the token.
	Err *Error
}

// warnAtTok records a warning about token t, reported at line. Its
// SyntaxError covers the token; for one over several lines, CPython
// measures the end column on the first line (capped at its length).
func (p *parser) warnAtTok(t *token, line int, msg string) {
	li := p.lineIndex()
	sl, el := int(t.start.Line), int(t.end.Line)
	endCol := li.charOffset(el, int(t.end.Col))
	if el != sl {
		first := strings.TrimSuffix(sourceLine(p.src, sl), "\n")
		endCol = min(li.charOffset(sl, int(t.end.Col)), utf8.RuneCountInString(first)+1)
	}
	p.addWarning(t, line, msg, newError(p.filename, p.src, "SyntaxError", sl, li.charOffset(sl, int(t.start.Col)), el, endCol, msg))
}

// warnAtByte records a warning CPython's tokenizer issues about the
// character at src[off] of token t: its SyntaxError is a tokenizer error
// there (the line without its newline, the column after the character).
func (p *parser) warnAtByte(t *token, off int, msg string) {
	li := p.lineIndex()
	line := bytes.Count(p.src[:off], []byte("\n")) + 1
	col := li.charOffset(line, off-li.starts[line-1]+1)
	e := newError(p.filename, p.src, "SyntaxError", line, col-1, line, col-1, msg)
	e.Text = strings.TrimSuffix(e.Text, "\n")
	p.addWarning(t, line, msg, e)
}

// addWarning records a warning about token t, once however often the
// parser reads t.
func (p *parser) addWarning(t *token, line int, msg string, asErr *Error) {
	if p.warnedAt[t.off] {
		return
	}
	if p.warnedAt == nil {
		p.warnedAt = make(map[int]bool)
	}
	p.warnedAt[t.off] = true
	p.warnings = append(p.warnings, Warning{Line: line, Msg: msg, Err: asErr})
}

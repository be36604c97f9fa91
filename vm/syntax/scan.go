package syntax

// This file defines the scanner, which turns source bytes into tokens.
//
// The scanner follows CPython 3.12's tokenizer (Parser/tokenizer.c) closely,
// because the positions and messages of syntax errors are part of the
// language as users see it: INDENT and DEDENT come from the same column
// arithmetic (tabs to multiples of 8, checked against tabs of width 1 for
// TabError), brackets are matched here rather than in the parser, and
// f-strings are split into FSTRING_START, FSTRING_MIDDLE and FSTRING_END
// tokens around ordinary expression tokens, as PEP 701 specifies.
//
// The scanner is pulled one token at a time by the parser so that, as in
// CPython, a syntax error early in a file is reported before a tokenizer
// error later in it.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind is the type of a token.
type tokenKind uint8

const (
	tERROR tokenKind = iota // the scanner failed; scanner.err says why
	tEOF
	tNEWLINE
	tINDENT
	tDEDENT
	tNAME
	tNUMBER
	tSTRING
	tFSTRING_START
	tFSTRING_MIDDLE
	tFSTRING_END

	// Operators and delimiters.
	tLPAR      // (
	tRPAR      // )
	tLSQB      // [
	tRSQB      // ]
	tLBRACE    // {
	tRBRACE    // }
	tCOLON     // :
	tCOMMA     // ,
	tSEMI      // ;
	tPLUS      // +
	tMINUS     // -
	tSTAR      // *
	tSLASH     // /
	tVBAR      // |
	tAMPER     // &
	tLESS      // <
	tGREATER   // >
	tEQUAL     // =
	tDOT       // .
	tPERCENT   // %
	tEQEQUAL   // ==
	tNOTEQUAL  // !=
	tLESSEQ    // <=
	tGREATEREQ // >=
	tTILDE     // ~
	tCIRCUMFLEX
	tLSHIFT   // <<
	tRSHIFT   // >>
	tDSTAR    // **
	tDSLASH   // //
	tAT       // @
	tRARROW   // ->
	tELLIPSIS // ...
	tWALRUS   // :=
	tEXCLAIM  // ! (meaningful only in f-string replacement fields)
	tUNKNOWN  // $, ? or `, which no rule accepts
	// Augmented assignment operators, in the order of Operator.
	tPLUSEQ
	tMINUSEQ
	tSTAREQ
	tATEQ
	tSLASHEQ
	tPERCENTEQ
	tDSTAREQ
	tLSHIFTEQ
	tRSHIFTEQ
	tVBAREQ
	tCIRCUMFLEXEQ
	tAMPEREQ
	tDSLASHEQ

	// Keywords. Soft keywords (match, case, type, _) are plain names.
	tFALSE
	tNONE
	tTRUE
	tAND
	tAS
	tASSERT
	tASYNC
	tAWAIT
	tBREAK
	tCLASS
	tCONTINUE
	tDEF
	tDEL
	tELIF
	tELSE
	tEXCEPT
	tFINALLY
	tFOR
	tFROM
	tGLOBAL
	tIF
	tIMPORT
	tIN
	tIS
	tLAMBDA
	tNONLOCAL
	tNOT
	tOR
	tPASS
	tRAISE
	tRETURN
	tTRY
	tWHILE
	tWITH
	tYIELD
)

// augOps maps augmented-assignment tokens to their operators.
var augOps = [...]Operator{
	tPLUSEQ - tPLUSEQ: Add, tMINUSEQ - tPLUSEQ: Sub, tSTAREQ - tPLUSEQ: Mult,
	tATEQ - tPLUSEQ: MatMult, tSLASHEQ - tPLUSEQ: Div, tPERCENTEQ - tPLUSEQ: Mod,
	tDSTAREQ - tPLUSEQ: Pow, tLSHIFTEQ - tPLUSEQ: LShift, tRSHIFTEQ - tPLUSEQ: RShift,
	tVBAREQ - tPLUSEQ: BitOr, tCIRCUMFLEXEQ - tPLUSEQ: BitXor, tAMPEREQ - tPLUSEQ: BitAnd,
	tDSLASHEQ - tPLUSEQ: FloorDiv,
}

func (k tokenKind) isAugAssign() bool { return k >= tPLUSEQ && k <= tDSLASHEQ }
func (k tokenKind) isKeyword() bool   { return k >= tFALSE }

// keyword returns the token of the hard keyword name, or tNAME. (A switch
// on the string compiles to a binary search, cheaper here than a map.)
func keyword(name []byte) tokenKind {
	switch string(name) {
	case "False":
		return tFALSE
	case "None":
		return tNONE
	case "True":
		return tTRUE
	case "and":
		return tAND
	case "as":
		return tAS
	case "assert":
		return tASSERT
	case "async":
		return tASYNC
	case "await":
		return tAWAIT
	case "break":
		return tBREAK
	case "class":
		return tCLASS
	case "continue":
		return tCONTINUE
	case "def":
		return tDEF
	case "del":
		return tDEL
	case "elif":
		return tELIF
	case "else":
		return tELSE
	case "except":
		return tEXCEPT
	case "finally":
		return tFINALLY
	case "for":
		return tFOR
	case "from":
		return tFROM
	case "global":
		return tGLOBAL
	case "if":
		return tIF
	case "import":
		return tIMPORT
	case "in":
		return tIN
	case "is":
		return tIS
	case "lambda":
		return tLAMBDA
	case "nonlocal":
		return tNONLOCAL
	case "not":
		return tNOT
	case "or":
		return tOR
	case "pass":
		return tPASS
	case "raise":
		return tRAISE
	case "return":
		return tRETURN
	case "try":
		return tTRY
	case "while":
		return tWHILE
	case "with":
		return tWITH
	case "yield":
		return tYIELD
	}
	return tNAME
}

// token is one lexical token. Its text is src[off:endOff].
type token struct {
	kind        tokenKind
	nfkc        bool  // a name to normalize (see normalizeName)
	depth       int32 // brackets open after this token
	start, end  Pos
	off, endOff int
}

const (
	tabSize     = 8   // CPython's TABSIZE
	maxIndent   = 100 // CPython's MAXINDENT
	maxParens   = 200 // CPython's MAXLEVEL
	maxFStrings = 150 // CPython's MAXFSTRINGLEVEL
)

// paren is an open bracket. An f-string replacement field's '{' is one too;
// fstring marks it, and spec is set once its format spec has begun.
type paren struct {
	char        byte
	line, col   int // 1-based line, 0-based byte column
	off         int
	fstring     bool
	spec        bool
	fstringBase int // index in scanner.fstrings of the f-string it belongs to
}

// fstringState is an f-string being scanned.
type fstringState struct {
	quote      byte
	triple     bool
	raw        bool
	start      Pos
	startOff   int
	parenDepth int // len(scanner.parens) when the f-string began
}

// A scanner reads tokens from one source file.
type scanner struct {
	filename string
	src      []byte

	off       int // read position
	line      int // line of src[off]
	lineStart int // offset of the start of line

	atBOL       bool  // at the beginning of a logical line
	lineHasToks bool  // the current logical line has produced a token
	indents     []int // indentation columns, tabs to multiples of tabSize
	altIndents  []int // the same with tabs of width 1
	pending     int   // DEDENTs (negative) or an INDENT (1) still to deliver
	pendingPos  Pos
	parens      []paren
	fstrings    []fstringState
	commentOff  int // where the last comment began, -1 if none on this line

	err *Error // the first error; once set, every token is tERROR
}

func newScanner(filename string, src []byte) *scanner {
	s := &scanner{
		filename:   filename,
		src:        src,
		line:       1,
		atBOL:      true,
		indents:    []int{0},
		altIndents: []int{0},
	}
	if bytes.HasPrefix(src, utf8BOM) {
		s.off = 3 // a UTF-8 byte order mark
		s.lineStart = 3
	}
	return s
}

// pos returns the position of byte offset off on the current line.
func (s *scanner) pos(off int) Pos {
	return Pos{Line: int32(s.line), Col: int32(off - s.lineStart)}
}

func (s *scanner) peekByte(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// newline advances past a '\n' at s.off.
func (s *scanner) newline() {
	s.off++
	s.line++
	s.lineStart = s.off
}

// errorf records the first syntax error. Columns are CPython's: 1-based
// character (not byte) offsets, and endCol may be CPython's 0 or -1.
func (s *scanner) errorf(kind string, line, col, endLine, endCol int, format string, args ...any) {
	if s.err != nil {
		return
	}
	s.err = newError(s.filename, s.src, kind, line, col, endLine, endCol, fmt.Sprintf(format, args...))
	if kind == "SyntaxError" {
		// CPython's tokenizer quotes the line without its newline; errors
		// the parser reports (indentation ones included) keep it.
		s.err.Text = strings.TrimSuffix(s.err.Text, "\n")
	}
}

// errorHere reports a tokenizer error with the scanner (CPython's
// tok->cur) at byte offset off of the current line. CPython reports such
// errors with the number of characters before cur as both the offset and
// the end offset, so an error "at" a character is passed the offset just
// after it.
func (s *scanner) errorHere(off int, format string, args ...any) {
	c := s.charCol(s.lineStart, off)
	s.errorf("SyntaxError", s.line, c, s.line, c, format, args...)
}

// charCol returns the number of code points in src[lineStart:off].
func (s *scanner) charCol(lineStart, off int) int {
	if off > len(s.src) {
		off = len(s.src)
	}
	return utf8.RuneCount(s.src[lineStart:off])
}

// next scans the next token into tok.
func (s *scanner) next(tok *token) {
	if s.err != nil {
		tok.kind = tERROR
		return
	}
	s.scan(tok)
	if s.err != nil {
		tok.kind = tERROR
		return
	}
	if tok.kind != tNEWLINE && tok.kind != tINDENT && tok.kind != tDEDENT {
		s.lineHasToks = true
	}
	tok.depth = int32(len(s.parens))
}

func (s *scanner) scan(tok *token) {
	for {
		if s.pending != 0 {
			s.deliverPending(tok)
			return
		}
		if n := len(s.fstrings); n > 0 {
			fs := &s.fstrings[n-1]
			if len(s.parens) == fs.parenDepth {
				s.scanFStringMiddle(tok, fs, false)
				return
			}
			if p := &s.parens[len(s.parens)-1]; p.fstring && p.spec {
				s.scanFStringMiddle(tok, &s.fstrings[p.fstringBase], true)
				return
			}
		}
		if s.atBOL {
			s.atBOL = false
			s.indentation()
			if s.err != nil {
				return
			}
			if s.pending != 0 {
				continue
			}
		}
		s.commentOff = -1
		if !s.skipSpace() {
			return
		}

		tok.off = s.off
		tok.start = s.pos(s.off)
		if s.off >= len(s.src) {
			s.scanEOF(tok)
			return
		}
		c := s.src[s.off]
		if c == '\n' {
			if len(s.parens) > 0 || !s.lineHasToks {
				// Implicit line joining, or a blank line.
				s.newline()
				s.atBOL = len(s.parens) == 0
				continue
			}
			s.newline()
			tok.kind = tNEWLINE
			tok.endOff = s.off
			tok.end = Pos{Line: tok.start.Line, Col: tok.start.Col + 1}
			if s.commentOff >= 0 {
				// CPython's NEWLINE token includes a comment before it.
				tok.start.Col -= int32(tok.off - s.commentOff)
				tok.off = s.commentOff
			}
			s.atBOL = true
			s.lineHasToks = false
			return
		}
		switch {
		case isIdentStart(c):
			s.scanName(tok)
		case c >= '0' && c <= '9', c == '.' && s.peekByte(1) >= '0' && s.peekByte(1) <= '9':
			s.scanNumber(tok)
		case c == '"' || c == '\'':
			s.scanString(tok, tok.off)
		default:
			s.scanOperator(tok)
		}
		return
	}
}

// skipSpace skips spaces, tabs, form feeds, comments and line
// continuations. It reports whether it succeeded.
func (s *scanner) skipSpace() bool {
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == ' ' || c == '\t' || c == '\f' {
			s.off++
		} else if c == '#' {
			s.commentOff = s.off
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.off++
			}
		} else if c == '\\' {
			if s.off+1 >= len(s.src) {
				s.off++
				s.errorf("SyntaxError", s.line, s.charCol(s.lineStart, s.off)+1, s.line, -1, "unexpected EOF while parsing")
				return false
			}
			if s.src[s.off+1] != '\n' {
				s.errorHere(s.off+2, "unexpected character after line continuation character")
				s.err.EndCol = 0
				s.err.generic = true
				s.err.Text = sourceLine(s.src, s.line) // this one keeps its newline
				return false
			}
			s.off++
			prevStart := s.lineStart
			s.newline()
			if s.off >= len(s.src) {
				s.errorf("SyntaxError", s.line-1, s.charCol(prevStart, s.off), s.line-1, -1, "unexpected EOF while parsing")
				s.err.generic = true
				return false
			}
		} else {
			break
		}
	}
	return true
}

func (s *scanner) deliverPending(tok *token) {
	tok.start, tok.end = s.pendingPos, s.pendingPos
	tok.off, tok.endOff = s.off, s.off
	if s.pending > 0 {
		tok.kind = tINDENT
		s.pending = 0
	} else {
		tok.kind = tDEDENT
		s.pending++
	}
}

// indentation measures the indentation of a new line and queues INDENT or
// DEDENT tokens. Blank lines and lines inside brackets are left alone.
func (s *scanner) indentation() {
	col, altCol := 0, 0
	contCol, contAltCol := -1, -1
	i := s.off
	for ; i < len(s.src); i++ {
		switch s.src[i] {
		case '\\':
			// A backslash continues the indentation onto the next line,
			// but the first one fixes the level.
			if i+1 < len(s.src) && s.src[i+1] != '\n' {
				s.errorHere(i+2, "unexpected character after line continuation character")
				s.err.EndCol = 0
				s.err.generic = true
				s.err.Text = sourceLine(s.src, s.line) // this one keeps its newline
				return
			}
			if i+1 >= len(s.src) {
				break
			}
			if contCol < 0 {
				contCol, contAltCol = col, altCol
			}
			s.off = i + 1 // at the '\n'
			s.newline()
			i = s.off - 1 // the loop's i++ moves to the next line's start
			continue
		case ' ':
			col++
			altCol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altCol++
			continue
		case '\f':
			col, altCol = 0, 0
			continue
		}
		break
	}
	if i >= len(s.src) || s.src[i] == '#' || s.src[i] == '\n' || (s.src[i] == '\\' && i+1 < len(s.src) && s.src[i+1] == '\n') {
		return // blank line: no indentation processing
	}
	if len(s.parens) > 0 {
		return
	}
	if contCol >= 0 {
		col, altCol = contCol, contAltCol
	}
	top := len(s.indents) - 1
	s.pendingPos = Pos{Line: int32(s.line), Col: int32(i - s.lineStart)}
	switch {
	case col == s.indents[top]:
		if altCol != s.altIndents[top] {
			s.tabError(i)
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			s.errorf("IndentationError", s.line, 1, s.line, 0, "too many levels of indentation")
			return
		}
		if altCol <= s.altIndents[top] {
			s.tabError(i)
			return
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altCol)
		s.pending = 1
	default:
		n := 0
		for top > 0 && col < s.indents[top] {
			top--
			n++
		}
		if col != s.indents[top] {
			// CPython reports the end of the line.
			end := i
			for end < len(s.src) && s.src[end] != '\n' {
				end++
			}
			col := s.charCol(s.lineStart, end)
			if end < len(s.src) || end > s.lineStart && s.src[end-1] != '\n' {
				// Past the newline; CPython's tokenizer supplies the
				// newline a last line lacks.
				col++
			}
			s.errorf("IndentationError", s.line, col, s.line, -1, "unindent does not match any outer indentation level")
			return
		}
		if altCol != s.altIndents[top] {
			s.tabError(i)
			return
		}
		s.indents = s.indents[:top+1]
		s.altIndents = s.altIndents[:top+1]
		s.pending = -n
	}
	s.off = i
	return
}

func (s *scanner) tabError(i int) {
	s.errorf("TabError", s.line, 1, s.line, 0, "inconsistent use of tabs and spaces in indentation")
}

// scanEOF produces the tokens that end the input: a NEWLINE if the last
// line lacked one, DEDENTs back to column 0, then EOF.
func (s *scanner) scanEOF(tok *token) {
	tok.endOff = s.off
	if n := len(s.fstrings); n > 0 && len(s.parens) == s.fstrings[n-1].parenDepth {
		s.unterminatedFString(s.fstrings[n-1])
		return
	}
	if len(s.parens) > 0 {
		// The parser turns this into "'(' was never closed".
		tok.kind = tERROR
		return
	}
	if s.lineHasToks {
		s.lineHasToks = false
		tok.kind = tNEWLINE
		tok.end = tok.start
		tok.end.Col++
		return
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		tok.kind = tDEDENT
		tok.end = tok.start
		return
	}
	tok.kind = tEOF
	tok.end = tok.start
}

func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentByte(c byte) bool {
	return isIdentStart(c) || '0' <= c && c <= '9'
}

func isXIDStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || r == '_' ||
		unicode.Is(unicode.Other_ID_Start, r)
}

func isXIDContinue(r rune) bool {
	return isXIDStart(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

// scanName scans an identifier, a keyword, or a string prefix.
func (s *scanner) scanName(tok *token) {
	start := s.off
	// A string prefix is at most two letters from "rbuf", in a valid pairing.
	var sawB, sawR, sawU, sawF bool
	for s.off < len(s.src) {
		c := s.src[s.off]
		switch c | 0x20 {
		case 'b':
			if sawB || sawU || sawF {
				goto name
			}
			sawB = true
		case 'r':
			if sawR || sawU {
				goto name
			}
			sawR = true
		case 'u':
			if sawB || sawR || sawU || sawF {
				goto name
			}
			sawU = true
		case 'f':
			if sawF || sawB || sawU {
				goto name
			}
			sawF = true
		default:
			goto name
		}
		s.off++
		if q := s.peekByte(0); q == '"' || q == '\'' {
			if sawF {
				s.startFString(tok, start, sawR)
			} else {
				s.scanString(tok, start)
			}
			return
		}
	}
name:
	ascii := true
	for s.off < len(s.src) && isIdentByte(s.src[s.off]) {
		if s.src[s.off] >= 0x80 {
			ascii = false
		}
		s.off++
	}
	if !ascii && !s.verifyIdentifier(start) {
		return
	}
	tok.kind = tNAME
	tok.nfkc = !ascii && needsNFKC(s.src[start:s.off])
	if n := s.off - start; n >= 2 && n <= 8 && ascii {
		tok.kind = keyword(s.src[start:s.off])
	}
	tok.endOff = s.off
	tok.end = s.pos(s.off)
}

// verifyIdentifier checks the non-ASCII identifier src[start:s.off],
// reporting CPython's "invalid character" error if it contains a code point
// that cannot appear in an identifier.
func (s *scanner) verifyIdentifier(start int) bool {
	first := true
	for i := start; i < s.off; {
		r, size := utf8.DecodeRune(s.src[i:])
		ok := r != utf8.RuneError || size > 1
		if ok {
			if first {
				ok = isXIDStart(r)
			} else {
				ok = isXIDContinue(r)
			}
		}
		if !ok {
			c := s.charCol(s.lineStart, i) + 1
			if r == utf8.RuneError && size <= 1 {
				s.errorf("SyntaxError", s.line, c, s.line, c, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", s.src[i], i-s.lineStart)
			} else if unicode.IsPrint(r) {
				s.errorf("SyntaxError", s.line, c, s.line, c, "invalid character '%c' (U+%04X)", r, r)
			} else {
				s.errorf("SyntaxError", s.line, c, s.line, c, "invalid non-printable character U+%04X", r)
			}
			return false
		}
		first = false
		i += size
	}
	return true
}

// scanNumber scans a numeric literal. Its value is computed by the parser.
func (s *scanner) scanNumber(tok *token) {
	start := s.off
	digits := func(ok func(byte) bool) bool {
		for {
			for s.off < len(s.src) && ok(s.src[s.off]) {
				s.off++
			}
			if s.peekByte(0) != '_' {
				return true
			}
			s.off++
			if !ok(s.peekByte(0)) {
				return false
			}
		}
	}
	isDec := func(c byte) bool { return '0' <= c && c <= '9' }
	c := s.src[s.off]
	if c == '0' && (s.peekByte(1)|0x20 == 'x' || s.peekByte(1)|0x20 == 'o' || s.peekByte(1)|0x20 == 'b') {
		var ok func(byte) bool
		var what string
		switch s.peekByte(1) | 0x20 {
		case 'x':
			ok = func(c byte) bool { return isDec(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
			what = "hexadecimal"
		case 'o':
			ok = func(c byte) bool { return '0' <= c && c <= '7' }
			what = "octal"
		default:
			ok = func(c byte) bool { return c == '0' || c == '1' }
			what = "binary"
		}
		s.off += 2
		if s.peekByte(0) == '_' {
			s.off++
		}
		if !ok(s.peekByte(0)) {
			if isDec(s.peekByte(0)) {
				s.errorHere(s.off+1, "invalid digit '%c' in %s literal", s.peekByte(0), what)
			} else {
				s.errorHere(s.off, "invalid %s literal", what)
			}
			return
		}
		if !digits(ok) {
			s.errorHere(s.off, "invalid %s literal", what)
			return
		}
		if isDec(s.peekByte(0)) {
			s.errorHere(s.off+1, "invalid digit '%c' in %s literal", s.peekByte(0), what)
			return
		}
		if !s.verifyEndOfNumber(what) {
			return
		}
		s.finishNumber(tok)
		return
	}

	if c == '0' {
		// Leading zeros are allowed only in zero itself, a float, or an
		// imaginary literal.
		for {
			if s.peekByte(0) == '_' {
				s.off++
				if !isDec(s.peekByte(0)) {
					s.errorHere(s.off, "invalid decimal literal")
					return
				}
			}
			if s.peekByte(0) != '0' {
				break
			}
			s.off++
		}
		zerosEnd := s.off
		nonzero := false
		if isDec(s.peekByte(0)) {
			nonzero = true
			if !digits(isDec) {
				s.errorHere(s.off, "invalid decimal literal")
				return
			}
		}
		if p := s.peekByte(0); p != '.' && p|0x20 != 'e' && p|0x20 != 'j' && nonzero {
			// CPython reports the start of the literal.
			c := s.charCol(s.lineStart, start) + 1
			s.errorf("SyntaxError", s.line, c, s.line, s.charCol(s.lineStart, zerosEnd)+1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			return
		}
	} else if c != '.' {
		if !digits(isDec) {
			s.errorHere(s.off, "invalid decimal literal")
			return
		}
	}
	if s.peekByte(0) == '.' {
		s.off++
		if isDec(s.peekByte(0)) && !digits(isDec) {
			s.errorHere(s.off, "invalid decimal literal")
			return
		}
	}
	if s.peekByte(0)|0x20 == 'e' {
		save := s.off
		s.off++
		if p := s.peekByte(0); p == '+' || p == '-' {
			s.off++
			if !isDec(s.peekByte(0)) {
				s.errorHere(s.off, "invalid decimal literal")
				return
			}
		} else if !isDec(s.peekByte(0)) {
			s.off = save
			if !s.verifyEndOfNumber("decimal") {
				return
			}
			s.finishNumber(tok)
			return
		}
		if !digits(isDec) {
			s.errorHere(s.off, "invalid decimal literal")
			return
		}
	}
	if s.peekByte(0)|0x20 == 'j' {
		s.off++
		if !s.verifyEndOfNumber("imaginary") {
			return
		}
	} else if !s.verifyEndOfNumber("decimal") {
		return
	}
	s.finishNumber(tok)
}

// verifyEndOfNumber reports an error if a number runs straight into an
// identifier, as in "1abc". CPython allows (with a warning) a following
// keyword such as "1if x else y".
func (s *scanner) verifyEndOfNumber(what string) bool {
	c := s.peekByte(0)
	if c >= 0x80 || !isIdentByte(c) {
		return true
	}
	// As in CPython, "if", "in" and "is" need not end there.
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if s.off+len(kw) <= len(s.src) && string(s.src[s.off:s.off+len(kw)]) == kw {
			if len(kw) == 2 && kw[0] == 'i' || s.off+len(kw) == len(s.src) || !isIdentByte(s.src[s.off+len(kw)]) {
				return true
			}
		}
	}
	// CPython points at the character after the offending one, and
	// reports "invalid decimal literal" with the start of the literal
	// underlined when the number is followed by a name.
	s.off++
	s.errorHere(s.off, "invalid %s literal", what)
	s.err.Col = s.charCol(s.lineStart, s.off-1)
	s.err.EndCol = s.err.Col
	if s.err.Col < 1 {
		s.err.Col, s.err.EndCol = 1, 1
	}
	return false
}

func (s *scanner) finishNumber(tok *token) {
	tok.kind = tNUMBER
	tok.endOff = s.off
	tok.end = s.pos(s.off)
}

// scanString scans a non-f string literal starting at the prefix at start,
// with s.off at the opening quote. The parser decodes its value.
func (s *scanner) scanString(tok *token, start int) {
	quote := s.src[s.off]
	triple := s.peekByte(1) == quote && s.peekByte(2) == quote
	startLine, startLineStart := s.line, s.lineStart
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	for {
		if s.off >= len(s.src) || (!triple && s.src[s.off] == '\n') {
			c := s.charCol(startLineStart, start) + 1
			if n := len(s.fstrings); n > 0 && s.fstrings[n-1].quote == quote && s.fstrings[n-1].triple == triple {
				// The quote must have been meant to end the f-string.
				s.errorf("SyntaxError", startLine, c, startLine, c, "f-string: expecting '}'")
				return
			}
			what := "string"
			if triple {
				what = "triple-quoted string"
			}
			line := s.line
			if s.off >= len(s.src) && s.off > 0 && s.src[s.off-1] == '\n' {
				line--
			}
			s.errorf("SyntaxError", startLine, c, startLine, c, "unterminated %s literal (detected at line %d)", what, line)
			return
		}
		c := s.src[s.off]
		if c == quote {
			if !triple {
				s.off++
				break
			}
			if s.peekByte(1) == quote && s.peekByte(2) == quote {
				s.off += 3
				break
			}
			s.off++
			continue
		}
		if c == '\\' && s.off+1 < len(s.src) {
			s.off++
			if s.src[s.off] == '\n' {
				s.newline()
			} else {
				s.off++
			}
			continue
		}
		if c == '\n' {
			s.newline()
			continue
		}
		s.off++
	}
	tok.kind = tSTRING
	tok.off = start
	tok.start = Pos{Line: int32(startLine), Col: int32(start - startLineStart)}
	tok.endOff = s.off
	tok.end = s.pos(s.off)
}

// startFString scans the FSTRING_START token: prefix and opening quote.
func (s *scanner) startFString(tok *token, start int, raw bool) {
	if len(s.fstrings) >= maxFStrings {
		s.errorHere(start+1, "too many nested f-strings")
		return
	}
	quote := s.src[s.off]
	triple := s.peekByte(1) == quote && s.peekByte(2) == quote
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	s.fstrings = append(s.fstrings, fstringState{
		quote: quote, triple: triple, raw: raw,
		start: s.pos(start), startOff: start,
		parenDepth: len(s.parens),
	})
	tok.kind = tFSTRING_START
	tok.off = start
	tok.start = s.pos(start)
	tok.endOff = s.off
	tok.end = s.pos(s.off)
}

// scanFStringMiddle scans literal text of an f-string, or of a format spec
// within one, up to the next replacement field or the end of the string.
// It may instead produce the FSTRING_END, '{' or '}' token that ends it.
func (s *scanner) scanFStringMiddle(tok *token, fs *fstringState, spec bool) {
	tok.off = s.off
	tok.start = s.pos(s.off)
	for {
		if s.off >= len(s.src) || (!fs.triple && s.src[s.off] == '\n') {
			if spec && s.off < len(s.src) {
				// A format spec cannot span lines in a single-quoted f-string.
				break
			}
			s.unterminatedFString(*fs)
			return
		}
		c := s.src[s.off]
		if c == fs.quote && (!fs.triple || s.peekByte(1) == c && s.peekByte(2) == c) {
			if spec {
				// The string ends with the replacement field still open.
				col := s.charCol(s.lineStart, s.off) + 1
				s.errorf("SyntaxError", s.line, col, s.line, col+1, "f-string: expecting '}', or format specs")
				return
			}
			if s.off > tok.off {
				break // deliver the text first
			}
			if fs.triple {
				s.off += 3
			} else {
				s.off++
			}
			s.fstrings = s.fstrings[:len(s.fstrings)-1]
			tok.kind = tFSTRING_END
			tok.endOff = s.off
			tok.end = s.pos(s.off)
			return
		}
		if c == '{' {
			if !spec && s.peekByte(1) == '{' {
				s.off += 2
				continue
			}
			break
		}
		if c == '}' {
			if !spec {
				if s.peekByte(1) == '}' {
					s.off += 2
					continue
				}
				s.errorHere(s.off+1, "f-string: single '}' is not allowed")
				return
			}
			break
		}
		if c == '\\' && s.off+1 < len(s.src) && s.src[s.off+1] != '{' && s.src[s.off+1] != '}' {
			// A backslash escapes the next character, except a brace,
			// which keeps its meaning (CPython warns of "\{").
			if !fs.raw && s.src[s.off+1] == 'N' && s.peekByte(2) == '{' {
				// \N{NAME}: the braces belong to the escape.
				s.off += 3
				for s.off < len(s.src) && s.src[s.off] != '}' && s.src[s.off] != fs.quote && s.src[s.off] != '\n' {
					s.off++
				}
				if s.off < len(s.src) && s.src[s.off] == '}' {
					s.off++
				}
				continue
			}
			s.off++
		}
		if s.off < len(s.src) && s.src[s.off] == '\n' {
			s.newline()
		} else {
			s.off++
		}
	}
	if s.off > tok.off {
		tok.kind = tFSTRING_MIDDLE
		tok.endOff = s.off
		tok.end = s.pos(s.off)
		return
	}
	// An empty middle: the delimiter itself.
	if s.off < len(s.src) && (s.src[s.off] == '{' || s.src[s.off] == '}') {
		s.scanOperator(tok)
		return
	}
	// A newline in the format spec of a single-quoted f-string.
	s.unterminatedFString(*fs)
}

func (s *scanner) unterminatedFString(fs fstringState) {
	line := s.line
	what := "f-string"
	if fs.triple {
		what = "triple-quoted f-string"
		if s.off >= len(s.src) && s.off > 0 && s.src[s.off-1] == '\n' {
			line--
		}
	}
	c := utf8.RuneCount(s.src[fs.startOff-int(fs.start.Col):fs.startOff]) + 1
	s.errorf("SyntaxError", int(fs.start.Line), c, int(fs.start.Line), c, "unterminated %s literal (detected at line %d)", what, line)
}

// scanOperator scans an operator or delimiter.
func (s *scanner) scanOperator(tok *token) {
	c := s.src[s.off]
	c1, c2 := s.peekByte(1), s.peekByte(2)
	n := 1
	var k tokenKind
	switch c {
	case '(':
		k = tLPAR
	case ')':
		k = tRPAR
	case '[':
		k = tLSQB
	case ']':
		k = tRSQB
	case '{':
		k = tLBRACE
	case '}':
		k = tRBRACE
	case ',':
		k = tCOMMA
	case ';':
		k = tSEMI
	case '~':
		k = tTILDE
	case ':':
		k = tCOLON
		if c1 == '=' && !s.atFStringField() {
			k, n = tWALRUS, 2
		}
	case '.':
		k = tDOT
		if c1 == '.' && c2 == '.' {
			k, n = tELLIPSIS, 3
		}
	case '+':
		k = tPLUS
		if c1 == '=' {
			k, n = tPLUSEQ, 2
		}
	case '-':
		k = tMINUS
		if c1 == '=' {
			k, n = tMINUSEQ, 2
		} else if c1 == '>' {
			k, n = tRARROW, 2
		}
	case '*':
		k = tSTAR
		if c1 == '*' {
			k, n = tDSTAR, 2
			if c2 == '=' {
				k, n = tDSTAREQ, 3
			}
		} else if c1 == '=' {
			k, n = tSTAREQ, 2
		}
	case '/':
		k = tSLASH
		if c1 == '/' {
			k, n = tDSLASH, 2
			if c2 == '=' {
				k, n = tDSLASHEQ, 3
			}
		} else if c1 == '=' {
			k, n = tSLASHEQ, 2
		}
	case '%':
		k = tPERCENT
		if c1 == '=' {
			k, n = tPERCENTEQ, 2
		}
	case '@':
		k = tAT
		if c1 == '=' {
			k, n = tATEQ, 2
		}
	case '|':
		k = tVBAR
		if c1 == '=' {
			k, n = tVBAREQ, 2
		}
	case '&':
		k = tAMPER
		if c1 == '=' {
			k, n = tAMPEREQ, 2
		}
	case '^':
		k = tCIRCUMFLEX
		if c1 == '=' {
			k, n = tCIRCUMFLEXEQ, 2
		}
	case '=':
		k = tEQUAL
		if c1 == '=' {
			k, n = tEQEQUAL, 2
		}
	case '!':
		k = tEXCLAIM
		if c1 == '=' {
			k, n = tNOTEQUAL, 2
		}
	case '<':
		k = tLESS
		switch c1 {
		case '=':
			k, n = tLESSEQ, 2
		case '<':
			k, n = tLSHIFT, 2
			if c2 == '=' {
				k, n = tLSHIFTEQ, 3
			}
		case '>':
			k, n = tNOTEQUAL, 2 // "<>" is rejected by the parser
		}
	case '>':
		k = tGREATER
		switch c1 {
		case '=':
			k, n = tGREATEREQ, 2
		case '>':
			k, n = tRSHIFT, 2
			if c2 == '=' {
				k, n = tRSHIFTEQ, 3
			}
		}
	default:
		if c < 0x80 && unicode.IsPrint(rune(c)) {
			// Like CPython, make an operator of '$', '?' or '`' that
			// the parser will reject.
			k = tUNKNOWN
			break
		}
		s.errorInvalidChar()
		return
	}

	// Track brackets, and f-string format specs.
	switch k {
	case tLPAR, tLSQB, tLBRACE:
		if len(s.parens) >= maxParens {
			s.errorHere(s.off+1, "too many nested parentheses")
			return
		}
		p := paren{char: c, line: s.line, col: s.off - s.lineStart, off: s.off}
		if n := len(s.fstrings); n > 0 && k == tLBRACE {
			fs := s.fstrings[n-1]
			top := len(s.parens)
			if top == fs.parenDepth || (top > 0 && s.parens[top-1].fstring && s.parens[top-1].spec) {
				p.fstring = true
				p.fstringBase = n - 1
				fields := 0
				for _, q := range s.parens {
					if q.fstring && q.fstringBase == n-1 {
						fields++
					}
				}
				if fields >= 3 {
					// CPython's MAX_EXPR_NESTING: a field in a spec in
					// a spec in a spec.
					s.errorHere(s.off, "f-string: expressions nested too deeply")
					return
				}
			}
		}
		s.parens = append(s.parens, p)
	case tRPAR, tRSQB, tRBRACE:
		if len(s.parens) == 0 || (len(s.fstrings) > 0 && len(s.parens) == s.fstrings[len(s.fstrings)-1].parenDepth) {
			if len(s.fstrings) > 0 && k == tRBRACE {
				s.errorHere(s.off+1, "f-string: single '}' is not allowed")
				return
			}
			s.errorHere(s.off+1, "unmatched '%c'", c)
			return
		}
		open := s.parens[len(s.parens)-1]
		if want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[open.char]; want != c {
			if open.fstring {
				s.errorHere(s.off+1, "f-string: unmatched '%c'", c)
				return
			}
			if open.line != s.line {
				s.errorHere(s.off+1, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.char, open.line)
			} else {
				s.errorHere(s.off+1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.char)
			}
			return
		}
		s.parens = s.parens[:len(s.parens)-1]
	case tCOLON:
		if top := len(s.parens); top > 0 && s.parens[top-1].fstring && !s.parens[top-1].spec &&
			len(s.fstrings) > 0 && s.parens[top-1].fstringBase == len(s.fstrings)-1 {
			s.parens[top-1].spec = true
		}
	}
	s.off += n
	tok.kind = k
	tok.endOff = s.off
	tok.end = s.pos(s.off)
}

// atFStringField reports whether the innermost bracket is the '{' of an
// f-string replacement field, where ':' begins the format spec.
func (s *scanner) atFStringField() bool {
	top := len(s.parens)
	return top > 0 && s.parens[top-1].fstring && !s.parens[top-1].spec
}

func (s *scanner) errorInvalidChar() {
	r, size := utf8.DecodeRune(s.src[s.off:])
	if r == utf8.RuneError && size <= 1 && s.src[s.off] >= 0x80 {
		s.verifyIdentifier(s.off)
		return
	}
	c := s.charCol(s.lineStart, s.off) + 1
	if unicode.IsPrint(r) {
		s.errorf("SyntaxError", s.line, c, s.line, c, "invalid character '%c' (U+%04X)", r, r)
	} else {
		s.errorf("SyntaxError", s.line, c, s.line, c, "invalid non-printable character U+%04X", r)
	}
}

package syntax

// This file defines the parser, a hand-written recursive-descent parser for
// the Python 3.12 grammar (Grammar/python.gram in CPython).
//
// CPython's parser is a PEG parser with unlimited backtracking, run twice:
// once for speed, then, if that fails, again with the grammar's "invalid_"
// rules enabled to find a helpful message. This parser instead commits to
// one alternative whenever a token or two of lookahead allow it, and checks
// for the common mistakes at the point where the valid grammar fails, so
// that it reports the same message at the same place as CPython in the
// cases people meet. It backtracks only for the soft keyword "match" and
// for parenthesized with-items, where the grammar itself is ambiguous, and,
// once parsing has failed, to look ahead for a better message.
//
// Errors unwind the parser by panicking with bailout, recovered in Parse;
// the first error wins. Tokens are scanned on demand into a buffer, so
// that looking ahead and backtracking are cheap, and so that, as in
// CPython, a syntax error is reported before a tokenizer error further on.
//
// Node positions follow CPython's EXTRA convention: a node starts at the
// first token of the rule that built it and ends at the last token that
// rule consumed. A parenthesized expression keeps the span of its inside,
// but a binary operation with it as left operand starts at the '('.

import (
	"bytes"
	"strings"
)

// Mode selects the start symbol of the grammar.
type Mode uint8

const (
	ModeExec   Mode = iota // a module: Module.Body holds the statements
	ModeEval               // one expression: Module.Body is a single *ExprStmt
	ModeSingle             // one interactive statement (REPL); a bare expression statement is still *ExprStmt
)

// maxDepth bounds the parser's recursion, so that absurdly nested input
// yields a SyntaxError rather than exhausting the stack. CPython's own
// limits (200 nested brackets, 100 indentation levels) are lower in
// practice; this catches what they don't, such as "- - - ... x".
const maxDepth = 1000

// Parse parses src as Python source from filename. The error, if any, is a
// *Error.
func Parse(filename string, src []byte, mode Mode) (mod *Module, err error) {
	return parse(filename, src, mode, false)
}

// ParseBytes is Parse for source that was bytes, as a file's is, rather
// than a str: without a coding declaration or byte order mark, the
// columns of parser errors are then byte offsets, as in CPython.
func ParseBytes(filename string, src []byte, mode Mode) (mod *Module, err error) {
	return parse(filename, src, mode, true)
}

func parse(filename string, src []byte, mode Mode, fromBytes bool) (mod *Module, err error) {
	src = normalizeNewlines(src)
	byteCols := fromBytes && codingCookie(src) == "" && !bytes.HasPrefix(src, utf8BOM)
	src, encErr := decodeSource(filename, src)
	if encErr != nil {
		return nil, encErr
	}
	p := &parser{filename: filename, src: src, sc: newScanner(filename, src), mode: mode}
	if byteCols {
		p.lines = newLineIndex(src)
		p.lines.byteCols = true
	}
	// Python averages a token per three or four bytes; guessing well
	// saves the parser from copying its token buffer as it grows.
	p.toks = make([]token, 0, len(src)/3+16)
	p.names = make(map[string]string)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			e := p.finalError()
			if mode != ModeExec && len(src) > 0 && src[len(src)-1] != '\n' {
				// Only file input (exec) gets an implicit final newline
				// in CPython's tokenizer; eval and single keep the text
				// as given.
				if e != nil && e.Line == bytes.Count(src, []byte("\n"))+1 {
					e.Text = strings.TrimSuffix(e.Text, "\n")
				}
			}
			mod, err = nil, e
		}
	}()
	if e := p.checkSource(); e != nil {
		return nil, e
	}
	mod = &Module{Filename: filename}
	switch mode {
	case ModeEval:
		start := p.tok().start
		e := p.starExpressions()
		for p.tok().kind == tNEWLINE {
			p.next()
		}
		if p.tok().kind != tEOF {
			p.syntaxError()
		}
		mod.Body = []Stmt{&ExprStmt{Span{start, e.GetSpan().End}, e}}
	case ModeSingle:
		switch p.tok().kind {
		case tNEWLINE, tEOF:
		default:
			compound := p.isCompoundStart()
			mod.Body = p.statement(nil)
			if _, ok := mod.Body[0].(*Match); ok {
				compound = true
			}
			if k := p.tok().kind; k != tEOF {
				if compound || k == tERROR {
					p.syntaxError()
				}
				// CPython blames the end of the first statement.
				p.errorAtTok(&p.toks[p.i-1], "multiple statements found while compiling a single statement")
			}
		}
	default:
		for p.tok().kind != tEOF {
			mod.Body = p.statement(mod.Body)
		}
	}
	mod.Warnings = p.warnings
	return mod, nil
}

// normalizeNewlines converts \r\n and \r line endings to \n, as CPython's
// file reader does, so that the scanner need only know '\n'.
func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' {
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, src[i])
	}
	return out
}

// bailout is panicked to unwind the parser after the first error.
type bailout struct{}

type parser struct {
	filename string
	src      []byte
	sc       *scanner
	mode     Mode
	toks     []token // every token scanned so far
	i        int     // index in toks of the current token
	prevEnd  Pos     // end of the last consumed token
	depth    int
	lines    *lineIndex
	err      *Error
	names    map[string]string // interned identifiers

	// firstPassEnd is, once the parser has begun looking for a better
	// message than "invalid syntax", the number of tokens it had read
	// before; 0 until then.
	firstPassEnd int
	speculating  int  // depth of trySpeculative calls
	definitive   bool // the error is final even within trySpeculative
	// final is set when the error is one that CPython reports without
	// scanning the rest of the input for tokenizer errors.
	final bool
	// warnings are the SyntaxWarnings found so far; warnedAt holds the
	// offsets of their tokens, so that a token parsed again (speculation)
	// warns once.
	warnings []Warning
	warnedAt map[int]bool
}

// checkSource rejects input that CPython refuses before tokenizing.
func (p *parser) checkSource() *Error {
	for i, c := range p.src {
		if c == 0 {
			line := 1
			for _, c := range p.src[:i] {
				if c == '\n' {
					line++
				}
			}
			e := newError(p.filename, p.src, "SyntaxError", 0, 0, 0, 0, "source code string cannot contain null bytes")
			e.Text = sourceLine(p.src, line)
			return e
		}
	}
	return nil
}

// tok returns the current token.
func (p *parser) tok() *token { return p.peek(0) }

// peek returns the token n places after the current one.
func (p *parser) peek(n int) *token {
	i := p.i + n
	for len(p.toks) <= i {
		if k := len(p.toks); k > 0 && (p.toks[k-1].kind == tEOF || p.toks[k-1].kind == tERROR) {
			return &p.toks[k-1]
		}
		p.toks = append(p.toks, token{})
		p.sc.next(&p.toks[len(p.toks)-1])
	}
	return &p.toks[i]
}

// next consumes the current token.
func (p *parser) next() *token {
	t := p.tok()
	if t.kind == tERROR {
		p.syntaxError()
	}
	if t.kind != tNEWLINE && t.kind != tINDENT && t.kind != tDEDENT {
		// CPython ends a node at its last token that is not whitespace.
		p.prevEnd = t.end
	}
	if p.i < len(p.toks)-1 || (t.kind != tEOF) {
		p.i++
	}
	return t
}

func (p *parser) got(k tokenKind) bool {
	if p.tok().kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k tokenKind) *token {
	if p.tok().kind != k {
		p.syntaxError()
	}
	return p.next()
}

// expectForced is CPython's forced token (&&'x'): its absence is reported
// as "expected 'x'" wherever it happens.
func (p *parser) expectForced(k tokenKind, what string) *token {
	if p.tok().kind != k {
		if p.tok().kind == tERROR {
			p.syntaxError()
		}
		p.errorAtTok(p.tok(), "expected '%s'", what)
	}
	return p.next()
}

// expectColon expects the ':' ending a compound statement's header. Like
// CPython, it says "expected ':'" only if the line ends there.
func (p *parser) expectColon() {
	if p.tok().kind != tCOLON {
		if p.tok().kind == tNEWLINE {
			p.errorAtTok(p.tok(), "expected ':'")
		}
		p.syntaxError()
	}
	p.next()
}

func (p *parser) isName(s string) bool {
	t := p.tok()
	return t.kind == tNAME && string(p.src[t.off:t.endOff]) == s
}

// text returns the source text of t. Identifiers recur, so their strings
// are shared.
func (p *parser) text(t *token) string {
	b := p.src[t.off:t.endOff]
	if t.kind != tNAME {
		return string(b)
	}
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	if t.nfkc {
		s = normalizeName(b)
	}
	p.names[string(b)] = s
	return s
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		// CPython raises MemoryError with this message.
		p.final = true
		p.errorAtTok(p.tok(), "Parser stack overflowed - Python source too complex to parse")
	}
}

func (p *parser) leave() { p.depth-- }

// ---- Statements ---------------------------------------------------------

// statement parses one statement (a line of simple statements yields
// several) and appends it to list.
func (p *parser) statement(list []Stmt) []Stmt {
	if p.isCompoundStart() {
		return append(list, p.compoundStmt())
	}
	t := p.tok()
	switch t.kind {
	case tINDENT:
		p.syntaxError()
	case tNAME:
		if p.isName("match") {
			s, newline := p.tryMatch()
			if s != nil {
				return append(list, s)
			}
			if newline != nil {
				// "match x" then a newline: unless the line is valid as
				// it stands, the colon is missing.
				p.optional(func() { list = p.simpleStmts(list) }, newline, "expected ':'")
				return list
			}
		}
	case tERROR:
		p.syntaxError()
	}
	return p.simpleStmts(list)
}

// isCompoundStart reports whether the current token begins a compound
// statement other than match, which only parsing can recognize.
func (p *parser) isCompoundStart() bool {
	switch p.tok().kind {
	case tDEF, tCLASS, tIF, tWHILE, tFOR, tTRY, tWITH, tAT, tASYNC:
		return true
	}
	return false
}

func (p *parser) compoundStmt() Stmt {
	p.enter()
	defer p.leave()
	switch p.tok().kind {
	case tDEF:
		return p.funcDef(p.tok().start, nil, false)
	case tCLASS:
		return p.classDef(nil)
	case tIF:
		return p.ifStmt()
	case tWHILE:
		return p.whileStmt()
	case tFOR:
		return p.forStmt(p.tok().start, false)
	case tTRY:
		return p.tryStmt()
	case tWITH:
		return p.withStmt(p.tok().start, false)
	case tAT:
		return p.decorated()
	case tASYNC:
		start := p.next().start
		switch p.tok().kind {
		case tDEF:
			return p.funcDef(start, nil, true)
		case tFOR:
			return p.forStmt(start, true)
		case tWITH:
			return p.withStmt(start, true)
		}
		p.syntaxError()
	}
	panic("unreachable")
}

// simpleStmts parses simple statements separated by ';' up to a NEWLINE.
func (p *parser) simpleStmts(list []Stmt) []Stmt {
	for {
		list = append(list, p.simpleStmt())
		if !p.got(tSEMI) {
			break
		}
		if p.tok().kind == tNEWLINE {
			break
		}
	}
	if p.tok().kind != tNEWLINE {
		p.exploreExpression()
		p.syntaxError()
	}
	p.next()
	return list
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.start
	switch t.kind {
	case tPASS:
		p.next()
		return &Pass{Span{start, p.prevEnd}}
	case tBREAK:
		p.next()
		return &Break{Span{start, p.prevEnd}}
	case tCONTINUE:
		p.next()
		return &Continue{Span{start, p.prevEnd}}
	case tRETURN:
		p.next()
		var x Expr
		if !p.atStmtEnd() {
			x = p.starExpressions()
		}
		return &Return{Span{start, p.prevEnd}, x}
	case tRAISE:
		p.next()
		s := &Raise{}
		if !p.atStmtEnd() {
			s.Exc = p.expression()
			if p.got(tFROM) {
				s.Cause = p.expression()
			}
		}
		s.Span = Span{start, p.prevEnd}
		return s
	case tGLOBAL, tNONLOCAL:
		p.next()
		var names []string
		for {
			names = append(names, p.name())
			if !p.got(tCOMMA) {
				break
			}
		}
		if t.kind == tGLOBAL {
			return &Global{Span{start, p.prevEnd}, names}
		}
		return &Nonlocal{Span{start, p.prevEnd}, names}
	case tDEL:
		p.next()
		targets := p.delTargets()
		return &Delete{Span{start, p.prevEnd}, targets}
	case tASSERT:
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(tCOMMA) {
			s.Msg = p.expression()
		}
		s.Span = Span{start, p.prevEnd}
		return s
	case tIMPORT:
		return p.importStmt()
	case tFROM:
		return p.fromImport()
	case tNAME:
		if p.isName("type") {
			if k := p.peek(1).kind; k == tNAME {
				if k2 := p.peek(2).kind; k2 == tEQUAL || k2 == tLSQB {
					return p.typeAlias()
				}
			}
		}
	}
	return p.exprStmt()
}

// atStmtEnd reports whether the current token ends a simple statement.
func (p *parser) atStmtEnd() bool {
	k := p.tok().kind
	return k == tNEWLINE || k == tSEMI || k == tEOF
}

func (p *parser) name() string {
	t := p.tok()
	if t.kind != tNAME {
		p.syntaxError()
	}
	p.next()
	return p.text(t)
}

func (p *parser) nameExpr(ctx ExprContext) *Name {
	t := p.tok()
	if t.kind != tNAME {
		p.syntaxError()
	}
	p.next()
	return &Name{Span{t.start, t.end}, p.text(t), ctx}
}

func (p *parser) typeAlias() Stmt {
	start := p.next().start
	name := p.nameExpr(Store)
	var tps []*TypeParam
	if p.tok().kind == tLSQB {
		tps = p.typeParams()
	}
	p.expect(tEQUAL)
	v := p.expression()
	return &TypeAlias{Span{start, p.prevEnd}, name, tps, v}
}

func (p *parser) importStmt() Stmt {
	start := p.next().start
	var names []*Alias
	for {
		a := &Alias{}
		as := p.tok().start
		a.Name = p.dottedName()
		if p.got(tAS) {
			a.AsName = p.name()
		}
		a.Span = Span{as, p.prevEnd}
		names = append(names, a)
		if !p.got(tCOMMA) {
			break
		}
	}
	if p.tok().kind == tFROM {
		p.next()
		p.dottedName()
		p.errorStartingFrom(start, p.tok(), "Did you mean to use 'from ... import ...' instead?")
	}
	return &Import{Span{start, p.prevEnd}, names}
}

func (p *parser) dottedName() string {
	s := p.name()
	for p.tok().kind == tDOT {
		p.next()
		s += "." + p.name()
	}
	return s
}

func (p *parser) fromImport() Stmt {
	start := p.next().start
	s := &ImportFrom{}
	for {
		if p.got(tDOT) {
			s.Level++
		} else if p.got(tELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || p.tok().kind != tIMPORT {
		s.Module = p.dottedName()
	}
	p.expect(tIMPORT)
	if t := p.tok(); t.kind == tSTAR {
		p.next()
		s.Names = []*Alias{{Span: Span{t.start, t.end}, Name: "*"}}
	} else {
		paren := p.got(tLPAR)
		for {
			a := &Alias{}
			as := p.tok().start
			a.Name = p.name()
			if p.got(tAS) {
				a.AsName = p.name()
			}
			a.Span = Span{as, p.prevEnd}
			s.Names = append(s.Names, a)
			if !p.got(tCOMMA) {
				break
			}
			if paren && p.tok().kind == tRPAR {
				break
			}
			if !paren && p.atStmtEnd() {
				p.errorAtTok(p.tok(), "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(tRPAR)
		}
	}
	s.Span = Span{start, p.prevEnd}
	return s
}

// exprStmt parses an expression statement or an assignment of any kind.
func (p *parser) exprStmt() Stmt {
	first := p.tok()
	start := first.start
	var x Expr
	if first.kind == tYIELD {
		x = p.yieldExpr()
	} else {
		x = p.starExpressions()
	}
	switch k := p.tok().kind; {
	case k == tEQUAL:
		if invalidTarget(x, Store) != nil {
			p.invalidAssignment(x)
		}
		targets := []Expr{x}
		for p.got(tEQUAL) {
			var v Expr
			if p.tok().kind == tYIELD {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			targets = append(targets, v)
		}
		value := targets[len(targets)-1]
		targets = targets[:len(targets)-1]
		for _, t := range targets {
			switch t.(type) {
			case *Yield, *YieldFrom:
				p.errorAt(t.GetSpan(), "assignment to yield expression not possible")
			}
			p.setContext(t, Store)
		}
		return &Assign{Span{start, p.prevEnd}, targets, value}
	case k == tCOLON:
		switch x.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.explore()
		}
		p.next()
		ann := p.expression()
		simple := false
		switch t := x.(type) {
		case *Name, *Attribute, *Subscript:
			simple = t.GetSpan().Start == start && isName(t)
			setCtx(t, Store)
		case *Tuple:
			if len(t.Elts) == 0 {
				p.errorAt(x.GetSpan(), "only single target (not tuple) can be annotated")
			}
			if sp := t.Elts[0].GetSpan(); sp.Start == t.Start {
				// Without parentheses, CPython blames the first element.
				p.errorAt(sp, "only single target (not tuple) can be annotated")
			}
			p.errorAt(x.GetSpan(), "only single target (not tuple) can be annotated")
		case *List:
			p.errorAt(x.GetSpan(), "only single target (not list) can be annotated")
		default:
			p.errorAt(x.GetSpan(), "illegal target for annotation")
		}
		s := &AnnAssign{Target: x, Annotation: ann, Simple: simple}
		if p.got(tEQUAL) {
			if p.tok().kind == tYIELD {
				s.Value = p.yieldExpr()
			} else {
				s.Value = p.starExpressions()
			}
		}
		s.Span = Span{start, p.prevEnd}
		return s
	case k.isAugAssign():
		op := augOps[k-tPLUSEQ]
		if !isSingleTarget(x) {
			p.errorAt(x.GetSpan(), "'%s' is an illegal expression for augmented assignment", exprName(x))
		}
		setCtx(x, Store)
		p.next()
		var v Expr
		if p.tok().kind == tYIELD {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
		return &AugAssign{Span{start, p.prevEnd}, x, op, v}
	}
	if p.tok().kind == tWALRUS {
		if _, ok := x.(*Name); !ok {
			p.explore()
			if p.peek(1).kind != tRPAR && p.trySpeculative(func() Expr { p.next(); return p.expression() }) != nil {
				p.errorAt(x.GetSpan(), "cannot use assignment expressions with %s", exprName(x))
			}
		}
	}
	if !p.atStmtEnd() {
		p.invalidExprStmt(x, first)
	}
	return &ExprStmt{Span{start, p.prevEnd}, x}
}

// canStartExpr reports whether the current token can begin an expression.
func (p *parser) canStartExpr() bool {
	switch p.tok().kind {
	case tNAME, tNUMBER, tSTRING, tFSTRING_START, tLPAR, tLSQB, tLBRACE,
		tMINUS, tPLUS, tTILDE, tNOT, tLAMBDA, tAWAIT, tNONE, tTRUE, tFALSE, tELLIPSIS:
		return true
	}
	return false
}

func (p *parser) delTargets() []Expr {
	var list []Expr
	for {
		x := p.starTarget()
		p.setContext(x, Del)
		list = append(list, x)
		if !p.got(tCOMMA) || p.atStmtEnd() {
			break
		}
	}
	return list
}

// ---- Blocks and compound statements -------------------------------------

// block parses the body of a compound statement; what and line describe
// the statement for the error if the body is missing.
func (p *parser) block(what string, line int32) []Stmt {
	if p.tok().kind != tNEWLINE {
		if p.tok().kind == tEOF {
			p.syntaxError()
		}
		return p.simpleStmts(nil)
	}
	p.next()
	if p.tok().kind != tINDENT {
		if p.tok().kind == tERROR {
			p.syntaxError()
		}
		p.errorKind("IndentationError", p.tok(), "expected an indented block after %s on line %d", what, line)
	}
	p.next()
	var body []Stmt
	for p.tok().kind != tDEDENT && p.tok().kind != tEOF {
		body = p.statement(body)
	}
	p.next()
	return body
}

func (p *parser) ifStmt() Stmt {
	t := p.next()
	test := p.namedExpression()
	p.expectColon()
	kw := "'if' statement"
	if t.kind == tELIF {
		kw = "'elif' statement"
	}
	s := &If{Test: test, Body: p.block(kw, t.start.Line)}
	s.OrElse = p.elseBlock(func() []Stmt { return []Stmt{p.ifStmt()} })
	s.Span = Span{t.start, p.prevEnd}
	return s
}

// elseBlock parses an optional else clause; elif, when allowed, is parsed
// by elif.
func (p *parser) elseBlock(elif func() []Stmt) []Stmt {
	if elif != nil && p.tok().kind == tELIF {
		return elif()
	}
	if p.tok().kind != tELSE {
		return nil
	}
	t := p.next()
	p.expectForced(tCOLON, ":")
	return p.block("'else' statement", t.start.Line)
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	test := p.namedExpression()
	p.expectColon()
	s := &While{Test: test, Body: p.block("'while' statement", t.start.Line)}
	s.OrElse = p.elseBlock(nil)
	s.Span = Span{t.start, p.prevEnd}
	return s
}

func (p *parser) forStmt(start Pos, async bool) Stmt {
	t := p.next()
	target := p.starTargets()
	if p.tok().kind != tIN {
		p.syntaxError()
	}
	p.next()
	iter := p.starExpressions()
	p.expectColon()
	s := &For{Target: target, Iter: iter, IsAsync: async}
	s.Body = p.block("'for' statement", t.start.Line)
	s.OrElse = p.elseBlock(nil)
	s.Span = Span{start, p.prevEnd}
	return s
}

// starTargets parses the target list of a for statement or comprehension,
// stopping before 'in'.
func (p *parser) starTargets() Expr {
	start := p.tok().start
	x := p.starTarget()
	if p.tok().kind != tCOMMA {
		p.setContext(x, Store)
		return x
	}
	elts := []Expr{x}
	for p.got(tCOMMA) {
		if p.tok().kind == tIN {
			break
		}
		elts = append(elts, p.starTarget())
	}
	tup := &Tuple{Span{start, p.prevEnd}, elts, Store}
	p.setContext(tup, Store)
	return tup
}

func (p *parser) starTarget() Expr {
	if t := p.tok(); t.kind == tSTAR {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Span{t.start, p.prevEnd}, v, Store}
	}
	return p.bitwiseOr()
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.expectForced(tCOLON, ":")
	s := &Try{Body: p.block("'try' statement", t.start.Line)}
	for p.tok().kind == tEXCEPT {
		et := p.next()
		h := &ExceptHandler{}
		star := false
		if p.tok().kind == tSTAR {
			p.next()
			star = true
			if len(s.Handlers) > 0 && !s.IsStar {
				p.errorAt(Span{et.start, p.prevEnd}, "cannot have both 'except' and 'except*' on the same 'try'")
			}
			s.IsStar = true
		} else if s.IsStar {
			p.errorAt(Span{et.start, et.end}, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if star && (p.tok().kind == tNEWLINE || p.tok().kind == tCOLON) {
			p.errorAtTok(p.tok(), "expected one or more exception types")
		}
		if p.tok().kind != tCOLON {
			if p.tok().kind != tNEWLINE {
				tstart := p.tok().start
				h.Type = p.expression()
				if p.tok().kind == tCOMMA {
					// except A, B: is Python 2.
					p.next()
					p.expression()
					for p.got(tCOMMA) {
						p.expression()
					}
					if p.got(tAS) {
						p.name()
					}
					if colon := p.tok(); colon.kind == tCOLON {
						p.errorStartingFrom(tstart, colon, "multiple exception types must be parenthesized")
					}
					p.syntaxError()
				}
				if p.got(tAS) {
					h.Name = p.name()
				}
			}
		}
		p.expectColon()
		what := "'except' statement"
		if star {
			what = "'except*' statement"
		}
		h.Body = p.block(what, et.start.Line)
		h.Span = Span{et.start, p.prevEnd}
		s.Handlers = append(s.Handlers, h)
	}
	if len(s.Handlers) > 0 {
		s.OrElse = p.elseBlock(nil)
	}
	if p.tok().kind == tFINALLY {
		ft := p.next()
		p.expectForced(tCOLON, ":")
		s.FinalBody = p.block("'finally' statement", ft.start.Line)
	}
	if len(s.Handlers) == 0 && len(s.FinalBody) == 0 {
		if p.tok().kind == tERROR {
			p.syntaxError()
		}
		p.errorAtTok(p.tok(), "expected 'except' or 'finally' block")
	}
	s.Span = Span{t.start, p.prevEnd}
	return s
}

func (p *parser) withStmt(start Pos, async bool) Stmt {
	t := p.next()
	s := &With{IsAsync: async}
	if p.tok().kind == tLPAR {
		// "with (a as b, c):" groups items; "with (a, b) as c:" and
		// "with (a).b:" do not. Try the former first, as CPython does.
		save, saveEnd := p.i, p.prevEnd
		ok := p.trySpeculative(func() Expr {
			p.next()
			for {
				w := p.withItem()
				s.Items = append(s.Items, w)
				if k := p.tok().kind; k != tCOMMA && k != tRPAR {
					if w.OptionalVars != nil {
						p.forgotComma(w.OptionalVars)
					} else {
						p.forgotComma(w.ContextExpr)
					}
				}
				if !p.got(tCOMMA) || p.tok().kind == tRPAR {
					break
				}
			}
			p.expect(tRPAR)
			if p.tok().kind != tCOLON && p.tok().kind != tNEWLINE {
				p.syntaxError()
			}
			return &Constant{}
		}) != nil
		if !ok {
			p.i, p.prevEnd = save, saveEnd
			s.Items = nil
		}
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.got(tCOMMA) {
				break
			}
		}
	}
	p.expectColon()
	s.Body = p.block("'with' statement", t.start.Line)
	s.Span = Span{start, p.prevEnd}
	return s
}

func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.got(tAS) {
		w.OptionalVars = p.starTarget()
		if invalidTarget(w.OptionalVars, Store) != nil {
			switch p.tok().kind {
			case tCOMMA, tRPAR, tCOLON:
			default:
				p.syntaxError()
			}
		}
		p.setContext(w.OptionalVars, Store)
	}
	return w
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.tok().kind == tAT {
		p.next()
		decos = append(decos, p.namedExpression())
		p.expect(tNEWLINE)
	}
	switch p.tok().kind {
	case tDEF:
		return p.funcDef(p.tok().start, decos, false)
	case tCLASS:
		return p.classDef(decos)
	case tASYNC:
		if p.peek(1).kind == tDEF {
			start := p.next().start
			return p.funcDef(start, decos, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(start Pos, decos []Expr, async bool) Stmt {
	t := p.next()
	nt := p.tok()
	s := &FunctionDef{Name: p.name(), DecoratorList: decos, IsAsync: async}
	s.NameSpan = Span{nt.start, nt.end}
	// The type parameters and return annotation are optional parts of
	// CPython's rule, between forced tokens: if they fail to parse, the
	// error is that the forced token is missing.
	if lsqb := p.tok(); lsqb.kind == tLSQB {
		p.optional(func() { s.TypeParams = p.typeParams() }, lsqb, "expected '('")
	}
	p.expectForced(tLPAR, "(")
	s.Args = p.parameters(tRPAR, false)
	p.expect(tRPAR)
	if arrow := p.tok(); arrow.kind == tRARROW {
		p.optional(func() { p.next(); s.Returns = p.expression() }, arrow, "expected ':'")
	}
	p.expectForced(tCOLON, ":")
	s.Body = p.block("function definition", t.start.Line)
	s.Span = Span{start, p.prevEnd}
	if s.DecoratorList == nil {
		s.DecoratorList = []Expr{}
	}
	return s
}

func (p *parser) classDef(decos []Expr) Stmt {
	t := p.next()
	nt := p.tok()
	s := &ClassDef{Name: p.name(), DecoratorList: decos}
	s.NameSpan = Span{nt.start, nt.end}
	if p.tok().kind == tLSQB {
		s.TypeParams = p.typeParams()
	}
	if p.got(tLPAR) {
		s.Bases, s.Keywords = p.arguments(tRPAR, nil)
		p.expect(tRPAR)
	}
	p.expectColon()
	s.Body = p.block("class definition", t.start.Line)
	s.Span = Span{t.start, p.prevEnd}
	return s
}

func (p *parser) typeParams() []*TypeParam {
	p.expect(tLSQB)
	var list []*TypeParam
	for {
		t := p.tok()
		tp := &TypeParam{}
		switch t.kind {
		case tSTAR:
			p.next()
			tp.Kind = TypeVarTuple
		case tDSTAR:
			p.next()
			tp.Kind = ParamSpec
		}
		tp.Name = p.name()
		if p.tok().kind == tCOLON {
			if tp.Kind != TypeVar {
				what := "TypeVarTuple"
				if tp.Kind == ParamSpec {
					what = "ParamSpec"
				}
				colon := p.next()
				p.expression()
				p.errorAt(Span{colon.start, p.prevEnd}, "cannot use bound with %s", what)
			}
			p.next()
			tp.Bound = p.expression()
		}
		tp.Span = Span{t.start, p.prevEnd}
		list = append(list, tp)
		if !p.got(tCOMMA) || p.tok().kind == tRSQB {
			break
		}
	}
	p.expect(tRSQB)
	return list
}

// parameters parses a def's or lambda's parameter list up to closing.
func (p *parser) parameters(closing tokenKind, lambda bool) *Arguments {
	a := &Arguments{}
	var posDefault, sawSlash, sawStar bool
	param := func(starAnnotation bool) *Arg {
		t := p.tok()
		arg := &Arg{Arg: p.name()}
		if !lambda && p.got(tCOLON) {
			if starAnnotation && p.tok().kind == tSTAR {
				st := p.next()
				v := p.expression()
				arg.Annotation = &Starred{Span{st.start, p.prevEnd}, v, Load}
			} else {
				arg.Annotation = p.expression()
			}
		}
		arg.Span = Span{t.start, p.prevEnd}
		return arg
	}
	for p.tok().kind != closing {
		t := p.tok()
		switch t.kind {
		case tSLASH:
			p.next()
			if sawSlash {
				p.errorAt(Span{t.start, t.end}, "/ may appear only once")
			}
			if sawStar {
				p.errorAt(Span{t.start, t.end}, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.errorAt(Span{t.start, t.end}, "at least one argument must precede /")
			}
			sawSlash = true
			a.PosOnlyArgs, a.Args = a.Args, nil
		case tSTAR:
			p.next()
			if sawStar {
				p.errorAt(Span{t.start, t.end}, "* argument may appear only once")
			}
			sawStar = true
			if k := p.tok().kind; k == tCOMMA || k == closing {
				if k == closing || p.peek(1).kind == closing || p.peek(1).kind == tDSTAR {
					at := Span{t.start, t.end}
					if closing == tCOLON && k == closing {
						// invalid_lambda_star_etc has no location: the
						// last token read, the ':'.
						at = Span{p.tok().start, p.tok().end}
					} else if closing == tCOLON {
						at = Span{p.peek(1).start, p.peek(1).end}
					}
					p.errorAt(at, "named arguments must follow bare *")
				}
			} else {
				a.VarArg = param(true)
				if p.tok().kind == tEQUAL {
					p.errorAtTok(p.tok(), "var-positional argument cannot have default value")
				}
			}
		case tDSTAR:
			p.next()
			a.KwArg = param(false)
			if p.tok().kind == tEQUAL {
				p.errorAtTok(p.tok(), "var-keyword argument cannot have default value")
			}
			p.got(tCOMMA)
			if p.tok().kind != closing {
				p.errorAtTok(p.tok(), "arguments cannot follow var-keyword argument")
			}
			return a
		case tNAME:
			arg := param(false)
			var def Expr
			if eq := p.tok(); p.got(tEQUAL) {
				if k := p.tok().kind; k == tCOMMA || k == closing {
					p.errorAtTok(eq, "expected default value expression")
				}
				def = p.expression()
			}
			if k := p.tok().kind; k != tCOMMA && k != closing {
				if def != nil {
					p.forgotComma(def)
				} else {
					p.forgotComma(arg.Annotation)
				}
			}
			if sawStar {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					posDefault = true
				} else if posDefault {
					p.errorAt(arg.Span, "parameter without a default follows parameter with a default")
				}
			}
		case tLPAR:
			p.parenthesizedParams(lambda)
			p.syntaxError()
		default:
			p.syntaxError()
		}
		if p.tok().kind == closing {
			break
		}
		if p.tok().kind != tCOMMA {
			if t.kind == tSLASH && p.tok().kind == tSTAR {
				p.errorAtTok(p.tok(), "expected comma between / and *")
			}
			p.syntaxError()
		}
		p.next()
	}
	return a
}

// ---- match statement ----------------------------------------------------

// tryMatch parses a match statement if the soft keyword "match" begins
// one, and otherwise returns nil having consumed nothing, and, if what
// follows "match" is a subject ended by a newline, that NEWLINE token.
func (p *parser) tryMatch() (_ Stmt, newline *token) {
	save, saveEnd := p.i, p.prevEnd
	start := p.next().start
	// Quick rejections: "match" used as a name.
	switch p.tok().kind {
	case tEQUAL, tDOT, tNEWLINE, tCOMMA, tRPAR, tCOLON, tSEMI, tEOF:
		p.i, p.prevEnd = save, saveEnd
		return nil, nil
	}
	if p.tok().kind.isAugAssign() {
		p.i, p.prevEnd = save, saveEnd
		return nil, nil
	}
	var subject Expr
	subject = p.trySpeculative(func() Expr {
		x := p.subjectExpr()
		if p.tok().kind != tCOLON && p.tok().kind != tNEWLINE {
			p.syntaxError()
		}
		if p.tok().kind == tNEWLINE && p.peek(1).kind != tINDENT {
			newline = p.tok()
			p.syntaxError()
		}
		return x
	})
	if subject == nil {
		p.i, p.prevEnd = save, saveEnd
		return nil, newline
	}
	p.expectColon()
	s := &Match{Subject: subject}
	p.expect(tNEWLINE)
	if p.tok().kind != tINDENT {
		p.errorKind("IndentationError", p.tok(), "expected an indented block after 'match' statement on line %d", start.Line)
	}
	p.next()
	for p.tok().kind != tDEDENT && p.tok().kind != tEOF {
		if !p.isName("case") {
			p.syntaxError()
		}
		s.Cases = append(s.Cases, p.caseBlock())
	}
	p.next()
	s.Span = Span{start, p.prevEnd}
	return s, nil
}

func (p *parser) subjectExpr() Expr {
	start := p.tok().start
	x := p.starNamedExpression()
	if p.tok().kind != tCOMMA {
		if _, ok := x.(*Starred); ok {
			p.syntaxError()
		}
		return x
	}
	elts := []Expr{x}
	for p.got(tCOMMA) {
		if p.tok().kind == tCOLON {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Span{start, p.prevEnd}, elts, Load}
}

func (p *parser) caseBlock() *MatchCase {
	t := p.next()
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(tIF) {
		c.Guard = p.namedExpression()
	}
	p.expectColon()
	c.Body = p.block("'case' statement", t.start.Line)
	return c
}

// patterns parses the top level of a case pattern, where an open sequence
// needs no brackets.
func (p *parser) patterns() Pattern {
	start := p.tok().start
	x := p.maybeStarPattern()
	if p.tok().kind != tCOMMA {
		if _, ok := x.(*MatchStar); ok {
			return &MatchSequence{Span{start, p.prevEnd}, []Pattern{x}}
		}
		return x
	}
	list := []Pattern{x}
	for p.got(tCOMMA) {
		if p.tok().kind == tCOLON || p.tok().kind == tIF {
			break
		}
		list = append(list, p.maybeStarPattern())
	}
	return &MatchSequence{Span{start, p.prevEnd}, list}
}

func (p *parser) maybeStarPattern() Pattern {
	if t := p.tok(); t.kind == tSTAR {
		p.next()
		name := p.name()
		if name == "_" {
			name = ""
		}
		return &MatchStar{Span{t.start, p.prevEnd}, name}
	}
	return p.pattern()
}

// pattern parses an as-pattern or or-pattern.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok().start
	x := p.orPattern()
	if p.got(tAS) {
		nt := p.tok()
		name := p.name()
		if name == "_" {
			p.errorAt(Span{nt.start, nt.end}, "cannot use '_' as a target")
		}
		return &MatchAs{Span{start, p.prevEnd}, x, name}
	}
	return x
}

func (p *parser) orPattern() Pattern {
	start := p.tok().start
	x := p.closedPattern()
	if p.tok().kind != tVBAR {
		return x
	}
	list := []Pattern{x}
	for p.got(tVBAR) {
		list = append(list, p.closedPattern())
	}
	return &MatchOr{Span{start, p.prevEnd}, list}
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	start := t.start
	switch t.kind {
	case tNONE, tTRUE, tFALSE:
		p.next()
		var v any
		if t.kind != tNONE {
			v = t.kind == tTRUE
		}
		return &MatchSingleton{Span{start, t.end}, v}
	case tNUMBER, tMINUS, tSTRING, tFSTRING_START:
		v := p.literalPatternExpr()
		return &MatchValue{Span{start, p.prevEnd}, v}
	case tLPAR, tLSQB:
		p.next()
		closing := tRPAR
		if t.kind == tLSQB {
			closing = tRSQB
		}
		var list []Pattern
		comma := false
		for p.tok().kind != closing {
			list = append(list, p.maybeStarPattern())
			if !p.got(tCOMMA) {
				break
			}
			comma = true
		}
		p.expect(closing)
		if t.kind == tLPAR && len(list) == 1 && !comma {
			if _, ok := list[0].(*MatchStar); !ok {
				return list[0] // a group pattern
			}
		}
		if list == nil {
			list = []Pattern{}
		}
		return &MatchSequence{Span{start, p.prevEnd}, list}
	case tLBRACE:
		return p.mappingPattern()
	case tNAME:
		name := p.text(t)
		p.next()
		if p.tok().kind != tDOT && p.tok().kind != tLPAR {
			if name == "_" {
				return &MatchAs{Span{start, t.end}, nil, ""}
			}
			return &MatchAs{Span{start, t.end}, nil, name}
		}
		var v Expr = &Name{Span{start, t.end}, name, Load}
		for p.got(tDOT) {
			at := p.tok()
			attr := p.name()
			v = &Attribute{Span{start, p.prevEnd}, v, attr, Span{at.start, at.end}, Load}
		}
		if p.tok().kind == tLPAR {
			return p.classPattern(start, v)
		}
		return &MatchValue{Span{start, p.prevEnd}, v}
	}
	p.syntaxError()
	return nil
}

// literalPatternExpr parses a number (possibly signed or complex) or a
// string in a pattern.
func (p *parser) literalPatternExpr() Expr {
	t := p.tok()
	start := t.start
	switch t.kind {
	case tSTRING, tFSTRING_START:
		x := p.strings()
		if _, ok := x.(*JoinedStr); ok {
			p.errorAt(x.GetSpan(), "patterns may only match literals and attribute lookups")
		}
		return x
	}
	var x Expr
	if t.kind == tMINUS {
		p.next()
		n := p.number(p.expect(tNUMBER))
		x = &UnaryOp{Span{start, p.prevEnd}, USub, n}
	} else {
		x = p.number(p.expect(tNUMBER))
	}
	if k := p.tok().kind; k == tPLUS || k == tMINUS {
		op := Add
		if k == tMINUS {
			op = Sub
		}
		p.next()
		r := p.number(p.expect(tNUMBER))
		if _, ok := r.Value.(complex128); !ok {
			p.errorAt(r.Span, "imaginary number required in complex literal")
		}
		x = &BinOp{Span{start, p.prevEnd}, x, op, r}
	}
	return x
}

func (p *parser) mappingPattern() Pattern {
	start := p.next().start
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for p.tok().kind != tRBRACE {
		if p.tok().kind == tDSTAR {
			p.next()
			m.Rest = p.name()
			p.got(tCOMMA)
			break
		}
		var key Expr
		switch t := p.tok(); t.kind {
		case tNONE, tTRUE, tFALSE:
			key = p.atom()
		case tNAME:
			var v Expr = p.nameExpr(Load)
			if p.tok().kind != tDOT {
				p.syntaxError()
			}
			for p.got(tDOT) {
				at := p.tok()
				attr := p.name()
				v = &Attribute{Span{t.start, p.prevEnd}, v, attr, Span{at.start, at.end}, Load}
			}
			key = v
		default:
			key = p.literalPatternExpr()
		}
		p.expect(tCOLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(tCOMMA) {
			break
		}
	}
	p.expect(tRBRACE)
	m.Span = Span{start, p.prevEnd}
	return m
}

func (p *parser) classPattern(start Pos, cls Expr) Pattern {
	p.next()
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for p.tok().kind != tRPAR {
		if p.tok().kind == tNAME && p.peek(1).kind == tEQUAL {
			c.KwdAttrs = append(c.KwdAttrs, p.name())
			p.next()
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pstart := p.tok().start
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorAt(Span{pstart, p.prevEnd}, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(tCOMMA) {
			break
		}
	}
	p.expect(tRPAR)
	c.Span = Span{start, p.prevEnd}
	return c
}

// ---- Expressions --------------------------------------------------------

// starExpressions parses a comma-separated list of expressions, possibly
// starred, yielding a Tuple if there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.tok().start
	x := p.starExpression()
	if p.tok().kind != tCOMMA {
		return x
	}
	elts := []Expr{x}
	for p.got(tCOMMA) {
		if !p.canStartExpr() && p.tok().kind != tSTAR {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Span{start, p.prevEnd}, elts, Load}
}

func (p *parser) starExpression() Expr {
	if t := p.tok(); t.kind == tSTAR {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Span{t.start, p.prevEnd}, v, Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() Expr {
	if t := p.tok(); t.kind == tSTAR {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Span{t.start, p.prevEnd}, v, Load}
	}
	return p.namedExpression()
}

// namedExpression parses an expression that may be an assignment
// expression (NAME := value).
func (p *parser) namedExpression() Expr { return p.namedExpr(true) }

// namedExpr parses a named expression. If checkEquals, a following '=' is
// diagnosed as CPython does; in call arguments it introduces a keyword.
func (p *parser) namedExpr(checkEquals bool) Expr {
	t := p.tok()
	if t.kind == tNAME && p.peek(1).kind == tWALRUS {
		p.next()
		p.next()
		v := p.expression()
		return &NamedExpr{Span{t.start, p.prevEnd}, &Name{Span{t.start, t.end}, p.text(t), Store}, v}
	}
	x := p.expression()
	if p.tok().kind == tWALRUS && p.peek(1).kind != tERROR {
		save, saveEnd := p.i, p.prevEnd
		p.explore()
		if p.trySpeculative(func() Expr { p.next(); return p.expression() }) != nil {
			p.errorAt(x.GetSpan(), "cannot use assignment expressions with %s", exprName(x))
		}
		p.i, p.prevEnd = save, saveEnd
	}
	if checkEquals && p.tok().kind == tEQUAL {
		if n, ok := x.(*Name); ok && n.Start == t.start {
			// "if x = 1:" and the like.
			if end, ok := p.followsSimpleOperand(); ok {
				p.errorAt(Span{n.Start, end}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		} else if _, ok := p.followsSimpleOperand(); ok && (maybeEquality(x, &Name{}) || p.parenthesizedOperand(x)) {
			p.errorAt(x.GetSpan(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x))
		}
	}
	return x
}

// expression parses a conditional expression or lambda.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.tok().kind == tLAMBDA {
		return p.lambda()
	}
	start := p.tok().start
	x := p.disjunction()
	if p.tok().kind != tIF {
		return x
	}
	save, saveEnd := p.i, p.prevEnd
	p.next()
	test := p.disjunction()
	if p.tok().kind != tELSE && p.speculating > 0 {
		// The longest valid expression ends before the 'if'.
		p.i, p.prevEnd = save, saveEnd
		return x
	}
	if p.tok().kind != tELSE {
		if p.tok().kind != tCOLON && p.tok().kind != tERROR {
			p.errorAt(Span{start, p.prevEnd}, "expected 'else' after 'if' expression")
		}
		p.syntaxError()
	}
	p.next()
	orelse := p.expression()
	return &IfExp{Span{start, p.prevEnd}, test, x, orelse}
}

func (p *parser) lambda() Expr {
	start := p.next().start
	args := p.parameters(tCOLON, true)
	colon := p.tok()
	p.expect(tCOLON)
	if p.tok().kind == tFSTRING_MIDDLE {
		// The ':' began an f-string format spec (invalid_expression).
		p.errorAt(Span{start, colon.end}, "f-string: lambda expressions are not allowed without parentheses")
	}
	body := p.expression()
	return &Lambda{Span{start, p.prevEnd}, args, body}
}

func (p *parser) disjunction() Expr {
	start := p.tok().start
	x := p.conjunction()
	if p.tok().kind != tOR {
		return x
	}
	values := []Expr{x}
	for p.got(tOR) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Span{start, p.prevEnd}, Or, values}
}

func (p *parser) conjunction() Expr {
	start := p.tok().start
	x := p.inversion()
	if p.tok().kind != tAND {
		return x
	}
	values := []Expr{x}
	for p.got(tAND) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Span{start, p.prevEnd}, And, values}
}

func (p *parser) inversion() Expr {
	if t := p.tok(); t.kind == tNOT {
		p.enter()
		defer p.leave()
		p.next()
		x := p.inversion()
		return &UnaryOp{Span{t.start, p.prevEnd}, Not, x}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := p.tok().start
	x := p.bitwiseOr()
	var ops []CmpOperator
	var comps []Expr
	for {
		var op CmpOperator
		switch p.tok().kind {
		case tEQEQUAL:
			op = Eq
		case tNOTEQUAL:
			if p.text(p.tok()) == "<>" {
				p.syntaxError()
			}
			op = NotEq
		case tLESS:
			op = Lt
		case tLESSEQ:
			op = LtE
		case tGREATER:
			op = Gt
		case tGREATEREQ:
			op = GtE
		case tIN:
			op = In
		case tIS:
			op = Is
			if p.peek(1).kind == tNOT {
				p.next()
				op = IsNot
			}
		case tNOT:
			if p.peek(1).kind != tIN {
				goto done
			}
			p.next()
			op = NotIn
		default:
			goto done
		}
		p.next()
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
	}
done:
	if ops == nil {
		return x
	}
	return &Compare{Span{start, p.prevEnd}, x, ops, comps}
}

// binaryPrec returns the operator and precedence of a binary operator token
// (0 if it is not one), from '|' (1) to the multiplicative operators (6).
func binaryPrec(k tokenKind) (Operator, int) {
	switch k {
	case tVBAR:
		return BitOr, 1
	case tCIRCUMFLEX:
		return BitXor, 2
	case tAMPER:
		return BitAnd, 3
	case tLSHIFT:
		return LShift, 4
	case tRSHIFT:
		return RShift, 4
	case tPLUS:
		return Add, 5
	case tMINUS:
		return Sub, 5
	case tSTAR:
		return Mult, 6
	case tSLASH:
		return Div, 6
	case tDSLASH:
		return FloorDiv, 6
	case tPERCENT:
		return Mod, 6
	case tAT:
		return MatMult, 6
	}
	return 0, 0
}

func (p *parser) bitwiseOr() Expr { return p.binaryExpr(1) }

// binaryExpr parses binary operations of precedence prec or higher, by
// precedence climbing; all are left-associative.
func (p *parser) binaryExpr(prec int) Expr {
	start := p.tok().start
	x := p.factor()
	for {
		op, oprec := binaryPrec(p.tok().kind)
		if oprec < prec || oprec == 0 {
			return x
		}
		p.next()
		y := p.binaryExpr(oprec + 1)
		x = &BinOp{Span{start, p.prevEnd}, x, op, y}
	}
}

func (p *parser) factor() Expr {
	t := p.tok()
	var op UnaryOperator
	switch t.kind {
	case tPLUS:
		op = UAdd
	case tMINUS:
		op = USub
	case tTILDE:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	p.next()
	x := p.factor()
	return &UnaryOp{Span{t.start, p.prevEnd}, op, x}
}

func (p *parser) power() Expr {
	start := p.tok().start
	x := p.awaitPrimary()
	if p.tok().kind == tDSTAR {
		p.enter()
		defer p.leave()
		p.next()
		y := p.factor()
		return &BinOp{Span{start, p.prevEnd}, x, Pow, y}
	}
	return x
}

func (p *parser) awaitPrimary() Expr {
	if t := p.tok(); t.kind == tAWAIT {
		p.next()
		x := p.primary()
		return &Await{Span{t.start, p.prevEnd}, x}
	}
	return p.primary()
}

// primary parses an atom followed by attribute references, calls and
// subscripts.
func (p *parser) primary() Expr {
	start := p.tok().start
	x := p.atom()
	for {
		switch p.tok().kind {
		case tDOT:
			p.next()
			at := p.tok()
			name := p.name()
			x = &Attribute{Span{start, p.prevEnd}, x, name, Span{at.start, at.end}, Load}
		case tLPAR:
			x = p.call(start, x)
		case tLSQB:
			p.next()
			s := p.slices()
			p.expectClosing(tRSQB, lastOperand(s))
			x = &Subscript{Span{start, p.prevEnd}, x, s, Load}
		default:
			return x
		}
	}
}

// expectClosing expects the closing bracket of a display, call or
// subscript whose last element was last, reporting a missing comma if
// another expression follows.
func (p *parser) expectClosing(k tokenKind, last Expr) {
	if p.tok().kind == k {
		p.next()
		return
	}
	p.forgotComma(last)
	p.syntaxError()
}

func (p *parser) call(start Pos, fn Expr) Expr {
	lpar := p.next()
	args, kws := p.arguments(tRPAR, lpar)
	p.expect(tRPAR)
	return &Call{Span{start, p.prevEnd}, fn, args, kws}
}

// arguments parses call arguments up to closing. If lpar is not nil, this
// is a call, and a sole generator expression argument may omit its own
// parentheses, taking the call's.
func (p *parser) arguments(closing tokenKind, lpar *token) ([]Expr, []*Keyword) {
	args, kws := []Expr{}, []*Keyword{}
	sawKw, sawDstar := false, false
	// CPython reports a misplaced positional argument at the end of the
	// arguments.
	misplaced := ""
	defer func() {
		if misplaced != "" {
			p.errorAtTok(p.tok(), "%s", misplaced)
		}
	}()
	for p.tok().kind != closing {
		t := p.tok()
		var last Expr
		switch {
		case t.kind == tSTAR:
			p.next()
			v := p.expression()
			if sawDstar {
				p.errorAt(Span{t.start, t.end}, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &Starred{Span{t.start, p.prevEnd}, v, Load})
			last = v
			p.unpackingAssignment(t, "iterable argument unpacking")
		case t.kind == tDSTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Span{t.start, p.prevEnd}, "", v})
			sawDstar = true
			last = v
			p.unpackingAssignment(t, "keyword argument unpacking")
		case t.kind == tNAME && p.peek(1).kind == tEQUAL:
			p.next()
			eq := p.next()
			if k := p.tok().kind; k == tCOMMA || k == closing {
				p.errorAt(Span{t.start, eq.end}, "expected argument value expression")
			}
			v := p.expression()
			kws = append(kws, &Keyword{Span{t.start, p.prevEnd}, p.text(t), v})
			sawKw = true
			last = v
		default:
			x := p.namedExpr(false)
			if k := p.tok().kind; k == tFOR || k == tASYNC {
				if _, ok := x.(*Starred); ok {
					p.errorAt(x.GetSpan(), "iterable unpacking cannot be used in comprehension")
				}
				if lpar == nil && len(args) == 0 && len(kws) == 0 {
					// Class bases: a lone generator expression is no
					// call argument, and the 'for' is the error.
					p.errorAtTok(p.tok(), "invalid syntax")
				}
				gens := p.comprehensions()
				if lpar == nil || len(args) > 0 || len(kws) > 0 || p.tok().kind == tCOMMA {
					p.errorAt(Span{x.GetSpan().Start, p.prevEnd}, "Generator expression must be parenthesized")
				}
				if p.tok().kind != closing {
					p.syntaxError()
				}
				return []Expr{&GeneratorExp{Span{lpar.start, p.tok().end}, x, gens}}, kws
			}
			if p.tok().kind == tEQUAL {
				p.keywordError(x)
			}
			if misplaced != "" {
			} else if sawDstar {
				misplaced = "positional argument follows keyword argument unpacking"
			} else if sawKw {
				misplaced = "positional argument follows keyword argument"
			}
			args = append(args, x)
			last = x
		}
		if p.tok().kind == closing {
			break
		}
		if p.tok().kind != tCOMMA {
			p.forgotComma(last)
			p.syntaxError()
		}
		p.next()
	}
	return args, kws
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok().start
	x := p.slice()
	if p.tok().kind != tCOMMA {
		if _, ok := x.(*Starred); ok {
			return &Tuple{Span{start, p.prevEnd}, []Expr{x}, Load}
		}
		return x
	}
	elts := []Expr{x}
	for p.got(tCOMMA) {
		if p.tok().kind == tRSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Span{start, p.prevEnd}, elts, Load}
}

func (p *parser) slice() Expr {
	start := p.tok().start
	if p.tok().kind == tSTAR {
		return p.starNamedExpression()
	}
	var lower Expr
	if p.tok().kind != tCOLON {
		lower = p.namedExpression()
		if p.tok().kind != tCOLON {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.next()
	s := &Slice{Lower: lower}
	if k := p.tok().kind; k != tCOLON && k != tCOMMA && k != tRSQB {
		s.Upper = p.expression()
	}
	if p.got(tCOLON) {
		if k := p.tok().kind; k != tCOMMA && k != tRSQB {
			s.Step = p.expression()
		}
	}
	s.Span = Span{start, p.prevEnd}
	return s
}

// atom parses a name, literal, or bracketed construct.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tNAME:
		p.next()
		return &Name{Span{t.start, t.end}, p.text(t), Load}
	case tNUMBER:
		p.next()
		return p.number(t)
	case tSTRING, tFSTRING_START:
		return p.strings()
	case tNONE:
		p.next()
		return &Constant{Span: Span{t.start, t.end}, Value: nil}
	case tTRUE, tFALSE:
		p.next()
		return &Constant{Span: Span{t.start, t.end}, Value: t.kind == tTRUE}
	case tELLIPSIS:
		p.next()
		return &Constant{Span: Span{t.start, t.end}, Value: EllipsisType{}}
	case tLPAR:
		return p.parenExpr()
	case tLSQB:
		return p.listExpr()
	case tLBRACE:
		return p.braceExpr()
	case tERROR:
		p.syntaxError()
	}
	p.syntaxError()
	return nil
}

func (p *parser) parenExpr() Expr {
	p.enter()
	defer p.leave()
	lpar := p.next()
	switch p.tok().kind {
	case tRPAR:
		p.next()
		return &Tuple{Span{lpar.start, p.prevEnd}, []Expr{}, Load}
	case tYIELD:
		x := p.yieldExpr()
		p.expectClosing(tRPAR, x)
		return x
	}
	x := p.starNamedExpression()
	switch p.tok().kind {
	case tFOR, tASYNC:
		if _, ok := x.(*Starred); ok {
			p.errorAt(x.GetSpan(), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expectClosing(tRPAR, nil)
		return &GeneratorExp{Span{lpar.start, p.prevEnd}, x, gens}
	case tCOMMA:
		elts := []Expr{x}
		for p.got(tCOMMA) {
			if p.tok().kind == tRPAR {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.expectClosing(tRPAR, elts[len(elts)-1])
		return &Tuple{Span{lpar.start, p.prevEnd}, elts, Load}
	}
	if _, ok := x.(*Starred); ok && p.tok().kind == tRPAR {
		p.errorAt(x.GetSpan(), "cannot use starred expression here")
	}
	p.expectClosing(tRPAR, x)
	return x
}

func (p *parser) listExpr() Expr {
	p.enter()
	defer p.leave()
	lsqb := p.next()
	elts := []Expr{}
	if p.tok().kind != tRSQB {
		x := p.starNamedExpression()
		if k := p.tok().kind; k == tFOR || k == tASYNC {
			if _, ok := x.(*Starred); ok {
				p.errorAt(x.GetSpan(), "iterable unpacking cannot be used in comprehension")
			}
			gens := p.comprehensions()
			p.expectClosing(tRSQB, nil)
			return &ListComp{Span{lsqb.start, p.prevEnd}, x, gens}
		}
		elts = append(elts, x)
		for p.got(tCOMMA) {
			if p.tok().kind == tRSQB {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.unparenthesizedTarget(elts)
		p.expectClosing(tRSQB, elts[len(elts)-1])
		return &List{Span{lsqb.start, p.prevEnd}, elts, Load}
	}
	p.next()
	return &List{Span{lsqb.start, p.prevEnd}, elts, Load}
}

func (p *parser) braceExpr() Expr {
	p.enter()
	defer p.leave()
	lbrace := p.next()
	if p.got(tRBRACE) {
		return &Dict{Span{lbrace.start, p.prevEnd}, []Expr{}, []Expr{}}
	}
	var key, value Expr
	if p.tok().kind == tDSTAR {
		p.next()
		value = p.bitwiseOr()
	} else {
		key = p.starNamedExpression()
		if p.tok().kind != tCOLON {
			// A set.
			if k := p.tok().kind; k == tFOR || k == tASYNC {
				if _, ok := key.(*Starred); ok {
					p.errorAt(key.GetSpan(), "iterable unpacking cannot be used in comprehension")
				}
				gens := p.comprehensions()
				p.expectClosing(tRBRACE, nil)
				return &SetComp{Span{lbrace.start, p.prevEnd}, key, gens}
			}
			elts := []Expr{key}
			for p.got(tCOMMA) {
				if p.tok().kind == tRBRACE {
					break
				}
				elts = append(elts, p.starNamedExpression())
			}
			p.unparenthesizedTarget(elts)
			p.expectClosing(tRBRACE, elts[len(elts)-1])
			return &Set{Span{lbrace.start, p.prevEnd}, elts}
		}
		if _, ok := key.(*Starred); ok {
			// 3.12 has no rule for a starred key: the ':' is the error.
			p.errorAtTok(p.tok(), "invalid syntax")
		}
		p.dictValueColon()
		value = p.expression()
		if k := p.tok().kind; k == tFOR || k == tASYNC {
			gens := p.comprehensions()
			p.expectClosing(tRBRACE, nil)
			return &DictComp{Span{lbrace.start, p.prevEnd}, key, value, gens}
		}
	}
	keys, values := []Expr{key}, []Expr{value}
	for p.got(tCOMMA) {
		if p.tok().kind == tRBRACE {
			break
		}
		if p.got(tDSTAR) {
			keys = append(keys, nil)
			values = append(values, p.bitwiseOr())
			continue
		}
		k := p.expression()
		if p.tok().kind != tCOLON {
			p.forgotComma(k)
			if p.tok().kind != tERROR {
				sp := k.GetSpan()
				li := p.lineIndex()
				line := int(sp.End.Line)
				p.fail(newError(p.filename, p.src, "SyntaxError", line, li.charOffset(line, int(sp.End.Col)-1), line, 0, "':' expected after dictionary key"))
			}
			p.syntaxError()
		}
		p.dictValueColon()
		keys = append(keys, k)
		values = append(values, p.expression())
	}
	p.expectClosing(tRBRACE, values[len(values)-1])
	return &Dict{Span{lbrace.start, p.prevEnd}, keys, values}
}

// dictValueColon consumes the ':' after a dictionary key.
func (p *parser) dictValueColon() {
	colon := p.next()
	switch t := p.tok(); t.kind {
	case tRBRACE, tCOMMA:
		p.errorAtTok(colon, "expression expected after dictionary key and ':'")
	case tSTAR:
		p.next()
		p.bitwiseOr()
		p.errorAt(Span{t.start, p.prevEnd}, "cannot use a starred expression in a dictionary value")
	}
}

// comprehensions parses one or more for clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for {
		t := p.tok()
		c := &Comprehension{}
		if t.kind == tASYNC {
			p.next()
			c.IsAsync = true
		}
		if p.tok().kind != tFOR {
			if len(gens) > 0 && !c.IsAsync {
				return gens
			}
			p.syntaxError()
		}
		p.next()
		c.Target = p.starTargets()
		if p.tok().kind != tIN {
			p.forgotComma(lastOperand(c.Target))
			p.syntaxError()
		}
		p.next()
		c.Iter = p.disjunction()
		for p.tok().kind == tIF {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		if c.Ifs == nil {
			c.Ifs = []Expr{}
		}
		c.Span = Span{t.start, p.prevEnd}
		gens = append(gens, c)
		if k := p.tok().kind; k != tFOR && k != tASYNC {
			return gens
		}
	}
}

func (p *parser) yieldExpr() Expr {
	t := p.next()
	if p.got(tFROM) {
		v := p.expression()
		return &YieldFrom{Span{t.start, p.prevEnd}, v}
	}
	var v Expr
	switch p.tok().kind {
	case tRPAR, tNEWLINE, tSEMI, tEQUAL, tRSQB, tRBRACE, tEOF, tCOLON:
	default:
		v = p.starExpressions()
	}
	return &Yield{Span{t.start, p.prevEnd}, v}
}

// number converts a NUMBER token into a Constant.
func (p *parser) number(t *token) *Constant {
	c := &Constant{Span: Span{t.start, t.end}}
	v, err := parseNumber(p.text(t))
	if err != nil {
		p.errorAtTok(t, "%s", err)
	}
	c.Value = v
	return c
}

// isName reports whether x is a Name.
func isName(x Expr) bool {
	_, ok := x.(*Name)
	return ok
}

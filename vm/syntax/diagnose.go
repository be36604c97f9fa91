package syntax

// This file holds the parser's error reporting: positions and precedence
// as CPython computes them, and the checks that stand in for CPython's
// "invalid_" grammar rules.
//
// CPython parses a file twice when it fails: once with the plain grammar,
// then again with the invalid_ rules enabled, which match common mistakes
// and raise specific messages; if none matches, it reports "invalid
// syntax" at the furthest token the first pass read. Then, because a
// tokenizer error explains more than a parser error, it scans the rest of
// the file and reports the first tokenizer error it finds instead.
//
// This parser makes one pass. Where the valid grammar fails, it calls
// explore, which records how far the first pass got, and then looks
// ahead, speculatively, as the corresponding invalid_ rule would. Errors
// found that way are reported; otherwise "invalid syntax" is, at the
// recorded token. Parse then applies the tokenizer-error precedence in
// finalError.

import (
	"fmt"
	"strings"
)

// syntaxError reports "invalid syntax", or the scanner's error if the
// current token is one. Like CPython, it blames the furthest token the
// parser has read, which is where the valid grammar failed.
func (p *parser) syntaxError() {
	t := p.tok()
	if t.kind == tERROR {
		p.fail(p.scanError())
	}
	if p.firstPassEnd > 0 {
		// Not where looking for a better message led.
		t = &p.toks[p.firstPassEnd-1]
	} else if n := len(p.toks); n > 0 && p.toks[n-1].kind != tERROR {
		t = &p.toks[n-1]
	}
	if t.kind == tINDENT || t.kind == tDEDENT {
		msg := "unexpected indent"
		if t.kind == tDEDENT {
			msg = "unexpected unindent"
		}
		p.final = true
		p.errorKind("IndentationError", t, "%s", msg)
	}
	if t.kind == tEOF {
		// CPython's end marker has no column.
		line := int(t.start.Line)
		if line > 1 && (len(p.src) == 0 || p.src[len(p.src)-1] == '\n') {
			line--
		}
		e := newError(p.filename, p.src, "SyntaxError", line, 0, line, 0, "invalid syntax")
		e.incomplete = true
		p.fail(e)
	}
	p.errorAtTok(t, "invalid syntax")
}

// explore notes that the parser is about to look beyond where the valid
// grammar failed, in search of a better error message.
func (p *parser) explore() {
	if p.firstPassEnd == 0 {
		p.firstPassEnd = len(p.toks)
	}
}

// scanError returns the error the scanner stopped with: its own, or, at the
// end of input with brackets open, "'(' was never closed".
func (p *parser) scanError() *Error {
	if p.sc.err != nil {
		e := *p.sc.err
		if hasPrefix(e.Msg, "unterminated triple-quoted") || e.Msg == "unexpected EOF while parsing" {
			e.incomplete = true
		}
		return &e
	}
	return p.unclosedError()
}

func (p *parser) unclosedError() *Error {
	open := p.sc.parens[len(p.sc.parens)-1]
	li := p.lineIndex()
	e := newError(p.filename, p.src, "SyntaxError", open.line, li.charOffset(open.line, open.col), open.line, 0,
		fmt.Sprintf("'%c' was never closed", open.char))
	if open.line < li.lastLine() {
		// CPython quotes the bracket's line from the tokenizer's buffer
		// of the whole statement, without its newline, unless it is
		// the last line.
		e.Text = strings.TrimSuffix(e.Text, "\n")
	}
	e.incomplete = true
	return e
}

func hasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

func (p *parser) lineIndex() *lineIndex {
	if p.lines == nil {
		p.lines = newLineIndex(p.src)
	}
	return p.lines
}

// fail records e as the parse error and unwinds the parser.
func (p *parser) fail(e *Error) {
	if p.err == nil {
		p.err = e
	}
	panic(bailout{})
}

func (p *parser) errorAtTok(t *token, format string, args ...any) {
	if t.kind == tERROR {
		p.fail(p.scanError())
	}
	p.errorKind("SyntaxError", t, format, args...)
}

// errorKind reports an error of the given kind at token t.
func (p *parser) errorKind(kind string, t *token, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if t.kind == tEOF || t.kind == tDEDENT && t.off >= len(p.src) {
		// CPython places errors at the end of input at the last line's
		// newline, with no known end.
		line := int(t.start.Line)
		col := 0
		if line > 1 && (len(p.src) == 0 || p.src[len(p.src)-1] == '\n') {
			line--
			li := p.lineIndex()
			if line-1 < len(li.starts) {
				col = len(p.src) - li.starts[line-1] - 1
			}
		} else {
			col = int(t.start.Col)
		}
		li := p.lineIndex()
		e := newError(p.filename, p.src, kind, line, li.charOffset(line, col), line, -1, msg)
		e.incomplete = true
		p.fail(e)
	}
	li := p.lineIndex()
	sl, el := int(t.start.Line), int(t.end.Line)
	e := newError(p.filename, p.src, kind, sl, li.charOffset(sl, int(t.start.Col)), el, li.charOffset(el, int(t.end.Col)), msg)
	if t.kind == tDEDENT || t.kind == tINDENT {
		// CPython's INDENT and DEDENT tokens have no columns; it reports
		// where its scanner stands, after the indentation.
		e.Col = li.charOffset(sl, int(t.start.Col)) - 1
		e.EndCol = -1
	}
	p.fail(e)
}

// errorAt reports an error covering the span sp.
func (p *parser) errorAt(sp Span, format string, args ...any) {
	li := p.lineIndex()
	sl, el := int(sp.Start.Line), int(sp.End.Line)
	p.fail(newError(p.filename, p.src, "SyntaxError", sl, li.charOffset(sl, int(sp.Start.Col)), el, li.charOffset(el, int(sp.End.Col)), fmt.Sprintf(format, args...)))
}

// errorStartingFrom reports an error from start to the scanner's position
// after the token last, as CPython's RAISE_SYNTAX_ERROR_STARTING_FROM does.
func (p *parser) errorStartingFrom(start Pos, last *token, format string, args ...any) {
	li := p.lineIndex()
	sl, el := int(start.Line), int(last.end.Line)
	p.fail(newError(p.filename, p.src, "SyntaxError", sl, li.charOffset(sl, int(start.Col)), el, li.charOffset(el, int(last.end.Col))-1, fmt.Sprintf(format, args...)))
}

// finalError applies CPython's rule that a tokenizer error anywhere in the
// file takes precedence over a parser error: having failed, CPython scans
// the rest of the input, and reports any error the scanner finds there
// instead, or an unclosed bracket opened before the error's line.
func (p *parser) finalError() *Error {
	e := p.err
	if e == nil {
		return p.scanError()
	}
	if e.Line > 0 && p.mode != ModeSingle && !p.final {
		var t token
		t.kind = tERROR
		if p.sc.err == nil {
			for {
				p.sc.next(&t)
				if t.kind == tEOF || t.kind == tERROR {
					break
				}
			}
		}
		if p.sc.err != nil {
			if p.sc.err.Kind == "SyntaxError" && !p.sc.err.generic {
				return p.scanError()
			}
		} else if t.kind == tERROR && len(p.sc.parens) > 0 {
			// CPython compares with the line of the last token it read.
			last := e.Line
			if n := len(p.toks); n > 0 {
				last = int(p.toks[n-1].start.Line)
			}
			if open := p.sc.parens[len(p.sc.parens)-1]; open.line < last {
				return p.unclosedError()
			}
		}
	}
	return e
}

// invalidAssignment reports the error for an assignment to x, an invalid
// target, with the current token the '='. Like CPython, it suggests '=='
// when the part of x just before the '=' looks like the left operand of a
// comparison.
func (p *parser) invalidAssignment(x Expr) {
	switch v := x.(type) {
	case *Yield, *YieldFrom:
		if p.parenthesizedOperand(x) {
			if _, ok := p.followsSimpleOperand(); ok {
				p.errorAt(x.GetSpan(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x))
			}
		}
		p.errorAt(x.GetSpan(), "assignment to yield expression not possible")
	case *Tuple:
		if len(v.Elts) > 0 && v.Elts[0].GetSpan().Start == v.Start {
			last := v.Elts[len(v.Elts)-1]
			if last.GetSpan().End != v.End {
				return // a trailing comma
			}
			if n, ok := last.(*Name); ok {
				if end, ok := p.followsSimpleOperand(); ok {
					p.errorAt(Span{n.Start, end}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
				}
				return
			}
			x = last
		}
	}
	if _, ok := p.followsSimpleOperand(); ok && (maybeEquality(x, &Name{}) || p.parenthesizedOperand(x)) && invalidTarget(x, Store) == x {
		p.errorAt(x.GetSpan(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x))
	}
}

// parenthesizedOperand reports whether x, just parsed, was in parentheses
// of its own and is not a tuple or generator expression: CPython's
// invalid_named_expression then takes it as the left operand of a
// mistyped '==' whatever it is, "(x := 1) = 2" or "(a < b) = 1".
func (p *parser) parenthesizedOperand(x Expr) bool {
	switch x.(type) {
	case *Tuple, *List, *GeneratorExp, *Starred:
		return false
	}
	end := x.GetSpan().End
	return end.Line < p.prevEnd.Line || end.Line == p.prevEnd.Line && end.Col < p.prevEnd.Col
}

// maybeEquality reports whether CPython would suggest '==' for the invalid
// assignment target = value: a single '=' between two simple operands, as
// in "if x = 1" typed without the if.
func maybeEquality(target, value Expr) bool {
	switch target.(type) {
	case *Tuple, *List, *GeneratorExp, *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *NamedExpr:
		return false
	case *UnaryOp:
		if target.(*UnaryOp).Op == Not {
			return false
		}
	case *Constant:
		switch target.(*Constant).Value.(type) {
		case nil, bool:
			return false
		}
	}
	switch v := value.(type) {
	case *Yield, *YieldFrom, *Lambda, *Starred, *BoolOp, *IfExp:
		return false
	case *UnaryOp:
		return v.Op != Not
	}
	return true
}

// invalidExprStmt reports the error for an expression followed by
// something that cannot follow it, checking first for Python 2 print.
func (p *parser) invalidExprStmt(x Expr, first *token) {
	if n, ok := x.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.canStartExpr() {
		save := p.i
		p.explore()
		if y := p.trySpeculative(func() Expr { return p.starExpressions() }); y != nil {
			p.errorAt(Span{n.Start, y.GetSpan().End}, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
		}
		p.i = save
	}
	p.exploreExpression()
	p.syntaxError()
}

// exploreExpression reads an expression at the current token, if one can
// start there, only for the errors this may meet. CPython's second pass
// does so after an expression, to see whether a comma is missing, and may
// meet a tokenizer error or the end of the input inside brackets.
func (p *parser) exploreExpression() {
	if p.canStartExpr() {
		save, saveEnd := p.i, p.prevEnd
		p.explore()
		p.trySpeculative(func() Expr { return p.expression() })
		p.i, p.prevEnd = save, saveEnd
	}
}

// trySpeculative runs f and returns its result, or nil (with the parser's
// position restored) if it failed.
func (p *parser) trySpeculative(f func() Expr) (x Expr) {
	save, saveEnd, saveErr, saveDepth := p.i, p.prevEnd, p.err, p.depth
	p.speculating++
	defer func() {
		p.speculating--
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok || p.definitive {
				panic(r)
			}
			p.i, p.prevEnd, p.err, p.depth = save, saveEnd, saveErr, saveDepth
			x = nil
		}
		if p.firstPassEnd > 0 && p.toks[len(p.toks)-1].kind == tERROR {
			// Looking for a better message ran into a tokenizer error,
			// as CPython's second pass does, and CPython reports it.
			if p.sc.err == nil {
				p.fail(p.unclosedError())
			} else if p.sc.err.Msg != "invalid syntax" {
				p.fail(p.scanError())
			}
		}
	}()
	return f()
}

// optional runs f, which parses an optional part of a rule. If f fails
// with a plain "invalid syntax", optional reports msg at t instead.
func (p *parser) optional(f func(), t *token, msg string) {
	save, saveEnd := p.i, p.prevEnd
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok || p.sc.err != nil || p.err.Msg != "invalid syntax" {
				panic(r)
			}
			p.i, p.prevEnd, p.err = save, saveEnd, nil
			p.errorAtTok(t, "%s", msg)
		}
	}()
	f()
}

// forgotComma reports CPython's "Perhaps you forgot a comma?" if an
// expression inside brackets is directly followed by another one.
func (p *parser) forgotComma(last Expr) {
	if last == nil || !p.canStartExpr() || p.i == 0 || p.toks[p.i-1].depth == 0 {
		return
	}
	switch last.(type) {
	case *Lambda, *IfExp, *Starred, *NamedExpr, *Slice:
		return // not a disjunction, so not CPython's rule
	}
	if n, ok := last.(*Name); ok {
		if k := p.tok().kind; k == tSTRING || k == tFSTRING_START {
			return
		}
		switch n.Id {
		case "match", "case", "type", "_":
			return
		}
	}
	if k := p.tok().kind; k == tNOT || k == tLAMBDA {
		return
	}
	save, saveEnd := p.i, p.prevEnd
	p.explore()
	if y := p.trySpeculative(func() Expr { return p.expression() }); y != nil {
		// CPython's second pass raises this as soon as it finds it, even
		// while trying an alternative.
		p.definitive = true
		p.errorAt(Span{last.GetSpan().Start, y.GetSpan().End}, "invalid syntax. Perhaps you forgot a comma?")
	}
	p.i, p.prevEnd = save, saveEnd
}

// lastOperand returns the expression that ends x, a subscript or target
// list, the one a following expression would have to be separated from by
// a comma.
func lastOperand(x Expr) Expr {
	switch v := x.(type) {
	case *Tuple:
		if len(v.Elts) > 0 && v.End == v.Elts[len(v.Elts)-1].GetSpan().End {
			return lastOperand(v.Elts[len(v.Elts)-1])
		}
		return nil
	case *Starred:
		return v.Value // in a subscript, *expression
	case *Slice:
		for _, e := range []Expr{v.Step, v.Upper, v.Lower} {
			if e != nil {
				if e.GetSpan().End == v.End {
					return e
				}
				return nil
			}
		}
		return nil
	}
	return x
}

// followsSimpleOperand reports whether the '=' at the current token is
// followed by an operand (a bitwise_or, ending at end) and then not by
// another '=' or ':='.
func (p *parser) followsSimpleOperand() (end Pos, ok bool) {
	save, saveEnd := p.i, p.prevEnd
	defer func() { p.i, p.prevEnd = save, saveEnd }()
	p.explore()
	p.next()
	if !p.canStartExpr() || p.tok().kind == tNOT || p.tok().kind == tLAMBDA {
		return end, false
	}
	y := p.trySpeculative(func() Expr { return p.bitwiseOr() })
	if y == nil {
		return end, false
	}
	k := p.tok().kind
	return p.prevEnd, k != tEQUAL && k != tWALRUS
}

// unpackingAssignment reports "f(*a=1)" and "f(**a=1)"; star is the '*'
// or '**' token.
func (p *parser) unpackingAssignment(star *token, what string) {
	if p.tok().kind != tEQUAL {
		return
	}
	p.explore()
	save, saveEnd := p.i, p.prevEnd
	if v := p.trySpeculative(func() Expr { p.next(); return p.expression() }); v != nil {
		p.errorAt(Span{star.start, v.GetSpan().End}, "cannot assign to %s", what)
	}
	p.i, p.prevEnd = save, saveEnd
}

// keywordError explains "f(x.y=1)" and the like.
func (p *parser) keywordError(x Expr) {
	switch c := x.(type) {
	case *Constant:
		switch c.Value.(type) {
		case nil, bool:
			p.errorAt(Span{x.GetSpan().Start, p.tok().end}, "cannot assign to %s", exprName(x))
		}
	}
	eq := p.tok()
	p.errorAt(Span{x.GetSpan().Start, eq.end}, "expression cannot contain assignment, perhaps you meant \"==\"?")
}

// parenthesizedParams reports Python 2's tuple parameters, "def f((a, b))".
func (p *parser) parenthesizedParams(lambda bool) {
	lpar := p.tok()
	n := 1
	if p.peek(n).kind != tNAME {
		return
	}
	for n++; p.peek(n).kind == tCOMMA && p.peek(n+1).kind == tNAME; n += 2 {
	}
	if p.peek(n).kind == tCOMMA {
		n++
	}
	if rpar := p.peek(n); rpar.kind == tRPAR {
		what := "Function"
		if lambda {
			what = "Lambda expression"
		}
		p.errorAt(Span{lpar.start, rpar.end}, "%s parameters cannot be parenthesized", what)
	}
}

// unparenthesizedTarget reports "[x, y for x, y in z]", where the
// elements of a display are followed by a comprehension's for.
func (p *parser) unparenthesizedTarget(elts []Expr) {
	if k := p.tok().kind; len(elts) > 1 && (k == tFOR || k == tASYNC) {
		p.errorAt(Span{elts[0].GetSpan().Start, elts[len(elts)-1].GetSpan().End}, "did you forget parentheses around the comprehension target?")
	}
}

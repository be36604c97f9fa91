// This file defines the resource-leak features: a Warning diagnostic at the
// line that opened each leaked resource, with its allocation stack as
// related information, and the quick fix that rewrites the simple shapes
// into a with statement:
//
//	open(p).write(s)          ->  with open(p) as f:
//	                                  f.write(s)
//	f = open(p)               ->  with open(p) as f:
//	data = f.read()                   data = f.read()
//	f.close()
//
// The second shape is offered only when every use of the name is in the
// statements that follow in the same block.

package lsp

import (
	"context"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/kilnpy/kiln/vm/syntax"
)

// leakCode is the diagnostic code of a leak, the warning CPython would
// print.
const leakCode = "ResourceWarning"

func (s *server) leakDiagnostics(d *document, enc positionEncoding) []protocol.Diagnostic {
	var diags []protocol.Diagnostic
	s.facts.view(d.path, func(f *fileFacts) {
		for _, l := range f.leaks {
			r := d.lineRange(l.line, enc)
			if l.col >= 0 && l.col < len(d.line(l.line)) {
				r.Start = d.position(l.line, l.col, enc)
			}
			how := "closed by the garbage collector"
			if l.detectedBy == "exit" {
				how = "still open at exit"
			}
			desc := l.desc
			if desc != "" {
				desc = " " + desc
			}
			diag := protocol.Diagnostic{
				Range:    r,
				Severity: protocol.DiagnosticSeverityWarning,
				Source:   diagnosticSource,
				Code:     leakCode,
				Message:  fmt.Sprintf("ResourceWarning: unclosed %s%s (%s)", l.resource, desc, how),
			}
			for i, fr := range l.stack {
				if fr.path == "" || fr.line <= 0 {
					continue
				}
				msg := "opened in " + fr.fn
				if i > 0 {
					msg = "called from " + fr.fn
				}
				line := fr.line - 1
				if fr.path == d.path && i == 0 {
					line = l.line
				}
				diag.RelatedInformation = append(diag.RelatedInformation, protocol.DiagnosticRelatedInformation{
					Location: protocol.Location{URI: fileURI(fr.path), Range: protocol.Range{
						Start: protocol.Position{Line: uint32(line)}, End: protocol.Position{Line: uint32(line)}}},
					Message: msg,
				})
			}
			diags = append(diags, diag)
		}
	})
	return diags
}

// CodeAction offers the with-statement rewrite for leaks in the range.
func (s *server) CodeAction(_ context.Context, p *protocol.CodeActionParams) ([]protocol.CodeAction, error) {
	d, enc, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	if len(p.Context.Only) > 0 && !wantsQuickFix(p.Context.Only) {
		return []protocol.CodeAction{}, nil
	}
	leaks := map[int]protocol.Diagnostic{}
	for _, diag := range s.leakDiagnostics(d, enc) {
		l := int(diag.Range.Start.Line)
		if l >= int(p.Range.Start.Line) && l <= int(p.Range.End.Line) {
			leaks[l] = diag
		}
	}
	actions := []protocol.CodeAction{}
	for line, diag := range leaks {
		edit, ok := withFix(d, line, enc)
		if !ok {
			continue
		}
		actions = append(actions, protocol.CodeAction{
			Title:       "Close it with a with statement",
			Kind:        protocol.QuickFix,
			Diagnostics: []protocol.Diagnostic{diag},
			IsPreferred: true,
			Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{d.uri: {edit}}},
		})
	}
	return actions, nil
}

func wantsQuickFix(only []protocol.CodeActionKind) bool {
	for _, k := range only {
		if k == protocol.QuickFix || strings.HasPrefix(string(protocol.QuickFix), string(k)+".") || k == "" {
			return true
		}
	}
	return false
}

// withFix computes the rewrite of the statement starting on 0-based line.
func withFix(d *document, line int, enc positionEncoding) (protocol.TextEdit, bool) {
	a := d.analysis()
	if a.mod == nil {
		return protocol.TextEdit{}, false
	}
	body, i, scope := findStatement(a.mod.Body, nil, line+1)
	if body == nil {
		return protocol.TextEdit{}, false
	}
	st := body[i]
	if !ownsLines(d, st) {
		return protocol.TextEdit{}, false
	}
	first := int(st.GetSpan().Start.Line) - 1
	indent := leadingSpace(d.line(first))

	// f = open(...): wrap the statements that use f.
	if as, ok := st.(*syntax.Assign); ok && len(as.Targets) == 1 && isOpenCall(as.Value) {
		if name, ok := as.Targets[0].(*syntax.Name); ok {
			return wrapUses(d, a.mod, body, i, scope, name.Id, as.Value, indent, enc)
		}
	}
	// open(...).method(...) anywhere in a simple statement.
	var inner syntax.Expr
	syntax.Walk(st, func(n syntax.Node) bool {
		if inner != nil {
			return false
		}
		switch n := n.(type) {
		case *syntax.FunctionDef, *syntax.ClassDef, *syntax.Lambda:
			return false
		case *syntax.Attribute:
			if isOpenCall(n.Value) {
				inner = n.Value
				return false
			}
		}
		return true
	})
	if inner == nil || isCompound(st) {
		return protocol.TextEdit{}, false
	}
	name := freshName(a.mod, "f")
	openText := spanText(d, inner.GetSpan())
	isp := inner.GetSpan()
	// Replace the open(...) call inside the statement by the name.
	before := spanText(d, syntax.Span{Start: syntax.Pos{Line: int32(first + 1), Col: 0}, End: isp.Start})
	after := spanText(d, syntax.Span{Start: isp.End, End: st.GetSpan().End})
	var b strings.Builder
	fmt.Fprintf(&b, "%swith %s as %s:\n", indent, openText, name)
	b.WriteString(indentLines(before+name+after+trailing(d, st), "    "))
	return replaceLines(d, first, int(st.GetSpan().End.Line)-1, b.String(), enc), true
}

// wrapUses rewrites `name = open(...)` and the statements after it in the
// same block that use name into a with statement; a final name.close()
// is dropped.
func wrapUses(d *document, mod *syntax.Module, body []syntax.Stmt, i int, scope syntax.Node, name string, call syntax.Expr, indent string, enc positionEncoding) (protocol.TextEdit, bool) {
	last := i
	for j := i + 1; j < len(body); j++ {
		if uses(body[j], name) {
			last = j
		}
	}
	from := body[i].GetSpan().Start
	to := body[last].GetSpan().End
	// Every use of name in the enclosing function (or module) must be
	// in the statements being wrapped.
	outside := false
	walkScope(scope, mod, func(n syntax.Node) {
		if nm, ok := n.(*syntax.Name); ok && nm.Id == name && !within(nm.Start, from, to) {
			outside = true
		}
	})
	if outside {
		return protocol.TextEdit{}, false
	}
	for j := i + 1; j <= last; j++ {
		if !ownsLines(d, body[j]) {
			return protocol.TextEdit{}, false
		}
		if as, ok := body[j].(*syntax.Assign); ok && j > i && assigns(as, name) {
			return protocol.TextEdit{}, false
		}
		if usedInNestedScope(body[j], name) {
			// A function using the file may run after the with
			// statement has closed it.
			return protocol.TextEdit{}, false
		}
	}
	dropClose := last > i && isCloseCall(body[last], name)
	endBody := last
	if dropClose {
		endBody = last - 1
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%swith %s as %s:%s\n", indent, spanText(d, call.GetSpan()), name, trailing(d, body[i]))
	firstLine := int(body[i].GetSpan().End.Line) // 0-based line after the assignment
	if endBody > i {
		lastLine := int(body[endBody].GetSpan().End.Line) - 1
		var lines []string
		for l := firstLine; l <= lastLine; l++ {
			lines = append(lines, d.line(l))
		}
		b.WriteString(indentLines(strings.Join(lines, "\n"), "    "))
	} else {
		b.WriteString(indent + "    pass")
	}
	return replaceLines(d, int(from.Line)-1, int(to.Line)-1, b.String(), enc), true
}

// trailing returns what follows a statement on its last line: spaces and
// a comment, kept by the rewrite.
func trailing(d *document, st syntax.Stmt) string {
	end := st.GetSpan().End
	l := d.line(int(end.Line) - 1)
	return l[min(int(end.Col), len(l)):]
}

// replaceLines is the edit replacing whole lines first..last with text.
func replaceLines(d *document, first, last int, text string, enc positionEncoding) protocol.TextEdit {
	return protocol.TextEdit{
		Range:   protocol.Range{Start: d.position(first, 0, enc), End: d.position(last, len(d.line(last)), enc)},
		NewText: text,
	}
}

func indentLines(text, by string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = by + l
		}
	}
	return strings.Join(lines, "\n")
}

func leadingSpace(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// spanText returns the source text of a span.
func spanText(d *document, sp syntax.Span) string {
	lineStart := func(l int32) int { return d.lines[max(min(int(l)-1, len(d.lines)-1), 0)] }
	start := lineStart(sp.Start.Line) + int(sp.Start.Col)
	end := lineStart(sp.End.Line) + int(sp.End.Col)
	if start < 0 || end > len(d.text) || start > end {
		return ""
	}
	return d.text[start:end]
}

// ownsLines reports whether st is alone on its lines: nothing but
// indentation before it and nothing but a comment after it.
func ownsLines(d *document, st syntax.Stmt) bool {
	sp := st.GetSpan()
	first := d.line(int(sp.Start.Line) - 1)
	if strings.TrimSpace(first[:min(int(sp.Start.Col), len(first))]) != "" {
		return false
	}
	last := d.line(int(sp.End.Line) - 1)
	rest := strings.TrimSpace(last[min(int(sp.End.Col), len(last)):])
	return rest == "" || strings.HasPrefix(rest, "#")
}

func isOpenCall(x syntax.Expr) bool {
	c, ok := x.(*syntax.Call)
	if !ok {
		return false
	}
	n, ok := c.Func.(*syntax.Name)
	return ok && n.Id == "open"
}

func isCloseCall(st syntax.Stmt, name string) bool {
	es, ok := st.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := es.Value.(*syntax.Call)
	if !ok || len(c.Args) > 0 {
		return false
	}
	at, ok := c.Func.(*syntax.Attribute)
	if !ok || at.Attr != "close" {
		return false
	}
	n, ok := at.Value.(*syntax.Name)
	return ok && n.Id == name
}

func assigns(as *syntax.Assign, name string) bool {
	for _, t := range as.Targets {
		if n, ok := t.(*syntax.Name); ok && n.Id == name {
			return true
		}
	}
	return false
}

func uses(n syntax.Node, name string) bool {
	found := false
	syntax.Walk(n, func(n syntax.Node) bool {
		if nm, ok := n.(*syntax.Name); ok && nm.Id == name {
			found = true
		}
		return !found
	})
	return found
}

// usedInNestedScope reports whether a def, class or lambda inside n uses
// name.
func usedInNestedScope(n syntax.Node, name string) bool {
	found := false
	syntax.Walk(n, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.FunctionDef, *syntax.ClassDef, *syntax.Lambda:
			if uses(n, name) {
				found = true
			}
			return false
		}
		return !found
	})
	return found
}

func within(p, from, to syntax.Pos) bool {
	after := p.Line > from.Line || p.Line == from.Line && p.Col >= from.Col
	before := p.Line < to.Line || p.Line == to.Line && p.Col < to.Col
	return after && before
}

func isCompound(st syntax.Stmt) bool {
	switch st.(type) {
	case *syntax.If, *syntax.For, *syntax.While, *syntax.With, *syntax.Try, *syntax.Match,
		*syntax.FunctionDef, *syntax.ClassDef:
		return true
	}
	return false
}

// freshName returns base, or base with a number, whichever the module
// does not use yet.
func freshName(mod *syntax.Module, base string) string {
	used := map[string]bool{}
	syntax.WalkModule(mod, func(n syntax.Node) bool {
		if nm, ok := n.(*syntax.Name); ok {
			used[nm.Id] = true
		}
		return true
	})
	name := base
	for i := 1; used[name]; i++ {
		name = fmt.Sprintf("%s%d", base, i)
	}
	return name
}

// findStatement finds the statement starting on a 1-based line, the block
// it is in and the function (nil: the module) that block belongs to.
func findStatement(body []syntax.Stmt, scope syntax.Node, line int) ([]syntax.Stmt, int, syntax.Node) {
	for i, st := range body {
		sp := st.GetSpan()
		if int(sp.Start.Line) == line {
			return body, i, scope
		}
		if line < int(sp.Start.Line) || line > int(sp.End.Line) {
			continue
		}
		for _, blk := range blocks(st) {
			inner := scope
			if _, ok := st.(*syntax.FunctionDef); ok {
				inner = st
			}
			if b, j, sc := findStatement(blk, inner, line); b != nil {
				return b, j, sc
			}
		}
	}
	return nil, 0, nil
}

// blocks returns the statement lists nested in a compound statement.
func blocks(st syntax.Stmt) [][]syntax.Stmt {
	switch st := st.(type) {
	case *syntax.FunctionDef:
		return [][]syntax.Stmt{st.Body}
	case *syntax.ClassDef:
		return [][]syntax.Stmt{st.Body}
	case *syntax.If:
		return [][]syntax.Stmt{st.Body, st.OrElse}
	case *syntax.For:
		return [][]syntax.Stmt{st.Body, st.OrElse}
	case *syntax.While:
		return [][]syntax.Stmt{st.Body, st.OrElse}
	case *syntax.With:
		return [][]syntax.Stmt{st.Body}
	case *syntax.Try:
		bs := [][]syntax.Stmt{st.Body, st.OrElse, st.FinalBody}
		for _, h := range st.Handlers {
			bs = append(bs, h.Body)
		}
		return bs
	case *syntax.Match:
		var bs [][]syntax.Stmt
		for _, c := range st.Cases {
			bs = append(bs, c.Body)
		}
		return bs
	}
	return nil
}

// walkScope calls f on every node of a function, or of the whole module
// when scope is nil.
func walkScope(scope syntax.Node, mod *syntax.Module, f func(syntax.Node)) {
	visit := func(n syntax.Node) bool { f(n); return true }
	if scope == nil {
		syntax.WalkModule(mod, visit)
		return
	}
	syntax.Walk(scope, visit)
}

// This file defines document symbols: the outline of classes, functions
// and methods, and the names module and class bodies assign.

package lsp

import (
	"context"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/kilnpy/kiln/vm/syntax"
)

// DocumentSymbol answers textDocument/documentSymbol with a tree of
// DocumentSymbols.
func (s *server) DocumentSymbol(_ context.Context, p *protocol.DocumentSymbolParams) ([]interface{}, error) {
	d, enc, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	a := d.analysis()
	out := []interface{}{}
	if a.mod == nil {
		return out, nil
	}
	for _, sym := range symbolsOf(d, a.mod.Body, false, enc) {
		out = append(out, sym)
	}
	return out, nil
}

func symbolsOf(d *document, body []syntax.Stmt, inClass bool, enc positionEncoding) []protocol.DocumentSymbol {
	var syms []protocol.DocumentSymbol
	seen := map[string]bool{}
	rangeOf := func(sp syntax.Span) protocol.Range {
		return protocol.Range{Start: d.position(int(sp.Start.Line)-1, int(sp.Start.Col), enc),
			End: d.position(int(sp.End.Line)-1, int(sp.End.Col), enc)}
	}
	variable := func(n *syntax.Name, st syntax.Stmt) {
		if seen[n.Id] {
			return
		}
		seen[n.Id] = true
		kind := protocol.SymbolKindVariable
		switch {
		case inClass:
			kind = protocol.SymbolKindField
		case n.Id == strings.ToUpper(n.Id) && strings.ToLower(n.Id) != n.Id:
			kind = protocol.SymbolKindConstant
		}
		syms = append(syms, protocol.DocumentSymbol{Name: n.Id, Kind: kind,
			Range: rangeOf(st.GetSpan()), SelectionRange: rangeOf(n.Span)})
	}
	for _, st := range body {
		switch st := st.(type) {
		case *syntax.FunctionDef:
			kind := protocol.SymbolKindFunction
			if inClass {
				kind = protocol.SymbolKindMethod
				if st.Name == "__init__" {
					kind = protocol.SymbolKindConstructor
				}
			}
			syms = append(syms, protocol.DocumentSymbol{Name: st.Name, Kind: kind,
				Detail: "(" + strings.Join(paramNames(st.Args), ", ") + ")",
				Range:  rangeOf(st.Span), SelectionRange: rangeOf(st.NameSpan),
				Children: symbolsOf(d, definitions(st.Body), false, enc)})
		case *syntax.ClassDef:
			syms = append(syms, protocol.DocumentSymbol{Name: st.Name, Kind: protocol.SymbolKindClass,
				Range: rangeOf(st.Span), SelectionRange: rangeOf(st.NameSpan),
				Children: symbolsOf(d, st.Body, true, enc)})
		case *syntax.Assign:
			for _, t := range st.Targets {
				for _, n := range targetNames(t) {
					variable(n, st)
				}
			}
		case *syntax.AnnAssign:
			if n, ok := st.Target.(*syntax.Name); ok {
				variable(n, st)
			}
		case *syntax.If, *syntax.Try, *syntax.With, *syntax.For, *syntax.While:
			// Definitions under `if __name__ == "__main__":` or a
			// try/except ImportError are still the module's.
			for _, blk := range blocks(st) {
				for _, sym := range symbolsOf(d, blk, inClass, enc) {
					if !seen[sym.Name] {
						seen[sym.Name] = true
						syms = append(syms, sym)
					}
				}
			}
		}
	}
	return syms
}

func targetNames(t syntax.Expr) []*syntax.Name {
	switch t := t.(type) {
	case *syntax.Name:
		return []*syntax.Name{t}
	case *syntax.Tuple:
		var ns []*syntax.Name
		for _, e := range t.Elts {
			ns = append(ns, targetNames(e)...)
		}
		return ns
	case *syntax.List:
		var ns []*syntax.Name
		for _, e := range t.Elts {
			ns = append(ns, targetNames(e)...)
		}
		return ns
	case *syntax.Starred:
		return targetNames(t.Value)
	}
	return nil
}

func paramNames(a *syntax.Arguments) []string {
	if a == nil {
		return nil
	}
	var names []string
	for _, p := range a.PosOnlyArgs {
		names = append(names, p.Arg)
	}
	for _, p := range a.Args {
		names = append(names, p.Arg)
	}
	if a.VarArg != nil {
		names = append(names, "*"+a.VarArg.Arg)
	}
	for _, p := range a.KwOnlyArgs {
		names = append(names, p.Arg)
	}
	if a.KwArg != nil {
		names = append(names, "**"+a.KwArg.Arg)
	}
	return names
}

// definitions keeps the def and class statements of a function body: its
// local variables are not part of the outline.
func definitions(body []syntax.Stmt) []syntax.Stmt {
	var defs []syntax.Stmt
	for _, st := range body {
		switch st.(type) {
		case *syntax.FunctionDef, *syntax.ClassDef:
			defs = append(defs, st)
		}
	}
	return defs
}

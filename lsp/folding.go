// This file defines folding ranges: the body of every compound statement
// (def, class, if, for, while, with, try, match) and runs of imports.

package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"github.com/kilnpy/kiln/vm/syntax"
)

// FoldingRanges answers textDocument/foldingRange. A range starts on the
// header line and ends on the last line of the statement, so the header
// stays visible when folded.
func (s *server) FoldingRanges(_ context.Context, p *protocol.FoldingRangeParams) ([]protocol.FoldingRange, error) {
	d, _, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	a := d.analysis()
	out := []protocol.FoldingRange{}
	if a.mod == nil {
		return out, nil
	}
	fold := func(sp syntax.Span, kind protocol.FoldingRangeKind) {
		start, end := int(sp.Start.Line)-1, int(sp.End.Line)-1
		if sp.End.Col == 0 {
			end--
		}
		if end > start {
			out = append(out, protocol.FoldingRange{StartLine: uint32(start), EndLine: uint32(end), Kind: kind})
		}
	}
	var imports []syntax.Stmt
	flush := func() {
		if len(imports) > 1 {
			fold(syntax.Span{Start: imports[0].GetSpan().Start, End: imports[len(imports)-1].GetSpan().End}, protocol.ImportsFoldingRange)
		}
		imports = nil
	}
	var walk func(body []syntax.Stmt)
	walk = func(body []syntax.Stmt) {
		for _, st := range body {
			switch st.(type) {
			case *syntax.Import, *syntax.ImportFrom:
				imports = append(imports, st)
				continue
			}
			flush()
			if bs := blocks(st); bs != nil {
				fold(st.GetSpan(), protocol.RegionFoldingRange)
				for _, b := range bs {
					walk(b)
				}
			}
		}
		flush()
	}
	walk(a.mod.Body)
	return out, nil
}

// This file defines find references inside a file: every place the same
// variable (the same name in the same scope) is bound or used.

package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// References answers textDocument/references. The declaration is the first
// binding; includeDeclaration says whether to list it.
func (s *server) References(_ context.Context, p *protocol.ReferenceParams) ([]protocol.Location, error) {
	d, enc, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	o := occurrenceAt(d, p.Position, enc)
	locs := []protocol.Location{}
	if o == nil {
		return locs, nil
	}
	for _, other := range d.analysis().nameIndex(d).occs {
		if other.sym != o.sym || (!p.Context.IncludeDeclaration && other == o.sym.def) {
			continue
		}
		locs = append(locs, occurrenceLocation(d, other, enc))
	}
	return locs, nil
}

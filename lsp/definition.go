// This file defines go to definition inside a file: from a use of a name
// to the first place its scope binds it.

package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// Definition answers textDocument/definition with one location, or none
// for builtins and names nothing in the file binds.
func (s *server) Definition(_ context.Context, p *protocol.DefinitionParams) ([]protocol.Location, error) {
	d, enc, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	o := occurrenceAt(d, p.Position, enc)
	if o == nil || o.sym.def == nil {
		return []protocol.Location{}, nil
	}
	return []protocol.Location{occurrenceLocation(d, o.sym.def, enc)}, nil
}

// occurrenceAt finds the name at an LSP position.
func occurrenceAt(d *document, pos protocol.Position, enc positionEncoding) *occurrence {
	line := int(pos.Line)
	if line >= d.lineCount() {
		return nil
	}
	col := d.offset(pos, enc) - d.lines[line]
	return d.analysis().nameIndex(d).at(line, col)
}

func occurrenceLocation(d *document, o *occurrence, enc positionEncoding) protocol.Location {
	return protocol.Location{URI: d.uri, Range: protocol.Range{
		Start: d.position(o.line, o.start, enc), End: d.position(o.line, o.end, enc)}}
}

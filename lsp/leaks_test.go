// Tests of resource-leak diagnostics and the with-statement quick fix.

package lsp

import (
	"context"
	"fmt"
	"testing"

	"go.lsp.dev/protocol"
)

func TestLeaks(t *testing.T) { runMarkerTests(t, "leaks") }

// TestLeakRelatedInformation checks the allocation traceback attached to a
// leak.
func TestLeakRelatedInformation(t *testing.T) {
	c, uri := archiveSession(t, "testdata/leaks/oneliner.txt")
	eventually(t, func() error {
		ds := c.diagnostics(uri)
		if len(ds) != 1 {
			return fmt.Errorf("got %v", summarize(ds))
		}
		ri := ds[0].RelatedInformation
		if len(ri) != 2 || ri[0].Message != "opened in save" || ri[0].Location.Range.Start.Line != 1 ||
			ri[1].Message != "called from <module>" || ri[1].Location.Range.Start.Line != 3 || ri[1].Location.URI != uri {
			return fmt.Errorf("related information %s", dumpJSON(ri))
		}
		if ds[0].Code != "ResourceWarning" || ds[0].Source != "kiln" {
			return fmt.Errorf("code %v source %v", ds[0].Code, ds[0].Source)
		}
		return nil
	})
	// No quick fix where the shape is not one of the simple ones.
	acts, err := c.server.CodeAction(context.Background(), &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri},
		Range:        protocol.Range{Start: protocol.Position{Line: 3}, End: protocol.Position{Line: 3}}})
	if err != nil || len(acts) != 0 {
		t.Errorf("actions on a line without a leak: %v %v", acts, err)
	}
}

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

// TestNoFixForOtherShapes: the quick fix is offered only for the shapes it
// can rewrite without changing what the program does.
func TestNoFixForOtherShapes(t *testing.T) {
	for _, tc := range []struct {
		src  string
		line int // 0-based line of the leak
		fix  bool
	}{
		{"f = open('a')\ndata = f.read()\n", 0, true},
		{"f = open('a')\ndef g():\n    return f.read()\n", 0, false},                      // used in another scope
		{"def g():\n    f = open('a')\n    if f:\n        pass\n    return f\n", 1, true}, // uses in the same block
		{"x = 1; f = open('a')\n", 0, false},                                              // not alone on its line
		{"f, g = open('a'), 1\n", 0, false},                                               // not a simple target
		{"print(open('a'))\n", 0, false},                                                  // no method call on the file
		{"for line in open('a').readlines(): pass\n", 0, false},                           // compound statement
		{"data = open('a').read()\n", 0, true},
	} {
		d := newDocument("file:///p.py", 1, tc.src)
		_, ok := withFix(d, tc.line, encodingUTF16)
		if ok != tc.fix {
			t.Errorf("%q: fix offered %v, want %v", tc.src, ok, tc.fix)
		}
	}
}

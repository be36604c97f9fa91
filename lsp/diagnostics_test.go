// Tests of syntax and scope diagnostics, on open and after incremental
// changes.

package lsp

import (
	"fmt"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

func TestDiagnostics(t *testing.T) { runMarkerTests(t, "diagnostics") }

// TestDiagnosticsFollowIncrementalChanges types an error into a file and
// removes it again with incremental changes.
func TestDiagnosticsFollowIncrementalChanges(t *testing.T) {
	c := startServer(t, t.TempDir(), Options{})
	c.initialize(nil)
	uri := c.open("prog.py", "x = 1\ny = 2\n")
	want := func(n int, line int) {
		eventually(t, func() error {
			got := c.diagnostics(uri)
			if len(got) != n || n > 0 && int(got[0].Range.Start.Line) != line {
				return fmt.Errorf("diagnostics %v, want %d on line %d", summarize(got), n, line+1)
			}
			return nil
		})
	}
	want(0, 0)
	c.change(uri, 2, rangeChange(1, 5, 1, 5, " +")) // y = 2 +
	want(1, 1)
	c.change(uri, 3, rangeChange(1, 5, 1, 7, "")) // back to y = 2
	want(0, 0)
	c.change(uri, 4, map[string]any{"text": "def (:\n"}) // a full replacement
	want(1, 0)
	c.shutdown()
}

// TestDiagnosticColumnsUTF16 checks that an error after emoji is placed
// at its UTF-16 column.
func TestDiagnosticColumnsUTF16(t *testing.T) {
	c := startServer(t, t.TempDir(), Options{})
	c.initialize(nil)
	src := "s = '😀😀' $\n"
	uri := c.open("prog.py", src)
	eventually(t, func() error {
		got := c.diagnostics(uri)
		if len(got) != 1 {
			return fmt.Errorf("got %v", summarize(got))
		}
		// '$' is at code point 9, UTF-16 unit 11.
		if want := (protocol.Position{Line: 0, Character: 11}); got[0].Range.Start != want {
			return fmt.Errorf("error at %v, want %v (%s)", got[0].Range.Start, want, got[0].Message)
		}
		if !strings.Contains(got[0].Message, "SyntaxError") {
			return fmt.Errorf("message %q", got[0].Message)
		}
		return nil
	})
}

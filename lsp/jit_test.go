// Tests of the JIT facts: loop lenses, the warm-up lens, the trace hover
// and kiln.showTrace.

package lsp

import (
	"context"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

func TestJITFacts(t *testing.T) { runMarkerTests(t, "jit") }

// TestShowTrace checks the full trace text of a loop: its IR with the
// source interleaved, then its bridges.
func TestShowTrace(t *testing.T) {
	c, uri := archiveSession(t, "testdata/jit/loops.txt")
	var text string
	eventually(t, func() error {
		res, err := c.server.ExecuteCommand(context.Background(), &protocol.ExecuteCommandParams{
			Command: "kiln.showTrace", Arguments: []interface{}{string(uri), 3}})
		if err != nil {
			return err
		}
		text, _ = res.(string)
		return nil
	})
	for _, want := range []string{
		"# line 4: JIT: compiled after 1039 iterations",
		"# Loop 1\n[i0, i1, i2]\n# 4: while i < n:",
		"# 5: if i % 3:\ndebug_merge_point(0, 0, 'hot;prog.py:1-5~#12 BINARY_MODULO')",
		"+27: --end of the loop--",
		"# bridge out of guard 2\n# 6: total += i\n[i0, i1, i2]\n+62: jump",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("trace text lacks %q:\n%s", want, text)
		}
	}
	// Unknown document: a JSON-RPC error, not a crash.
	_, err := c.server.ExecuteCommand(context.Background(), &protocol.ExecuteCommandParams{
		Command: "kiln.showTrace", Arguments: []interface{}{"file:///nowhere.py"}})
	if err == nil {
		t.Error("showTrace on a file without facts succeeded")
	}
}

// TestShowTraceHeader checks that a jit-log-opt header line in the IR text
// (testdata/jit/header.txt) gives the same trace text as none: one heading
// per loop and bridge, the server's own.
func TestShowTraceHeader(t *testing.T) {
	c, uri := archiveSession(t, "testdata/jit/header.txt")
	var text string
	eventually(t, func() error {
		res, err := c.server.ExecuteCommand(context.Background(), &protocol.ExecuteCommandParams{
			Command: "kiln.showTrace", Arguments: []interface{}{string(uri), 2}})
		if err != nil {
			return err
		}
		text, _ = res.(string)
		return nil
	})
	for _, want := range []string{
		"# line 3: JIT: compiled after 2048 iterations",
		"# Loop 1\n[p0, i1, i2]\n# 3: for i in range(n):",
		"# bridge out of guard 65539\n# 3: for i in range(n):",
		"\n[i0]\n+200: jump",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("trace text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "# Loop 1 (") || strings.Contains(text, "Guard 0x10003 with") {
		t.Errorf("the JIT's header line is still in the trace text:\n%s", text)
	}
}

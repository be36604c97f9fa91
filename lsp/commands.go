// This file defines workspace/executeCommand: kiln.run (run the file and
// gather its runtime facts; run.go) and kiln.showTrace (the full trace text
// of a loop, for an editor to open beside the code).

package lsp

import (
	"context"
	"fmt"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// ExecuteCommand runs one of the commands declared at initialize.
func (s *server) ExecuteCommand(ctx context.Context, p *protocol.ExecuteCommandParams) (interface{}, error) {
	switch p.Command {
	case commandRun:
		return s.runFile(ctx, p)
	case commandShowTrace:
		return s.showTrace(p)
	}
	return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "unknown command %q", p.Command)
}

// showTrace returns the trace of the loop on a line (arguments: the
// document URI and a 0-based line), bridges included, as plain text. Without
// a line, or on a line with no loop, it returns every loop of the file.
func (s *server) showTrace(p *protocol.ExecuteCommandParams) (string, error) {
	uri, err := uriArgument(p.Arguments)
	if err != nil {
		return "", err
	}
	line := -1
	if len(p.Arguments) > 1 {
		if f, ok := p.Arguments[1].(float64); ok {
			line = int(f)
		}
	}
	path := uriPath(uri)
	var parts []string
	var all []string
	s.facts.view(path, func(f *fileFacts) {
		for _, l := range f.loops {
			text := traceText(l)
			all = append(all, text)
			if l.line == line {
				parts = append(parts, text)
			}
		}
	})
	if len(parts) == 0 {
		parts = all
	}
	if len(parts) == 0 {
		return "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "no JIT facts for %s: run it with kiln.run first", uri)
	}
	return strings.Join(parts, "\n\n"), nil
}

// traceText is the whole story of one loop, in PyPy's jit-log-opt syntax.
func traceText(l *loopFact) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# line %d: %s\n", l.line+1, loopTitle(l))
	if l.ir != "" {
		fmt.Fprintf(&b, "# Loop %d\n%s\n", l.loopID, l.ir)
	}
	for _, br := range l.bridgeIR {
		b.WriteString(br)
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

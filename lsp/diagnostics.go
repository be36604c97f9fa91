// This file defines the diagnostics of a document: the syntax or scope
// error Kiln's parser and resolver report (as the compiler would, before
// running anything), and the resource leaks of the last run (leaks.go).

package lsp

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// diagnosticSource names Kiln in every diagnostic.
const diagnosticSource = "kiln"

// publish queues d's diagnostics for sending. A publisher goroutine
// computes and sends them, so the goroutine reading messages never waits
// for the editor to read ours (an editor blocked writing to us while we
// block writing to it would deadlock both), and a burst of edits is
// diagnosed once, at its last version.
func (s *server) publish(_ context.Context, d *document) {
	if d == nil {
		return
	}
	s.pubMu.Lock()
	if s.pending == nil {
		s.pending = map[protocol.DocumentURI]*document{}
		s.pubWake = make(chan struct{}, 1)
		go s.publisher()
	}
	s.pending[d.uri] = d
	s.pubMu.Unlock()
	select {
	case s.pubWake <- struct{}{}:
	default:
	}
}

func (s *server) publisher() {
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-s.pubWake:
		}
		s.pubMu.Lock()
		docs := s.pending
		s.pending = map[protocol.DocumentURI]*document{}
		s.pubMu.Unlock()
		for _, d := range docs {
			if cur := s.current(d.uri); cur == nil || cur.version != d.version {
				continue // closed, or a newer version is queued
			}
			s.sendDiagnostics(s.ctx, d)
		}
	}
}

// sendDiagnostics computes and sends the diagnostics of d.
func (s *server) sendDiagnostics(ctx context.Context, d *document) {
	enc := s.encoding()
	diags := append(staticDiagnostics(d, enc), s.leakDiagnostics(d, enc)...)
	err := s.client.PublishDiagnostics(context.WithoutCancel(ctx), &protocol.PublishDiagnosticsParams{
		URI: d.uri, Version: uint32(max(d.version, 0)), Diagnostics: diags})
	if err != nil {
		s.log.Debug("publishDiagnostics", zap.Error(err))
	}
}

// staticDiagnostics reports the first syntax or scope error, as Kiln (and
// CPython) would when compiling the file.
func staticDiagnostics(d *document, enc positionEncoding) []protocol.Diagnostic {
	a := d.analysis()
	diags := []protocol.Diagnostic{}
	if e := a.syntaxErr; e != nil {
		line := max(e.Line-1, 0)
		start := codePointColumn(d.line(line), e.Col-1)
		endLine, end := line, -1
		if e.EndLine > 0 && e.EndCol > 0 {
			endLine = e.EndLine - 1
			end = codePointColumn(d.line(endLine), e.EndCol-1)
		}
		if end < 0 || endLine == line && end <= start {
			// Mark at least one character, as the caret does.
			end = start
			if l := d.line(line); start < len(l) {
				_, size := utf8.DecodeRuneInString(l[start:])
				end = start + size
			}
		}
		diags = append(diags, protocol.Diagnostic{
			Range:    protocol.Range{Start: d.position(line, start, enc), End: d.position(endLine, end, enc)},
			Severity: protocol.DiagnosticSeverityError,
			Source:   diagnosticSource,
			Code:     e.Kind,
			Message:  fmt.Sprintf("%s: %s", e.Kind, e.Msg),
		})
	}
	if e := a.scopeErr; e != nil {
		sl, sc := int(e.Span.Start.Line)-1, int(e.Span.Start.Col)
		el, ec := int(e.Span.End.Line)-1, int(e.Span.End.Col)
		if el < sl || el == sl && ec <= sc {
			el, ec = sl, len(d.line(sl))
		}
		diags = append(diags, protocol.Diagnostic{
			Range:    protocol.Range{Start: d.position(sl, sc, enc), End: d.position(el, ec, enc)},
			Severity: protocol.DiagnosticSeverityError,
			Source:   diagnosticSource,
			Code:     "SyntaxError",
			Message:  "SyntaxError: " + strings.TrimPrefix(e.Msg, "SyntaxError: "),
		})
	}
	return diags
}

// codePointColumn converts a 0-based column counted in code points (as
// CPython's SyntaxError offsets are) into a byte column.
func codePointColumn(line string, col int) int {
	if col <= 0 {
		return 0
	}
	n := 0
	for i := range line {
		if n == col {
			return i
		}
		n++
	}
	return len(line)
}

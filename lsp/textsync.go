// This file defines document synchronisation: didOpen, didChange
// (incremental), didClose, and re-diagnosing a document after each.

package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// DidOpen stores the text and publishes its diagnostics.
func (s *server) DidOpen(ctx context.Context, p *protocol.DidOpenTextDocumentParams) error {
	d := newDocument(p.TextDocument.URI, p.TextDocument.Version, p.TextDocument.Text)
	// Under s.mu, so that a run's facts arriving now are placed either
	// by attach or by loadRun, never by neither.
	s.mu.Lock()
	s.docs[d.uri] = d
	s.lastDoc = d.uri
	s.facts.attach(d)
	s.mu.Unlock()
	s.publish(ctx, d)
	return nil
}

// didChangeParams is DidChangeTextDocumentParams with changes whose range
// may be absent (a full replacement).
type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []textChange                             `json:"contentChanges"`
}

// didChange applies the changes in order, moves runtime facts with the
// text, and publishes the new diagnostics.
func (s *server) didChange(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	var p didChangeParams
	if err := json.Unmarshal(req.Params(), &p); err != nil {
		return reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "didChange: %v", err))
	}
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	enc := s.enc
	s.mu.Unlock()
	if d == nil || len(p.ContentChanges) == 0 {
		return reply(ctx, nil, nil)
	}
	var edits []lineEdit
	for _, c := range p.ContentChanges {
		var e lineEdit
		d, e = d.edit(c, enc)
		edits = append(edits, e)
	}
	d.version = p.TextDocument.Version
	s.mu.Lock()
	s.docs[d.uri] = d
	s.lastDoc = d.uri
	s.facts.follow(d.path, edits, d)
	s.mu.Unlock()
	s.publish(ctx, d)
	return reply(ctx, nil, nil)
}

// DidClose forgets the text; facts stay with the file.
func (s *server) DidClose(ctx context.Context, p *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	delete(s.docs, p.TextDocument.URI)
	if s.lastDoc == p.TextDocument.URI {
		s.lastDoc = ""
	}
	s.mu.Unlock()
	go s.client.PublishDiagnostics(context.WithoutCancel(ctx), &protocol.PublishDiagnosticsParams{
		URI: p.TextDocument.URI, Diagnostics: []protocol.Diagnostic{}})
	return nil
}

// DidSave is accepted; runs read the file from disk.
func (s *server) DidSave(context.Context, *protocol.DidSaveTextDocumentParams) error { return nil }

// openDocuments returns the open documents.
func (s *server) openDocuments() []*document {
	s.mu.Lock()
	defer s.mu.Unlock()
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	return docs
}

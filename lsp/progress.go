// This file defines work-done progress ($/progress) for long operations:
// with the token the client sent in the request, or one the server creates
// (window/workDoneProgress/create) when the client supports it.

package lsp

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"go.lsp.dev/protocol"
)

// progress reports on one operation; a nil *progress reports nothing.
type progress struct {
	s     *server
	ctx   context.Context
	token protocol.ProgressToken
}

var progressSeq atomic.Int32

func (s *server) beginProgress(ctx context.Context, token *protocol.ProgressToken, title, message string) *progress {
	ctx = context.WithoutCancel(ctx)
	if token == nil {
		s.mu.Lock()
		ok := s.clientCaps.workDoneProgress
		s.mu.Unlock()
		if !ok {
			return nil
		}
		token = protocol.NewProgressToken(fmt.Sprintf("kiln-%d", progressSeq.Add(1)))
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := s.client.WorkDoneProgressCreate(cctx, &protocol.WorkDoneProgressCreateParams{Token: *token})
		cancel()
		if err != nil {
			return nil
		}
	}
	p := &progress{s: s, ctx: ctx, token: *token}
	p.send(&protocol.WorkDoneProgressBegin{Kind: protocol.WorkDoneProgressKindBegin, Title: title, Message: message, Cancellable: false})
	return p
}

func (p *progress) send(v any) {
	if p == nil {
		return
	}
	_ = p.s.client.Progress(p.ctx, &protocol.ProgressParams{Token: p.token, Value: v})
}

func (p *progress) report(message string) {
	p.send(&protocol.WorkDoneProgressReport{Kind: protocol.WorkDoneProgressKindReport, Message: message})
}

func (p *progress) end(message string) {
	p.send(&protocol.WorkDoneProgressEnd{Kind: protocol.WorkDoneProgressKindEnd, Message: message})
}

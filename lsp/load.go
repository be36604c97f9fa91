// This file loads the results of a run (its trace log and the profile next
// to it) into the fact store and shows them: diagnostics are pushed, code
// lenses refreshed.

package lsp

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.lsp.dev/protocol"

	"go.uber.org/zap"
)

// profileFor names the profile written with a trace log: run.jsonl goes
// with run.pb.gz (kiln.run writes both; a user running kiln in a terminal
// may too).
func profileFor(logPath string) string {
	return strings.TrimSuffix(logPath, filepath.Ext(logPath)) + ".pb.gz"
}

// loadRun reads a trace log and its profile and replaces the facts of
// every file they cover.
func (s *server) loadRun(ctx context.Context, logPath string) error {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.mu.Lock()
	root := s.root
	s.mu.Unlock()
	dirs := []string{}
	if root != "" {
		dirs = append(dirs, root)
	}
	logDir := filepath.Dir(logPath)
	if filepath.Base(logDir) == ".kiln" {
		dirs = append(dirs, filepath.Dir(logDir))
	}
	dirs = append(dirs, logDir)
	rl, err := readRunLog(logPath, dirs)
	if rl == nil {
		return err
	}
	if err != nil {
		s.log.Warn("trace log read partly", zap.String("log", logPath), zap.Error(err))
	}
	open := map[string]*document{}
	for _, d := range s.openDocuments() {
		if d.path != "" {
			open[d.path] = d
		}
	}
	source := func(path string) *document {
		// The text that ran is the file on disk; an open document
		// stands in for it when the file is gone.
		if d := diskDocument(path); d != nil {
			return d
		}
		return open[path]
	}
	facts := factsFromLog(rl, source)
	if pp := profileFor(logPath); fileExists(pp) {
		if p, err := readProfile(pp); err != nil {
			s.log.Warn("unreadable profile", zap.String("profile", pp), zap.Error(err))
		} else {
			addProfileFacts(p, rl, facts, source)
		}
	}
	// The documents open now, under s.mu: one opened or edited since the
	// facts were read must get them (see DidOpen and didChange).
	var toPublish []*document
	s.mu.Lock()
	for path, f := range facts {
		var doc *document
		for _, d := range s.docs {
			if d.path == path {
				doc = d
			}
		}
		s.facts.replace(f, doc)
		if doc != nil {
			toPublish = append(toPublish, doc)
		}
	}
	s.mu.Unlock()
	s.log.Info("loaded run", zap.String("log", logPath), zap.Int("files", len(facts)), zap.Int("events", len(rl.events)))
	for _, d := range toPublish {
		s.publish(ctx, d)
	}
	s.refreshLenses(ctx)
	return nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// current returns the latest version of an open document.
func (s *server) current(uri protocol.DocumentURI) *document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[uri]
}

// refreshLenses asks the client to request code lenses again, if it said
// it can (workspace/codeLens/refresh, LSP 3.16).
func (s *server) refreshLenses(ctx context.Context) {
	s.mu.Lock()
	ok := s.clientCaps.codeLensRefresh
	s.mu.Unlock()
	if !ok {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := s.conn.Call(ctx, "workspace/codeLens/refresh", nil, nil); err != nil {
			s.log.Debug("codeLens/refresh", zap.Error(err))
		}
	}()
}

// This file defines the client-configurable settings: given as
// initializationOptions, or under "kiln" in workspace/didChangeConfiguration.

package lsp

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// settings are what the client may configure. JSON names are the setting
// names: {"kilnPath": "/usr/local/bin/kiln", "runTimeout": 30}.
type settings struct {
	KilnPath       string   `json:"kilnPath"`
	RunTimeout     float64  `json:"runTimeout"`     // seconds
	MaxOutputBytes int      `json:"maxOutputBytes"` // of the program's output kept and returned
	TrackResources *bool    `json:"trackResources"`
	JIT            string   `json:"jit"`  // passed as --jit
	Args           []string `json:"args"` // sys.argv[1:] for kiln.run
}

const (
	defaultRunTimeout     = 30 * time.Second
	defaultMaxOutputBytes = 64 << 10
)

// defaultSettings looks for kiln next to the kiln-lsp binary first, then on
// PATH, unless a path is given.
func defaultSettings(kilnPath string) settings {
	if kilnPath == "" {
		kilnPath = "kiln"
		if exe, err := os.Executable(); err == nil {
			sibling := filepath.Join(filepath.Dir(exe), "kiln")
			if _, err := os.Stat(sibling); err == nil {
				kilnPath = sibling
			}
		}
	}
	return settings{KilnPath: kilnPath, RunTimeout: defaultRunTimeout.Seconds(), MaxOutputBytes: defaultMaxOutputBytes}
}

// update merges the settings in raw (an object, possibly wrapped in
// {"kiln": {...}}), keeping the current value of anything not given.
func (st *settings) update(raw json.RawMessage, log *zap.Logger) {
	if len(raw) == 0 || string(raw) == "null" {
		return
	}
	var wrapped struct {
		Kiln json.RawMessage `json:"kiln"`
	}
	if json.Unmarshal(raw, &wrapped) == nil && len(wrapped.Kiln) > 0 {
		raw = wrapped.Kiln
	}
	next := *st
	if err := json.Unmarshal(raw, &next); err != nil {
		log.Warn("ignoring malformed settings", zap.Error(err))
		return
	}
	// Editors send unset string settings as "" (VS Code's configuration
	// sync does): that means "keep the default", not "no program".
	if next.KilnPath == "" {
		next.KilnPath = st.KilnPath
	}
	if next.RunTimeout <= 0 {
		next.RunTimeout = defaultRunTimeout.Seconds()
	}
	if next.MaxOutputBytes <= 0 {
		next.MaxOutputBytes = defaultMaxOutputBytes
	}
	*st = next
}

func (st settings) runTimeout() time.Duration {
	return time.Duration(st.RunTimeout * float64(time.Second))
}

func (st settings) kiln() string {
	if p, err := exec.LookPath(st.KilnPath); err == nil {
		return p
	}
	return st.KilnPath
}

// DidChangeConfiguration takes new settings.
func (s *server) DidChangeConfiguration(_ context.Context, p *protocol.DidChangeConfigurationParams) error {
	raw, err := json.Marshal(p.Settings)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	s.settings.update(raw, s.log)
	s.mu.Unlock()
	return nil
}

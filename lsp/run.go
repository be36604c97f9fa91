// This file defines the kiln.run command: run a file under kiln with
// resource tracking, the trace log and the profiler on, in a child process
// with a time limit and bounded output, cancellable from the editor, with
// $/progress reports; then load what it wrote. A child that crashes, hangs
// or floods its output never takes the server down: it is killed at the
// limit and its output truncated.

package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// runResult is what kiln.run returns to the editor.
type runResult struct {
	ExitCode  int    `json:"exitCode"` // -1 if killed
	TimedOut  bool   `json:"timedOut,omitempty"`
	Cancelled bool   `json:"cancelled,omitempty"`
	Output    string `json:"output"` // stdout and stderr, interleaved, at most maxOutputBytes
	Truncated bool   `json:"truncated,omitempty"`
	TraceLog  string `json:"traceLog"`
	Profile   string `json:"profile"`
	Leaks     int    `json:"leaks"`
	Duration  string `json:"duration"`
}

// runFile runs the file named by a kiln.run argument, or, with no
// argument (Helix's :lsp-workspace-command sends none), the document
// opened or edited last.
func (s *server) runFile(ctx context.Context, p *protocol.ExecuteCommandParams) (*runResult, error) {
	s.mu.Lock()
	last := s.lastDoc
	s.mu.Unlock()
	var uri protocol.DocumentURI
	if len(p.Arguments) == 0 && last != "" {
		uri = last
	} else {
		var err error
		if uri, err = uriArgument(p.Arguments); err != nil {
			return nil, err
		}
	}
	path := uriPath(uri)
	if path == "" {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "kiln.run: not a file URI: %s", uri)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "kiln.run: %v", err)
	}
	s.mu.Lock()
	st := s.settings
	root := s.root
	s.mu.Unlock()
	if root == "" {
		root = filepath.Dir(path)
	}
	outDir := filepath.Join(root, factsDir)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "kiln.run: %v", err)
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	logPath := filepath.Join(outDir, base+".jsonl")
	profPath := profileFor(logPath)
	os.Remove(profPath) // a stale profile must not be read with the new log

	args := []string{}
	if st.TrackResources == nil || *st.TrackResources {
		args = append(args, "-X", "track-resources")
	}
	args = append(args, "-X", "tracelog="+logPath, "-X", "profile="+profPath)
	if st.JIT != "" {
		args = append(args, "--jit", st.JIT)
	}
	args = append(args, path)
	args = append(args, st.Args...)

	progress := s.beginProgress(ctx, p.WorkDoneToken, "Kiln", "running "+filepath.Base(path))
	s.setRunning(logPath, true)
	defer s.setRunning(logPath, false)
	res := s.runChild(ctx, st, filepath.Dir(path), st.kiln(), args, progress)
	res.TraceLog, res.Profile = logPath, profPath
	if !fileExists(profPath) {
		res.Profile = ""
	}
	if fileExists(logPath) {
		// A cancelled run keeps the facts it gathered so far.
		if err := s.loadRun(ctx, logPath); err != nil {
			s.log.Warn("cannot load the run's trace log", zap.Error(err))
		}
		s.markLoaded(logPath)
		s.facts.view(path, func(f *fileFacts) { res.Leaks = len(f.leaks) })
		// The run's diagnostics go out before the reply (loadRun only
		// queued them), so that a client acting on the reply sees them:
		// Emacs's Flymake, restarted by kiln.el after a run, reports
		// what eglot holds at that moment.
		for _, d := range s.openDocuments() {
			if d.path == path {
				s.sendDiagnostics(ctx, d)
			}
		}
	}
	progress.end(fmt.Sprintf("exit %d in %s", res.ExitCode, res.Duration))
	return res, nil
}

// runChild runs kiln and waits for it, the time limit or cancellation,
// whichever comes first.
func (s *server) runChild(ctx context.Context, st settings, dir, kiln string, args []string, progress *progress) *runResult {
	ctx, cancel := context.WithTimeout(ctx, st.runTimeout())
	defer cancel()
	cmd := exec.Command(kiln, args...)
	cmd.Dir = dir
	cmd.Stdin = nil
	out := &boundedBuffer{limit: st.MaxOutputBytes}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // kill the whole group
	started := time.Now()
	res := &runResult{ExitCode: -1}
	if err := cmd.Start(); err != nil {
		res.Output = fmt.Sprintf("cannot start %s: %v", kiln, err)
		res.Duration = "0s"
		return res
	}
	s.log.Info("kiln.run", zap.String("kiln", kiln), zap.Strings("args", args))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var err error
wait:
	for {
		select {
		case err = <-done:
			break wait
		case <-tick.C:
			progress.report(fmt.Sprintf("running for %s", time.Since(started).Round(time.Second)))
		case <-ctx.Done():
			// SIGTERM lets kiln flush its trace log; SIGKILL after a grace.
			syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
			select {
			case err = <-done:
			case <-time.After(2 * time.Second):
				syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				err = <-done
			}
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				res.TimedOut = true
			} else {
				res.Cancelled = true
			}
			break wait
		}
	}
	res.Duration = time.Since(started).Round(time.Millisecond).String()
	if cmd.ProcessState != nil && cmd.ProcessState.Exited() {
		res.ExitCode = cmd.ProcessState.ExitCode()
	}
	if err != nil && res.ExitCode == -1 {
		s.log.Info("kiln.run ended", zap.Error(err))
	}
	res.Output, res.Truncated = out.String(), out.truncated.Load()
	return res
}

// boundedBuffer keeps the first limit bytes written to it and counts the
// rest, so a program printing forever cannot exhaust the server's memory.
type boundedBuffer struct {
	mu        sync.Mutex
	buf       bytes.Buffer
	limit     int
	truncated atomic.Bool
}

func (b *boundedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.limit - b.buf.Len(); room < len(p) {
		b.truncated.Store(true)
		if room > 0 {
			b.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *boundedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// uriArgument reads a command's single document URI argument.
func uriArgument(args []interface{}) (protocol.DocumentURI, error) {
	if len(args) < 1 {
		return "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "expected the document URI as the argument")
	}
	u, ok := args[0].(string)
	if !ok || u == "" {
		return "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "expected the document URI as a string, got %T", args[0])
	}
	return protocol.DocumentURI(u), nil
}

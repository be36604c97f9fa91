// This file defines the watcher of trace logs a user writes from a
// terminal: any *.jsonl under the workspace's .kiln folder, subfolders
// included (kiln -X tracelog=.kiln/run.jsonl prog.py). When one appears or
// changes, its facts replace those of the files it covers. Polling keeps
// the server free of platform file-notification code and works on every
// file system.

package lsp

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"
)

// factsDir is the workspace folder holding trace logs and profiles.
const factsDir = ".kiln"

type logWatcher struct {
	stop chan struct{}
	once sync.Once
	mu   sync.Mutex
	seen map[string]fileStamp
}

type fileStamp struct {
	mod  time.Time
	size int64
}

// startWatching loads the logs already there, oldest first so that the
// newest wins, then polls for changes.
func (s *server) startWatching() {
	s.mu.Lock()
	root := s.root
	if root == "" || s.watcher != nil {
		s.mu.Unlock()
		return
	}
	w := &logWatcher{stop: make(chan struct{}), seen: map[string]fileStamp{}}
	s.watcher = w
	interval := s.opts.WatchInterval
	s.mu.Unlock()
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			s.pollLogs(root, w)
			select {
			case <-w.stop:
				return
			case <-s.ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
}

func (s *server) stopWatching() {
	s.mu.Lock()
	w := s.watcher
	s.mu.Unlock()
	if w != nil {
		w.once.Do(func() { close(w.stop) })
	}
}

// pollLogs loads every log that is new or changed since the last poll.
func (s *server) pollLogs(root string, w *logWatcher) {
	paths := logsUnder(filepath.Join(root, factsDir))
	type changed struct {
		path string
		st   fileStamp
	}
	var todo []changed
	for _, p := range paths {
		st, ok := logStamp(p)
		if !ok || s.isRunning(p) {
			continue
		}
		w.mu.Lock()
		old, seen := w.seen[p]
		w.seen[p] = st
		w.mu.Unlock()
		if !seen || old != st {
			todo = append(todo, changed{p, st})
		}
	}
	sort.Slice(todo, func(i, j int) bool { return todo[i].st.mod.Before(todo[j].st.mod) })
	for _, c := range todo {
		if err := s.loadRun(s.ctx, c.path); err != nil {
			s.log.Warn("cannot load trace log", zap.String("log", c.path), zap.Error(err))
		}
	}
}

// logsUnder lists the *.jsonl files in dir and its subfolders.
func logsUnder(dir string) []string {
	var paths []string
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".jsonl") {
			paths = append(paths, path)
		}
		return nil
	})
	return paths
}

// setRunning marks the log of a kiln.run child as being written (or no
// longer).
func (s *server) setRunning(path string, running bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.runningLogs == nil {
		s.runningLogs = map[string]bool{}
	}
	if running {
		s.runningLogs[path] = true
	} else {
		delete(s.runningLogs, path)
	}
}

func (s *server) isRunning(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.runningLogs[path]
}

// markLoaded records a log the server loaded itself (after kiln.run), so
// the watcher does not load it again.
func (s *server) markLoaded(path string) {
	s.mu.Lock()
	w := s.watcher
	s.mu.Unlock()
	if w == nil {
		return
	}
	if st, ok := logStamp(path); ok {
		w.mu.Lock()
		w.seen[path] = st
		w.mu.Unlock()
	}
}

// logStamp identifies the state of a log and of the profile next to it
// (written after the log closes), so that a change to either reloads both.
func logStamp(path string) (fileStamp, bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}, false
	}
	st := fileStamp{fi.ModTime(), fi.Size()}
	if pi, err := os.Stat(profileFor(path)); err == nil {
		if pi.ModTime().After(st.mod) {
			st.mod = pi.ModTime()
		}
		st.size += pi.Size()
	}
	return st, true
}

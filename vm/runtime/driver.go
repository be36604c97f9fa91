package runtime

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/kilnpy/kiln/tracelog"
)

// This file has what the command-line driver (package vm) needs from the
// runtime: finding the source of a -m module, and the work done when the
// interpreter shuts down.

// CacheSource records the source of a file about to run, so that its
// tracebacks show the text that ran even if the file changes meanwhile.
func (interp *Interpreter) CacheSource(filename string, src []byte) {
	if strings.HasPrefix(filename, "<") {
		return // as CPython: no source lines for <string> or <stdin>
	}
	if interp.lineCache == nil {
		interp.lineCache = map[string][]string{}
	}
	interp.lineCache[filename] = strings.Split(string(src), "\n")
}

// FlushStdout flushes sys.stdout and sys.stderr, so that output written
// before an error message appears before it.
func (th *Thread) FlushStdout() { _ = th.Interp.FlushStdStreams() }

// Shutdown does what CPython does when the main program ends: it runs the
// atexit handlers, then flushes the standard streams and every file still
// open, so no written data is lost.
func (interp *Interpreter) Shutdown(th *Thread) {
	interp.RunAtexit(th)
	interp.jitShutdown()
	if interp.Options.TraceLog.Wants(tracelog.KindGCEnd) {
		// The final collection, reported with cause "exit".
		interp.Collect(th, tracelog.CauseExit)
	}
	interp.stopGCWatcher()
	_ = interp.FlushStdStreams()
	interp.FlushOpenFiles()
}

// WatchCollections starts reporting the collections Go runs by itself to
// the trace log, if it records GC events.
func (interp *Interpreter) WatchCollections() {
	if interp.Options.TraceLog.Wants(tracelog.KindGCEnd) {
		interp.gcWatcher()
	}
}

// DescribeErrno formats a Go system error as CPython formats OSError:
// "[Errno 2] No such file or directory".
func DescribeErrno(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return fmt.Sprintf("[Errno %d] %s", int(errno), Strerror(int(errno)))
	}
	return err.Error()
}

// FindModuleSource finds the source of module name on sys.path for -m,
// as runpy does: a package runs its __main__ submodule. It returns the
// file's path and contents.
func FindModuleSource(th *Thread, name string) (string, []byte, error) {
	rel := filepath.FromSlash(strings.ReplaceAll(name, ".", "/"))
	for _, dir := range th.Interp.searchPath(th) {
		base := filepath.Join(dir, rel)
		if src, err := os.ReadFile(base + ".py"); err == nil {
			return base + ".py", src, nil
		}
		if _, err := os.Stat(filepath.Join(base, "__init__.py")); err == nil {
			main := filepath.Join(base, "__main__.py")
			src, err := os.ReadFile(main)
			if err != nil {
				return "", nil, fmt.Errorf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
			}
			return main, src, nil
		}
	}
	return "", nil, fmt.Errorf("No module named %s", name)
}

// searchPath returns sys.path's str entries ("" meaning the current
// directory).
func (interp *Interpreter) searchPath(th *Thread) []string {
	sys := interp.SysModule()
	if sys == nil {
		return interp.Options.Path
	}
	var dirs []string
	_ = ForEach(th, sys.Get("path"), func(v Value) error {
		if v.p != nil && v.Type().Layout == LayoutStr {
			d := StrValue(v)
			if d == "" {
				d = "."
			}
			dirs = append(dirs, d)
		}
		return nil
	})
	return dirs
}

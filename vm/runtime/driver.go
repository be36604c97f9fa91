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
	interp.finishAtExit(th)
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

// FindModuleSource finds the source of module name for -m, as runpy
// does: the parent packages are imported first (running their
// __init__.py), and a package is imported and runs its __main__
// submodule. It returns the file's path and contents; an error's text is
// what CPython prints after the program name.
func FindModuleSource(th *Thread, name string) (string, []byte, error) {
	path := Value{} // sys.path
	parent, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
		pkg, err := ImportModule(th, parent)
		if err != nil {
			e := AsException(err)
			msg, _ := ToString(th, ValueOf(e))
			return "", nil, fmt.Errorf("Error while finding module specification for %s (%s: %s)",
				strRepr(name), e.Type().Name, msg)
		}
		p, ok, err := GetAttrOK(th, pkg, "__path__")
		if err != nil || !ok {
			return "", nil, fmt.Errorf("Error while finding module specification for %s (ModuleNotFoundError: __path__ attribute not found on %s while trying to find %s)",
				strRepr(name), strRepr(parent), strRepr(name))
		}
		path = p
	}
	loc, found, err := findModule(th, child, path)
	if err != nil {
		return "", nil, err
	}
	if !found {
		return "", nil, fmt.Errorf("No module named %s", name)
	}
	if loc.file == "" || loc.pkgDir != "" {
		// A package: import it, then run its __main__.
		pkg, err := ImportModule(th, name)
		if err != nil {
			return "", nil, err
		}
		main := filepath.Join(loc.pkgDir, "__main__.py")
		if loc.file == "" {
			main = ""
			if p, ok, _ := GetAttrOK(th, pkg, "__path__"); ok {
				if l, found, _ := findModule(th, "__main__", p); found {
					main = l.file
				}
			}
		}
		src, err := os.ReadFile(main)
		if main == "" || err != nil {
			return "", nil, fmt.Errorf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
		}
		return main, src, nil
	}
	src, err := os.ReadFile(loc.file)
	if err != nil {
		return "", nil, fmt.Errorf("No module named %s", name)
	}
	return loc.file, src, nil
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

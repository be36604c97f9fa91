package runtime

import (
	"errors"
	"fmt"
	"os"
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

// MainSource is a program found through the import system and run as
// __main__, as runpy runs it: the module of -m, or the __main__.py of a
// directory or zip file named as the script.
type MainSource struct {
	Name string // the spec's name: "pkg.mod", "pkg.__main__", or "__main__"
	File string // __file__
	Src  []byte
	loc  moduleLocation
}

// Package is __main__'s __package__: the spec's parent.
func (ms *MainSource) Package() string { return reverseCutDot(ms.Name) }

// Zipped reports whether the source is a member of a zip archive.
func (ms *MainSource) Zipped() bool { return ms.loc.zipped }

// Spec is __main__'s __spec__, whose loader is __main__'s __loader__.
func (ms *MainSource) Spec() (spec, loader Value) {
	spec = sourceModuleSpec(ms.Name, ms.loc, None)
	loader, _ = spec.header().dict.GetStr("loader")
	return spec, loader
}

// ScriptLoader is the __loader__ of a script file run as __main__: a
// SourceFileLoader named "__main__", as CPython's pymain gives it.
func ScriptLoader(file string) Value {
	return sourceLoader("__main__", moduleLocation{file: file})
}

// BuiltinImporter is the __loader__ of a -c command or of standard input
// run as __main__: the BuiltinImporter class.
func BuiltinImporter() Value { return ValueOf(BuiltinImporterType) }

// FindModuleSource finds the source of module name for -m, as runpy
// does: the parent packages are imported first (running their
// __init__.py), and a package is imported and runs its __main__
// submodule. An error's text is what CPython prints after the program
// name.
func FindModuleSource(th *Thread, name string) (*MainSource, error) {
	path := Value{} // sys.path
	parent, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
		pkg, err := ImportModule(th, parent)
		if err != nil {
			e := AsException(err)
			msg, _ := ToString(th, ValueOf(e))
			return nil, fmt.Errorf("Error while finding module specification for %s (%s: %s)",
				strRepr(name), e.Type().Name, msg)
		}
		p, ok, err := GetAttrOK(th, pkg, "__path__")
		if err != nil || !ok {
			return nil, fmt.Errorf("Error while finding module specification for %s (ModuleNotFoundError: __path__ attribute not found on %s while trying to find %s)",
				strRepr(name), strRepr(parent), strRepr(name))
		}
		path = p
	}
	loc, found, err := findModule(th, child, path)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("No module named %s", name)
	}
	if loc.file == "" || loc.pkgDir != "" {
		// A package: import it, then run its __main__.
		pkg, err := ImportModule(th, name)
		if err != nil {
			return nil, err
		}
		var main moduleLocation
		if p, ok, _ := GetAttrOK(th, pkg, "__path__"); ok {
			if l, found, _ := findModule(th, "__main__", p); found && l.file != "" && l.pkgDir == "" {
				main = l
			}
		}
		src, err := readModuleSource(main)
		if main.file == "" || err != nil {
			return nil, fmt.Errorf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
		}
		return &MainSource{Name: name + ".__main__", File: main.file, Src: src, loc: main}, nil
	}
	src, err := readModuleSource(loc)
	if err != nil {
		return nil, fmt.Errorf("No module named %s", name)
	}
	return &MainSource{Name: name, File: loc.file, Src: src, loc: loc}, nil
}

// FindMainInEntry finds the __main__.py of entry, a directory or a zip
// file named as the script, which is also sys.path[0]. The error's text
// is what CPython prints after the program name.
func FindMainInEntry(th *Thread, entry string) (*MainSource, error) {
	// importlib joins the entry and the name with its _path_join: trailing
	// slashes go, nothing else is cleaned.
	loc := moduleLocation{file: strings.TrimRight(entry, "/") + "/__main__.py", zipped: IsZipArchive(entry)}
	if !loc.zipped {
		if st, err := os.Stat(loc.file); err != nil || st.IsDir() {
			return nil, fmt.Errorf("can't find '__main__' module in %s", strRepr(entry))
		}
	}
	src, err := readModuleSource(loc)
	if err != nil {
		return nil, fmt.Errorf("can't find '__main__' module in %s", strRepr(entry))
	}
	return &MainSource{Name: "__main__", File: loc.file, Src: src, loc: loc}, nil
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

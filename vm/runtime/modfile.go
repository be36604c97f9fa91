package runtime

import (
	"os"
	"path/filepath"
	"sync"
)

// This file gives the builtin modules that CPython 3.12 ships as Python
// source a __file__: the path the source has in CPython's layout under
// sys.prefix (<prefix>/lib/python3.12/collections/__init__.py), so that
// code doing os.path.dirname(mod.__file__) or reading the attribute works.
// Kiln's modules are embedded in the executable, so the file does not
// exist; their specs stay built-in (origin "built-in", the repr says so).
// Modules that are C in CPython (sys, itertools, math, the _ modules)
// have none, as there: CPython's builtins have none, and its shared
// libraries' paths name a platform's .so that Kiln never has.

// stdlibSourceFile returns a module's file under the stdlib directory, if
// CPython ships it as Python source (a switch, not a map: nothing to build
// at start-up).
func stdlibSourceFile(name string) (string, bool) {
	switch name {
	case "__future__", "_collections_abc", "_weakrefset", "abc", "bisect", "contextlib",
		"copy", "copyreg", "dataclasses", "enum", "functools", "heapq", "io", "keyword",
		"linecache", "operator", "os", "posixpath", "pprint", "random", "socket", "string",
		"struct", "textwrap", "traceback", "types", "typing", "warnings", "weakref":
		return name + ".py", true
	case "collections":
		return "collections/__init__.py", true
	case "collections.abc":
		return "collections/abc.py", true
	case "importlib":
		return "importlib/__init__.py", true
	case "json":
		return "json/__init__.py", true
	case "re":
		return "re/__init__.py", true
	}
	return "", false
}

// installPrefix is sys.prefix: the directory above the one holding the
// executable, as CPython's prefix is above its bin/.
func installPrefix() string {
	if exe := executable(); exe != "" {
		return filepath.Dir(filepath.Dir(exe))
	}
	return "/usr/local"
}

// executable is sys.executable, "" if unknown: os.Executable, read once on
// first use (a sync.Once, not a OnceValue: nothing to build at start-up),
// since each reads the /proc/self/exe link.
func executable() string {
	executableOnce.Do(func() {
		if exe, err := os.Executable(); err == nil {
			executablePath = exe
		}
	})
	return executablePath
}

var (
	executableOnce sync.Once
	executablePath string
)

// stdlibDir is sys._stdlib_dir, where the files of stdlibSourceFiles
// would be.
func stdlibDir() string { return stdlibDirIn(installPrefix()) }

// stdlibDirIn is stdlibDir under the installation prefix prefix.
func stdlibDirIn(prefix string) string { return filepath.Join(prefix, "lib", "python3.12") }

// setStdlibFile sets m's __file__ if CPython has one for it.
func setStdlibFile(m *Module, name string) {
	if rel, ok := stdlibSourceFile(name); ok {
		m.Set("__file__", NewStr(filepath.Join(stdlibDir(), rel)))
	}
}

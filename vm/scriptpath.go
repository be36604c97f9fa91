// This file defines how the script named on the command line is named
// inside the program: its __file__, its code's co_filename (hence
// tracebacks, warnings and the trace log) and sys.path[0].

package vm

import (
	"path/filepath"
	"syscall"
)

// scriptPath is the name a script file runs under. CPython 3.12 makes a
// relative script path absolute by prefixing the working directory and
// nothing else (config_run_filename_abspath): "." and ".." components,
// doubled slashes and symbolic links stay as written, so "../f.py" run
// in /a/b is "/a/b/../f.py", and run in "/" "f.py" is "//f.py". PyPy
// cleans the path instead; Kiln follows CPython, byte for byte.
func scriptPath(target string) string {
	if target == "" || filepath.IsAbs(target) {
		return target
	}
	cwd, err := physicalWorkDir()
	if err != nil {
		return target
	}
	return cwd + "/" + target
}

// scriptDir is sys.path[0] for a script: the directory of the file the
// script resolves to, with symbolic links followed and the path cleaned,
// as CPython's _PyPathConfig_ComputeSysPath0 computes it with realpath,
// so that a symlink to a script imports the modules beside its target.
func scriptDir(target string) string {
	file := scriptPath(target)
	if real, err := filepath.EvalSymlinks(file); err == nil {
		file = real
	}
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	return filepath.Dir(file)
}

// physicalWorkDir is the working directory as getcwd(3) reports it, the
// one CPython uses. os.Getwd would return $PWD when it names the same
// directory, which keeps a symbolic link the shell followed.
func physicalWorkDir() (string, error) {
	return syscall.Getwd()
}

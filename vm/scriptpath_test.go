package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// scriptPathProg shows every name the main program runs under: __file__,
// sys.argv[0], sys.path[0], __cached__, os.getcwd(), co_filename, a
// warning's file and a traceback's.
const scriptPathProg = `import sys, warnings, os
print(__file__, sys.argv[0], sys.path[0], __cached__, os.getcwd())
print((lambda: 0).__code__.co_filename)
warnings.warn("w")
1/0
`

// TestScriptPath runs a script the ways the command line names it. The
// expected outputs are CPython 3.12's (cd CWD && python3.12 TARGET), with
// {D} standing for the temporary directory ({R} for it without its
// leading slash): the working directory is put in
// front of a relative path as it is, without cleaning it or following
// symbolic links, while sys.path[0] is the real directory of the script.
func TestScriptPath(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"x/sub", "y"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "x", "f.py"), []byte(scriptPathProg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../x/f.py", filepath.Join(root, "y", "l.py")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("x", filepath.Join(root, "z")); err != nil {
		t.Fatal(err)
	}
	// report is the standard error of every run, FILE standing for the
	// script's name.
	const report = "FILE:4: UserWarning: w\n  warnings.warn(\"w\")\nTraceback (most recent call last):\n" +
		"  File \"FILE\", line 5, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n"
	tests := []struct {
		cwd, target string
		stdout      string
		stderr      string
	}{
		{"{D}/x", "f.py", "{D}/x/f.py f.py {D}/x None {D}/x\n{D}/x/f.py\n", "{D}/x/f.py"},
		{"{D}/x/sub", "../f.py", "{D}/x/sub/../f.py ../f.py {D}/x None {D}/x/sub\n{D}/x/sub/../f.py\n", "{D}/x/sub/../f.py"},
		{"{D}/y", "./l.py", "{D}/y/./l.py ./l.py {D}/x None {D}/y\n{D}/y/./l.py\n", "{D}/y/./l.py"},
		// The shell's $PWD names the symbolic link; getcwd, which CPython
		// uses for the script's name and os.getcwd(), names the real
		// directory.
		{"{D}/z", "f.py", "{D}/x/f.py f.py {D}/x None {D}/x\n{D}/x/f.py\n", "{D}/x/f.py"},
		{"{D}/x", "{D}/x//f.py", "{D}/x//f.py {D}/x//f.py {D}/x None {D}/x\n{D}/x//f.py\n", "{D}/x//f.py"},
		{"/", "{R}/x/f.py", "/{D}/x/f.py {R}/x/f.py {D}/x None /\n/{D}/x/f.py\n", "/{D}/x/f.py"},
	}
	expand := func(s string) string {
		s = strings.ReplaceAll(s, "{D}", root)
		return strings.ReplaceAll(s, "{R}", strings.TrimPrefix(root, "/"))
	}
	for _, tt := range tests {
		t.Run(tt.cwd+" "+tt.target, func(t *testing.T) {
			cwd := expand(tt.cwd)
			t.Chdir(cwd)
			t.Setenv("PWD", cwd)
			var stdout, stderr bytes.Buffer
			status := Run(Program{Kind: File, Target: expand(tt.target)},
				runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: bytes.NewReader(nil)})
			wantErr := strings.ReplaceAll(report, "FILE", expand(tt.stderr))
			if status != 1 || stdout.String() != expand(tt.stdout) || stderr.String() != wantErr {
				t.Errorf("status %d, stdout\n%s\nstderr\n%s\nwant status 1, stdout\n%s\nstderr\n%s",
					status, stdout.String(), stderr.String(), expand(tt.stdout), wantErr)
			}
		})
	}
}

// TestScriptPathStdinAndCommand checks the programs that have no file:
// standard input runs as "<stdin>" with __file__ = "<stdin>" and
// __cached__ = None, -c as "<string>" with neither, both with "" as
// sys.path[0] (CPython 3.12's outputs).
func TestScriptPathStdinAndCommand(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	status := Run(Program{Kind: Stdin},
		runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(scriptPathProg)})
	wantOut := "<stdin> -  None " + dir + "\n<stdin>\n"
	wantErr := "<stdin>:4: UserWarning: w\nTraceback (most recent call last):\n" +
		"  File \"<stdin>\", line 5, in <module>\nZeroDivisionError: division by zero\n"
	if status != 1 || stdout.String() != wantOut || stderr.String() != wantErr {
		t.Errorf("stdin: status %d, stdout\n%s\nstderr\n%s\nwant status 1, stdout\n%s\nstderr\n%s",
			status, stdout.String(), stderr.String(), wantOut, wantErr)
	}

	stdout.Reset()
	stderr.Reset()
	status = Run(Program{Kind: Command, Target: `import sys; print(sys.argv, repr(sys.path[0]), "__file__" in globals(), "__cached__" in globals()); 1/0`},
		runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: bytes.NewReader(nil)})
	wantOut = "['-c'] '' False False\n"
	wantErr = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
	if status != 1 || stdout.String() != wantOut || stderr.String() != wantErr {
		t.Errorf("-c: status %d, stdout\n%s\nstderr\n%s\nwant status 1, stdout\n%s\nstderr\n%s",
			status, stdout.String(), stderr.String(), wantOut, wantErr)
	}
}

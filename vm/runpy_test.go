package vm

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// TestRunMainOf runs directories and zip files named as the script, as
// CPython does through runpy. The expected outputs are CPython 3.12's
// (python3.12 PATH), with DIR standing for the temporary directory and
// "kiln" for the program name.
func TestRunMainOf(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app/__main__.py", "import sys, helper\nprint(__name__, repr(__package__), __spec__.name, helper.X, sys.path[0])\n")
	write("app/helper.py", "X = 1\n")
	write("empty/README", "")
	write("notzip.zip", "print('a script after all')\n")
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for name, src := range map[string]string{"__main__.py": "import inzip\nprint(__file__, inzip.__file__)\n", "inzip.py": ""} {
		w, _ := zw.Create(name)
		w.Write([]byte(src))
	}
	zw.Close()
	write("app.zip", zbuf.String())
	var nomain bytes.Buffer
	zw = zip.NewWriter(&nomain)
	w, _ := zw.Create("other.py")
	w.Write([]byte("print('other')\n"))
	zw.Close()
	write("nomain.zip", nomain.String())

	tests := []struct {
		target string
		status int
		out    string // stdout then stderr
	}{
		{"DIR/app", 0, "__main__ '' __main__ 1 DIR/app\n"},
		{"DIR/app/", 0, "__main__ '' __main__ 1 DIR/app/\n"},
		{"DIR/app.zip", 0, "DIR/app.zip/__main__.py DIR/app.zip/inzip.py\n"},
		{"DIR/notzip.zip", 0, "a script after all\n"},
		{"DIR/empty", 1, "kiln: can't find '__main__' module in 'DIR/empty'\n"},
		{"DIR/nomain.zip", 1, "kiln: can't find '__main__' module in 'DIR/nomain.zip'\n"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.target), func(t *testing.T) {
			want := strings.ReplaceAll(tt.out, "DIR", dir)
			expectRun(t, Program{Kind: File, Target: strings.ReplaceAll(tt.target, "DIR", dir)}, nil, tt.status, want)
		})
	}
}

// expectRun runs p with sys.path set to path (nil: computed from p) and
// checks its status and output, stdout then stderr, in which "kiln: "
// stands for the program name.
func expectRun(t *testing.T, p Program, path []string, status int, out string) {
	t.Helper()
	var got bytes.Buffer
	gotStatus := Run(p, runtime.Options{Path: path, Stdout: &got, Stderr: &got, Stdin: bytes.NewReader(nil)})
	want := strings.ReplaceAll(out, "kiln: ", CommandName()+": ")
	if gotStatus != status || got.String() != want {
		t.Errorf("kiln %s: status %d, output\n%s\nwant status %d, output\n%s", p.Target, gotStatus, got.String(), status, want)
	}
}

// TestWithOuterFrames checks where runpy's frames go in the report of an
// uncaught exception: into the traceback of the last exception printed,
// inside the box of an exception group.
func TestWithOuterFrames(t *testing.T) {
	const frames = "  File \"<frozen runpy>\", line 88, in _run_code\n"
	tests := []struct{ report, want string }{
		{"Traceback (most recent call last):\n  File \"m.py\", line 1, in <module>\nE\n",
			"Traceback (most recent call last):\n" + frames + "  File \"m.py\", line 1, in <module>\nE\n"},
		{"Traceback (most recent call last):\nA\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\nB\n",
			"Traceback (most recent call last):\nA\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n" + frames + "B\n"},
		{"Traceback (most recent call last):\nA\n\nDuring handling:\n\n  + Exception Group Traceback (most recent call last):\n  | G\n",
			"Traceback (most recent call last):\nA\n\nDuring handling:\n\n  + Exception Group Traceback (most recent call last):\n  | " + strings.TrimSuffix(frames, "\n") + "\n  | G\n"},
		{"  File \"m.py\", line 1\nSyntaxError: x\n", "Traceback (most recent call last):\n" + frames + "  File \"m.py\", line 1\nSyntaxError: x\n"},
	}
	for _, tt := range tests {
		if got := withOuterFrames(tt.report, frames); got != tt.want {
			t.Errorf("withOuterFrames(%q) = %q, want %q", tt.report, got, tt.want)
		}
	}
}

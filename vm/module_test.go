package vm

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRunModule runs -m on modules, packages and missing names, as runpy
// does: parent packages are imported first, a package runs its __main__.
// The expected outputs are CPython 3.12's (python3.12 -m NAME), with
// "kiln" standing for the program name.
func TestRunModule(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"top.py":              "print('top', __name__)\n",
		"pkg/__init__.py":     "print('pkg init')\n",
		"pkg/__main__.py":     "print('pkg main', __name__)\n",
		"pkg/mod.py":          "print('mod', __name__)\n",
		"pkg/sub/__init__.py": "",
	}
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		module string
		status int
		out    string // stdout then stderr
	}{
		{"top", 0, "top __main__\n"},
		{"pkg", 0, "pkg init\npkg main __main__\n"},
		{"pkg.mod", 0, "pkg init\nmod __main__\n"},
		{"pkg.sub", 1, "pkg init\nkiln: No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed\n"},
		{"nosuch", 1, "kiln: No module named nosuch\n"},
		{"nosuch.x", 1, "kiln: Error while finding module specification for 'nosuch.x' (ModuleNotFoundError: No module named 'nosuch')\n"},
		{"pkg.nosuch", 1, "pkg init\nkiln: No module named pkg.nosuch\n"},
		{"top.x", 1, "top top\nkiln: Error while finding module specification for 'top.x' (ModuleNotFoundError: __path__ attribute not found on 'top' while trying to find 'top.x')\n"},
	}
	for _, tt := range tests {
		t.Run(tt.module, func(t *testing.T) {
			expectRun(t, Program{Kind: Module, Target: tt.module}, []string{dir}, tt.status, tt.out)
		})
	}
}

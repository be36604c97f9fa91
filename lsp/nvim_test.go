// The real-client test: the real kiln runs testdata/nvim/prog.py as from a
// terminal, writing its trace log under .kiln/; headless Neovim then starts
// kiln-lsp, sees the leak warning from that log, reads the code lenses and
// the trace hover of the loop the JIT compiled, runs the program through
// kiln.run (the warning comes back from the new run's resource.leak),
// applies the quick fix, runs again and sees the warning gone
// (testdata/nvim/lsp_test.lua).

package lsp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// neovim returns the nvim binary, installing Debian's package when it is
// missing and apt-get can be used; "" if neither.
func neovim(t *testing.T) string {
	if p, err := exec.LookPath("nvim"); err == nil {
		return p
	}
	if _, err := exec.LookPath("apt-get"); err != nil || os.Geteuid() != 0 {
		return ""
	}
	t.Log("installing neovim with apt-get")
	for _, args := range [][]string{{"update", "-qq"}, {"install", "-y", "-qq", "neovim"}} {
		cmd := exec.Command("apt-get", args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Logf("apt-get %s: %v\n%s", strings.Join(args, " "), err, out)
			return ""
		}
	}
	p, _ := exec.LookPath("nvim")
	return p
}

func TestNvim(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the Neovim test")
	}
	nvim := neovim(t)
	if nvim == "" {
		t.Skip("Neovim is not installed and cannot be (needs apt-get as root): apt-get install -y neovim")
	}
	bin := t.TempDir()
	for _, cmd := range []string{"kiln", "kiln-lsp"} {
		build := exec.Command("go", "build", "-o", filepath.Join(bin, cmd), "../cmd/"+cmd)
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", cmd, err, out)
		}
	}
	ws := t.TempDir()
	os.MkdirAll(filepath.Join(ws, ".kiln"), 0o755)
	copyFile(t, "testdata/nvim/prog.py", filepath.Join(ws, "prog.py"))
	// A run from a terminal: the server must pick up what it wrote.
	run := exec.Command(filepath.Join(bin, "kiln"), "-X", "track-resources", "-X", "tracelog=.kiln/run.jsonl", "prog.py")
	run.Dir = ws
	if out, err := run.CombinedOutput(); err != nil || !strings.Contains(string(out), "ResourceWarning: unclosed file") {
		t.Fatalf("kiln prog.py: %v\n%s", err, out)
	}
	script, _ := filepath.Abs("testdata/nvim/lsp_test.lua")

	cmd := exec.Command("timeout", "300", nvim, "--headless", "-u", "NONE", "-c", "luafile "+script)
	cmd.Dir = ws
	cmd.Env = append(os.Environ(), "KILN_LSP="+filepath.Join(bin, "kiln-lsp"), "KILN="+filepath.Join(bin, "kiln"),
		"WORKSPACE="+ws, "XDG_STATE_HOME="+t.TempDir(), "XDG_CACHE_HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil || !strings.Contains(string(out), " passed, 0 failed") {
		t.Fatalf("nvim: %v", err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// findChromium returns the path of Debian's chromium, installing the
// package with apt-get when it is missing and apt-get is there (as root);
// it skips the test, saying why, when neither works.
func findChromium(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	apt, err := exec.LookPath("apt-get")
	if err != nil || os.Geteuid() != 0 {
		t.Skip("chromium is not installed and apt-get cannot install it here: run 'apt-get install -y chromium' as root to enable this test")
	}
	t.Log("installing chromium with apt-get")
	for _, args := range [][]string{{"update"}, {"install", "-y", "chromium"}} {
		cmd := exec.Command(apt, args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("apt-get %s failed (%v); install chromium to enable this test:\n%s", strings.Join(args, " "), err, lastLines(string(out), 5))
		}
	}
	p, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("apt-get installed chromium but it is not on PATH")
	}
	return p
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TestWebFlameGraph serves the sample profile with kiln-prof -http, loads
// the flame graph page in headless Chromium, checks that the Python
// functions, the builtin and the JIT frame (named after its trace, with
// --log) are on the rendered page, and saves a screenshot in the test's
// artifact directory (go test -artifacts keeps it).
func TestWebFlameGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := findChromium(t)
	dir := t.TempDir()
	path := writeSampleProfile(t, dir)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	// The server runs until the test process ends: pprof's driver has no
	// way to stop it.
	go run([]string{"-http=" + addr, "-no_browser", "--log", filepath.Join(testdata, "events.jsonl"), path}, io.Discard, io.Discard)
	url := "http://" + addr + "/ui/flamegraph"
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("kiln-prof -http did not serve %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}

	browser := func(args ...string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--user-data-dir=" + filepath.Join(dir, "chromium"), "--virtual-time-budget=5000"}, args...)
		cmd := exec.CommandContext(ctx, chromium, append(args, url)...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, lastLines(stderr.String(), 10))
		}
		return string(out)
	}
	dom := browser("--dump-dom")
	for _, want := range []string{"main", "sorted", "&lt;lambda&gt;", "jit loop 1 prog.py:4", "201 guard failures"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the flame graph page has no %q", want)
		}
	}
	shot := filepath.Join(t.ArtifactDir(), "flamegraph.png")
	browser("--screenshot="+shot, "--window-size=1400,900")
	if st, err := os.Stat(shot); err != nil || st.Size() == 0 {
		t.Fatalf("no screenshot: %v", err)
	}
	t.Logf("screenshot: %s", shot)
}

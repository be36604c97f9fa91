package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestPerfMap runs a hot loop under kiln -X perf and checks that the
// compiled loop is named in /tmp/perf-PID.map, as perf reads it.
func TestPerfMap(t *testing.T) {
	if runtime.GOARCH != "amd64" || runtime.GOOS != "linux" {
		t.Skip("compiled code exists on linux/amd64 only")
	}
	bin, isKiln := kilnBinary(t)
	if !isKiln {
		t.Skip("KILN_TEST_BINARY is not kiln")
	}
	prog := filepath.Join(t.TempDir(), "hot.py")
	src := "def f():\n    s = 0\n    for i in range(200000):\n        s += i % 7\n    return s\nprint(f())\n"
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-X", "perf", prog)
	out, err := cmd.CombinedOutput()
	if err != nil || string(out) != "599994\n" {
		t.Fatalf("kiln -X perf: %v, output %q", err, out)
	}
	mapFile := fmt.Sprintf("/tmp/perf-%d.map", cmd.Process.Pid)
	defer os.Remove(mapFile)
	data, err := os.ReadFile(mapFile)
	if err != nil {
		t.Fatal(err)
	}
	var start, size uint64
	var name string
	line := strings.TrimSuffix(string(data), "\n")
	if n, _ := fmt.Sscanf(line, "%x %x %s", &start, &size, &name); n != 3 || start == 0 || size == 0 || name != "kiln::loop" {
		t.Errorf("perf map %q: want one 'START SIZE kiln::loop ...' line", data)
	}
}

// TestX86DumpListing runs a program whose traces hold pseudo-instructions
// under KILN_X86_DUMP=1 (docs/jit-native.md): the listing of every trace
// must print, and the program must run as without it.
func TestX86DumpListing(t *testing.T) {
	if runtime.GOARCH != "amd64" || runtime.GOOS != "linux" {
		t.Skip("compiled code exists on linux/amd64 only")
	}
	bin, isKiln := kilnBinary(t)
	if !isKiln {
		t.Skip("KILN_TEST_BINARY is not kiln")
	}
	prog, err := filepath.Abs("../../testdata/run/weakref_containers.py")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := exec.Command(bin, "--jit", "threshold=1", prog).Output()
	if err != nil {
		t.Fatalf("kiln: %v", err)
	}
	cmd := exec.Command(bin, "--jit", "threshold=1", prog)
	cmd.Env = append(os.Environ(), "KILN_X86_DUMP=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || string(out) != string(plain) {
		t.Fatalf("KILN_X86_DUMP=1: %v; stdout differs: %v\n%.2000s", err, string(out) != string(plain), stderr.String())
	}
	if !strings.Contains(stderr.String(), "# Loop") {
		t.Errorf("no trace listed:\n%.2000s", stderr.String())
	}
}

package main

import (
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kilnpy/kiln/cmd/kiln/internal/hugetext"
)

// This file checks what starting up allocates: the bytes allocated are
// deterministic where the RSS is not, and every byte the start-up of
// `kiln -c pass` allocates is in the peak RSS of every program (see
// "Start-up memory" in docs/performance.md).

// Bounds on the bytes and allocations, measured with a margin of about
// 10 percent; a change that allocates more at start-up must make the case
// for it and raise them. Each allocation costs instructions (and a
// collector that runs later must sweep it) even where the bytes are few.
const (
	// startupInitBytesMax and startupInitAllocsMax bound package
	// initialisation, the test binary's included (the testing package
	// adds about 10 KB).
	startupInitBytesMax  = 445_000
	startupInitAllocsMax = 1_800
	// startupRunBytesMax and startupRunAllocsMax bound `kiln -c pass`
	// after that: making the interpreter, its builtin modules and sys,
	// and running the program.
	startupRunBytesMax  = 102_000
	startupRunAllocsMax = 300
)

// startupChildEnv makes the test binary, run again by TestStartupAllocation,
// report its own start-up instead of running the test.
const startupChildEnv = "KILN_TEST_STARTUP_CHILD"

func TestStartupAllocation(t *testing.T) {
	if os.Getenv(startupChildEnv) != "" {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		status := run([]string{"-c", "pass"}, strings.NewReader(""), io.Discard, os.Stderr)
		runtime.ReadMemStats(&after)
		fmt.Printf("status %d init %d %d run %d %d\n", status, before.TotalAlloc, before.Mallocs,
			after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs)
		return
	}
	// The least of three runs: a collection that happens to start during
	// one (its finalizers, the GC policy's hook) adds kilobytes that are
	// not start-up's, and a loaded machine makes that likelier.
	var initBytes, initAllocs, runBytes, runAllocs uint64 = math.MaxUint64, math.MaxUint64, math.MaxUint64, math.MaxUint64
	for range 3 {
		ib, ia, rb, ra := startupChild(t)
		initBytes, initAllocs = min(initBytes, ib), min(initAllocs, ia)
		runBytes, runAllocs = min(runBytes, rb), min(runAllocs, ra)
	}
	t.Logf("package init: %d bytes in %d allocations; kiln -c pass: %d bytes in %d allocations",
		initBytes, initAllocs, runBytes, runAllocs)
	if initBytes > startupInitBytesMax {
		t.Errorf("package initialisation allocated %d bytes, more than the %d allowed", initBytes, startupInitBytesMax)
	}
	if initAllocs > startupInitAllocsMax {
		t.Errorf("package initialisation made %d allocations, more than the %d allowed", initAllocs, startupInitAllocsMax)
	}
	if runBytes > startupRunBytesMax {
		t.Errorf("kiln -c pass allocated %d bytes, more than the %d allowed", runBytes, startupRunBytesMax)
	}
	if runAllocs > startupRunAllocsMax {
		t.Errorf("kiln -c pass made %d allocations, more than the %d allowed", runAllocs, startupRunAllocsMax)
	}
}

// startupChild runs the test binary again as startupChildEnv's child and
// returns what its start-up allocated: package initialisation's bytes and
// allocations, then those of `kiln -c pass`.
func startupChild(t *testing.T) (initBytes, initAllocs, runBytes, runAllocs uint64) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestStartupAllocation$", "-test.count=1")
	cmd.Env = append(os.Environ(), startupChildEnv+"=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var status int
	if _, err := fmt.Sscanf(string(out), "status %d init %d %d run %d %d", &status, &initBytes, &initAllocs, &runBytes, &runAllocs); err != nil || status != 0 {
		t.Fatalf("child printed %q (%v)", out, err)
	}
	return initBytes, initAllocs, runBytes, runAllocs
}

// TestLinksNoStartupCosts keeps out of kiln the packages that cost every
// start-up dearly where page faults are (docs/performance.md, "Start-up
// time"):
//   - runtime/cgo, which package net (cgo name resolution) or anything else
//     may bring in, makes a plain `go build` load ld.so and libc at every
//     start, about 2 ms of `kiln -c pass`; the socket module resolves
//     names itself for this.
//   - runtime/metrics' init builds a table of every GODEBUG setting's
//     description, about 5 percent of `kiln -c pass`'s CPU time. Kiln reads
//     the collector's figures through vm/runtime's GCCycles and GCLiveHeap
//     (vm/runtime/gc_metrics.go) instead.
//   - crypto/internal/fips140, Go's FIPS 140 module, which crypto/rand,
//     crypto/sha512 and crypto/sha1 all link: some twenty packages with
//     inits. os.urandom reads getrandom(2) itself (vm/runtime/urandom.go),
//     random has its own SHA-512 and Kiln's copy of golang-asm writes no
//     object files (jit/internal/golang-asm/KILN.md).
//   - x/text's encoding/charmap, whose 40 tables are 84 KiB of data that
//     its init touched, and net/netip, whose init makes handles of package
//     unique: the charmap codecs read generated string constants
//     (vm/runtime/codecs_charmap_tables.go), the socket module parses and
//     prints addresses itself (vm/stdlib/socket/ip.go).
func TestLinksNoStartupCosts(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		switch pkg {
		case "runtime/cgo", "net", "runtime/metrics", "crypto/internal/fips140",
			"golang.org/x/text/encoding/charmap", "net/netip", "unique":
			t.Errorf("cmd/kiln depends on %s", pkg)
		}
	}
}

// TestStartupPagesList runs kiln with a cache directory of its own: the
// first run writes the list of its start-up pages under the build's ID
// (internal/exepages/startup.go), the next finds it and leaves it as it
// is, and KILN_STARTUP_CACHE=0 writes none.
func TestStartupPagesList(t *testing.T) {
	bin, isKiln := kilnBinary(t)
	if !isKiln {
		t.Skip("KILN_TEST_BINARY is not kiln")
	}
	id := goBuildIDOf(t, bin)
	cache := t.TempDir()
	runKiln := func(env ...string) {
		t.Helper()
		cmd := exec.Command(bin, "-c", "pass")
		// KILN_HUGETEXT=0: no helper writing to the cache (TestHugeText).
		cmd.Env = append(append(os.Environ(), "XDG_CACHE_HOME="+cache, "KILN_HUGETEXT=0"), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kiln -c pass: %v\n%s", err, out)
		}
	}
	lists := func() []string {
		t.Helper()
		names, _ := filepath.Glob(filepath.Join(cache, "kiln", "startup-*"))
		return names
	}

	runKiln("KILN_STARTUP_CACHE=0")
	if got := lists(); len(got) != 0 {
		t.Fatalf("KILN_STARTUP_CACHE=0 wrote %v", got)
	}
	// The first run that ends within initPagesDelay writes the list; on a
	// loaded machine `kiln -c pass` can take longer, so a few tries.
	var got []string
	for try := 0; try < 5 && len(got) == 0; try++ {
		runKiln()
		got = lists()
	}
	if len(got) != 1 || !strings.HasSuffix(got[0], ".pages") {
		t.Fatalf("after the runs the cache holds %v, want one list", got)
	}
	first, err := os.ReadFile(got[0])
	if err != nil {
		t.Fatal(err)
	}
	header, rest, _ := strings.Cut(string(first), "\n")
	listID, runs, _ := strings.Cut(rest, "\n")
	if header != "kiln start-up pages 3" || listID != id || strings.Count(runs, "\n") < 10 || !strings.Contains(runs, "\ninit\n") || !strings.Contains(runs, "\nwhole\n") {
		t.Fatalf("the list does not name this build (%s) and its pages:\n%.300s", id, first)
	}
	before, _ := os.Stat(got[0])
	runKiln()
	after, err := os.Stat(got[0])
	if err != nil || !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("the second run rewrote the list (%v)", err)
	}
	if n := len(lists()); n != 1 {
		t.Errorf("after two runs the cache holds %d files", n)
	}
}

// TestHugeText runs a copy of kiln, with a cache of its own, until a short
// run has recorded its start-up pages and started hugetext's helper, waits
// for the helper, and checks that the page cache then holds kiln's first
// 2 MB of code as one folio, that the next run maps it whole, and that
// the run's first collection has it mapped a page at a time again
// (internal/hugetext).
func TestHugeText(t *testing.T) {
	bin, isKiln := kilnBinary(t)
	if !isKiln {
		t.Skip("KILN_TEST_BINARY is not kiln")
	}
	// A copy: the helper evicts the binary's pages from the page cache,
	// which it cannot while other tests' kilns map them. It is written 16
	// KB at a time, which leaves small folios in the page cache as a
	// build's writes do (one write of the whole file can leave 2-MB ones).
	dir := t.TempDir()
	if expected, why := hugetext.Expected(dir); !expected {
		t.Skip(why)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	bin = filepath.Join(dir, "kiln")
	f, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	for len(data) > 0 && err == nil {
		n := min(len(data), 16<<10)
		_, err = f.Write(data[:n])
		data = data[n:]
	}
	if err := errors.Join(err, f.Close()); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	runKiln := func(code string) string {
		t.Helper()
		cmd := exec.Command(bin, "-c", code)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("kiln -c %q: %v\n%s", code, err, out)
		}
		return string(out)
	}
	glob := func(pattern string) []string {
		names, _ := filepath.Glob(filepath.Join(cache, "kiln", pattern))
		return names
	}
	for try := 0; try < 5 && len(glob("*.pages")) == 0; try++ {
		runKiln("pass")
	}
	if len(glob("*.pages")) == 0 {
		t.Fatal("no run recorded its start-up pages")
	}
	// The helper works once the run that started it has exited, and
	// removes its state file when it is done.
	deadline := time.Now().Add(10 * time.Second)
	for len(glob("*.huge")) > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if states := glob("*.huge"); len(states) > 0 {
		state, _ := os.ReadFile(states[0])
		t.Fatalf("the helper left its state file: %q", state)
	}
	if whole, err := hugetext.CachedWhole(bin, 0); !whole || err != nil {
		t.Errorf("the first 2 MB of kiln are not one folio in the page cache (%v)", err)
	}
	// Start-up maps them whole, until the first collection.
	const pmd = `
import gc, time
def pmd():
    kb, text = 0, False
    for line in open("/proc/self/smaps"):
        f = line.split()
        if "-" in f[0] and not f[0].endswith(":"):
            text = f[1] == "r-xp" and f[-1].endswith("/kiln")
        elif text and f[0] == "FilePmdMapped:":
            kb += int(f[1])
    return kb
before = pmd()
gc.collect()
for _ in range(100):
    if pmd() == 0:
        break
    time.sleep(0.01)
print(before, pmd())
`
	// The chunks are also given back 5 ms after main (chunkReleaseDelay),
	// which a loaded machine can take to reach the program's first line:
	// a few tries.
	var got string
	for try := 0; try < 10 && got != "2048 0"; try++ {
		got = strings.TrimSpace(runKiln(pmd))
	}
	if got != "2048 0" {
		t.Errorf("kB of kiln's code mapped with PMD entries before and after a collection: %s, want 2048 0", got)
	}
	// That run had its start-up mapped whole, and started no helper.
	if states := glob("*.huge"); len(states) > 0 {
		t.Errorf("a run after the helper's work started another (%v)", states)
	}
}

// goBuildIDOf returns the Go build ID in the note of the executable at path.
func goBuildIDOf(t *testing.T, path string) string {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		t.Skip("no Go build ID note in", path)
	}
	data, err := s.Data()
	if err != nil {
		t.Fatal(err)
	}
	return string(data[16 : 16+int(f.ByteOrder.Uint32(data[4:]))])
}

// TestExitHelper runs kiln with and without the exit helper
// (internal/quickexit): the same output, all of it, through a pipe, and
// the same exit status, either way.
func TestExitHelper(t *testing.T) {
	bin, isKiln := kilnBinary(t)
	if !isKiln {
		t.Skip("KILN_TEST_BINARY is not kiln")
	}
	const program = "import sys\nfor i in range(20000): print(i, 'x' * 40)\nsys.exit(3)"
	var outputs [2]string
	for i, env := range []string{"KILN_EXIT_HELPER=1", "KILN_EXIT_HELPER=0"} {
		cmd := exec.Command(bin, "-c", program)
		cmd.Env = append(os.Environ(), env)
		out, err := cmd.Output()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 3 {
			t.Fatalf("%s: kiln ended with %v, want exit status 3", env, err)
		}
		outputs[i] = string(out)
	}
	if n := strings.Count(outputs[0], "\n"); n != 20000 || outputs[0] != outputs[1] {
		t.Errorf("output with the helper: %d lines, %d bytes; without: %d bytes", n, len(outputs[0]), len(outputs[1]))
	}
}

package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/cmd/kiln/internal/boot"
)

// startupHeapChildEnv makes the test binary, run again by
// TestStartupHeapFits, report the heap pages `kiln -c pass` touched past
// what boot populated.
const startupHeapChildEnv = "KILN_TEST_STARTUP_HEAP_CHILD"

// startupHeapPastMax bounds the least of startupHeapRuns runs. Kiln's own
// start-up touches none past the populate in 7 runs of 8 (perf record -e
// page-faults -d; docs/performance.md, "Heap, stacks and metadata"); the
// test binary's harness allocates more than kiln's main, and runs it on a
// goroutine of its own: 0 to 52 pages past it in 40 runs, none in 16 of
// them.
const (
	startupHeapPastMax = 16
	startupHeapRuns    = 5
)

// TestStartupHeapFits checks that the heap `kiln -c pass` uses after boot's
// init stays within what boot populates: a page past it is a fault, and
// start-up growing past the populate is the sign to size it again.
func TestStartupHeapFits(t *testing.T) {
	if os.Getenv(startupHeapChildEnv) != "" {
		boot.PrefaultRest() // as main does
		status := run([]string{"-c", "pass"}, strings.NewReader(""), io.Discard, os.Stderr)
		pages, ok := boot.ResidentPastPopulate(4 << 20)
		fmt.Printf("status %d populated %v past %d\n", status, ok, pages)
		return
	}
	least := -1
	for range startupHeapRuns {
		cmd := exec.Command(os.Args[0], "-test.run=^TestStartupHeapFits$", "-test.count=1")
		cmd.Env = append(os.Environ(), startupHeapChildEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		var status, pages int
		var populated bool
		if _, err := fmt.Sscanf(string(out), "status %d populated %t past %d", &status, &populated, &pages); err != nil || status != 0 {
			t.Fatalf("child printed %q (%v)", out, err)
		}
		if !populated {
			t.Skip("boot populated nothing here (an older kernel, or not Linux)")
		}
		if least < 0 || pages < least {
			least = pages
		}
	}
	t.Logf("kiln -c pass touched %d heap pages past boot's populate", least)
	if least > startupHeapPastMax {
		t.Errorf("kiln -c pass touched %d heap pages past boot's populate, more than %d: size heapPrefaultBytes again", least, startupHeapPastMax)
	}
}

// TestMainStackInitFirst checks that boot/mainstack's init, which grows the
// main goroutine's stack, is the first of kiln's package inits, before any
// that would grow the stack by steps (GODEBUG=inittrace=1 of this test
// binary, which links the packages kiln does).
func TestMainStackInitFirst(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	const module = "github.com/kilnpy/kiln/"
	for _, line := range strings.Split(string(out), "\n") {
		pkg, ok := strings.CutPrefix(line, "init ")
		if !ok || !strings.HasPrefix(pkg, module) {
			continue
		}
		pkg, _, _ = strings.Cut(pkg, " ")
		if pkg != module+"cmd/kiln/internal/boot/mainstack" {
			t.Errorf("the first of kiln's inits is %s, not boot/mainstack's", pkg)
		}
		return
	}
	t.Fatalf("inittrace named none of kiln's packages:\n%.2000s", out)
}

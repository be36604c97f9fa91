package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// runLogged runs code with a JSON Lines trace log and returns the events
// it wrote and the exit status.
func runLogged(t *testing.T, code string) ([]tracelog.Event, int) {
	t.Helper()
	var logBuf, stdout, stderr bytes.Buffer
	log := tracelog.New(&logBuf, tracelog.Options{Program: "kiln-test"})
	status := Run(Program{Kind: Command, Target: code}, runtime.Options{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, TraceLog: log,
		Exit: func(int) { t.Fatal("os._exit was called") },
	})
	events, err := tracelog.ReadAll(&logBuf)
	if err != nil {
		t.Fatalf("reading the log back: %v\n%s", err, logBuf.String())
	}
	return events, status
}

// TestTraceLogRunAndGC checks the events the VM itself emits: the run's
// start and end, with how it ended, and every collection with its cause.
func TestTraceLogRunAndGC(t *testing.T) {
	events, status := runLogged(t, "import gc, sys\ngc.collect()\nsys.exit(3)")
	if status != 3 {
		t.Fatalf("status %d, want 3", status)
	}
	if len(events) < 4 {
		t.Fatalf("only %d events", len(events))
	}
	if _, ok := events[0].(*tracelog.RunStart); !ok {
		t.Errorf("first event is %T, want *RunStart", events[0])
	}
	exit, ok := events[len(events)-1].(*tracelog.RunExit)
	if !ok || exit.Code != 3 || exit.Reason != tracelog.ExitSysExit {
		t.Errorf("last event is %+v, want run.exit 3 sys.exit", events[len(events)-1])
	}
	causes := map[tracelog.GCCause]int{}
	for _, e := range events {
		if g, ok := e.(*tracelog.GCEnd); ok {
			causes[g.Cause]++
			if g.HeapBefore <= 0 || g.HeapAfter <= 0 || g.Pause <= 0 {
				t.Errorf("implausible collection %+v", g)
			}
		}
	}
	if causes[tracelog.CauseCollect] != 1 || causes[tracelog.CauseExit] != 1 {
		t.Errorf("collections by cause %v, want one collect and one exit", causes)
	}
}

// TestTraceLogUncaught checks that an uncaught exception is the reason
// the log gives.
func TestTraceLogUncaught(t *testing.T) {
	events, status := runLogged(t, "1/0")
	exit, ok := events[len(events)-1].(*tracelog.RunExit)
	if status != 1 || !ok || exit.Reason != tracelog.ExitException {
		t.Errorf("status %d, last event %+v; want 1 and run.exit exception", status, events[len(events)-1])
	}
}

package jit

// Tests of carrying a loop's locals for its bridges (bridge_carry.go): a
// scanner loop traced on its space path gets bridges for its other paths,
// which read locals the space path never reads, after one retrace; and the
// corpus programs jit_bridgecarry_*.py give the interpreter's output on
// every backend (the native differential test: compiled against
// interpreted on the same program).

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/tracelog"
)

// bridgeCarryEvents runs src on be with the loop parameters of
// runPyLogged and returns its output and the JIT's trace log events.
func bridgeCarryEvents(t *testing.T, src string, be Backend) (string, []tracelog.Event) {
	t.Helper()
	var buf bytes.Buffer
	tl := tracelog.New(&buf, tracelog.Options{Format: tracelog.JSONL, Categories: "jit"})
	out, _ := runPyLogged(src, be, tl)
	tl.Close()
	rd, err := tracelog.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var evs []tracelog.Event
	for {
		e, err := rd.Next()
		if err == io.EOF {
			return out, evs
		}
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
	}
}

// TestBridgeCarryScannerLoop: the scanner of jit_bridgecarry_scan.py
// (bench/tokenizer.py's scanner loop reduced to what compiles without
// residual calls) is traced at its first back-edge, on a space; its
// first bridge aborts reading `counts` (r1), the loop is invalidated to
// be traced again carrying its locals, and then its bridges compile (both
// other paths), with no abort for an unknown local after the retrace and
// no invalidation for short entries. Without bridge_carry.go no bridge compiles and the loop is
// given up as too short per entry.
func TestBridgeCarryScannerLoop(t *testing.T) {
	src := corpusPrograms(t, "jit_bridgecarry_scan.py")["jit_bridgecarry_scan.py"]
	want, _ := runPy(t, src, false)
	for name, be := range testBackends() {
		got, evs := bridgeCarryEvents(t, src, be)
		if got != want {
			t.Fatalf("%s: output %q, want %q", name, got, want)
		}
		retraced, bridges, unknownAfter := false, 0, 0
		for _, e := range evs {
			switch e := e.(type) {
			case *tracelog.LoopInvalidated:
				if !strings.Contains(e.Reason, "carrying its locals") {
					t.Errorf("%s: loop invalidated: %s", name, e.Reason)
				}
				retraced = true
			case *tracelog.BridgeCompiled:
				if retraced {
					bridges++
				}
			case *tracelog.TraceAbort:
				if retraced && strings.Contains(e.Detail, detailUnknownToLoop) {
					unknownAfter++
				}
			}
		}
		if !retraced || bridges < 2 || unknownAfter != 0 {
			t.Errorf("%s: retraced %v, %d bridges after, %d aborts for an unknown local after", name, retraced, bridges, unknownAfter)
		}
	}
}

// TestBridgeCarryCorpusPrograms runs testdata/run/jit_bridgecarry_*.py on
// every backend against the interpreter: bridges of a loop carrying its
// locals deoptimise on a type change, an exception, an overflow and a
// rebound local.
func TestBridgeCarryCorpusPrograms(t *testing.T) {
	for file := range corpusPrograms(t, "jit_bridgecarry_*.py") {
		checkCorpusLoops(t, file, 1, true, func(j *JIT) string {
			if st := j.Stats(); st.Bridges == 0 {
				return fmt.Sprintf("no bridge compiled: %+v", st)
			}
			return ""
		})
	}
}

package tracelog

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/tracelog")

// goldenDir is shared with cmd/kiln-prof, whose tests read the logs.
const goldenDir = "../testdata/tracelog"

// sampleEvents is a run of prog.py (§1.3 of the PyPy reference) as
// Kiln would log it: every kind at least once, every field non-zero
// somewhere, and the awkward values (quotes, newlines, non-ASCII,
// colons in file names) the codecs must carry.
func sampleEvents() []Event {
	ms := time.Millisecond
	pos := Pos{File: "prog.py", Line: 4, Col: 5}
	guardPos := Pos{File: "prog.py", Line: 5, Col: 12}
	openPos := Pos{File: "prog.py", Line: 14, Col: 9}
	stack := []Frame{
		{Func: "leak", Pos: openPos},
		{Func: "<module>", Pos: Pos{File: "prog.py", Line: 17, Col: 1}},
	}
	return []Event{
		&RunStart{Stamp: Stamp{Time: 12 * time.Microsecond}, Argv: []string{"kiln", "prog.py", "say \"hi\"\n"}, Version: "0.1.0", Pid: 4242},
		&LoopHot{Stamp: Stamp{Time: 3 * ms, Thread: 1}, Func: "f", Pos: pos, Count: 1039},
		&TraceStart{Stamp: Stamp{Time: 3*ms + 10}, Func: "f", Pos: pos},
		&TraceAbort{Stamp: Stamp{Time: 4 * ms, Thread: 1}, Func: "g", Pos: Pos{File: "C:/odd:name.py", Line: 20, Col: 1}, Reason: AbortUnsupported, Detail: "YIELD_VALUE", Ops: 17, Tracing: 250 * time.Microsecond},
		&LoopCompiled{Stamp: Stamp{Time: 5 * ms, Thread: 1}, Loop: 1, Func: "f", Pos: pos, Compile: Compile{OpsBefore: 67, OpsAfter: 31, CodeBytes: 752, Tracing: 1800 * time.Microsecond, Optimize: 300 * time.Microsecond, Backend: 251 * time.Microsecond}},
		&LoopIR{Stamp: Stamp{Time: 5*ms + 1}, Loop: 1, Name: "prog.py:3 'while i < n'", Text: "[i0, i1]\n+0: i2 = int_lt(i0, i1)\n+3: guard_true(i2, descr=<Guard0x1>) [i0, i1]\n+9: jump(i3, i1, descr=TargetToken(1))\n+12: --end of the loop--"},
		&GuardFail{Stamp: Stamp{Time: 6 * ms, Thread: 1}, Loop: 1, Guard: 2, Pos: guardPos, Count: 128},
		&GuardFail{Stamp: Stamp{Time: 7 * ms, Thread: 1}, Loop: 1, Guard: 2, Pos: guardPos, Count: 200},
		&GuardFail{Stamp: Stamp{Time: 7*ms + 5, Thread: 1}, Loop: 1, Guard: 3, Pos: Pos{File: "prog.py", Line: 4, Col: 11}, Count: 1},
		&BridgeCompiled{Stamp: Stamp{Time: 8 * ms, Thread: 1}, Loop: 1, Guard: 2, Pos: guardPos, Compile: Compile{OpsBefore: 40, OpsAfter: 38, CodeBytes: 272, Tracing: 90 * time.Microsecond, Optimize: 40 * time.Microsecond, Backend: 60 * time.Microsecond}},
		&BridgeIR{Stamp: Stamp{Time: 8*ms + 1}, Guard: 2, Text: "[i0, i1]\n\n+62: jump(i0, i1, descr=TargetToken(1))"},
		&ResourceOpen{Stamp: Stamp{Time: 9 * ms, Thread: 1}, ID: 7, Resource: ResourceFile, Desc: "data.txt", Pos: openPos, Stack: stack},
		&ResourceOpen{Stamp: Stamp{Time: 9*ms + 100, Thread: 1}, ID: 8, Resource: ResourceSocket, Desc: "café:8080", Pos: Pos{File: "prog.py", Line: 15, Col: 5}},
		&ResourceClose{Stamp: Stamp{Time: 9*ms + 200, Thread: 1}, ID: 8, Pos: Pos{File: "prog.py", Line: 16, Col: 5}},
		&GCStart{Stamp: Stamp{Time: 10 * ms}, Seq: 1, Cause: CauseCollect, HeapBefore: 1 << 20},
		&ResourceLeak{Stamp: Stamp{Time: 10*ms + 50}, ID: 7, Resource: ResourceFile, Desc: "data.txt", DetectedBy: DetectedByGC, Pos: Pos{File: "prog.py", Line: 18, Col: 1}, Stack: stack},
		&FinalizerRun{Stamp: Stamp{Time: 10*ms + 60}, ID: 7, Type: "TextIOWrapper"},
		&FinalizerRun{Stamp: Stamp{Time: 10*ms + 70}, Type: "R", Error: "SystemExit: 5"},
		&GCEnd{Stamp: Stamp{Time: 10*ms + 210*time.Microsecond}, Seq: 1, Cause: CauseCollect, HeapBefore: 1 << 20, HeapAfter: 600000, Freed: 1234, Pause: 210 * time.Microsecond},
		&GCStart{Stamp: Stamp{Time: 11 * ms}, Seq: 2, Cause: CausePressure, HeapBefore: 4 << 20},
		&GCEnd{Stamp: Stamp{Time: 11*ms + 90*time.Microsecond}, Seq: 2, Cause: CausePressure, HeapBefore: 4 << 20, HeapAfter: 1 << 20, Freed: 5000, Pause: 90 * time.Microsecond},
		&LoopInvalidated{Stamp: Stamp{Time: 12 * ms}, Loop: 1, Reason: "global f rebound"},
		&JITCounts{Stamp: Stamp{Time: 20 * ms}, Entries: []Count{{ID: 1, N: 201}}, Bridges: []Count{{ID: 2, N: 2786}}},
		&JITSummary{Stamp: Stamp{Time: 20*ms + 1},
			Tracing: 3, TracingTime: 2140 * time.Microsecond, Backend: 2, BackendTime: 311 * time.Microsecond, Total: 2484 * time.Microsecond,
			Ops: 323, HeapcachedOps: 88, RecordedOps: 45, Calls: 5, Guards: 27, OptOps: 129, OptGuards: 24, OptGuardsShared: 18,
			NVirtuals: 4, Loops: 1, Bridges: 1,
			InterpTime: 9 * ms, OptimizeTime: 340 * time.Microsecond, CompiledTime: 8 * ms, AbortUnsupported: 1, GuardFailures: 329, Invalidated: 1},
		&RunExit{Stamp: Stamp{Time: 21 * ms}, Code: 1, Reason: ExitException},
	}
}

func TestSampleCoversEveryKind(t *testing.T) {
	seen := map[Kind]bool{}
	for _, e := range sampleEvents() {
		seen[e.Kind()] = true
	}
	for _, k := range Kinds() {
		if !seen[k] {
			t.Errorf("sampleEvents has no %s event", k)
		}
	}
}

// encodeAll encodes events as a whole log in format f.
func encodeAll(f Format, events []Event) []byte {
	b := f.AppendHeader(nil, FileHeader{Version: Version, Program: "kiln"})
	for _, e := range events {
		b = f.Append(b, e)
	}
	return b
}

func dumpAll(events []Event) []byte {
	var b strings.Builder
	for _, e := range events {
		b.WriteString(String(e))
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// TestGolden encodes the sample in each format, compares with the
// golden file, and reads the golden back into the same events.
func TestGolden(t *testing.T) {
	events := sampleEvents()
	for _, tc := range []struct {
		file string
		data []byte
		read bool
	}{
		{"events.jsonl", encodeAll(JSONL, events), true},
		{"events.log", encodeAll(Text, events), true},
		{"events.string", dumpAll(events), false},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(goldenDir, tc.file)
			checkGolden(t, path, tc.data)
			if !tc.read {
				return
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ReadAll(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			sameEvents(t, got, events)
		})
	}
}

// checkGolden compares data with the file at path, or rewrites the
// file under -update.
func checkGolden(t *testing.T, path string, data []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(data, want) {
		gotLines, wantLines := strings.Split(string(data), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gotLines), len(wantLines)) {
			if gotLines[i] != wantLines[i] {
				t.Fatalf("%s differs from the output at line %d (run go test -update if the change is intended):\ngot:  %s\nwant: %s", path, i+1, gotLines[i], wantLines[i])
			}
		}
		t.Fatalf("%s has %d lines, the output %d (run go test -update if the change is intended)", path, len(wantLines), len(gotLines))
	}
}

func sameEvents(t *testing.T, got, want []Event) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d events, want %d", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("event %d:\ngot:  %s\nwant: %s", i, String(got[i]), String(want[i]))
		}
	}
}

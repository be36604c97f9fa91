package tracelog

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// newTestLog returns a Log writing to a buffer, whose clock ticks 1µs
// per event.
func newTestLog(opts Options) (*Log, *bytes.Buffer) {
	var buf bytes.Buffer
	l := New(&buf, opts)
	var tick time.Duration
	l.now = func() time.Duration { tick += time.Microsecond; return tick }
	return l, &buf
}

// emitSample replays the sample through the typed emitters.
func emitSample(l *Log) {
	for _, e := range sampleEvents() {
		switch e := e.(type) {
		case *RunStart:
			l.RunStart(e.Argv, e.Version, e.Pid)
		case *RunExit:
			l.RunExit(e.Code, e.Reason)
		case *ResourceOpen:
			l.ResourceOpen(e.Thread, e.ID, e.Resource, e.Desc, e.Pos, e.Stack)
		case *ResourceClose:
			l.ResourceClose(e.Thread, e.ID, e.Pos)
		case *ResourceLeak:
			l.ResourceLeak(e.Thread, e.ID, e.Resource, e.Desc, e.DetectedBy, e.Pos, e.Stack)
		case *FinalizerRun:
			l.FinalizerRun(e.Thread, e.ID, e.Type, e.Error)
		case *GCStart:
			l.GCStart(e.Seq, e.Cause, e.HeapBefore)
		case *GCEnd:
			l.GCEnd(e.Seq, e.Cause, e.HeapBefore, e.HeapAfter, e.Freed, e.Pause)
		case *LoopHot:
			l.LoopHot(e.Thread, e.Func, e.Pos, e.Count)
		case *TraceStart:
			l.TraceStart(e.Thread, e.Func, e.Pos, e.Guard)
		case *TraceAbort:
			l.TraceAbort(e.Thread, e.Func, e.Pos, e.Guard, e.Reason, e.Detail, e.Ops, e.Tracing)
		case *LoopCompiled:
			l.LoopCompiled(e.Thread, e.Loop, e.Func, e.Pos, e.Compile)
		case *LoopIR:
			l.LoopIR(e.Loop, e.Name, e.Text)
		case *BridgeCompiled:
			l.BridgeCompiled(e.Thread, e.Loop, e.Guard, e.Pos, e.Compile)
		case *BridgeIR:
			l.BridgeIR(e.Guard, e.Text)
		case *GuardFail:
			l.GuardFail(e.Thread, e.Loop, e.Guard, e.Pos, e.Count)
		case *LoopInvalidated:
			l.LoopInvalidated(e.Loop, e.Reason)
		case *JITCounts:
			l.JITCounts(e.Entries, e.Bridges)
		case *JITSummary:
			l.JITSummary(e)
		default:
			panic("emitSample: no emitter for " + e.Kind().String())
		}
	}
}

// restamped returns the sample with the test clock's times.
func restamped(keep func(Kind) bool) []Event {
	var events []Event
	for _, e := range sampleEvents() {
		if keep(e.Kind()) {
			e.Header().Time = time.Duration(len(events)+1) * time.Microsecond
			events = append(events, e)
		}
	}
	return events
}

func TestLogEmitters(t *testing.T) {
	for _, f := range []Format{JSONL, Text} {
		t.Run(f.String(), func(t *testing.T) {
			l, buf := newTestLog(Options{Format: f, Program: "kiln"})
			emitSample(l)
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := ReadAll(buf)
			if err != nil {
				t.Fatal(err)
			}
			sameEvents(t, got, restamped(func(Kind) bool { return true }))
		})
	}
}

func TestLogCategories(t *testing.T) {
	for _, tc := range []struct {
		categories string
		want       []Kind
	}{
		{"jit-summary", []Kind{KindJITSummary}},
		{"gc-collect", []Kind{KindGCStart, KindGCEnd}},
		{"jit-log-opt,jit-backend-counts", []Kind{KindLoopIR, KindBridgeIR, KindJITCounts}},
		{"resource+kiln", []Kind{KindRunStart, KindRunExit, KindResourceOpen, KindResourceClose, KindResourceLeak}},
		{"nothing-matches", nil},
	} {
		t.Run(tc.categories, func(t *testing.T) {
			l, buf := newTestLog(Options{Format: Text, Categories: tc.categories})
			for _, k := range Kinds() {
				if l.Wants(k) != contains(tc.want, k) {
					t.Errorf("Wants(%s) = %v", k, l.Wants(k))
				}
			}
			emitSample(l)
			l.Close()
			got, err := ReadAll(buf)
			if err != nil {
				t.Fatal(err)
			}
			sameEvents(t, got, restamped(func(k Kind) bool { return contains(tc.want, k) }))
		})
	}
}

func contains(kinds []Kind, k Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

func TestLogFramesOnly(t *testing.T) {
	l, buf := newTestLog(Options{Format: Text, FramesOnly: true, Categories: "gc-collect-start"})
	l.GCStart(1, CauseExit, 10)
	l.Close()
	if got, want := buf.String(), "[3e8] {gc-collect-start\n[3e8] gc-collect-start}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLogBuffering checks that events reach the writer only in full
// buffers or on Flush, and none are lost across many hand-offs.
func TestLogBuffering(t *testing.T) {
	l, buf := newTestLog(Options{Format: Text, BufferSize: 512})
	l.GCStart(1, CauseCollect, 1)
	l.mu.Lock() // the writer never takes the lock, so reading buf under it is safe once it is idle
	written := buf.Len()
	l.mu.Unlock()
	if written != 0 {
		t.Errorf("%d bytes written before the buffer filled", written)
	}
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	if buf.Len() == 0 {
		t.Error("Flush wrote nothing")
	}
	const n = 1000
	for i := range n {
		l.GCEnd(int64(i), CauseCollect, 1, 1, 1, 1)
	}
	l.Close()
	l.GCStart(2, CauseCollect, 1) // after Close: dropped, no panic
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	got, err := ReadAll(buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n+1 {
		t.Errorf("read %d events, want %d", len(got), n+1)
	}
}

func TestLogConcurrent(t *testing.T) {
	l, buf := newTestLog(Options{BufferSize: 4096})
	l.now = func() time.Duration { return time.Since(processStart) }
	const goroutines, each = 8, 2000
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				l.GuardFail(int64(g), 1, int64(i), Pos{File: "p.py", Line: 1, Col: 1}, 1)
			}
		})
	}
	wg.Wait()
	l.Close()
	got, err := ReadAll(buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != goroutines*each {
		t.Fatalf("read %d events, want %d", len(got), goroutines*each)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Header().Time < got[i-1].Header().Time {
			t.Fatalf("event %d is stamped before event %d", i, i-1)
		}
	}
}

type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestLogWriteError(t *testing.T) {
	l := New(failingWriter{}, Options{BufferSize: 64})
	for range 100 {
		l.GCStart(1, CauseCollect, 1) // must not block on the dead sink
	}
	if err := l.Close(); !errors.Is(err, errDiskFull) {
		t.Errorf("Close() = %v, want %v", err, errDiskFull)
	}
}

// TestNilLog checks that a nil *Log is a valid, silent log.
func TestNilLog(t *testing.T) {
	var l *Log
	if l.Enabled() || l.Wants(KindGCEnd) {
		t.Error("nil Log claims to be enabled")
	}
	emitSample(l)
	l.Emit(&GCEnd{})
	if err := l.Flush(); err != nil {
		t.Error(err)
	}
	if err := l.Close(); err != nil {
		t.Error(err)
	}
}

// disabled is a package variable so the compiler cannot prove it nil.
var disabled *Log

var (
	benchPos   = Pos{File: "prog.py", Line: 4, Col: 5}
	benchStack = []Frame{{Func: "f", Pos: benchPos}}
)

// TestDisabledAllocs: with no sink, a call site allocates nothing.
func TestDisabledAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(1000, func() {
		disabled.GCEnd(1, CauseCollect, 100, 50, 3, time.Millisecond)
		disabled.ResourceOpen(1, 7, ResourceFile, "data.txt", benchPos, benchStack)
		disabled.TraceAbort(1, "f", benchPos, 0, AbortTooLong, "", 6000, time.Millisecond)
		disabled.LoopCompiled(1, 1, "f", benchPos, Compile{OpsBefore: 1})
		disabled.JITSummary(&JITSummary{Loops: 1})
	})
	if allocs != 0 {
		t.Errorf("disabled emitters allocate %v times per run", allocs)
	}
}

// BenchmarkDisabled measures a call site with no sink (< 2 ns wanted).
func BenchmarkDisabled(b *testing.B) {
	b.Run("GCEnd", func(b *testing.B) {
		for range b.N {
			disabled.GCEnd(1, CauseCollect, 100, 50, 3, time.Millisecond)
		}
	})
	b.Run("TraceAbort", func(b *testing.B) {
		for range b.N {
			disabled.TraceAbort(1, "f", benchPos, 0, AbortTooLong, "", 6000, time.Millisecond)
		}
	})
	b.Run("Enabled", func(b *testing.B) {
		for range b.N {
			if disabled.Enabled() {
				disabled.ResourceOpen(1, 7, ResourceFile, "data.txt", benchPos, benchStack)
			}
		}
	})
}

// BenchmarkFile measures small events written to a file (at least one
// million per second wanted).
func BenchmarkFile(b *testing.B) {
	for _, f := range []Format{JSONL, Text} {
		b.Run(f.String(), func(b *testing.B) {
			file, err := os.Create(filepath.Join(b.TempDir(), "log"))
			if err != nil {
				b.Fatal(err)
			}
			l := newLog(file, file, Options{Format: f})
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				l.GuardFail(1, 1, int64(i), benchPos, 1)
			}
			if err := l.Close(); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

var _ io.Writer = failingWriter{}

package tracelog

// This file defines Log, the emitting side. The VM, GC and JIT hold a
// *Log that is nil when logging is off; every method of a nil *Log
// returns at once, so a call site costs one predictable branch.
//
// With a sink, emitters encode the event into a shared buffer under a
// mutex (no allocation beyond the event itself, no syscall). A full
// buffer is handed to one writer goroutine over an unbuffered channel
// and the emitter carries on with a spare buffer, so an emitter waits
// at most for the writer to finish the buffer before. Keeping a single
// buffer in flight bounds memory and bounds what a SIGKILL loses.

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// DefaultBufferSize is the size at which a buffer is handed to the
// writer: at most this much is lost if the process is killed.
const DefaultBufferSize = 64 << 10

// processStart is the origin of event times: package initialisation
// runs before main, so this is the start of the process to within the
// runtime's own start-up.
var processStart = time.Now()

// Options configure a Log.
type Options struct {
	Format Format // JSONL (the default) or Text
	// Categories selects kinds by PYPYLOG category prefix, separated
	// by ',' or '+': "jit" selects every jit-* kind. Empty selects all.
	Categories string
	// FramesOnly writes the two frame lines of each section and no
	// content, as PyPy's profiling mode does. Text only.
	FramesOnly bool
	// Program is written in the JSON Lines header; empty means the
	// base name of os.Args[0].
	Program string
	// BufferSize overrides DefaultBufferSize.
	BufferSize int
}

// A Log is an open trace log. A nil *Log is a valid, disabled log.
// Its methods are safe for concurrent use.
type Log struct {
	wants      [numKinds]bool // immutable after New
	format     Format
	framesOnly bool
	bufferSize int
	now        func() time.Duration

	mu     sync.Mutex
	buf    []byte // events not yet handed to the writer
	closed bool
	json   jsonEncoder // the encoders, kept to avoid an allocation per event
	text   textEncoder

	batches chan batch    // to the writer; unbuffered, so one batch is in flight
	spare   chan []byte   // buffers the writer is done with
	done    chan struct{} // closed when the writer exits
	out     io.Writer
	closer  io.Closer // closed by Close; nil for stderr or a caller's writer
}

// A batch is a buffer handed to the writer. If flushed is not nil the
// writer replies on it, after writing, with the first write error.
type batch struct {
	buf     []byte
	flushed chan error
}

// New returns a Log writing to w. Close flushes it but does not close w.
func New(w io.Writer, opts Options) *Log {
	return newLog(w, nil, opts)
}

func newLog(w io.Writer, closer io.Closer, opts Options) *Log {
	l := &Log{
		format:     opts.Format,
		framesOnly: opts.FramesOnly && opts.Format == Text,
		bufferSize: opts.BufferSize,
		now:        func() time.Duration { return time.Since(processStart) },
		batches:    make(chan batch),
		spare:      make(chan []byte, 1),
		done:       make(chan struct{}),
		out:        w,
		closer:     closer,
	}
	if l.format == 0 {
		l.format = JSONL
	}
	if l.bufferSize <= 0 {
		l.bufferSize = DefaultBufferSize
	}
	prefixes := strings.FieldsFunc(opts.Categories, func(r rune) bool { return r == ',' || r == '+' })
	for _, k := range Kinds() {
		l.wants[k] = len(prefixes) == 0
		for _, p := range prefixes {
			l.wants[k] = l.wants[k] || strings.HasPrefix(k.Category(), p)
		}
	}
	l.buf = make([]byte, 0, l.bufferSize+l.bufferSize/4)
	if l.format == JSONL {
		program := opts.Program
		if program == "" {
			program = filepath.Base(os.Args[0])
		}
		l.buf = appendJSONHeader(l.buf, FileHeader{Version: Version, Program: program})
	}
	go l.write()
	return l
}

// Enabled reports whether l writes anything. Guard work that is only
// needed for logging, such as building a stack, with it or with Wants.
func (l *Log) Enabled() bool { return l != nil }

// Wants reports whether l writes events of kind k.
func (l *Log) Wants(k Kind) bool { return l != nil && l.wants[k] }

// Emit writes e, stamping it with the current time. Build e only when
// the log wants it, since building it allocates:
//
//	if log.Wants(tracelog.KindGCEnd) { log.Emit(&tracelog.GCEnd{...}) }
//
// The typed methods below do that for you.
func (l *Log) Emit(e Event) {
	if l.Wants(e.Kind()) {
		l.emit(e)
	}
}

func (l *Log) emit(e Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	// Stamped under the lock, so times increase down the file.
	e.Header().Time = l.now()
	if l.format == JSONL {
		l.json.b = l.buf
		l.json.event(e)
		l.buf, l.json.b = l.json.b, nil
	} else {
		l.text.b = l.buf
		l.text.event(e, l.framesOnly)
		l.buf, l.text.b = l.text.b, nil
	}
	if len(l.buf) >= l.bufferSize {
		l.batches <- batch{buf: l.buf}
		l.buf = l.spareBuffer()
	}
}

// spareBuffer returns an empty buffer, reusing one the writer is done
// with. Called with l.mu held.
func (l *Log) spareBuffer() []byte {
	select {
	case b := <-l.spare:
		return b
	default:
		return make([]byte, 0, cap(l.buf))
	}
}

// write is the writer goroutine. After a write error it stops writing
// but keeps draining, so emitters never block on a dead sink.
func (l *Log) write() {
	defer close(l.done)
	var err error
	for b := range l.batches {
		if err == nil && len(b.buf) > 0 {
			_, err = l.out.Write(b.buf)
		}
		select {
		case l.spare <- b.buf[:0]:
		default:
		}
		if b.flushed != nil {
			b.flushed <- err
		}
	}
}

// Flush writes every event emitted so far to the sink and returns the
// first write error, if any. The VM calls it where the process may end
// without Close, such as before os._exit.
func (l *Log) Flush() error {
	if l == nil {
		return nil
	}
	reply := make(chan error, 1)
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.batches <- batch{buf: l.buf, flushed: reply}
	l.buf = l.spareBuffer()
	l.mu.Unlock()
	return <-reply
}

// Close flushes l, stops its writer and closes the file it opened.
// Events emitted after Close are dropped. Close may be called more
// than once, and from a signal handler's goroutine; the VM calls it on
// every exit path: normal exit, sys.exit, an uncaught exception,
// os._exit, SIGINT and SIGTERM.
func (l *Log) Close() error {
	if l == nil {
		return nil
	}
	err := l.Flush()
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return err
	}
	l.closed = true
	close(l.batches)
	l.mu.Unlock()
	<-l.done
	if l.closer != nil {
		if cerr := l.closer.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// The typed emitters. Each returns at once unless l wants its kind, so
// a VM call site costs a nil check when logging is off. Parameters
// named thread take the id of the Python thread doing the work.
//
// Each is split in two so that the check inlines into the call site:
// the go:noinline half builds and emits the event, and inlining it
// would push the check over the inliner's budget.

// RunStart records the start of the process.
func (l *Log) RunStart(argv []string, version string, pid int64) {
	if l.Wants(KindRunStart) {
		l.runStart(argv, version, pid)
	}
}

//go:noinline
func (l *Log) runStart(argv []string, version string, pid int64) {
	l.emit(&RunStart{Argv: argv, Version: version, Pid: pid})
}

// RunExit records the end of the process. Call Close after it.
func (l *Log) RunExit(code int64, reason ExitReason) {
	if l.Wants(KindRunExit) {
		l.runExit(code, reason)
	}
}

//go:noinline
func (l *Log) runExit(code int64, reason ExitReason) {
	l.emit(&RunExit{Code: code, Reason: reason})
}

// ResourceOpen records a resource being opened at pos; stack is nil
// unless allocation tracking is on.
func (l *Log) ResourceOpen(thread, id int64, kind ResourceKind, desc string, pos Pos, stack []Frame) {
	if l.Wants(KindResourceOpen) {
		l.resourceOpen(thread, id, kind, desc, pos, stack)
	}
}

//go:noinline
func (l *Log) resourceOpen(thread, id int64, kind ResourceKind, desc string, pos Pos, stack []Frame) {
	l.emit(&ResourceOpen{Stamp: Stamp{Thread: thread}, ID: id, Resource: kind, Desc: desc, Pos: pos, Stack: stack})
}

// ResourceClose records an explicit close at pos.
func (l *Log) ResourceClose(thread, id int64, pos Pos) {
	if l.Wants(KindResourceClose) {
		l.resourceClose(thread, id, pos)
	}
}

//go:noinline
func (l *Log) resourceClose(thread, id int64, pos Pos) {
	l.emit(&ResourceClose{Stamp: Stamp{Thread: thread}, ID: id, Pos: pos})
}

// ResourceLeak records a resource closed by the GC or at exit; pos is
// what was running then, stack the allocation stack if tracked.
func (l *Log) ResourceLeak(thread, id int64, kind ResourceKind, desc string, by LeakDetector, pos Pos, stack []Frame) {
	if l.Wants(KindResourceLeak) {
		l.resourceLeak(thread, id, kind, desc, by, pos, stack)
	}
}

//go:noinline
func (l *Log) resourceLeak(thread, id int64, kind ResourceKind, desc string, by LeakDetector, pos Pos, stack []Frame) {
	l.emit(&ResourceLeak{Stamp: Stamp{Thread: thread}, ID: id, Resource: kind, Desc: desc, DetectedBy: by, Pos: pos, Stack: stack})
}

// FinalizerRun records a finalizer having run; errText is the
// exception it raised, or "".
func (l *Log) FinalizerRun(thread, id int64, typeName, errText string) {
	if l.Wants(KindFinalizerRun) {
		l.finalizerRun(thread, id, typeName, errText)
	}
}

//go:noinline
func (l *Log) finalizerRun(thread, id int64, typeName, errText string) {
	l.emit(&FinalizerRun{Stamp: Stamp{Thread: thread}, ID: id, Type: typeName, Error: errText})
}

// GCStart records the start of collection number seq.
func (l *Log) GCStart(seq int64, cause GCCause, heapBefore int64) {
	if l.Wants(KindGCStart) {
		l.gCStart(seq, cause, heapBefore)
	}
}

//go:noinline
func (l *Log) gCStart(seq int64, cause GCCause, heapBefore int64) {
	l.emit(&GCStart{Seq: seq, Cause: cause, HeapBefore: heapBefore})
}

// GCEnd records the end of collection number seq.
func (l *Log) GCEnd(seq int64, cause GCCause, heapBefore, heapAfter, freed int64, pause time.Duration) {
	if l.Wants(KindGCEnd) {
		l.gCEnd(seq, cause, heapBefore, heapAfter, freed, pause)
	}
}

//go:noinline
func (l *Log) gCEnd(seq int64, cause GCCause, heapBefore, heapAfter, freed int64, pause time.Duration) {
	l.emit(&GCEnd{Seq: seq, Cause: cause, HeapBefore: heapBefore, HeapAfter: heapAfter, Freed: freed, Pause: pause})
}

// LoopHot records the counter of the loop at pos reaching the threshold.
func (l *Log) LoopHot(thread int64, fn string, pos Pos, count int64) {
	if l.Wants(KindLoopHot) {
		l.loopHot(thread, fn, pos, count)
	}
}

//go:noinline
func (l *Log) loopHot(thread int64, fn string, pos Pos, count int64) {
	l.emit(&LoopHot{Stamp: Stamp{Thread: thread}, Func: fn, Pos: pos, Count: count})
}

// TraceStart records tracing starting at pos: a loop if guard is 0,
// else a bridge out of that guard.
func (l *Log) TraceStart(thread int64, fn string, pos Pos, guard int64) {
	if l.Wants(KindTraceStart) {
		l.traceStart(thread, fn, pos, guard)
	}
}

//go:noinline
func (l *Log) traceStart(thread int64, fn string, pos Pos, guard int64) {
	l.emit(&TraceStart{Stamp: Stamp{Thread: thread}, Func: fn, Pos: pos, Guard: guard})
}

// TraceAbort records the trace started at pos being abandoned.
func (l *Log) TraceAbort(thread int64, fn string, pos Pos, guard int64, reason AbortReason, detail string, ops int64, tracing time.Duration) {
	if l.Wants(KindTraceAbort) {
		l.traceAbort(thread, fn, pos, guard, reason, detail, ops, tracing)
	}
}

//go:noinline
func (l *Log) traceAbort(thread int64, fn string, pos Pos, guard int64, reason AbortReason, detail string, ops int64, tracing time.Duration) {
	l.emit(&TraceAbort{Stamp: Stamp{Thread: thread}, Func: fn, Pos: pos, Guard: guard, Reason: reason, Detail: detail, Ops: ops, Tracing: tracing})
}

// LoopCompiled records the loop at pos compiled as loop id loop.
func (l *Log) LoopCompiled(thread, loop int64, fn string, pos Pos, c Compile) {
	if l.Wants(KindLoopCompiled) {
		l.loopCompiled(thread, loop, fn, pos, c)
	}
}

//go:noinline
func (l *Log) loopCompiled(thread, loop int64, fn string, pos Pos, c Compile) {
	l.emit(&LoopCompiled{Stamp: Stamp{Thread: thread}, Loop: loop, Func: fn, Pos: pos, Compile: c})
}

// LoopIR records the optimised IR of a loop. Call it only if
// l.Wants(KindLoopIR): rendering the IR is the expensive part.
func (l *Log) LoopIR(loop int64, name, text string) {
	if l.Wants(KindLoopIR) {
		l.loopIR(loop, name, text)
	}
}

//go:noinline
func (l *Log) loopIR(loop int64, name, text string) {
	l.emit(&LoopIR{Loop: loop, Name: name, Text: text})
}

// BridgeCompiled records a bridge out of guard, whose source is at pos.
func (l *Log) BridgeCompiled(thread, loop, guard int64, pos Pos, c Compile) {
	if l.Wants(KindBridgeCompiled) {
		l.bridgeCompiled(thread, loop, guard, pos, c)
	}
}

//go:noinline
func (l *Log) bridgeCompiled(thread, loop, guard int64, pos Pos, c Compile) {
	l.emit(&BridgeCompiled{Stamp: Stamp{Thread: thread}, Loop: loop, Guard: guard, Pos: pos, Compile: c})
}

// BridgeIR records the optimised IR of the bridge out of guard.
func (l *Log) BridgeIR(guard int64, text string) {
	if l.Wants(KindBridgeIR) {
		l.bridgeIR(guard, text)
	}
}

//go:noinline
func (l *Log) bridgeIR(guard int64, text string) {
	l.emit(&BridgeIR{Guard: guard, Text: text})
}

// GuardFail records that guard has failed count times so far.
func (l *Log) GuardFail(thread, loop, guard int64, pos Pos, count int64) {
	if l.Wants(KindGuardFail) {
		l.guardFail(thread, loop, guard, pos, count)
	}
}

//go:noinline
func (l *Log) guardFail(thread, loop, guard int64, pos Pos, count int64) {
	l.emit(&GuardFail{Stamp: Stamp{Thread: thread}, Loop: loop, Guard: guard, Pos: pos, Count: count})
}

// LoopInvalidated records compiled loop loop being thrown away.
func (l *Log) LoopInvalidated(loop int64, reason string) {
	if l.Wants(KindLoopInvalidated) {
		l.loopInvalidated(loop, reason)
	}
}

//go:noinline
func (l *Log) loopInvalidated(loop int64, reason string) {
	l.emit(&LoopInvalidated{Loop: loop, Reason: reason})
}

// JITCounts records, at exit, entries per loop and runs per bridge.
func (l *Log) JITCounts(entries, bridges []Count) {
	if l.Wants(KindJITCounts) {
		l.jitCounts(entries, bridges)
	}
}

//go:noinline
func (l *Log) jitCounts(entries, bridges []Count) {
	l.emit(&JITCounts{Entries: entries, Bridges: bridges})
}

// JITSummary records the warm-up summary at exit. s is copied; its
// Stamp is ignored.
func (l *Log) JITSummary(s *JITSummary) {
	if l.Wants(KindJITSummary) {
		l.jitSummary(s)
	}
}

//go:noinline
func (l *Log) jitSummary(s *JITSummary) {
	c := *s
	l.emit(&c)
}

package tracelog

// This file defines the data model: the kinds, the event types and
// their fields. Every codec (JSON Lines, PYPYLOG text, String dumps)
// walks an event through its fields method, so adding a field there
// is the only change a new field needs.

import (
	"fmt"
	"sync"
	"time"
)

// Version is the schema version written in the JSON Lines header.
// Bump it when a field or kind changes meaning or is removed; readers
// refuse logs of another version with ErrVersion.
const Version = 1

// A Kind identifies the type of an event.
type Kind uint8

// The event kinds. The kinds table below gives each its JSON name and
// PYPYLOG category; docs/tracelog.md documents every field.
const (
	KindInvalid Kind = iota

	KindRunStart // process start: argv, version, pid
	KindRunExit  // process exit: code, reason

	KindResourceOpen  // resource opened: id, resource, desc, pos, stack
	KindResourceClose // resource closed explicitly: id, pos
	KindResourceLeak  // resource closed by GC or exit: id, resource, desc, detected_by, pos, stack
	KindFinalizerRun  // __del__ or weakref finalizer ran: id, type, error

	KindGCStart // collection starts: seq, cause, heap_before
	KindGCEnd   // collection ends: seq, cause, heap_before, heap_after, freed, pause_ns

	KindLoopHot         // loop counter reached the threshold: func, pos, count
	KindTraceStart      // tracing starts: func, pos, guard
	KindTraceAbort      // tracing abandoned: func, pos, guard, reason, detail, ops, tracing_ns
	KindLoopCompiled    // loop trace compiled: loop, func, pos, ops_before, ops_after, code_bytes, *_ns
	KindLoopIR          // optimised IR of a loop: loop, text
	KindBridgeCompiled  // bridge compiled: loop, guard, pos, ops_before, ops_after, code_bytes, *_ns
	KindBridgeIR        // optimised IR of a bridge: guard, text
	KindGuardFail       // guard failed: loop, guard, pos, count
	KindLoopInvalidated // compiled loop thrown away: loop, reason
	KindJITCounts       // entries into compiled code, at exit: entries, bridges
	KindJITSummary      // warm-up summary, at exit: PyPy's jit-summary fields plus Kiln's

	numKinds
)

// kinds is the table of event kinds: the name used in JSON Lines and
// String dumps, the PYPYLOG category (PyPy's own name where the meaning
// is the same), and a constructor for readers.
var kinds = [numKinds]struct {
	name     string
	category string
	new      func() Event
}{
	KindRunStart:        {"run.start", "kiln-run-start", func() Event { return new(RunStart) }},
	KindRunExit:         {"run.exit", "kiln-run-exit", func() Event { return new(RunExit) }},
	KindResourceOpen:    {"resource.open", "resource-open", func() Event { return new(ResourceOpen) }},
	KindResourceClose:   {"resource.close", "resource-close", func() Event { return new(ResourceClose) }},
	KindResourceLeak:    {"resource.leak", "resource-leak", func() Event { return new(ResourceLeak) }},
	KindFinalizerRun:    {"finalizer.run", "gc-finalizer-run", func() Event { return new(FinalizerRun) }},
	KindGCStart:         {"gc.start", "gc-collect-start", func() Event { return new(GCStart) }},
	KindGCEnd:           {"gc.end", "gc-collect-done", func() Event { return new(GCEnd) }},
	KindLoopHot:         {"jit.loop.hot", "jit-loop-hot", func() Event { return new(LoopHot) }},
	KindTraceStart:      {"jit.trace.start", "jit-trace-start", func() Event { return new(TraceStart) }},
	KindTraceAbort:      {"jit.trace.abort", "jit-abort", func() Event { return new(TraceAbort) }},
	KindLoopCompiled:    {"jit.loop.compiled", "jit-compile-loop", func() Event { return new(LoopCompiled) }},
	KindLoopIR:          {"jit.loop.ir", "jit-log-opt-loop", func() Event { return new(LoopIR) }},
	KindBridgeCompiled:  {"jit.bridge.compiled", "jit-compile-bridge", func() Event { return new(BridgeCompiled) }},
	KindBridgeIR:        {"jit.bridge.ir", "jit-log-opt-bridge", func() Event { return new(BridgeIR) }},
	KindGuardFail:       {"jit.guard.fail", "jit-guard-failure", func() Event { return new(GuardFail) }},
	KindLoopInvalidated: {"jit.loop.invalidated", "jit-loop-invalidated", func() Event { return new(LoopInvalidated) }},
	KindJITCounts:       {"jit.counts", "jit-backend-counts", func() Event { return new(JITCounts) }},
	KindJITSummary:      {"jit.summary", "jit-summary", func() Event { return new(JITSummary) }},
}

// String returns the kind's JSON name, such as "gc.end".
func (k Kind) String() string {
	if k > KindInvalid && k < numKinds {
		return kinds[k].name
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Category returns the kind's PYPYLOG category, such as "gc-collect-done".
func (k Kind) Category() string {
	if k > KindInvalid && k < numKinds {
		return kinds[k].category
	}
	return ""
}

// Kinds returns every valid kind, in declaration order.
func Kinds() []Kind {
	ks := make([]Kind, 0, numKinds-1)
	for k := KindInvalid + 1; k < numKinds; k++ {
		ks = append(ks, k)
	}
	return ks
}

// kindTables returns the maps from each kind's name and from its PYPYLOG
// category to the kind. Only the readers of a log need them: they are
// built at the first call, not at every start of every program that
// writes logs.
var kindTables = sync.OnceValues(func() (byName, byCategory map[string]Kind) {
	byName, byCategory = make(map[string]Kind, numKinds), make(map[string]Kind, numKinds)
	for _, k := range Kinds() {
		byName[k.String()] = k
		byCategory[k.Category()] = k
	}
	return byName, byCategory
})

// An Event is one record of the log. Its dynamic type is one of the
// pointer types of this package (*RunStart, *GCEnd, ...); switch on it:
//
//	switch e := ev.(type) {
//	case *tracelog.GCEnd:
//		pauses += e.Pause
//	}
type Event interface {
	Kind() Kind
	// Header returns the fields every event has.
	Header() *Stamp
	// fields presents each field, in a fixed order, to a codec.
	fields(v visitor)
}

// Stamp holds the fields every event has. It is embedded in every
// event type.
type Stamp struct {
	// Time is the monotonic time since process start.
	Time time.Duration
	// Thread is the id of the Python thread the event came from, or 0
	// where no thread is relevant (GC, exit summaries).
	Thread int64
}

// Header returns s; it lets every event type satisfy Event by embedding.
func (s *Stamp) Header() *Stamp { return s }

// Pos is a source position. Line and Col count from 1; 0 means unknown.
type Pos struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// A Frame is one entry of a Python call stack.
type Frame struct {
	Func string `json:"func"`
	Pos
}

func (f Frame) String() string { return f.Func + "@" + f.Pos.String() }

// A Count pairs an id (a loop or a guard) with a number of occurrences.
type Count struct {
	ID int64 `json:"id"`
	N  int64 `json:"n"`
}

// ResourceKind says what sort of object a resource event is about.
type ResourceKind string

const (
	ResourceFile      ResourceKind = "file"
	ResourceSocket    ResourceKind = "socket"
	ResourceGenerator ResourceKind = "generator"
)

var resourceKinds = []string{"file", "socket", "generator"}

// LeakDetector says who closed a leaked resource.
type LeakDetector string

const (
	DetectedByGC   LeakDetector = "gc"   // a collection found it unreachable
	DetectedAtExit LeakDetector = "exit" // still open when the process exited
)

var leakDetectors = []string{"gc", "exit"}

// GCCause says why a collection ran.
type GCCause string

const (
	CauseCollect  GCCause = "collect"  // gc.collect() was called
	CausePressure GCCause = "pressure" // allocation crossed the threshold
	CauseExit     GCCause = "exit"     // the final collection at exit
)

var gcCauses = []string{"collect", "pressure", "exit"}

// AbortReason says why tracing was abandoned. The PyPy counter each
// maps to is in docs/tracelog.md.
type AbortReason string

const (
	AbortTooLong     AbortReason = "too_long"    // trace_limit reached (ABORT_TOO_LONG)
	AbortUnsupported AbortReason = "unsupported" // an operation the tracer cannot record
	AbortRecursion   AbortReason = "recursion"   // recursion deeper than max_unroll_recursion
	AbortBadLoop     AbortReason = "bad_loop"    // the trace did not close a loop (ABORT_BAD_LOOP)
	AbortEscape      AbortReason = "escape"      // the frame escaped (ABORT_ESCAPE)
	AbortBridge      AbortReason = "bridge"      // a bridge trace failed (ABORT_BRIDGE)
)

var abortReasons = []string{"too_long", "unsupported", "recursion", "bad_loop", "escape", "bridge"}

// ExitReason says how the process ended.
type ExitReason string

const (
	ExitNormal    ExitReason = "normal"    // the main module finished
	ExitSysExit   ExitReason = "sys.exit"  // SystemExit propagated out
	ExitException ExitReason = "exception" // an uncaught exception
	ExitOSExit    ExitReason = "os._exit"  // os._exit: no cleanup ran
	ExitSIGINT    ExitReason = "SIGINT"    // KeyboardInterrupt or a real SIGINT
	ExitSIGTERM   ExitReason = "SIGTERM"
)

var exitReasons = []string{"normal", "sys.exit", "exception", "os._exit", "SIGINT", "SIGTERM"}

// RunStart is the first event of a process.
type RunStart struct {
	Stamp
	Argv    []string // sys.argv as given on the command line
	Version string   // Kiln version string
	Pid     int64
}

// RunExit is the last event of a process.
type RunExit struct {
	Stamp
	Code   int64 // exit status as the shell sees it
	Reason ExitReason
}

// ResourceOpen records a file, socket or generator coming to life.
type ResourceOpen struct {
	Stamp
	ID       int64 // unique among the process's resources
	Resource ResourceKind
	Desc     string  // a short repr, such as the file name
	Pos      Pos     // where it was opened
	Stack    []Frame // allocation stack, innermost first; nil unless tracking is on
}

// ResourceClose records an explicit close (close(), with, del of a
// generator that finished).
type ResourceClose struct {
	Stamp
	ID  int64
	Pos Pos // where close was called
}

// ResourceLeak records a resource that was closed without an explicit
// close: by a collection, or at exit.
type ResourceLeak struct {
	Stamp
	ID         int64
	Resource   ResourceKind
	Desc       string
	DetectedBy LeakDetector
	Pos        Pos     // what was running when the leak was detected
	Stack      []Frame // allocation stack, innermost first; nil unless tracking is on
}

// FinalizerRun records a __del__ method or weakref.finalize callback
// being run.
type FinalizerRun struct {
	Stamp
	ID    int64  // the resource id, or 0 for an object that is not a resource
	Type  string // type name of the finalized object
	Error string // the exception it raised (printed and ignored), or ""
}

// GCStart records the start of a collection.
type GCStart struct {
	Stamp
	Seq        int64 // collection number, from 1
	Cause      GCCause
	HeapBefore int64 // bytes in use
}

// GCEnd records the end of a collection.
type GCEnd struct {
	Stamp
	Seq        int64
	Cause      GCCause
	HeapBefore int64 // bytes in use when it started
	HeapAfter  int64 // bytes in use when it ended
	Freed      int64 // objects freed
	Pause      time.Duration
}

// LoopHot records a loop whose counter reached the JIT threshold.
type LoopHot struct {
	Stamp
	Func  string // function containing the loop
	Pos   Pos    // the loop header
	Count int64  // counter value that triggered tracing
}

// TraceStart records the start of tracing, for a loop or a bridge.
type TraceStart struct {
	Stamp
	Func  string
	Pos   Pos
	Guard int64 // the failing guard a bridge leaves from; 0 for a loop
}

// TraceAbort records tracing being abandoned.
type TraceAbort struct {
	Stamp
	Func    string
	Pos     Pos
	Guard   int64 // 0 for a loop trace
	Reason  AbortReason
	Detail  string // such as the unsupported opcode
	Ops     int64  // IR ops recorded before the abort
	Tracing time.Duration
}

// Compile holds what loop and bridge compilation have in common.
type Compile struct {
	OpsBefore int64 // IR ops recorded
	OpsAfter  int64 // IR ops left after optimisation
	CodeBytes int64 // machine code size
	Tracing   time.Duration
	Optimize  time.Duration
	Backend   time.Duration
}

func (c *Compile) fields(v visitor) {
	v.int("ops_before", &c.OpsBefore)
	v.int("ops_after", &c.OpsAfter)
	v.int("code_bytes", &c.CodeBytes)
	v.dur("tracing_ns", &c.Tracing)
	v.dur("optimize_ns", &c.Optimize)
	v.dur("backend_ns", &c.Backend)
}

// LoopCompiled records a loop trace turned into machine code.
type LoopCompiled struct {
	Stamp
	Loop int64 // loop id, from 1
	Func string
	Pos  Pos // the loop header
	Compile
}

// LoopIR holds the optimised IR of a loop, one op per line, with no
// final newline.
type LoopIR struct {
	Stamp
	Loop int64
	Name string // the loop header: "prog.py:12 'while i < n'" (empty if unknown)
	Text string
}

// BridgeCompiled records a bridge compiled from a failing guard.
type BridgeCompiled struct {
	Stamp
	Loop  int64 // the loop the guard belongs to
	Guard int64
	Pos   Pos // source position of the guard
	Compile
}

// BridgeIR holds the optimised IR of a bridge, as LoopIR.
type BridgeIR struct {
	Stamp
	Guard int64
	Text  string
}

// GuardFail reports a guard's failure count. The VM emits it when the
// count reaches a power of two and when a bridge is compiled, so the
// last one per guard carries the total.
type GuardFail struct {
	Stamp
	Loop  int64
	Guard int64
	Pos   Pos
	Count int64 // failures so far
}

// LoopInvalidated records a compiled loop being thrown away.
type LoopInvalidated struct {
	Stamp
	Loop   int64
	Reason string
}

// JITCounts holds the run counts of compiled code, at exit (PyPy's
// jit-backend-counts).
type JITCounts struct {
	Stamp
	Entries []Count // loop id → entries from the interpreter
	Bridges []Count // guard id → runs of the bridge leaving from it
}

// JITSummary is the warm-up summary printed at exit. The first block
// of fields is PyPy's jit-summary, line for line; the rest are Kiln's.
type JITSummary struct {
	Stamp

	Tracing              int64 // tracing attempts, aborted ones included
	TracingTime          time.Duration
	Backend              int64 // compilations: loops + bridges
	BackendTime          time.Duration
	Total                time.Duration // since the JIT started
	Ops                  int64
	HeapcachedOps        int64
	RecordedOps          int64
	Calls                int64
	Guards               int64
	OptOps               int64
	OptGuards            int64
	OptGuardsShared      int64
	Forcings             int64
	AbortTooLong         int64
	AbortCompiling       int64
	AbortVableEscape     int64
	AbortBadLoop         int64
	AbortForceQuasiImmut int64
	AbortSegmentedTrace  int64
	VirtualizablesForced int64
	NVirtuals            int64
	NVHoles              int64
	NVReused             int64
	VecoptTried          int64
	VecoptSuccess        int64
	Loops                int64
	Bridges              int64
	FreedLoops           int64
	FreedBridges         int64

	InterpTime       time.Duration // in the interpreter, tracing excluded
	OptimizeTime     time.Duration
	CompiledTime     time.Duration // running machine code
	AbortUnsupported int64
	AbortRecursion   int64
	GuardFailures    int64
	Invalidated      int64 // loops invalidated
}

// summaryLine is one line of the jit-summary section: its PyPy label
// and the JSON names and fields it carries (a count, a time, or both).
type summaryLine struct {
	label     string
	countName string
	count     *int64
	timeName  string
	time      *time.Duration
}

// lines is the jit-summary layout, in PyPy's order, Kiln's lines last.
func (e *JITSummary) lines() []summaryLine {
	n := func(label, name string, p *int64) summaryLine {
		return summaryLine{label: label, countName: name, count: p}
	}
	return []summaryLine{
		{label: "Tracing", countName: "tracing_count", count: &e.Tracing, timeName: "tracing_ns", time: &e.TracingTime},
		{label: "Backend", countName: "backend_count", count: &e.Backend, timeName: "backend_ns", time: &e.BackendTime},
		{label: "TOTAL", timeName: "total_ns", time: &e.Total},
		n("ops", "ops", &e.Ops),
		n("heapcached ops", "heapcached_ops", &e.HeapcachedOps),
		n("recorded ops", "recorded_ops", &e.RecordedOps),
		n("  calls", "calls", &e.Calls),
		n("guards", "guards", &e.Guards),
		n("opt ops", "opt_ops", &e.OptOps),
		n("opt guards", "opt_guards", &e.OptGuards),
		n("opt guards shared", "opt_guards_shared", &e.OptGuardsShared),
		n("forcings", "forcings", &e.Forcings),
		n("abort: trace too long", "abort_too_long", &e.AbortTooLong),
		n("abort: compiling", "abort_compiling", &e.AbortCompiling),
		n("abort: vable escape", "abort_vable_escape", &e.AbortVableEscape),
		n("abort: bad loop", "abort_bad_loop", &e.AbortBadLoop),
		n("abort: force quasi-immut", "abort_force_quasi_immut", &e.AbortForceQuasiImmut),
		n("abort: segmenting trace", "abort_segmented_trace", &e.AbortSegmentedTrace),
		n("virtualizables forced", "virtualizables_forced", &e.VirtualizablesForced),
		n("nvirtuals", "nvirtuals", &e.NVirtuals),
		n("nvholes", "nvholes", &e.NVHoles),
		n("nvreused", "nvreused", &e.NVReused),
		n("vecopt tried", "vecopt_tried", &e.VecoptTried),
		n("vecopt success", "vecopt_success", &e.VecoptSuccess),
		n("Total # of loops", "loops", &e.Loops),
		n("Total # of bridges", "bridges", &e.Bridges),
		n("Freed # of loops", "freed_loops", &e.FreedLoops),
		n("Freed # of bridges", "freed_bridges", &e.FreedBridges),
		{label: "Interpreter", timeName: "interp_ns", time: &e.InterpTime},
		{label: "Optimizing", timeName: "optimize_ns", time: &e.OptimizeTime},
		{label: "Compiled code", timeName: "compiled_ns", time: &e.CompiledTime},
		n("abort: unsupported", "abort_unsupported", &e.AbortUnsupported),
		n("abort: recursion", "abort_recursion", &e.AbortRecursion),
		n("guard failures", "guard_failures", &e.GuardFailures),
		n("invalidated loops", "invalidated", &e.Invalidated),
	}
}

// A visitor is a codec seen from the event's side: each event presents
// its fields, by JSON name and address, in a fixed order.
type visitor interface {
	int(name string, p *int64)
	str(name string, p *string)
	enum(name string, p *string, values []string)
	dur(name string, p *time.Duration)
	pos(name string, p *Pos)
	strs(name string, p *[]string)
	frames(name string, p *[]Frame)
	counts(name string, p *[]Count)
	text(name string, p *string) // multi-line; at most one per event
}

func (*RunStart) Kind() Kind        { return KindRunStart }
func (*RunExit) Kind() Kind         { return KindRunExit }
func (*ResourceOpen) Kind() Kind    { return KindResourceOpen }
func (*ResourceClose) Kind() Kind   { return KindResourceClose }
func (*ResourceLeak) Kind() Kind    { return KindResourceLeak }
func (*FinalizerRun) Kind() Kind    { return KindFinalizerRun }
func (*GCStart) Kind() Kind         { return KindGCStart }
func (*GCEnd) Kind() Kind           { return KindGCEnd }
func (*LoopHot) Kind() Kind         { return KindLoopHot }
func (*TraceStart) Kind() Kind      { return KindTraceStart }
func (*TraceAbort) Kind() Kind      { return KindTraceAbort }
func (*LoopCompiled) Kind() Kind    { return KindLoopCompiled }
func (*LoopIR) Kind() Kind          { return KindLoopIR }
func (*BridgeCompiled) Kind() Kind  { return KindBridgeCompiled }
func (*BridgeIR) Kind() Kind        { return KindBridgeIR }
func (*GuardFail) Kind() Kind       { return KindGuardFail }
func (*LoopInvalidated) Kind() Kind { return KindLoopInvalidated }
func (*JITCounts) Kind() Kind       { return KindJITCounts }
func (*JITSummary) Kind() Kind      { return KindJITSummary }

func (e *RunStart) fields(v visitor) {
	v.strs("argv", &e.Argv)
	v.str("version", &e.Version)
	v.int("pid", &e.Pid)
}

func (e *RunExit) fields(v visitor) {
	v.int("code", &e.Code)
	v.enum("reason", (*string)(&e.Reason), exitReasons)
}

func (e *ResourceOpen) fields(v visitor) {
	v.int("id", &e.ID)
	v.enum("resource", (*string)(&e.Resource), resourceKinds)
	v.str("desc", &e.Desc)
	v.pos("pos", &e.Pos)
	v.frames("stack", &e.Stack)
}

func (e *ResourceClose) fields(v visitor) {
	v.int("id", &e.ID)
	v.pos("pos", &e.Pos)
}

func (e *ResourceLeak) fields(v visitor) {
	v.int("id", &e.ID)
	v.enum("resource", (*string)(&e.Resource), resourceKinds)
	v.str("desc", &e.Desc)
	v.enum("detected_by", (*string)(&e.DetectedBy), leakDetectors)
	v.pos("pos", &e.Pos)
	v.frames("stack", &e.Stack)
}

func (e *FinalizerRun) fields(v visitor) {
	v.int("id", &e.ID)
	v.str("type", &e.Type)
	v.str("error", &e.Error)
}

func (e *GCStart) fields(v visitor) {
	v.int("seq", &e.Seq)
	v.enum("cause", (*string)(&e.Cause), gcCauses)
	v.int("heap_before", &e.HeapBefore)
}

func (e *GCEnd) fields(v visitor) {
	v.int("seq", &e.Seq)
	v.enum("cause", (*string)(&e.Cause), gcCauses)
	v.int("heap_before", &e.HeapBefore)
	v.int("heap_after", &e.HeapAfter)
	v.int("freed", &e.Freed)
	v.dur("pause_ns", &e.Pause)
}

func (e *LoopHot) fields(v visitor) {
	v.str("func", &e.Func)
	v.pos("pos", &e.Pos)
	v.int("count", &e.Count)
}

func (e *TraceStart) fields(v visitor) {
	v.str("func", &e.Func)
	v.pos("pos", &e.Pos)
	v.int("guard", &e.Guard)
}

func (e *TraceAbort) fields(v visitor) {
	v.str("func", &e.Func)
	v.pos("pos", &e.Pos)
	v.int("guard", &e.Guard)
	v.enum("reason", (*string)(&e.Reason), abortReasons)
	v.str("detail", &e.Detail)
	v.int("ops", &e.Ops)
	v.dur("tracing_ns", &e.Tracing)
}

func (e *LoopCompiled) fields(v visitor) {
	v.int("loop", &e.Loop)
	v.str("func", &e.Func)
	v.pos("pos", &e.Pos)
	e.Compile.fields(v)
}

func (e *LoopIR) fields(v visitor) {
	v.int("loop", &e.Loop)
	v.str("name", &e.Name)
	v.text("text", &e.Text)
}

func (e *BridgeCompiled) fields(v visitor) {
	v.int("loop", &e.Loop)
	v.int("guard", &e.Guard)
	v.pos("pos", &e.Pos)
	e.Compile.fields(v)
}

func (e *BridgeIR) fields(v visitor) {
	v.int("guard", &e.Guard)
	v.text("text", &e.Text)
}

func (e *GuardFail) fields(v visitor) {
	v.int("loop", &e.Loop)
	v.int("guard", &e.Guard)
	v.pos("pos", &e.Pos)
	v.int("count", &e.Count)
}

func (e *LoopInvalidated) fields(v visitor) {
	v.int("loop", &e.Loop)
	v.str("reason", &e.Reason)
}

func (e *JITCounts) fields(v visitor) {
	v.counts("entries", &e.Entries)
	v.counts("bridges", &e.Bridges)
}

func (e *JITSummary) fields(v visitor) {
	for _, l := range e.lines() {
		if l.count != nil {
			v.int(l.countName, l.count)
		}
		if l.time != nil {
			v.dur(l.timeName, l.time)
		}
	}
}

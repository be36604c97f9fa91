package jit

// This file defines the driver: the runtime.JITHook that counts hot
// loops, records, optimises and compiles their traces, enters compiled
// code, leaves it through snapshots, counts guard failures and compiles
// bridges for guards that fail often, blacklists loops that keep
// aborting, and reports all of it to the trace log.

import (
	"errors"
	"fmt"
	"os"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// maxAborts is how many times a loop may abort tracing before it is
// blacklisted (left to the interpreter for good).
const maxAborts = 3

// maxExhaustedAborts is how many recordings of a loop may start as its
// iterator runs out before it is blacklisted: a loop that runs once per
// entry (a comprehension over one item) would otherwise be recorded at
// every hot back-edge, each recording costing tens of microseconds.
const maxExhaustedAborts = 16

// JIT is the tracing JIT of one interpreter. It implements
// runtime.JITHook.
type JIT struct {
	mu      sync.Mutex
	params  Params
	log     *tracelog.Log
	backend Backend
	peel    bool

	loops  map[loopKey]*loop
	traces map[int]*Trace // by ID: loops and bridges
	codes  map[int]Code
	nextID int
	start  time.Time
	stats  Stats
	// lastRecorded is the last loop trace as recorded, kept only when a
	// benchmark or test sets keepRecorded: a recorded trace and its
	// snapshots are garbage once optimised (docs/jit-memory.md).
	lastRecorded *Trace
	keepRecorded bool
	decay        decayState
	// recBuffers are the arrays of the last recording, for the next
	// (record_buffers.go).
	recBuffers recordingBuffers
	// off mirrors params.Off for FunctionHot's lock-free path.
	off atomic.Bool
}

// Stats are the counters kilnjit.get_stats and jit-summary report.
type Stats struct {
	Tracing, Backend           int64
	TracingTime, BackendTime   time.Duration
	OptimizeTime, CompiledTime time.Duration
	RecordedOps, Ops, Guards   int64
	OptOps, OptGuards          int64
	Loops, Bridges             int64
	AbortTooLong               int64
	AbortUnsupported           int64
	AbortRecursion             int64
	AbortBadLoop               int64
	AbortCompiling             int64
	GuardFailures              int64
	Entries                    int64
	Functions                  int64 // function traces compiled (also counted in Loops)
	Invalidated                int64 // loops and functions whose code was thrown away (retrace.go)
	FreedLoops, FreedBridges   int64 // thrown-away code freed (poly_free.go)
}

// loopKey identifies a loop: its code and header instruction.
type loopKey struct {
	code *runtime.Code
	pc   int
}

// loop is what the driver knows about one loop.
type loop struct {
	key    loopKey
	id     int64 // loop number in the log, from 1 once compiled
	count  int   // back-edges seen (in steps of HotLoopThreshold)
	aborts int
	// exhaustedAborts counts the recordings that started as the loop's
	// iterator ran out (aborted).
	exhaustedAborts int
	blacklisted     bool
	trace           *Trace
	code            Code
	entry           []EntrySlot
	slots           int // State.Slots size for this loop and its bridges
	entries         int64
	guards          map[guardKey]*guardStat
	state           *State // reused by entries (takeState)
	stateBusy       bool
	// spareStates are States of entries nested in a busy one (recursive
	// calls, callasm.go), reused in turn.
	spareStates []*State
	// shortRecordings counts the recordings of a function that may call
	// itself that took too short a path (callasm.go).
	shortRecordings int
	// bridgeFinishes say how the finishes of a function's bridges leave
	// (callasm.go: the base case of a recursion ends in one).
	bridgeFinishes []bridgeFinish
	// callasmDeepExits counts exits deep in a native recursion.
	callasmDeepExits int64
	// function: the trace is a function's from its entry (entry.go);
	// tracing: it is being recorded (a call the recording finishes must
	// not start another).
	function, tracing bool
	// unbridged counts entries since the code was compiled that left at
	// once through a guard no bridge serves; retraces counts the times the
	// code was thrown away for it (retrace.go).
	unbridged, retraces int
	bridges             int   // bridges compiled for the current code
	sinceCompile        int64 // entries since the code was compiled
	// shortEntries counts the entries since the code was compiled that
	// left before a full iteration through a guard no bridge serves
	// (shortloop.go).
	shortEntries int64
	// iterationInsns is the bytecode instructions of an iteration of the
	// current trace (shortloop.go).
	iterationInsns int
	// genChecked: shortNestedGenLoopCheck has looked at the loop.
	genChecked bool
	// finish, for a function, says how its trace's finish leaves; owner
	// is the JIT that made it (Code.JITEntry points at it).
	finish finishExit
	owner  *JIT
	// active counts the entries of lp in progress (nested ones too);
	// discarded frees, once none is, the code retracing threw away
	// (poly_free.go).
	active    int
	discarded []func()
	// dispatches: a guard_class of lp's code got a bridge; polyMode: lp
	// is traced carrying its objects and compiled keeping its exits'
	// refs, for bridges per class (poly.go).
	dispatches, polyMode bool
	// carryLocals: lp is traced carrying its object locals, for bridges
	// that read locals its recorded path does not (bridge_carry.go).
	carryLocals bool
	// retraceGuards identify (guardSite) the guards without a bridge of
	// the loop code maybeRetrace threw away, until new code is compiled.
	retraceGuards []uint64
}

type guardKey struct{ trace, snap int }

// takeState returns the loop's State, made once and reused by every entry
// (a State and its Slots and Spill per entry made short inner loops spend
// their time collecting garbage), or a fresh one while the loop's is in
// use (an entry from a call the compiled loop's exit finishes).
func (lp *loop) takeState(interrupt *atomic.Uint32) *State {
	st := lp.state
	if st == nil || lp.stateBusy || st.Interrupt != interrupt {
		if n := len(lp.spareStates); lp.stateBusy && n > 0 && lp.spareStates[n-1].Interrupt == interrupt {
			st = lp.spareStates[n-1]
			lp.spareStates = lp.spareStates[:n-1]
		} else {
			st = &State{Interrupt: interrupt}
		}
		if !lp.stateBusy {
			lp.state = st
		}
	}
	if st == lp.state {
		lp.stateBusy = true
	}
	st.growSlots(max(lp.slots, 1))
	st.Reentry = 0
	lp.active++ // poly_free.go
	return st
}

// releaseState ends an entry's use of st.
func (lp *loop) releaseState(st *State) {
	clear(st.Refs)
	allocRelease(st)
	if st == lp.state {
		lp.stateBusy = false
	} else if len(lp.spareStates) < maxSpareStates {
		lp.spareStates = append(lp.spareStates, st)
	}
	lp.active--
	lp.freeDiscarded()
}

// failedGuard returns the failure counts of the guard owning snapshot
// snap of t, knowing on first use whether it is an entry guard.
func (lp *loop) failedGuard(t *Trace, snap int) *guardStat {
	gk := guardKey{t.ID, snap}
	gs := lp.guards[gk]
	if gs == nil {
		gs = &guardStat{entry: entryGuard(lp, t, snap), number: guardNumber(t, snap), op: polyGuardOp(t, snap)}
		lp.guards[gk] = gs
	}
	return gs
}

type guardStat struct {
	fails    int64
	noBridge bool
	bridged  bool
	// unbridgeable: no bridge can be recorded from the guard (poly.go),
	// so a retrace would not help either.
	unbridgeable bool
	// genEnd: a bridge recording from the guard stopped at the end of
	// the loop's generator (record_gen.go): its failures are the loop's
	// normal end, which shortloop.go counts.
	genEnd bool
	// genEndAborts counts those recordings: each doubles the failures
	// the guard waits for before the next try (a generator of a few items
	// per loop entry ends at every entry; retrying every trace_eagerness
	// failures recorded a bridge in vain every 200 entries).
	genEndAborts int
	// classRetries counts the bridge recordings of a guard_class that
	// aborted and were tried again for another class (poly.go).
	classRetries int
	// entry says whether the guard runs before the loop's first
	// iteration (entryGuard), number is its log id and op its opcode, all
	// worked out at its first failure (each is a search of the trace).
	entry  bool
	number int64
	op     Opcode
}

// eagerness is how many failures the guard waits for before a bridge
// recording: trace_eagerness, doubled for each recording from it that
// the loop's generator's end stopped.
func (gs *guardStat) eagerness(p Params) int64 {
	return int64(p.TraceEagerness) << min(gs.genEndAborts, 20)
}

// New returns a JIT with the given parameters and trace log (nil: none),
// compiling with the native backend of this CPU, if there is one.
//
// KILN_JIT_BACKEND=irexec in the environment selects the reference
// executor instead: a testing knob, so that the corpus tests
// (go test ./cmd/kiln -run TestPrograms/jit) check the recorder,
// optimiser and deoptimisation end to end on any CPU. It is not a tier
// for users (it is slower than the interpreter).
func New(p Params, log *tracelog.Log) *JIT {
	b := nativeBackend
	if os.Getenv("KILN_JIT_BACKEND") == "irexec" {
		b = IRExec{}
	}
	j := &JIT{params: p, log: log, backend: b, peel: true,
		loops: map[loopKey]*loop{}, traces: map[int]*Trace{}, codes: map[int]Code{}, start: time.Now()}
	j.off.Store(p.Off)
	return j
}

// HotThreshold tells the interpreter how often to report loops: the
// threshold, so that small thresholds compile short loops.
func (j *JIT) HotThreshold() int { return j.params.Threshold }

// SetBackend replaces the backend (nil: none, loops stay interpreted).
// Tests use it to run traces on IRExec.
func (j *JIT) SetBackend(b Backend) { j.backend = b }

// Params returns the current parameters.
func (j *JIT) Params() Params {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.params
}

// SetParam sets one parameter (kilnjit.set_param).
func (j *JIT) SetParam(name string, value int) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	err := j.params.Set(name, value)
	j.off.Store(j.params.Off)
	return err
}

// setParams replaces every parameter (kilnjit.set_param with a string).
func (j *JIT) setParams(p Params) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.params = p
	j.off.Store(p.Off)
}

// SetOff turns the JIT off or on.
func (j *JIT) SetOff(off bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.params.Off = off
	j.off.Store(off)
}

// Stats returns a copy of the counters.
func (j *JIT) Stats() Stats {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.stats
}

// LoopHot implements runtime.JITHook.
func (j *JIT) LoopHot(th *runtime.Thread, f *runtime.Frame, pc int) (int, error) {
	j.mu.Lock()
	p := j.params
	j.mu.Unlock()
	if p.Off || f.Locals.IsValid() || f.Code == nil {
		return pc, nil
	}
	key := loopKey{f.Code, pc}
	lp := j.loops[key]
	if lp == nil {
		lp = &loop{key: key, guards: map[guardKey]*guardStat{}}
		j.loops[key] = lp
	}
	if lp.blacklisted {
		return pc, nil
	}
	if lp.code == nil {
		if p.Decay > 0 {
			j.decayCounters(p.Decay)
		}
		lp.count += th.Interp.JITHotInterval()
		if lp.count < p.Threshold {
			return pc, nil
		}
		if j.log.Wants(tracelog.KindLoopHot) {
			j.log.Emit(&tracelog.LoopHot{Stamp: stamp(th), Func: f.Code.Name, Pos: posOf(f.Code, pc), Count: int64(lp.count)})
		}
		if j.shortNestedGenLoopCheck(th, f, lp) {
			return pc, nil
		}
		resume, ok, err := j.compileLoop(th, f, lp, p)
		if err != nil || !ok {
			return resume, err
		}
	}
	return j.enter(th, f, lp, p)
}

// posOf is the source position of instruction pc.
func posOf(c *runtime.Code, pc int) tracelog.Pos {
	line, col, _, _ := c.Pos(pc)
	return tracelog.Pos{File: c.Filename, Line: line, Col: col + 1}
}

// loopName is the loop's location in the log, "prog.py:12 'while i < n'":
// the line of the back-edge that closed the trace, which is the while
// condition's or the for statement's line (the header is the body's first).
func loopName(th *runtime.Thread, c *runtime.Code, backEdge int) string {
	line := c.Line(backEdge)
	text := strings.TrimSpace(th.Interp.SourceLine(c.Filename, line))
	return fmt.Sprintf("%s:%d '%s'", c.Filename, line, strings.TrimSuffix(text, ":"))
}

// compileLoop records, optimises and compiles the loop at lp. ok reports
// that compiled code exists and the frame is at the loop header.
func (j *JIT) compileLoop(th *runtime.Thread, f *runtime.Frame, lp *loop, p Params) (resume int, ok bool, err error) {
	pc := lp.key.pc
	rec := newRecorder(th, f, pc, p.TraceLimit)
	j.takeRecordingBuffers(rec)
	rec.residualCost = p.ResidualCost
	switch {
	case lp.polyMode:
		rec.polyCarryObjects()
	case lp.carryLocals:
		rec.bridgeCarryLocals() // bridge_carry.go
	}
	rec.callAsmOn = p.CallAssembler != 0
	rec, tracing, rerr := j.record(th, f, pc, rec)
	if rerr != nil {
		resume, err = rec.finish(th, f)
		j.aborted(th, lp, f, pc, 0, rerr, rec.t.CountOps(), tracing)
		j.recycleRecording(rec)
		if iteratorExhausted(rerr) {
			// The recording started as the loop ended: not the loop's
			// fault, so it does not count toward blacklisting (aborted),
			// and the next back-edge, inside the loop's next run, tries
			// again.
			f.Code.LoopCounts[pc] = uint32(th.Interp.JITHotInterval() - 1)
		}
		return resume, false, err
	}
	if recordsGuard(rec.t, lp.retraceGuards) {
		j.sameGuardRetrace(th, lp, f, rec, tracing) // retrace.go
		return pc, false, nil
	}
	rec.t.Name = loopName(th, f.Code, rec.backEdge)
	return pc, j.install(th, f, lp, rec, tracing), nil
}

// record runs the recorder rec, which starts at instruction pc of f, and
// accounts for the time it took.
func (j *JIT) record(th *runtime.Thread, f *runtime.Frame, pc int, rec *recorder) (*recorder, time.Duration, error) {
	if j.log.Wants(tracelog.KindTraceStart) {
		j.log.Emit(&tracelog.TraceStart{Stamp: stamp(th), Func: f.Code.Name, Pos: posOf(f.Code, pc)})
	}
	t0 := time.Now()
	prev := th.SetProfileTier(runtime.TierTracing, 0, 0)
	rerr := rec.run()
	th.RestoreProfileTier(prev)
	tracing := time.Since(t0)
	j.stats.Tracing++
	j.stats.TracingTime += tracing
	j.stats.RecordedOps += int64(rec.t.CountOps())
	return rec, tracing, rerr
}

// install optimises and compiles the trace rec recorded for lp (a loop or
// a function) and makes it lp's code, reporting whether it now has some.
func (j *JIT) install(th *runtime.Thread, f *runtime.Frame, lp *loop, rec *recorder, tracing time.Duration) bool {
	pc := max(lp.key.pc, 0)
	t1 := time.Now()
	prev := th.SetProfileTier(runtime.TierJITBackend, 0, 0)
	defer th.RestoreProfileTier(prev)
	rec.t.ID = j.newID()
	if j.keepRecorded {
		j.lastRecorded = rec.t
	}
	opt := Optimize(rec.t, j.peel)
	opt.KeepRefs = lp.polyMode
	// What is wanted of the recording is taken now and the recorder lets
	// go of it: the collector may free it while the backend runs, the
	// time when the most JIT memory is live (docs/jit-memory.md).
	recOps, recGuards, recCodes := int64(rec.t.CountOps()), int64(rec.t.Guards()), profTraceCodes(nil, rec.t)
	j.recycleRecording(rec)
	rec.t = nil
	optimizing := time.Since(t1)
	j.stats.OptimizeTime += optimizing
	if j.backend == nil {
		j.compileFailed(th, lp, f, pc, errors.New("no backend for this CPU"), opt, tracing)
		return false
	}
	t2 := time.Now()
	code, cerr := j.backend.Compile(opt, nil)
	backend := time.Since(t2)
	if cerr != nil {
		j.compileFailed(th, lp, f, pc, cerr, opt, tracing)
		return false
	}
	j.stats.Backend++
	j.stats.BackendTime += backend
	j.stats.Loops++
	j.stats.Ops += recOps
	j.stats.Guards += recGuards
	j.stats.OptOps += int64(opt.CountOps())
	j.stats.OptGuards += int64(opt.Guards())
	lp.trace, lp.code, lp.entry = opt, code, rec.entry
	lp.id = j.stats.Loops
	if lp.function {
		j.stats.Functions++
	}
	profRegisterLoop(th, lp, recCodes, opt, code)
	lp.slots = slotsNeeded(opt)
	j.traces[opt.ID] = opt
	j.codes[opt.ID] = code
	if j.log.Wants(tracelog.KindLoopCompiled) {
		j.log.Emit(&tracelog.LoopCompiled{Stamp: stamp(th), Loop: lp.id, Func: f.Code.Name, Pos: posOf(f.Code, pc), Compile: tracelog.Compile{
			OpsBefore: recOps, OpsAfter: int64(opt.CountOps()), CodeBytes: int64(code.Size()),
			Tracing: tracing, Optimize: optimizing, Backend: backend}})
	}
	if j.log.Wants(tracelog.KindLoopIR) {
		j.log.Emit(&tracelog.LoopIR{Stamp: stamp(th), Loop: lp.id, Name: opt.Name, Text: opt.FormatCode(code)})
	}
	return true
}

func (j *JIT) newID() int {
	j.nextID++
	return j.nextID
}

// slotsNeeded is the State.Slots size a trace needs.
func slotsNeeded(t *Trace) int {
	n := t.NumInputs
	for i := range t.Snaps {
		n = max(n, len(t.Snaps[i].Live))
	}
	if l := t.Label(); l >= 0 {
		n = max(n, len(t.Ops[l].Args))
	}
	return max(n, len(t.Ops[len(t.Ops)-1].Args))
}

// compileFailed records a backend failure: the loop stays interpreted.
func (j *JIT) compileFailed(th *runtime.Thread, lp *loop, f *runtime.Frame, pc int, err error, t *Trace, tracing time.Duration) {
	j.stats.AbortCompiling++
	lp.blacklisted = true
	if j.log.Wants(tracelog.KindTraceAbort) {
		j.log.Emit(&tracelog.TraceAbort{Stamp: stamp(th), Func: f.Code.Name, Pos: posOf(f.Code, pc), Reason: tracelog.AbortUnsupported,
			Detail: "backend: " + err.Error(), Ops: int64(t.CountOps()), Tracing: tracing})
	}
	// The optimised IR is still worth showing (PYPYLOG=jit-log-opt).
	if j.log.Wants(tracelog.KindLoopIR) {
		j.log.Emit(&tracelog.LoopIR{Stamp: stamp(th), Loop: int64(t.ID), Name: t.Name, Text: t.Format(nil)})
	}
}

// aborted records an abort of tracing and blacklists loops that keep
// aborting.
func (j *JIT) aborted(th *runtime.Thread, lp *loop, f *runtime.Frame, pc int, guard int64, err error, ops int, tracing time.Duration) {
	reason, detail := tracelog.AbortUnsupported, err.Error()
	var ae *abortError
	if errors.As(err, &ae) {
		detail = ae.detail
		switch ae.reason {
		case "too long":
			reason = tracelog.AbortTooLong
			j.stats.AbortTooLong++
		case "recursion":
			reason = tracelog.AbortRecursion
			j.stats.AbortRecursion++
		case "type unstable", "loop exit":
			reason = tracelog.AbortBadLoop
			detail = ae.reason + ": " + ae.detail
			j.stats.AbortBadLoop++
		case "same guard": // a retrace that would fail as before (retrace.go)
			reason = tracelog.AbortBadLoop
			j.stats.AbortBadLoop++
		default:
			j.stats.AbortUnsupported++
		}
	}
	if guard != 0 {
		reason = tracelog.AbortBridge
	} else if !iteratorExhausted(err) || lp.function {
		// A function's recording that runs into the end of a loop
		// inside it would do so on every call alike.
		lp.aborts++
		if lp.aborts >= maxAborts {
			lp.blacklisted = true
		}
	} else {
		// A loop's recording that starts as its iterator runs out says
		// nothing about the loop: it is retried once the loop is hot
		// again, a threshold of back-edges later.
		lp.count = 0
		lp.exhaustedAborts++
		if lp.exhaustedAborts >= maxExhaustedAborts {
			lp.blacklisted = true
		}
	}
	if j.log.Wants(tracelog.KindTraceAbort) {
		j.log.Emit(&tracelog.TraceAbort{Stamp: stamp(th), Func: f.Code.Name, Pos: posOf(f.Code, pc), Guard: guard, Reason: reason,
			Detail: detail, Ops: int64(ops), Tracing: tracing})
	}
}

// detailIteratorExhausted is the recorder's abort detail when a loop's
// recording starts on its exhausted iterator (record.go, record_obj.go).
const detailIteratorExhausted = "the loop's iterator is exhausted"

// iteratorExhausted reports whether a recording aborted because it
// started as the loop's iterator ran out: the loop exits there, which
// says nothing about whether the loop can be traced.
func iteratorExhausted(err error) bool {
	var ae *abortError
	return errors.As(err, &ae) && ae.reason == "loop exit" && ae.detail == detailIteratorExhausted
}

// enter runs the loop's compiled code from the frame, which is at the
// loop header, until an exit that returns to the interpreter.
func (j *JIT) enter(th *runtime.Thread, f *runtime.Frame, lp *loop, p Params) (int, error) {
	st := lp.takeState(&th.Interp.Pending)
	defer lp.releaseState(st)
	header := lp.key.pc
	for {
		if !loadEntry(f, lp.entry, st.Slots) {
			return header, nil
		}
		lp.entries++
		lp.sinceCompile++
		j.stats.Entries++
		t0 := time.Now()
		prev := th.SetProfileTier(runtime.TierJIT, uint32(lp.id), 0)
		rs := residualServer{j: j, th: th, f: f, lp: lp}
		allocPrepare(st)
		st.Iterations = 0
		kind := j.run(lp.code, st, &rs)
		th.RestoreProfileTier(prev)
		j.stats.CompiledTime += time.Since(t0)
		if kind == ExitResidual { // left after a residual instruction (record_residual.go)
			return rs.resume, rs.err
		}
		t := j.traces[int(st.ExitTrace)]
		snap := int(st.ExitSnap)
		// Come back at the loop's next back-edge, as PyPy's interpreter
		// enters compiled code at every loop header that has some: the
		// interpreter reports a loop when its counter is a multiple of the
		// report interval.
		lp.key.code.LoopCounts[header] = uint32(th.Interp.JITHotInterval() - 1)
		if kind == ExitGuard {
			j.stats.GuardFailures++
			if at, err, ok := j.allocExit(th, f, t, snap, st); ok {
				return at, err
			}
			reenter, at, err := j.guardFailed(th, f, lp, t, snap, st.Slots, p)
			if err != nil || !reenter {
				j.shortLoopCheck(th, lp, t, snap, st.Iterations)
				return at, err
			}
			st.growSlots(lp.slots)
			continue // a bridge took the frame to the header: re-enter
		}
		resume, err := restore(th, f, t, &t.Snaps[snap], st.Slots)
		if err != nil {
			return resume, err
		}
		if kind == ExitPreempt {
			goruntime.Gosched()
			if resume == header {
				continue
			}
		}
		return resume, nil
	}
}

// run runs code until an exit that needs the interpreter, serving calls.
func (j *JIT) run(code Code, st *State, rs *residualServer) ExitKind {
	for {
		kind := code.Run(st)
		switch {
		case kind == ExitResidual && rs != nil && rs.serve(st):
		case kind != ExitCall:
			return kind
		default:
			st.CallResult = mathCall(st.CallFunc, st.CallArgs[0])
		}
	}
}

func growSlots(s []uint64, n int) []uint64 {
	if len(s) >= n {
		return s
	}
	return make([]uint64, n)
}

// loadEntry checks the frame's registers against the trace's entry types
// and stores them as the trace inputs. It reports false if they differ.
func loadEntry(f *runtime.Frame, entry []EntrySlot, slots []uint64) bool {
	for k, es := range entry {
		v := f.Regs[es.Reg]
		switch es.Type {
		case Int:
			if !v.IsSmallInt() {
				return false
			}
		case Float:
			if !v.IsFloat() {
				return false
			}
		case Bool:
			if !v.IsBool() {
				return false
			}
		case Ptr:
			if !v.IsValid() || es.Class != nil && v.Type() != es.Class || v.IsSmallInt() || v.IsFloat() || v.IsBool() {
				return false
			}
			slots[k] = uint64(uintptr(v.Pointer()))
			continue
		}
		slots[k] = v.Bits()
	}
	return true
}

// guardFailed counts a failure of the guard owning snapshot snap of t,
// whose exit values are in slots, and leaves the frame as the snapshot
// describes. Past trace_eagerness it records and compiles a bridge from
// there instead: for a guard inside inlined calls, the bridge starts in
// the innermost inlined frame (its frames are rebuilt for the recorder,
// not run by the interpreter), returns through them and goes on to the
// loop header (for a function trace, to the function's RETURN, where it
// ends in finish). It reports whether a bridge now leads the frame to the
// loop header (so compiled code can be re-entered at once); if not, at is
// where the interpreter resumes.
func (j *JIT) guardFailed(th *runtime.Thread, f *runtime.Frame, lp *loop, t *Trace, snap int, slots []uint64, p Params) (reenter bool, at int, err error) {
	sn := &t.Snaps[snap]
	gs := lp.failedGuard(t, snap)
	gs.fails++
	guardNo := gs.number
	if j.log.Wants(tracelog.KindGuardFail) && gs.fails&(gs.fails-1) == 0 {
		j.log.Emit(&tracelog.GuardFail{Stamp: stamp(th), Loop: lp.id, Guard: guardNo, Pos: posOf(lp.key.code, sn.Frames[0].PC), Count: gs.fails})
	}
	if !gs.bridged && gs.fails > int64(p.TraceEagerness) && lp.bridges >= maxBridges {
		gs.noBridge = true // a chain of bridges that keep failing: retrace instead
	}
	j.polyCheckMegamorphic(th, lp, t, snap, gs, p)
	if gs.noBridge && gs.entry && !gs.unbridgeable {
		lp.unbridged++
		j.maybeRetrace(th, lp, "a guard no bridge serves fails on most entries")
	}
	if gs.bridged || gs.noBridge || gs.fails <= gs.eagerness(p) || j.backend == nil || lp.code == nil || lp.function && lp.tracing {
		at, err := restore(th, f, t, sn, slots)
		return false, at, err
	}
	code := j.codes[t.ID]
	inner := sn.Frames[len(sn.Frames)-1]
	pc := sn.Frames[0].PC
	if j.log.Wants(tracelog.KindTraceStart) {
		j.log.Emit(&tracelog.TraceStart{Stamp: stamp(th), Func: inner.Code.Name, Pos: posOf(inner.Code, inner.PC), Guard: guardNo})
	}
	t0 := time.Now()
	restoreLoopFrame(f, t, sn, slots)
	rec := newBridgeRecorder(th, f, t, snap, lp.key.pc, p.TraceLimit, lp.entry)
	j.takeRecordingBuffers(rec)
	rec.residualCost = p.ResidualCost
	rec.callAsmOn = p.CallAssembler != 0
	rec.function = lp.function
	rec.addInlinedFrames(t, sn, slots)
	// A recursive call the recording runs (callasm.go) may fail this
	// guard again: one bridge recording at a time.
	tracingBefore := lp.tracing
	lp.tracing = lp.function
	rerr := rec.run()
	lp.tracing = tracingBefore
	tracing := time.Since(t0)
	j.stats.Tracing++
	j.stats.TracingTime += tracing
	if rerr != nil {
		gs.noBridge = !gs.polyRetry(t, snap)
		gs.unbridgeable = lp.polyUnbridgeable()
		rec.genBridgeExhausted(gs)
		j.polyBridgeFailed(th, lp, t, snap, rerr, nil)
		j.aborted(th, lp, f, pc, guardNo, rerr, rec.t.CountOps(), tracing)
		j.bridgeCarryFailed(th, lp, rerr) // after the abort's event: the retrace follows it
		at, err := rec.finish(th, f)
		j.recycleRecording(rec)
		return false, at, err
	}
	rec.t.ID = j.newID()
	t1 := time.Now()
	opt := Optimize(rec.t, false)
	// As install does: the recording is garbage once optimised.
	recOps, recCodes := int64(rec.t.CountOps()), profTraceCodes(nil, rec.t)
	j.recycleRecording(rec)
	rec.t = nil
	optimizing := time.Since(t1)
	j.stats.OptimizeTime += optimizing
	t2 := time.Now()
	bcode, err := j.backend.Compile(opt, lp.code)
	backend := time.Since(t2)
	if err == nil {
		err = code.Link(snap, bcode)
	}
	if err != nil {
		gs.noBridge = true
		j.stats.AbortCompiling++
		j.polyBridgeFailed(th, lp, t, snap, err, opt)
		// The frame is where the bridge ends all the same (the code may
		// have been thrown away: polyBridgeFailed).
		reenter, at, err := bridgeEnd(lp, rec)
		return reenter && lp.code != nil, at, err
	}
	gs.bridged = true
	lp.bridges++
	lp.polyNoteBridge(t, snap)
	profRegisterBridge(th, lp, recCodes, opt, bcode)
	j.traces[opt.ID] = opt
	j.codes[opt.ID] = bcode
	lp.slots = max(lp.slots, slotsNeeded(opt))
	j.stats.Backend++
	j.stats.BackendTime += backend
	j.stats.Bridges++
	j.stats.Ops += recOps
	j.stats.OptOps += int64(opt.CountOps())
	j.stats.OptGuards += int64(opt.Guards())
	if j.log.Wants(tracelog.KindBridgeCompiled) {
		j.log.Emit(&tracelog.BridgeCompiled{Stamp: stamp(th), Loop: lp.id, Guard: guardNo, Pos: posOf(f.Code, pc), Compile: tracelog.Compile{
			OpsBefore: recOps, OpsAfter: int64(opt.CountOps()), CodeBytes: int64(bcode.Size()),
			Tracing: tracing, Optimize: optimizing, Backend: backend}})
	}
	if j.log.Wants(tracelog.KindBridgeIR) {
		j.log.Emit(&tracelog.BridgeIR{Stamp: stamp(th), Guard: guardNo, Text: opt.FormatCode(bcode)})
	}
	return bridgeEnd(lp, rec)
}

// bridgeEnd is where a bridge recording that succeeded left the frame:
// a loop's at its header, to re-enter the loop's code; a function's at
// its RETURN, the call done.
func bridgeEnd(lp *loop, rec *recorder) (reenter bool, at int, err error) {
	if lp.function {
		return false, rec.frames[0].pc, nil
	}
	return true, lp.key.pc, nil
}

// guardNumber is the log id of the guard owning snapshot snap (as the
// IR text shows it).
func guardNumber(t *Trace, snap int) int64 {
	for i := range t.Ops {
		if op := &t.Ops[i]; op.Code.IsGuard() && int(op.Snap) == snap {
			return t.guardID(op.Guard)
		}
	}
	return t.guardID(0)
}

// mathCall serves an ExitCall.
func mathCall(fn uint64, arg uint64) uint64 {
	r, _, _ := evalArith(OpCallF, int64(fn), arg, 0)
	return r
}

// Shutdown emits the exit-time events (jit-backend-counts, jit-summary);
// the interpreter calls it when the program ends.
func (j *JIT) Shutdown() {
	if j.log.Wants(tracelog.KindJITCounts) {
		var entries []tracelog.Count
		for _, lp := range j.loops {
			if lp.code != nil {
				entries = append(entries, tracelog.Count{ID: lp.id, N: lp.entries})
			}
		}
		sort.Slice(entries, func(a, b int) bool { return entries[a].ID < entries[b].ID })
		j.log.Emit(&tracelog.JITCounts{Entries: entries})
	}
	if j.log.Wants(tracelog.KindJITSummary) {
		s := j.stats
		j.log.Emit(&tracelog.JITSummary{
			Tracing: s.Tracing, TracingTime: s.TracingTime, Backend: s.Backend, BackendTime: s.BackendTime,
			Total: time.Since(j.start), Ops: s.Ops, RecordedOps: s.RecordedOps, Guards: s.Guards,
			OptOps: s.OptOps, OptGuards: s.OptGuards, AbortTooLong: s.AbortTooLong, AbortCompiling: s.AbortCompiling,
			AbortBadLoop: s.AbortBadLoop, Loops: s.Loops, Bridges: s.Bridges,
			InterpTime:   max(0, time.Since(j.start)-s.TracingTime-s.OptimizeTime-s.BackendTime-s.CompiledTime),
			OptimizeTime: s.OptimizeTime, CompiledTime: s.CompiledTime, AbortUnsupported: s.AbortUnsupported,
			AbortRecursion: s.AbortRecursion, GuardFailures: s.GuardFailures, Invalidated: s.Invalidated,
			FreedLoops: s.FreedLoops, FreedBridges: s.FreedBridges,
		})
	}
}

// stamp is the header of an event about th's work: the trace log names the
// Python thread it came from, as the runtime's resource events do.
func stamp(th *runtime.Thread) tracelog.Stamp { return tracelog.Stamp{Thread: th.TraceID()} }

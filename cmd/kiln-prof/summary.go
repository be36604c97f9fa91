package main

// This file turns a trace log into the summary "kiln-prof log" prints:
// one pass over the events, then the loops, leaks, GC totals and JIT
// warm-up, in the order they first appear.

import (
	"cmp"
	"slices"
	"time"

	"github.com/kilnpy/kiln/tracelog"
)

// hottestGuards is how many guards a loop's summary lists.
const hottestGuards = 3

// logSummary is what "kiln-prof log" reports. Its JSON form is the
// output of --json; times are in nanoseconds.
type logSummary struct {
	File      string        `json:"file"`
	Truncated bool          `json:"truncated"` // the log ended mid-line: the process was killed
	Run       runSummary    `json:"run"`
	Loops     []*loopReport `json:"loops"`
	Leaks     []leakReport  `json:"leaks"`
	GC        gcSummary     `json:"gc"`
	JIT       *jitWarmup    `json:"jit"` // nil without a jit.summary event
}

type runSummary struct {
	Argv       []string `json:"argv"`
	Version    string   `json:"version"`
	Pid        int64    `json:"pid"`
	Exited     bool     `json:"exited"` // false if the log has no run.exit
	ExitCode   int64    `json:"exit_code"`
	ExitReason string   `json:"exit_reason"`
}

// loopReport is one loop, identified by its header's source position.
type loopReport struct {
	Func     string       `json:"func"`
	Pos      tracelog.Pos `json:"pos"`
	LoopIDs  []int64      `json:"loop_ids"` // one per compilation
	Compiled bool         `json:"compiled"`
	// WhyNot is the reason of the last abort of a loop never compiled.
	WhyNot      string         `json:"why_not,omitempty"`
	Aborts      int            `json:"aborts"`
	Warmup      time.Duration  `json:"warmup_ns"` // from hot (or first trace) to compiled
	Entries     int64          `json:"entries"`
	Bridges     int            `json:"bridges"`
	Invalidated []string       `json:"invalidated,omitempty"` // reasons
	Failures    int64          `json:"guard_failures"`
	HotGuards   []*guardReport `json:"hot_guards"`

	start time.Duration // when it became hot or first traced; -1 if never
	guard map[int64]*guardReport
}

type guardReport struct {
	Guard    int64        `json:"guard"`
	Pos      tracelog.Pos `json:"pos"`
	Failures int64        `json:"failures"`
	Bridge   bool         `json:"bridge"`
}

type leakReport struct {
	ID         int64            `json:"id"`
	Resource   string           `json:"resource"`
	Desc       string           `json:"desc"`
	DetectedBy string           `json:"detected_by"`
	DetectedAt tracelog.Pos     `json:"detected_at"`
	OpenedAt   tracelog.Pos     `json:"opened_at"` // zero if the open was not logged
	Stack      []tracelog.Frame `json:"stack"`     // allocation stack, innermost first
}

type gcSummary struct {
	Collections int64            `json:"collections"`
	ByCause     map[string]int64 `json:"by_cause"`
	Pause       time.Duration    `json:"pause_ns"`
	MaxPause    time.Duration    `json:"max_pause_ns"`
	Freed       int64            `json:"freed"`
	Reclaimed   int64            `json:"reclaimed_bytes"`
	PeakHeap    int64            `json:"peak_heap_bytes"`
	Finalizers  int64            `json:"finalizers"`
}

type jitWarmup struct {
	Interpreter   time.Duration `json:"interpreter_ns"`
	Tracing       time.Duration `json:"tracing_ns"`
	Optimizing    time.Duration `json:"optimizing_ns"`
	Backend       time.Duration `json:"backend_ns"`
	CompiledCode  time.Duration `json:"compiled_ns"`
	Traces        int64         `json:"traces"`
	Loops         int64         `json:"loops"`
	Bridges       int64         `json:"bridges"`
	Aborts        int64         `json:"aborts"`
	GuardFailures int64         `json:"guard_failures"`
	Invalidated   int64         `json:"invalidated"`
}

// summarizer accumulates a summary over the events of one log.
type summarizer struct {
	s        logSummary
	loops    map[string]*loopReport // by func and header position
	byLoopID map[int64]*loopReport
	opens    map[int64]*tracelog.ResourceOpen
}

func newSummarizer(file string) *summarizer {
	return &summarizer{
		s: logSummary{
			File:  file,
			Loops: []*loopReport{},
			Leaks: []leakReport{},
			GC:    gcSummary{ByCause: map[string]int64{}},
		},
		loops:    map[string]*loopReport{},
		byLoopID: map[int64]*loopReport{},
		opens:    map[int64]*tracelog.ResourceOpen{},
	}
}

// loop returns the report for the loop at pos, creating it.
func (z *summarizer) loop(fn string, pos tracelog.Pos) *loopReport {
	key := fn + "\x00" + pos.String()
	l := z.loops[key]
	if l == nil {
		l = &loopReport{Func: fn, Pos: pos, LoopIDs: []int64{}, HotGuards: []*guardReport{}, start: -1, guard: map[int64]*guardReport{}}
		z.loops[key] = l
		z.s.Loops = append(z.s.Loops, l)
	}
	return l
}

// byID returns the report for compiled loop id, or one for an unknown
// loop if the compilation was not logged.
func (z *summarizer) byID(id int64) *loopReport {
	if l := z.byLoopID[id]; l != nil {
		return l
	}
	l := z.loop("?", tracelog.Pos{})
	l.LoopIDs = append(l.LoopIDs, id)
	l.Compiled = true
	z.byLoopID[id] = l
	return l
}

func (l *loopReport) guardReport(guard int64, pos tracelog.Pos) *guardReport {
	g := l.guard[guard]
	if g == nil {
		g = &guardReport{Guard: guard, Pos: pos}
		l.guard[guard] = g
	}
	return g
}

func (z *summarizer) add(ev tracelog.Event) {
	switch e := ev.(type) {
	case *tracelog.RunStart:
		z.s.Run.Argv, z.s.Run.Version, z.s.Run.Pid = e.Argv, e.Version, e.Pid
	case *tracelog.RunExit:
		z.s.Run.Exited, z.s.Run.ExitCode, z.s.Run.ExitReason = true, e.Code, string(e.Reason)

	case *tracelog.ResourceOpen:
		z.opens[e.ID] = e
	case *tracelog.ResourceLeak:
		leak := leakReport{ID: e.ID, Resource: string(e.Resource), Desc: e.Desc, DetectedBy: string(e.DetectedBy), DetectedAt: e.Pos, Stack: e.Stack}
		if open := z.opens[e.ID]; open != nil {
			leak.OpenedAt = open.Pos
			if leak.Stack == nil {
				leak.Stack = open.Stack
			}
		}
		if leak.Stack == nil {
			leak.Stack = []tracelog.Frame{}
		}
		z.s.Leaks = append(z.s.Leaks, leak)
	case *tracelog.FinalizerRun:
		z.s.GC.Finalizers++

	case *tracelog.GCEnd:
		gc := &z.s.GC
		gc.Collections++
		gc.ByCause[string(e.Cause)]++
		gc.Pause += e.Pause
		gc.MaxPause = max(gc.MaxPause, e.Pause)
		gc.Freed += e.Freed
		gc.Reclaimed += e.HeapBefore - e.HeapAfter
		gc.PeakHeap = max(gc.PeakHeap, e.HeapBefore)

	case *tracelog.LoopHot:
		l := z.loop(e.Func, e.Pos)
		if l.start < 0 {
			l.start = e.Time
		}
	case *tracelog.TraceStart:
		if e.Guard == 0 {
			if l := z.loop(e.Func, e.Pos); l.start < 0 {
				l.start = e.Time
			}
		}
	case *tracelog.TraceAbort:
		if e.Guard == 0 {
			l := z.loop(e.Func, e.Pos)
			l.Aborts++
			l.WhyNot = string(e.Reason)
			if e.Detail != "" {
				l.WhyNot += " (" + e.Detail + ")"
			}
		}
	case *tracelog.LoopCompiled:
		l := z.loop(e.Func, e.Pos)
		l.LoopIDs = append(l.LoopIDs, e.Loop)
		if !l.Compiled && l.start >= 0 {
			l.Warmup = e.Time - l.start
		}
		l.Compiled = true
		z.byLoopID[e.Loop] = l
	case *tracelog.BridgeCompiled:
		l := z.byID(e.Loop)
		l.Bridges++
		l.guardReport(e.Guard, e.Pos).Bridge = true
	case *tracelog.GuardFail:
		g := z.byID(e.Loop).guardReport(e.Guard, e.Pos)
		g.Failures = max(g.Failures, e.Count) // counts are cumulative
	case *tracelog.LoopInvalidated:
		l := z.byID(e.Loop)
		l.Invalidated = append(l.Invalidated, e.Reason)
	case *tracelog.JITCounts:
		for _, c := range e.Entries {
			z.byID(c.ID).Entries += c.N
		}
	case *tracelog.JITSummary:
		z.s.JIT = &jitWarmup{
			Interpreter:   e.InterpTime,
			Tracing:       e.TracingTime,
			Optimizing:    e.OptimizeTime,
			Backend:       e.BackendTime,
			CompiledCode:  e.CompiledTime,
			Traces:        e.Tracing,
			Loops:         e.Loops,
			Bridges:       e.Bridges,
			Aborts:        e.AbortTooLong + e.AbortCompiling + e.AbortVableEscape + e.AbortBadLoop + e.AbortForceQuasiImmut + e.AbortSegmentedTrace + e.AbortUnsupported + e.AbortRecursion,
			GuardFailures: e.GuardFailures,
			Invalidated:   e.Invalidated,
		}
	}
}

// finish computes what needs every event: guard totals and rankings.
func (z *summarizer) finish() *logSummary {
	for _, l := range z.s.Loops {
		if l.Compiled {
			l.WhyNot = ""
		}
		guards := make([]*guardReport, 0, len(l.guard))
		for _, g := range l.guard {
			l.Failures += g.Failures
			guards = append(guards, g)
		}
		slices.SortFunc(guards, func(a, b *guardReport) int {
			return cmp.Or(cmp.Compare(b.Failures, a.Failures), cmp.Compare(a.Guard, b.Guard))
		})
		l.HotGuards = guards[:min(len(guards), hottestGuards)]
	}
	return &z.s
}

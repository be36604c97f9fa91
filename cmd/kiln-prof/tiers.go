package main

// This file defines "kiln-prof tiers": where a CPU profile's time went by
// tier (interpreter, compiled code, tracing, JIT backend, GC, builtins),
// per compiled loop, and what warming the JIT up cost; with --log, each
// loop is linked to its trace in the trace log.

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/google/pprof/profile"
	"github.com/kilnpy/kiln/profiler"
	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

var tiersCommand = &command{
	name:    "tiers",
	args:    "[--log TRACELOG] PROFILE",
	summary: "time per tier, per JIT loop, and the JIT's warm-up cost",
	help: `
Tiers reads a CPU profile written by kiln -X profile=FILE and prints the
time spent in each tier (interp, jit, tracing, jit-backend, gc, builtin),
then for each JIT loop the time in its compiled code and its warm-up
cost: the time its function was interpreted before the JIT took the
loop, and the time spent tracing and compiling it. PROFILE "-" reads
standard input.

  --log TRACELOG  the trace log of the same run (kiln -X tracelog=FILE):
                  each loop is linked to its trace, with the function and
                  source position of the loop, its compile time, the time
                  from hot to compiled, and its guard failures`,
	run: runTiers,
}

func runTiers(c *command, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tiers", flag.ContinueOnError)
	logFile := fs.String("log", "", "trace log of the run")
	file, status := parseProfileArgs(c, fs, args, stdout, stderr)
	if file == "" {
		return status
	}
	p, err := readProfile(file)
	var traces map[int64]*loopTrace
	if err == nil && *logFile != "" {
		traces, err = readLoopTraces(*logFile)
	}
	if err == nil {
		err = writeTiers(stdout, p, traces)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln-prof tiers: %v\n", err)
		return exitError
	}
	return exitOK
}

// loopTime is what the profile says of one JIT loop.
type loopTime struct {
	id    int64
	frame string // <jit loop N file:line>, if compiled code was sampled
	// interpreted is the time the loop's code was interpreted before the
	// JIT took it (from the profile's comments).
	compiled, interpreted, tracing, backend int64
}

// warmup is the loop's warm-up cost: interpreting it before the JIT took
// it, tracing it and compiling it.
func (l *loopTime) warmup() int64 { return l.interpreted + l.tracing + l.backend }

// writeTiers prints the tier table, the loop table and the warm-up cost.
func writeTiers(w io.Writer, p *profile.Profile, traces map[int64]*loopTrace) error {
	vi, err := valueIndex(p, "")
	if err != nil {
		return err
	}
	unit := p.SampleType[vi].Unit
	byTier := map[string]int64{}
	samples := map[string]int64{}
	loops := map[int64]*loopTime{}
	var total int64
	for _, s := range p.Sample {
		v := s.Value[vi]
		total += v
		tier := "unlabelled"
		if t := s.Label["tier"]; len(t) > 0 {
			tier = t[0]
		}
		byTier[tier] += v
		samples[tier] += s.Value[0]
		ls := s.Label["loop"]
		if len(ls) == 0 {
			continue
		}
		id, err := strconv.ParseInt(ls[0], 10, 64)
		if err != nil {
			continue
		}
		l := loops[id]
		if l == nil {
			l = &loopTime{id: id}
			loops[id] = l
		}
		switch tier {
		case "jit":
			l.compiled += v
			if name := jitFrameOf(s); name != "" {
				l.frame = name
			}
		case "tracing":
			l.tracing += v
		case "jit-backend":
			l.backend += v
		}
	}
	fmt.Fprintf(w, "%-12s %10s %8s %8s\n", "tier", "time", "share", "samples")
	tiers := append(runtime.Tiers(), "unlabelled")
	for _, t := range tiers {
		if t == "unlabelled" && byTier[t] == 0 {
			continue
		}
		fmt.Fprintf(w, "%-12s %10s %8s %8d\n", t, formatValue(byTier[t], unit), percent(byTier[t], total), samples[t])
	}
	var n int64
	for _, c := range samples {
		n += c
	}
	fmt.Fprintf(w, "%-12s %10s %8s %8d\n", "total", formatValue(total, unit), percent(total, total), n)

	loop := func(id int64) *loopTime {
		if loops[id] == nil {
			loops[id] = &loopTime{id: id}
		}
		return loops[id]
	}
	for id := range traces {
		loop(id)
	}
	for _, c := range p.Comments {
		var id, ns int64
		if rest, ok := strings.CutPrefix(c, profiler.WarmupCommentPrefix); ok {
			if _, err := fmt.Sscanf(rest, "%d warmup_interp_ns=%d", &id, &ns); err == nil {
				loop(id).interpreted = ns
			}
		}
	}
	list := make([]*loopTime, 0, len(loops))
	var warmup int64
	for _, l := range loops {
		list = append(list, l)
		warmup += l.warmup()
	}
	slices.SortFunc(list, func(a, b *loopTime) int { return cmp.Compare(a.id, b.id) })
	fmt.Fprintf(w, "\nJIT loops: %d\n", len(list))
	if len(list) > 0 {
		fmt.Fprintf(w, "%-6s %10s %10s %10s %10s %10s  %s\n", "loop", "compiled", "interp", "tracing", "backend", "warm-up", "frame")
	}
	for _, l := range list {
		frame := l.frame
		if frame == "" {
			frame = "<jit loop " + strconv.FormatInt(l.id, 10) + ">"
		}
		fmt.Fprintf(w, "%-6d %10s %10s %10s %10s %10s  %s\n", l.id, formatValue(l.compiled, unit), formatValue(l.interpreted, unit),
			formatValue(l.tracing, unit), formatValue(l.backend, unit), formatValue(l.warmup(), unit), frame)
		if tr := traces[l.id]; tr != nil {
			fmt.Fprintf(w, "       trace: %s\n", tr.describe())
		}
	}
	fmt.Fprintf(w, "\nwarm-up cost (interpreting loops before the JIT took them, tracing, compiling): %s, %s of the run\n",
		formatValue(warmup, unit), percent(warmup, total))
	return nil
}

// loopTrace is what the trace log says of one compiled loop.
type loopTrace struct {
	report  *loopReport
	compile tracelog.Compile
}

// describe is one line: where the loop is, its compile time, warm-up and
// guard failures.
func (t *loopTrace) describe() string {
	r := t.report
	c := t.compile
	var b strings.Builder
	fmt.Fprintf(&b, "%s at %s, compiled in %s (tracing %s, optimize %s, backend %s)", r.Func, r.Pos,
		c.Tracing+c.Optimize+c.Backend, c.Tracing, c.Optimize, c.Backend)
	if r.Warmup > 0 {
		fmt.Fprintf(&b, ", %s from hot to compiled", r.Warmup)
	}
	fmt.Fprintf(&b, ", %d guard failures, %d bridges", r.Failures, r.Bridges)
	if len(r.Invalidated) > 0 {
		fmt.Fprintf(&b, ", invalidated (%s)", strings.Join(r.Invalidated, "; "))
	}
	return b.String()
}

// brief is describe shortened for a frame name in the web view, where
// long names are cut: the function, compile time and guard failures.
func (t *loopTrace) brief() string {
	c := t.compile
	return fmt.Sprintf("[%s, compiled in %s, %d guard failures]", t.report.Func, c.Tracing+c.Optimize+c.Backend, t.report.Failures)
}

// readLoopTraces reads a trace log and returns its compiled loops by id,
// with the summary that kiln-prof log prints for them.
func readLoopTraces(name string) (map[int64]*loopTrace, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := tracelog.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	z := newSummarizer(name)
	compiles := map[int64]tracelog.Compile{}
	for {
		ev, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if lc, ok := ev.(*tracelog.LoopCompiled); ok {
			compiles[lc.Loop] = lc.Compile
		}
		z.add(ev)
	}
	z.finish()
	traces := map[int64]*loopTrace{}
	for id, c := range compiles {
		if r := z.byLoopID[id]; r != nil {
			traces[id] = &loopTrace{report: r, compile: c}
		}
	}
	return traces, nil
}

// jitFrameOf is the name of the "<jit loop N file:line>" frame of a
// sample of compiled code: its own location, under the location of the
// inlined functions at the sampled position, if any (an older profile
// has it as the last line of the first location).
func jitFrameOf(s *profile.Sample) string {
	for _, loc := range s.Location {
		for _, ln := range loc.Line {
			if ln.Function != nil && strings.HasPrefix(ln.Function.Name, "<jit loop ") {
				return ln.Function.Name
			}
		}
	}
	return ""
}

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/kilnpy/kiln/tracelog"
)

var logCommand = &command{
	name:    "log",
	args:    "[--json] FILE",
	summary: "summarise a trace log",
	help: `
Log reads a trace log in either format (JSON Lines from
kiln -X tracelog=FILE, or PYPYLOG-style text from KILNLOG) and prints:
each loop with its source position, whether it was compiled and why
not, its warm-up time, entries and hottest guards; the resource leaks
with their allocation sites; GC totals; and the JIT warm-up summary.
FILE "-" reads standard input.

  --json  print the same summary as JSON, for scripts`,
	run: runLog,
}

func runLog(c *command, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("log", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, with the usage
	asJSON := fs.Bool("json", false, "print JSON")
	// Accept flags after the file too: parse, take a positional, repeat.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				c.usage(stdout)
				return exitOK
			}
			fmt.Fprintf(stderr, "kiln-prof log: %v\n", err)
			c.usage(stderr)
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fmt.Fprintf(stderr, "kiln-prof log: want one FILE, got %d\n", len(files))
		c.usage(stderr)
		return exitUsage
	}
	s, err := summarizeFile(files[0])
	if err != nil {
		fmt.Fprintf(stderr, "kiln-prof log: %v\n", err)
		return exitError
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(s)
	} else {
		err = printSummary(stdout, s)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln-prof log: %v\n", err)
		return exitError
	}
	return exitOK
}

func summarizeFile(name string) (*logSummary, error) {
	in := io.Reader(os.Stdin)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	r, err := tracelog.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	z := newSummarizer(name)
	for {
		ev, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		z.add(ev)
	}
	z.s.Truncated = r.Truncated()
	return z.finish(), nil
}

// printSummary writes the human form of s.
func printSummary(w io.Writer, s *logSummary) error {
	p := &printer{w: w}
	run := s.Run
	p.printf("%s: kiln %s, pid %d, argv %q\n", s.File, orDash(run.Version), run.Pid, run.Argv)
	switch {
	case run.Exited:
		p.printf("exit %d (%s)\n", run.ExitCode, run.ExitReason)
	case s.Truncated:
		p.printf("no exit: the log is truncated (the process was killed?)\n")
	default:
		p.printf("no exit recorded\n")
	}

	p.printf("\nLoops (%d):\n", len(s.Loops))
	for _, l := range s.Loops {
		p.printf("  %s at %s: ", l.Func, l.Pos)
		if l.Compiled {
			p.printf("compiled as loop %s after %v warm-up; %d entries, %d bridges\n", joinInts(l.LoopIDs), l.Warmup, l.Entries, l.Bridges)
		} else {
			p.printf("not compiled: %s, %d aborts\n", orDash(l.WhyNot), l.Aborts)
		}
		for _, reason := range l.Invalidated {
			p.printf("    invalidated: %s\n", reason)
		}
		if l.Failures > 0 {
			p.printf("    guard failures: %d; hottest:\n", l.Failures)
			for _, g := range l.HotGuards {
				bridge := ""
				if g.Bridge {
					bridge = " (bridged)"
				}
				p.printf("      guard %d at %s: %d%s\n", g.Guard, g.Pos, g.Failures, bridge)
			}
		}
	}

	p.printf("\nResource leaks (%d):\n", len(s.Leaks))
	for _, l := range s.Leaks {
		p.printf("  %s %d %q: closed by %s at %s\n", l.Resource, l.ID, l.Desc, l.DetectedBy, l.DetectedAt)
		switch {
		case len(l.Stack) > 0:
			for i, f := range l.Stack {
				lead := "    allocated at "
				if i > 0 {
					lead = "                 "
				}
				p.printf("%s%s %s\n", lead, f.Func, f.Pos)
			}
		case l.OpenedAt != (tracelog.Pos{}):
			p.printf("    opened at %s\n", l.OpenedAt)
		default:
			p.printf("    allocation site unknown (run with resource tracking on)\n")
		}
	}

	gc := s.GC
	causes := make([]string, 0, len(gc.ByCause))
	for cause, n := range gc.ByCause {
		causes = append(causes, fmt.Sprintf("%d %s", n, cause))
	}
	sort.Strings(causes)
	p.printf("\nGC: %d collections", gc.Collections)
	if len(causes) > 0 {
		p.printf(" (%s)", strings.Join(causes, ", "))
	}
	p.printf("; pause %v total, %v max; %d objects and %d bytes freed; peak heap %d bytes; %d finalizers run\n",
		gc.Pause, gc.MaxPause, gc.Freed, gc.Reclaimed, gc.PeakHeap, gc.Finalizers)

	if j := s.JIT; j != nil {
		p.printf("\nJIT warm-up: interpreter %v, tracing %v, optimizing %v, backend %v, compiled code %v\n",
			j.Interpreter, j.Tracing, j.Optimizing, j.Backend, j.CompiledCode)
		p.printf("  %d traces, %d loops, %d bridges, %d aborts, %d guard failures, %d invalidated\n",
			j.Traces, j.Loops, j.Bridges, j.Aborts, j.GuardFailures, j.Invalidated)
	} else {
		p.printf("\nJIT warm-up: no jit.summary in the log\n")
	}
	return p.err
}

// printer keeps the first write error, so printSummary checks once.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func joinInts(ns []int64) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}

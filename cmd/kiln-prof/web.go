package main

// This file defines "kiln-prof -http=ADDR PROFILE": pprof's own web
// interface (graph, flame graph, source, top) on a Kiln profile, served
// by github.com/google/pprof/driver. With --log, the frames of compiled
// loops are named with what the trace log says of them, so that the
// flame graph links each <jit loop N> to its trace.

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"strconv"
	"strings"
	"time"

	"github.com/google/pprof/driver"
	"github.com/google/pprof/profile"
)

const webUsage = `usage: kiln-prof -http=[host]:port [--log TRACELOG] [pprof flags] PROFILE

Serves pprof's web interface for PROFILE: the flame graph (View >
Flame Graph), the call graph, top and the Python source. Any pprof
flag may be given too, e.g. -no_browser.

  --log TRACELOG  name each <jit loop N> frame with its trace: the
                  function and position of the loop, its compile time
                  and its guard failures`

// isWebInvocation reports whether args ask for the web interface.
func isWebInvocation(args []string) bool {
	return len(args) > 0 && (strings.HasPrefix(args[0], "-http") || strings.HasPrefix(args[0], "--http"))
}

// runWeb runs pprof's web interface until the process is stopped.
func runWeb(args []string, stdout, stderr io.Writer) int {
	var logFile string
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--log" || a == "-log":
			if i+1 == len(args) {
				fmt.Fprintf(stderr, "kiln-prof: %s needs a file\n%s\n", a, webUsage)
				return exitUsage
			}
			logFile = args[i+1]
			i++
		case strings.HasPrefix(a, "--log=") || strings.HasPrefix(a, "-log="):
			logFile = a[strings.IndexByte(a, '=')+1:]
		default:
			rest = append(rest, a)
		}
	}
	var traces map[int64]*loopTrace
	if logFile != "" {
		var err error
		if traces, err = readLoopTraces(logFile); err != nil {
			fmt.Fprintf(stderr, "kiln-prof: %v\n", err)
			return exitError
		}
	}
	flags := &webFlags{args: rest, fs: flag.NewFlagSet("kiln-prof", flag.ContinueOnError), stderr: stderr}
	flags.fs.SetOutput(stderr)
	err := driver.PProf(&driver.Options{
		Flagset: flags,
		Fetch:   &webFetcher{traces: traces},
		UI:      &webUI{out: stderr},
	})
	if errors.Is(err, errUsage) {
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln-prof: %v\n", err)
		return exitError
	}
	return exitOK
}

var errUsage = errors.New("usage")

// webFlags is driver.FlagSet over kiln-prof's arguments rather than the
// process's.
type webFlags struct {
	args   []string
	fs     *flag.FlagSet
	extra  string
	stderr io.Writer
}

func (f *webFlags) Bool(name string, def bool, usage string) *bool {
	return f.fs.Bool(name, def, usage)
}
func (f *webFlags) Int(name string, def int, usage string) *int { return f.fs.Int(name, def, usage) }
func (f *webFlags) Float64(name string, def float64, usage string) *float64 {
	return f.fs.Float64(name, def, usage)
}
func (f *webFlags) String(name string, def string, usage string) *string {
	return f.fs.String(name, def, usage)
}

func (f *webFlags) StringList(name string, def string, usage string) *[]*string {
	list := []*string{&def}
	f.fs.Func(name, usage, func(s string) error {
		if list[0] == &def {
			list = list[:0]
		}
		list = append(list, &s)
		return nil
	})
	return &list
}

func (f *webFlags) ExtraUsage() string      { return f.extra }
func (f *webFlags) AddExtraUsage(eu string) { f.extra += eu }
func (f *webFlags) Parse(usage func()) []string {
	f.fs.Usage = func() { fmt.Fprintln(f.stderr, webUsage) }
	if err := f.fs.Parse(f.args); err != nil {
		return nil
	}
	if f.fs.NArg() == 0 {
		fmt.Fprintln(f.stderr, webUsage)
	}
	return f.fs.Args()
}

// webFetcher reads profiles from files, naming JIT loop frames after
// their traces when a trace log was given.
type webFetcher struct {
	traces map[int64]*loopTrace
}

func (w *webFetcher) Fetch(src string, _, _ time.Duration) (*profile.Profile, string, error) {
	p, err := readProfile(src)
	if err != nil {
		return nil, "", err
	}
	nameJITFrames(p, w.traces)
	return p, "", nil
}

// nameJITFrames appends to each "<jit loop N ...>" function name what the
// trace log says of loop N.
func nameJITFrames(p *profile.Profile, traces map[int64]*loopTrace) {
	if len(traces) == 0 {
		return
	}
	for _, fn := range p.Function {
		rest, ok := strings.CutPrefix(fn.Name, "<jit loop ")
		if !ok {
			continue
		}
		digits := rest
		if i := strings.IndexAny(rest, " >"); i >= 0 {
			digits = rest[:i]
		}
		id, err := strconv.ParseInt(digits, 10, 64)
		if err != nil || traces[id] == nil {
			continue
		}
		fn.Name += " " + traces[id].brief()
	}
}

// webUI is driver.UI without a terminal: messages go to stderr.
type webUI struct{ out io.Writer }

func (u *webUI) ReadLine(string) (string, error)     { return "", io.EOF }
func (u *webUI) Print(args ...any)                   { fmt.Fprint(u.out, args...); fmt.Fprintln(u.out) }
func (u *webUI) PrintErr(args ...any)                { fmt.Fprint(u.out, args...); fmt.Fprintln(u.out) }
func (u *webUI) IsTerminal() bool                    { return false }
func (u *webUI) WantBrowser() bool                   { return true }
func (u *webUI) SetAutoComplete(func(string) string) {}

// Kiln sets GOMAXPROCS itself as it starts (boot, gcpolicy.go), which
// stops the Go runtime's updates of it as the CPU limit changes: the
// goroutine that makes them would only cost start-up its creation. (With
// GOMAXPROCS or GOGC in the environment kiln leaves it alone, and it then
// stays what it was at start.)
//
//go:debug updatemaxprocs=0

// Command kiln runs Python programs: a drop-in for python3 with
// CPython 3.12's command line, plus PyPy's --jit options.
//
//	kiln [option] ... [-c cmd | -m mod | file | -] [arg] ...
//
// Run `kiln -h` for the options.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kilnpy/kiln/cmd/kiln/internal/boot"
	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
	"github.com/kilnpy/kiln/cmd/kiln/internal/hugetext"
	"github.com/kilnpy/kiln/cmd/kiln/internal/prefault"
	"github.com/kilnpy/kiln/cmd/kiln/internal/quickexit"
	"github.com/kilnpy/kiln/jit"
	"github.com/kilnpy/kiln/profiler"
	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

func main() {
	if hugetext.IsHelper() {
		os.Exit(hugetext.RunHelper(os.Args))
	}
	boot.PrefaultRest()
	prefault.Close()
	if _, set := os.LookupEnv("GOGC"); !set {
		startGCPolicy()
	}
	drop := dropInitPagesLater()
	status := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if beforeExit != nil {
		beforeExit()
	}
	recordStartupPages(drop)
	if fine, _ := exepages.Status(); fine {
		// Closing the userfaultfd undoes its registration, mapping by
		// mapping: let the exit helper do it after the parent has heard.
		quickexit.KeepOpen(exepages.ReservedFD)
	}
	quickexit.Exit(status)
}

// beforeExit, when a diagnostic build sets it, runs as the command ends
// (peakmem.go's map of the executable's resident pages).
var beforeExit func()

// gcPercent is the Go collector's GOGC for kiln unless the environment sets
// one. Go's default, 100, lets the heap grow to twice what was live at the
// last collection before the next; CPython's reference counting frees most
// memory at once, and Python programs are measured against it. 50 cuts the
// peak RSS of the allocation-heavy benchmarks by 10 to 17 percent
// (bench/word_count 65 to 54 MiB, string_build 47 to 40) for about 4 points
// more of CPU time spent collecting (5-7 percent to 10-11 percent).
const gcPercent = 50

// run is the whole command, apart from the process exit, so that tests can
// call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	inv, err := parseArgs(args)
	if err != nil {
		fmt.Fprintln(stderr, err)
		fmt.Fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", vm.CommandName())
		fmt.Fprintln(stderr, "Try `kiln -h' for more information.")
		return 2
	}
	if inv.help {
		writeHelp(stdout)
		return 0
	}
	if inv.version > 0 {
		if inv.version > 1 {
			fmt.Fprintf(stdout, "Python %s (Kiln %s, Go)\n", vm.PythonVersion, vm.Version)
		} else {
			fmt.Fprintf(stdout, "Python %s\n", vm.PythonVersion)
		}
		return 0
	}
	params := jit.DefaultParams()
	for _, spec := range inv.jit {
		if err := params.Parse(spec); err != nil {
			if errors.Is(err, jit.ErrHelp) {
				jit.WriteHelp(stdout)
				return 0
			}
			fmt.Fprintf(stderr, "%s: %v\n", vm.CommandName(), err)
			return 2
		}
	}
	if _, off := inv.xoption("jit-off"); off {
		params.Off = true
	}

	if _, err := profiler.ParseOptions(xoptionMap(inv.xoptions)); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", vm.CommandName(), err)
		return 2
	}

	log, err := openTraceLog(inv)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", vm.CommandName(), err)
		return 2
	}

	opts := runtime.Options{
		Stdin:             stdin,
		Stdout:            stdout,
		Stderr:            stderr,
		XOptions:          xoptionMap(inv.xoptions),
		Unbuffered:        inv.unbuffered,
		IgnoreEnvironment: inv.ignoreEnv,
		Isolated:          inv.isolated,
		SafePath:          inv.safePath,
		WarnOptions:       inv.warnOptions,
		TraceLog:          log,
		OrigArgv:          append([]string{os.Args[0]}, args...),
		Optimize:          inv.optimize,
		Inspect:           inv.inspect || !inv.ignoreEnv && os.Getenv("PYTHONINSPECT") != "",
		Interactive:       inv.inspect,
	}
	runtime.ListWordsEnable() // compiled code reads both storages: list_words.go
	if !params.Off {
		opts.JIT = jit.New(params, log)
		if _, ok := opts.XOptions["perf"]; ok {
			if err := jit.OpenPerfMap(); err != nil {
				fmt.Fprintf(stderr, "%s: -X perf: %v\n", vm.CommandName(), err)
			}
		}
	}
	if inv.ignoreEnv {
		opts.Getenv = func(name string) string {
			if strings.HasPrefix(name, "PYTHON") {
				return ""
			}
			return os.Getenv(name)
		}
	}
	prog := vm.Program{Kind: vm.File, Target: inv.target, Args: inv.args, SkipFirstLine: inv.skipFirst, Quiet: inv.quiet}
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		prog.Terminal = true
	}
	switch inv.mode {
	case runCommand:
		prog.Kind = vm.Command
	case runModule:
		prog.Kind = vm.Module
	case runStdin:
		prog.Kind = vm.Stdin
		if inv.inspect {
			// -i -: the standard input is read by the REPL, not run first.
			prog.Kind = vm.Interactive
		}
	case runREPL:
		prog.Kind = vm.Stdin
		if prog.Terminal || inv.inspect {
			prog.Kind = vm.Interactive
		}
		// Without a "-", CPython's sys.argv[0] is "".
		opts.Argv = append([]string{""}, inv.args...)
	}
	if prog.Args == nil {
		prog.Args = []string{}
	}
	return vm.Run(prog, opts)
}

// openTraceLog opens the trace log asked for by -X tracelog=FILE, or else by
// the KILNLOG or PYPYLOG environment variables (unless -E).
func openTraceLog(inv *invocation) (*tracelog.Log, error) {
	if spec, ok := inv.xoption("tracelog"); ok {
		if spec == "" {
			return nil, errors.New("-X tracelog needs a file name: -X tracelog=FILE (- for stderr)")
		}
		return tracelog.Open(spec)
	}
	if inv.ignoreEnv {
		return nil, nil
	}
	return tracelog.FromEnv(os.Getenv)
}

// xoptionMap is sys._xoptions: a bare -X name maps to True ("" here).
func xoptionMap(xs []string) map[string]string {
	m := make(map[string]string, len(xs))
	for _, x := range xs {
		k, v, _ := strings.Cut(x, "=")
		m[k] = v
	}
	return m
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

func writeHelp(w io.Writer) {
	fmt.Fprintf(w, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", vm.CommandName())
	io.WriteString(w, `Options (and corresponding environment variables):
-B     : accepted for compatibility; Kiln writes no .pyc files
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Kiln from the user's environment (implies -E and -P)
-m mod : run library module as a script (terminates option list)
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option:
         -X tracelog=FILE: write the trace log (JSON Lines) to FILE, - for stderr
         -X track-resources: report files, sockets and generators left open
         -X profile=FILE: write a pprof CPU profile of the Python code to FILE
         -X profile-hz=N: sample the CPU profile N times a second (default 100, up to 1000)
         -X profile-alloc=FILE: write a pprof profile of sampled object allocations to FILE
         -X profile-alloc-rate=N: sample one allocation per N bytes on average (default 131072; 1: all)
         -X perf: name compiled loops in /tmp/perf-PID.map for Linux perf
         -X jit-off: same as --jit off
         unknown options are accepted and ignored, as CPython does
--jit opts : PyPy-style JIT options, e.g. --jit threshold=200,trace_limit=3000;
             --jit off turns the JIT off; --jit help lists every option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
PYTHONPATH   : ':'-separated list of directories prefixed to the module search path
PYTHONINSPECT: if this variable is set, kiln -i is implied
KILNLOG      : categories:FILE, a PYPYLOG-style log (PYPYLOG is accepted too)
`)
}

// Package vm is Kiln's embedding API: it runs Python programs the way the
// python3 command does — a file, a -c string, a -m module, standard input
// or an interactive session — and turns their ending into an exit status:
// the uncaught exception printed as CPython 3.12 prints it, SystemExit's
// code, 130 after KeyboardInterrupt.
//
// The work is done by the packages below it: vm/syntax parses, vm/compile
// compiles, vm/runtime holds the object model and the interpreter loop.
package vm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/internal/sigflag"
	"github.com/kilnpy/kiln/vm/runtime"
	_ "github.com/kilnpy/kiln/vm/stdlib"        // links the standard library modules
	_ "github.com/kilnpy/kiln/vm/stdlib/frozen" // compiled code of the modules written in Python
	"github.com/kilnpy/kiln/vm/syntax"
)

// Version is Kiln's own version; sys.version reports the Python version
// Kiln implements.
const Version = "0.1.0"

// PythonVersion is the version of Python that Kiln implements.
const PythonVersion = "3.12.1"

// Kind says what a Program runs.
type Kind int

// Kinds of program.
const (
	File        Kind = iota // a script file
	Command                 // the code of -c
	Module                  // a module run as __main__ (-m)
	Stdin                   // a program read from standard input
	Interactive             // the read-eval-print loop
)

// Program is what to run.
type Program struct {
	Kind   Kind
	Target string   // the file name, the -c code, or the -m module name
	Args   []string // sys.argv[1:]
	// SkipFirstLine is -x: the first line of the source is not Python.
	SkipFirstLine bool
	// Terminal says standard input is a terminal: the REPL's prompts go
	// to stdout (else to stderr, as CPython's), and PYTHONINSPECT applies.
	Terminal bool
	// Quiet is -q: the REPL prints no banner.
	Quiet bool
}

// argv0 is sys.argv[0] for a program, as CPython sets it.
func (p Program) argv0() string {
	switch p.Kind {
	case File:
		return p.Target
	case Command:
		return "-c"
	case Module:
		return p.Target // replaced by the module's path once found
	case Stdin:
		return "-"
	}
	return ""
}

// Run runs a program in a new interpreter configured by opts and returns
// the process exit status. opts.Argv and opts.Path are filled in from the
// program when empty.
func Run(p Program, opts runtime.Options) int {
	if opts.Argv == nil {
		opts.Argv = append([]string{p.argv0()}, p.Args...)
	}
	if opts.Path == nil {
		opts.Path = searchPath(p, opts)
	}
	log := opts.TraceLog
	if log.Wants(tracelog.KindRunStart) { // else no getpid(2)
		log.RunStart(opts.Argv, Version, int64(os.Getpid()))
	}
	interp := runtime.NewInterpreter(opts)
	th := interp.MainThread()
	interp.WatchCollections()
	stop := catchSignals(interp)
	defer stop()
	status, reason := runGuarded(th, p)
	if interp.Terminated() {
		reason = tracelog.ExitSIGTERM
	}
	interp.Shutdown(th)
	interp.FinishProfiles(true)
	log.RunExit(int64(status), reason)
	if err := log.Close(); err != nil {
		fmt.Fprintf(opts.Stderr, "%s: trace log: %v\n", CommandName(), err)
	}
	return status
}

// searchPath is sys.path: the directory or zip file run as the script, or
// else the script's directory (or "" for the current directory) unless -P
// or -I, then PYTHONPATH unless -E or -I.
func searchPath(p Program, opts runtime.Options) []string {
	var path []string
	if p.Kind == File && runsMainOf(scriptPath(p.Target)) {
		// A directory or zip file is itself the first place its __main__
		// imports from, even under -P or -I (pymain_run_python).
		path = append(path, scriptPath(p.Target))
	} else if !opts.Isolated && !opts.SafePath {
		switch p.Kind {
		case File:
			path = append(path, scriptDir(p.Target))
		case Module:
			cwd, err := os.Getwd()
			if err != nil {
				cwd = ""
			}
			path = append(path, cwd)
		default:
			path = append(path, "") // -c, stdin: the current directory, asked for no system calls
		}
	}
	if !opts.IgnoreEnvironment {
		getenv := opts.Getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		if pp := getenv("PYTHONPATH"); pp != "" {
			path = append(path, filepath.SplitList(pp)...)
		}
	}
	return path
}

// mainModule creates __main__ and registers it in sys.modules, with the
// attributes in the order CPython's __main__ has them. file is its
// __file__ ("" for none); pkg, loader and spec are __package__,
// __loader__ and __spec__ (pkg zero for None).
func mainModule(th *runtime.Thread, file string, pkg, loader, spec runtime.Value) *runtime.Dict {
	m := runtime.NewModule("__main__")
	g := m.Dict()
	if !pkg.IsValid() {
		pkg = runtime.None
	}
	g.SetStr("__package__", pkg)
	g.SetStr("__loader__", loader)
	g.SetStr("__spec__", spec)
	g.SetStr("__annotations__", runtime.ValueOf(runtime.NewDict()))
	g.SetStr("__builtins__", runtime.ValueOf(mustModule(th, "builtins")))
	if file != "" {
		// CPython's _PyRun_SimpleFileObject sets both for a script and
		// for standard input, runpy for a module; a -c command has neither.
		g.SetStr("__file__", runtime.NewStr(file))
		g.SetStr("__cached__", runtime.None)
	}
	th.Interp.Modules.SetStr("__main__", runtime.ValueOf(m))
	return g
}

// mustModule returns an already imported builtin module.
func mustModule(th *runtime.Thread, name string) *runtime.Module {
	v, ok := th.Interp.Modules.GetStr(name)
	if !ok {
		panic("vm: builtin module " + name + " is missing")
	}
	return (*runtime.Module)(v.Pointer())
}

// caughtSignals are SIGINT and SIGTERM, caught for one interpreter.
type caughtSignals struct {
	interp *runtime.Interpreter
	sigs   chan os.Signal
	late   *time.Timer   // moves SIGTERM to os/signal; nil if both started there
	done   chan struct{} // closed by stop
}

// lateNotify is how long a run goes on before os/signal takes SIGTERM
// over.
const lateNotify = 50 * time.Millisecond

// catchSignals starts catching SIGINT and SIGTERM for interp, before any
// Python code runs, and returns the function that stops it.
//
// vm/internal/sigflag's handler catches them: it only sets PendingSignal
// (and PendingTerminate for SIGTERM) in interp.Pending, which the safe
// points turn into KeyboardInterrupt, or into the exit of
// RequestTermination, at once. A run that lasts lateNotify hands SIGTERM
// to os/signal, whose goroutine can end the process itself when a SIGTERM
// finds the program blocked in a system call (terminateGrace); a SIGTERM
// that came before gets its grace period then. Without the flag handler
// (another system), os/signal catches both from the start.
func catchSignals(interp *runtime.Interpreter) (stop func()) {
	c := &caughtSignals{interp: interp, sigs: make(chan os.Signal, 4), done: make(chan struct{})}
	if sigflag.Catch(&interp.Pending, runtime.PendingSignal, runtime.PendingSignal|runtime.PendingTerminate) {
		c.late = time.AfterFunc(lateNotify, func() {
			if !signal.Ignored(syscall.SIGTERM) { // ignored since the start: stays so
				signal.Notify(c.sigs, syscall.SIGTERM)
			}
			sigflag.Uncatch(int(syscall.SIGTERM))
			if interp.Terminated() {
				c.graceThenTerminate()
			}
			c.deliver()
		})
		return c.stop
	}
	ready := make(chan struct{})
	go func() {
		signal.Notify(c.sigs, os.Interrupt, syscall.SIGTERM)
		close(ready)
		c.deliver()
	}()
	<-ready
	return c.stop
}

// stop ends the handling: the flag handler's, and os/signal's goroutine
// if it has started.
func (c *caughtSignals) stop() {
	if c.late != nil {
		sigflag.Release(&c.interp.Pending)
		if c.late.Stop() {
			return
		}
	}
	close(c.done)
}

// deliver delivers the signals that os/signal catches to the interpreter
// until stop: SIGINT raises KeyboardInterrupt at its next safe point, and
// SIGTERM ends the process as CPython does, after closing the trace log
// so that it is complete.
func (c *caughtSignals) deliver() {
	interp := c.interp
	for {
		select {
		case s := <-c.sigs:
			if s == syscall.SIGTERM {
				if !interp.Terminated() {
					// Exit through SystemExit at the next safe point, so
					// atexit handlers run and files are closed; give up
					// waiting after terminateGrace.
					interp.RequestTermination()
					c.graceThenTerminate()
					continue
				}
				terminateNow(interp)
			}
			interp.Pending.Or(runtime.PendingSignal)
		case <-c.done:
			// Stop hands each signal to the runtime's signal-mask thread
			// and waits for it: two thread round trips, at the end of a
			// run, most often just before the process exits; here they
			// hold up no one. A later Notify, by another interpreter of
			// this process, is correct whether this Stop comes before it
			// or after.
			signal.Stop(c.sigs)
			return
		}
	}
}

// graceThenTerminate ends the process with terminateNow unless the run
// has ended within terminateGrace.
func (c *caughtSignals) graceThenTerminate() {
	interp := c.interp
	time.AfterFunc(terminateGrace, func() {
		select {
		case <-c.done:
		default:
			terminateNow(interp)
		}
	})
}

// terminateGrace is how long a SIGTERM waits for the program to exit
// through its normal shutdown before the process ends anyway.
const terminateGrace = 3 * time.Second

// terminateNow ends the process after SIGTERM without running Python
// code: the written data of open files is flushed first, so none is lost.
func terminateNow(interp *runtime.Interpreter) {
	interp.FlushOpenFiles()
	interp.FinishProfiles(false)
	log := interp.Options.TraceLog
	log.RunExit(runtime.TerminatedStatus, tracelog.ExitSIGTERM)
	log.Close()
	os.Exit(runtime.TerminatedStatus)
}

// runGuarded runs p, turning a Go panic — a bug in Kiln — into a Python
// SystemError report instead of a Go crash.
func runGuarded(th *runtime.Thread, p Program) (status int, reason tracelog.ExitReason) {
	defer func() {
		if r := recover(); r != nil {
			th.FlushStdout()
			fmt.Fprintf(th.Interp.Options.Stderr, "SystemError: internal error in Kiln: %v\n", r)
			if os.Getenv("KILN_DEBUG") != "" {
				fmt.Fprintf(th.Interp.Options.Stderr, "%s", debug.Stack())
			}
			status, reason = 1, tracelog.ExitException
		}
	}()
	status, reason = runProgram(th, p)
	return inspectAfter(th, p, status, reason)
}

// runProgram runs p and returns its exit status and how it ended.
func runProgram(th *runtime.Thread, p Program) (int, tracelog.ExitReason) {
	interp := th.Interp
	switch p.Kind {
	case File:
		file := scriptPath(p.Target)
		if runsMainOf(file) {
			ms, err := runtime.FindMainInEntry(th, file)
			if err != nil {
				fmt.Fprintf(interp.Options.Stderr, "%s: %s\n", CommandName(), err)
				return 1, tracelog.ExitNormal
			}
			return execFound(th, ms)
		}
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(interp.Options.Stderr, "%s: can't open file %s: %s\n", CommandName(), quotePath(file), describeOSError(err))
			return 2, tracelog.ExitNormal
		}
		g := mainModule(th, file, runtime.Value{}, runtime.ScriptLoader(file), runtime.None)
		return execMain(th, g, file, src, p.SkipFirstLine)
	case Command:
		g := mainModule(th, "", runtime.Value{}, runtime.BuiltinImporter(), runtime.None)
		return execMain(th, g, "<string>", []byte(p.Target+"\n"), false)
	case Stdin:
		src, err := io.ReadAll(interp.Options.Stdin)
		if err != nil {
			fmt.Fprintf(interp.Options.Stderr, "%s: can't read standard input: %v\n", CommandName(), err)
			return 2, tracelog.ExitNormal
		}
		g := mainModule(th, "<stdin>", runtime.Value{}, runtime.BuiltinImporter(), runtime.None)
		return execMain(th, g, "<stdin>", src, p.SkipFirstLine)
	case Module:
		return runModuleAsMain(th, p.Target)
	case Interactive:
		return replSession(th, p, true), tracelog.ExitNormal
	}
	return 2, tracelog.ExitNormal
}

// runsMainOf reports whether a script path names a directory or a zip
// file, which CPython runs through the __main__.py inside it.
func runsMainOf(file string) bool {
	st, err := os.Stat(file)
	return err == nil && (st.IsDir() || runtime.IsZipArchive(file))
}

// execMain runs source as the __main__ module whose namespace is globals.
func execMain(th *runtime.Thread, globals *runtime.Dict, filename string, src []byte, skipFirst bool) (int, tracelog.ExitReason) {
	if skipFirst {
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			// Keep the newline so line numbers stay right.
			src = src[i:]
		} else {
			src = nil
		}
	}
	th.Interp.CacheSource(filename, src)
	exec := runtime.ExecSource
	if filename == "<string>" {
		exec = runtime.ExecString // -c's command is a str
	}
	_, err := exec(th, filename, src, "exec", globals, nil)
	return exitStatus(th, err, "")
}

// exitStatus turns the outcome of running the main program into an exit
// status, printing an uncaught exception as CPython does. outerFrames are
// the traceback lines of the frames that ran the program, if any (see
// runpyFrames).
func exitStatus(th *runtime.Thread, err error, outerFrames string) (int, tracelog.ExitReason) {
	if err == nil {
		return 0, tracelog.ExitNormal
	}
	e := runtime.AsException(err)
	if e.Type().IsSubtype(runtime.SystemExit) && !th.Interp.Options.Inspect {
		return systemExitStatus(th, e), tracelog.ExitSysExit
	}
	if code, exited := printUncaught(th, e, outerFrames); exited {
		return code, tracelog.ExitSysExit
	}
	if e.Type().IsSubtype(runtime.KeyboardInterrupt) {
		return 130, tracelog.ExitSIGINT
	}
	return 1, tracelog.ExitException
}

// printUncaught reports an uncaught exception as CPython's _PyErr_PrintEx
// does: through sys.excepthook when the program replaced it, else by
// printing the traceback. A hook that itself fails gets its own traceback
// followed by the original one; a hook that raises SystemExit ends the
// program with that status, which printUncaught returns with true.
// outerFrames go into e's own traceback, above its first frame.
func printUncaught(th *runtime.Thread, e *runtime.Exception, outerFrames string) (int, bool) {
	th.FlushStdout()
	stderr := th.Interp.Options.Stderr
	format := func(e *runtime.Exception) string {
		return withOuterFrames(runtime.FormatException(th, e), outerFrames)
	}
	sys, ok := th.Interp.Modules.GetStr("sys")
	if !ok {
		io.WriteString(stderr, format(e))
		return 0, false
	}
	hook, ok, _ := runtime.GetAttrOK(th, sys, "excepthook")
	if !ok || hook.IsNone() {
		io.WriteString(stderr, "sys.excepthook is missing\n")
		io.WriteString(stderr, format(e))
		return 0, false
	}
	// The default hook prints exactly what FormatException returns; writing
	// it directly keeps the report intact even when sys.stderr is broken.
	if orig, ok, _ := runtime.GetAttrOK(th, sys, "__excepthook__"); ok && runtime.Is(hook, orig) {
		io.WriteString(stderr, format(e))
		return 0, false
	}
	v := e.Value()
	tb, ok, _ := runtime.GetAttrOK(th, v, "__traceback__")
	if !ok {
		tb = runtime.None
	}
	_, err := runtime.Call(th, hook, []runtime.Value{runtime.ValueOf(e.Type()), v, tb}, nil)
	th.FlushStdout()
	if err == nil {
		return 0, false
	}
	e2 := runtime.AsException(err)
	if e2.Type().IsSubtype(runtime.SystemExit) {
		return systemExitStatus(th, e2), true
	}
	io.WriteString(stderr, "Error in sys.excepthook:\n")
	io.WriteString(stderr, runtime.FormatException(th, e2))
	io.WriteString(stderr, "\nOriginal exception was:\n")
	io.WriteString(stderr, format(e))
	return 0, false
}

// systemExitStatus is CPython's handling of SystemExit(code): None is 0,
// an int is the status, anything else is printed to stderr and gives 1.
func systemExitStatus(th *runtime.Thread, e *runtime.Exception) int {
	code, err := runtime.GetAttr(th, e.Value(), "code")
	if err != nil || !code.IsValid() || code.IsNone() {
		return 0
	}
	if code.IsSmallInt() || code.IsBool() {
		return int(code.SmallInt()) & 0xff
	}
	th.FlushStdout()
	s, err := runtime.ToString(th, code)
	if err != nil {
		s = "<exit code str() failed>"
	}
	fmt.Fprintln(th.Interp.Options.Stderr, s)
	return 1
}

// CommandName is how error messages name the command: the program name
// as invoked.
func CommandName() string {
	if len(os.Args) > 0 && os.Args[0] != "" {
		return os.Args[0]
	}
	return "kiln"
}

// quotePath quotes a path as Python's repr of a str does.
func quotePath(p string) string { return "'" + p + "'" }

// describeOSError formats a Go file error as CPython's "[Errno 2] No such
// file or directory".
func describeOSError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return runtime.DescribeErrno(err)
}

// REPL runs the interactive loop on in: it reads statements (asking for
// more lines while the input is incomplete), runs each in __main__, echoes
// the values of expression statements, and prints errors without stopping.
func REPL(th *runtime.Thread, in io.Reader) int {
	interp := th.Interp
	// As CPython: the banner goes to stderr, the prompts to stdout.
	writeBanner(interp.Options.Stderr)
	globals := mainModule(th, "", runtime.Value{}, runtime.BuiltinImporter(), runtime.None)
	return replLoop(th, in, globals, interp.Options.Stdout)
}

// replLoop is the REPL's loop over in, running statements in globals and
// writing the prompts to prompts.
func replLoop(th *runtime.Thread, in io.Reader, globals *runtime.Dict, prompts io.Writer) int {
	interp := th.Interp
	out := prompts
	r := bufio.NewReader(in)
	var buf []byte
	for {
		prompt := ">>> "
		if len(buf) > 0 {
			prompt = "... "
		}
		th.FlushStdout()
		io.WriteString(out, prompt)
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			io.WriteString(out, "\n")
			return 0
		}
		buf = append(buf, line...)
		if len(bytes.TrimSpace(buf)) == 0 {
			buf = buf[:0]
			continue
		}
		mod, perr := syntax.Parse("<stdin>", buf, syntax.ModeSingle)
		// A compound statement ends with an empty line.
		if perr != nil && syntax.IsIncomplete(perr) || perr == nil && needsMore(mod, line) {
			continue
		}
		src := buf
		buf = nil
		interp.CacheSource("<stdin>", src)
		_, xerr := runtime.ExecSource(th, "<stdin>", src, "single", globals, nil)
		if xerr != nil {
			e := runtime.AsException(xerr)
			if e.Type().IsSubtype(runtime.SystemExit) {
				return systemExitStatus(th, e)
			}
			if code, exited := printUncaught(th, e, ""); exited {
				return code
			}
		}
	}
}

// needsMore reports whether a complete interactive input should still
// wait for a blank line, as CPython's REPL does after a compound statement
// (def, class, if, for, while, with, try, match) until a line is empty.
func needsMore(mod *syntax.Module, last string) bool {
	if len(mod.Body) == 0 || strings.TrimSpace(last) == "" {
		return false
	}
	switch mod.Body[0].(type) {
	case *syntax.FunctionDef, *syntax.ClassDef, *syntax.If, *syntax.For, *syntax.While,
		*syntax.With, *syntax.Try, *syntax.Match:
		return true
	}
	return false
}

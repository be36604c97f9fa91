package runtime

import (
	"io"

	"github.com/kilnpy/kiln/tracelog"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Options configure an Interpreter. The zero value is a usable default:
// Python 3.12 semantics, the process's standard streams, no JIT.
type Options struct {
	Argv []string // sys.argv
	// OrigArgv is sys.orig_argv, the command line as given (nil: Argv).
	OrigArgv []string
	Path     []string // sys.path
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	// Getenv reads the environment (os.environ); nil means os.Getenv.
	Getenv func(string) string
	// Environ lists KEY=VALUE pairs for os.environ; nil means os.Environ().
	Environ []string
	// XOptions are the -X options (sys._xoptions): name → value ("" or
	// "True" for a bare name).
	XOptions map[string]string
	// Unbuffered is -u: stdout and stderr are written through at once.
	Unbuffered bool
	// IgnoreEnvironment is -E; Isolated is -I; SafePath is -P (no script
	// or current directory at the front of sys.path).
	IgnoreEnvironment, Isolated, SafePath bool
	// Optimize is the -O level (sys.flags.optimize): 1 drops asserts
	// and makes __debug__ False, 2 also drops docstrings.
	Optimize int
	// Inspect is -i or PYTHONINSPECT (sys.flags.inspect): the program's
	// SystemExit does not end the process, the REPL may follow it.
	// Interactive is -i (sys.flags.interactive): the REPL follows the
	// program even when standard input is not a terminal.
	Inspect, Interactive bool
	// WarnOptions are the -W arguments.
	WarnOptions []string
	// Exit ends the process at once, for os._exit; nil means os.Exit.
	// Tests set it to keep the test process alive.
	Exit func(code int)
	// TraceLog receives the run, GC, resource and JIT events; nil logs
	// nothing.
	TraceLog *tracelog.Log
	// JIT, if set, is the JIT compiler told about hot loops (see JITHook).
	JIT JITHook
}

// Interpreter is the state of one Python process: its modules, its
// builtins, its standard streams and its threads. There are no hidden
// globals: tests run many Interpreters in one process.
type Interpreter struct {
	Options Options

	// Modules is sys.modules.
	Modules *Dict
	// Builtins is the builtins module's namespace.
	Builtins *Dict
	// audit holds sys.addaudithook's hooks.
	audit sysAuditState

	// Pending is the safe-point word: non-zero when work waits for the
	// interpreter loop (a signal, finalizers, an interrupt). The loop
	// checks it on back-edges and calls; setters use atomic stores.
	Pending atomic.Uint32

	main      *Thread
	lineCache map[string][]string // source lines by file name, for tracebacks
	exec      interpExec          // state owned by the execution engine
	mods      moduleState         // state owned by the module system (modules.go)
	life      lifetimeState       // finalizers and resource records (finalize.go, resources.go)
	weak      weakrefState        // weakly referenced objects (weakref.go)
	prof      interpProf          // state owned by the profiler hooks (profiling.go)
	sources   sourceCache         // compiled exec/eval/compile text (exec_cache.go)
}

// Pending work flags, set in Interpreter.Pending.
const (
	PendingSignal    = 1 << iota // a signal handler must run (SIGINT → KeyboardInterrupt)
	PendingFinalizer             // objects found unreachable wait for __del__ / close
	PendingInterrupt             // an embedder asked the program to stop
	PendingTerminate             // with PendingSignal: SIGTERM came (RequestTermination)
)

var finishTypesOnce sync.Once

// NewInterpreter returns an interpreter with the builtins installed and
// sys.modules holding the builtin modules.
func NewInterpreter(opts Options) *Interpreter {
	finishTypesOnce.Do(finishBuiltinTypes)
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	interp := &Interpreter{Options: opts, Modules: NewDict(), Builtins: NewDict()}
	interp.main = &Thread{Interp: interp}
	interp.main.exec.limit = RecursionLimit
	interp.jitInstall(opts.JIT)
	for _, setup := range interpreterSetups {
		setup(interp)
	}
	return interp
}

// interpreterSetups run, in order of registration, when an interpreter is
// created: the builtins module, sys, and the other builtin modules
// register theirs from init functions.
var interpreterSetups []func(*Interpreter)

// OnNewInterpreter registers setup to run for every new Interpreter.
func OnNewInterpreter(setup func(*Interpreter)) {
	interpreterSetups = append(interpreterSetups, setup)
}

// MainThread returns the interpreter's main thread.
func (interp *Interpreter) MainThread() *Thread { return interp.main }

// Thread is a Python thread of execution: its call stack, its exception
// state and its recursion depth. It is used by one goroutine at a time.
type Thread struct {
	Interp *Interpreter

	// depth counts nested Python calls and recursive protocol calls, for
	// RecursionError.
	depth int

	// reprActive lists the containers whose repr is being computed on this
	// thread, innermost last, so that a container met again inside its own
	// repr prints as [...] (see reprEnter in containers.go).
	reprActive []unsafe.Pointer

	exec threadExec // state owned by the execution engine
	prof threadProf // state owned by the profiler hooks (profiling.go)

	strShort *strShortTable // the short strs it made (str_short.go)
}

// RecursionLimit is sys.getrecursionlimit()'s default.
const RecursionLimit = 1000

// enterRecursiveCall counts one level of recursion; where is appended to
// the RecursionError message (" while calling a Python object").
func (th *Thread) enterRecursiveCall(where string) error {
	th.depth++
	if th.depth > th.recursionLimit() {
		th.depth--
		return Errorf(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

func (th *Thread) leaveRecursiveCall() { th.depth-- }

func (th *Thread) recursionLimit() int { return th.exec.limit }

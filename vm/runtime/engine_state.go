package runtime

// This file holds the parts of Interpreter and Thread that belong to the
// execution engine (interp.go, frame.go): the engine's owner edits it.
// threadExec, the per-thread part, is in frame.go.

// interpExec is the engine's per-interpreter state.
type interpExec struct {
	recursionLimit int // sys.setrecursionlimit; 0 means RecursionLimit

	// jit, if set, is told about hot loops (see JITHook).
	jit JITHook
	// hotMask tests loop counters: the hook hears of a loop every
	// hotMask+1 back-edges (HotLoopThreshold unless the JIT asks for
	// fewer; see jitsupport.go).
	hotMask uint32
	// funcInterval is how many calls of a function pass between two
	// reports of it to jit (a power of two; 0: calls are not counted, the
	// JIT is off or does not want them; jitsupport.go).
	funcInterval uint32
	// gcCycles is the count of Go's collections that the last back-edge
	// check saw (yieldAfterCollection).
	gcCycles uint64
}

// JITHook is a JIT compiler that the embedder plugs into an interpreter
// (vm never imports jit). The interpreter counts the back-edges of loops
// and the calls of plain functions, and reports the hot ones:
//
//   - LoopHot is called when the loop whose header is at instruction index
//     pc of f.Code has taken HotThreshold()/32 back-edges (rounded up to a
//     power of two, at most HotLoopThreshold), and again as often after
//     that, so that tracing starts within 1/32 of the threshold. It may run
//     compiled code for the loop; it returns the PC at which the
//     interpreter resumes (pc itself if it did nothing) and any exception
//     raised. With an exception, a resumePC >= 0 says the instruction at
//     resumePC-1 raised it (the JIT left compiled code elsewhere in the
//     frame); -1 blames the back-edge.
//   - FunctionHot is called likewise every FunctionThreshold()/32 calls of
//     a function (PyPy's function_threshold; 0: never), with the callee's
//     new frame before it runs a single instruction: the hook may run
//     compiled code for the function on that frame and returns the
//     instruction the interpreter resumes at (0 if it did nothing; a RETURN
//     once compiled code finished), with an exception the instruction at
//     resumePC-1 raised.
//   - Shutdown is called when the program ends.
//
// The interpreter reads both thresholds when the hook is installed.
type JITHook interface {
	HotThreshold() int
	LoopHot(th *Thread, f *Frame, pc int) (resumePC int, err error)
	FunctionThreshold() int
	FunctionHot(th *Thread, f *Frame) (resumePC int, err error)
	Shutdown()
}

// SetJITHook installs (or, with nil, removes) the JIT hook.
func (interp *Interpreter) SetJITHook(h JITHook) { interp.jitInstall(h) }

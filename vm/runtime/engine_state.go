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
	// funcJIT is jit if it also wants hot function entries; it hears of
	// a function every funcInterval calls (a power of two; 0: calls are
	// not counted, the JIT is off or does not want them; jitsupport.go).
	funcJIT      JITFunctionHook
	funcInterval uint32
}

// JITHook is implemented by a JIT compiler that the embedder plugs into an
// interpreter (vm never imports jit). LoopHot is called when the loop whose
// header is at instruction index pc of f.Code has taken HotLoopThreshold
// back-edges (and again every HotLoopThreshold after that; a hook with a
// HotThreshold method can ask for a smaller power of two). It may run
// compiled code for the loop; it returns the PC at which the interpreter
// resumes (pc itself if it did nothing) and any exception raised. With an
// exception, a resumePC >= 0 says the instruction at resumePC-1 raised it
// (the JIT left compiled code elsewhere in the frame); -1 blames the
// back-edge.
type JITHook interface {
	LoopHot(th *Thread, f *Frame, pc int) (resumePC int, err error)
}

// SetJITHook installs (or, with nil, removes) the JIT hook.
func (interp *Interpreter) SetJITHook(h JITHook) { interp.jitInstall(h) }

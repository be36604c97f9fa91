package runtime

// This file holds the parts of Interpreter and Thread that belong to the
// execution engine (interp.go, frame.go): the engine's owner edits it.

// interpExec is the engine's per-interpreter state.
type interpExec struct {
	recursionLimit int // sys.setrecursionlimit; 0 means RecursionLimit
}

// threadExec is the engine's per-thread state.
type threadExec struct{}

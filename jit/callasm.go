package jit

// This file defines recursive calls in function traces, PyPy's
// call_assembler: a function trace (entry.go) that reaches a call of its
// own function in its own frame keeps the call as a call op instead of
// aborting with "recursion" (the recorder never inlines a code object
// twice). The op leaves compiled code as a residual call does
// (record_residual.go: the call's snapshot written back into the
// caller's frame, which keeps every object the trace still needs where
// the collector sees it), and the driver serves it without the generic
// instruction path: it binds the arguments on a new pooled frame, enters
// the function's compiled code on it when the arguments have its entry
// types (enterFunction: no interpreter dispatch of the call, no
// instruction of the callee interpreted while its code finishes), or
// runs it interpreted otherwise, and re-enters the caller's code with the
// result.
//
// Every level of the recursion thus has a real interpreter frame, linked
// to its caller's: the recursion limit is the interpreter's own check
// (RecursionError exactly where CPython raises it), a guard failing deep
// in the recursion deoptimises into its own frame only (its callers are
// waiting in compiled code for a result, which the interpreter gives
// them), tracebacks and the profiler see the Python stack, and Go's stack
// grows through ordinary Go calls, never from compiled code.
//
// A recursive call is not counted as a residual call's cost (it replaces
// a whole interpreted call), nor does the function-too-short rule apply
// to a trace that holds one.

import (
	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
)

// callAssemblerOK reports whether a call of fn from recorder frame fr is
// a recursive call the trace keeps as a call of its own compiled code:
// a function trace (or a bridge of one), the call made in the function's
// own frame (not an inlined one), fn the function being compiled.
func (r *recorder) callAssemblerOK(fr *recFrame, fn *runtime.Function) bool {
	return r.callAsmOn && r.function && len(r.frames) == 1 && fr == r.frames[0] && fn.Code == fr.code
}

// callAssembler records the recursive CALL at fr.pc (result in R[a], the
// function in R[fnReg], n arguments after it) and runs it.
func (r *recorder) callAssembler(fr *recFrame, a, fnReg, n, next int) error {
	operands := make([]int, n+1)
	for i := range operands {
		operands[i] = fnReg + i
	}
	r.assembling = true
	_, _, err := r.residual(fr, compile.CALL, operands, a, next)
	r.assembling = false
	return r.stepDone(fr, next, err)
}

// maxSpareStates bounds the States a function keeps for entries nested
// in one another (one per level of recursion in compiled code); deeper
// levels allocate theirs.
const maxSpareStates = 64

// maxShortRecordings is how many recordings of a function that may call
// itself may take a path too short to compile (fib's base case) before
// the function is left to the interpreter for good.
const maxShortRecordings = 8

// callasmRetryShort reports whether a function whose recording was too
// short to pay for an entry is recorded again at its next report: a
// function that may call itself (its code names a global of its own
// name) whose recording took the short path of the recursion, a few
// times at most.
func callasmRetryShort(lp *loop, c *runtime.Code) bool {
	if lp.shortRecordings >= maxShortRecordings || !callasmMayRecurse(c) {
		return false
	}
	lp.shortRecordings++
	return true
}

// callasmMayRecurse reports whether code c names a global of its own
// name (a function that calls itself by name).
func callasmMayRecurse(c *runtime.Code) bool {
	for _, name := range c.Names {
		if name == c.Name {
			return true
		}
	}
	return false
}

// bridgeFinish is the finishExit of one bridge of a function trace.
type bridgeFinish struct {
	trace *Trace
	exit  finishExit
}

// bridgeFinishExit returns how bridge t of function lp leaves at its
// finish, worked out on first use: restoring the frame from the
// snapshot would box (and allocate) on every call that ends there.
func (lp *loop) bridgeFinishExit(t *Trace) *finishExit {
	for i := range lp.bridgeFinishes {
		if lp.bridgeFinishes[i].trace == t {
			return &lp.bridgeFinishes[i].exit
		}
	}
	lp.bridgeFinishes = append(lp.bridgeFinishes, bridgeFinish{trace: t, exit: newFinishExit(t, lp.key.code)})
	return &lp.bridgeFinishes[len(lp.bridgeFinishes)-1].exit
}

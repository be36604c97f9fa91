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
	"fmt"

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
// function in R[fnReg], n arguments after it) and runs it. Only calls
// that can be native are kept (ints, floats and bools in and out): the
// others would be served in Go, which costs more than the interpreter's
// call, so the recording aborts as it did before call_assembler.
func (r *recorder) callAssembler(fr *recFrame, a, fnReg, n, next int) error {
	operands := make([]int, n+1)
	for i := range operands {
		operands[i] = fnReg + i
		if i > 0 {
			ref, v, err := r.get(fr, fnReg+i)
			if err != nil {
				return err
			}
			if !callasmScalar(r.t.TypeOf(ref)) {
				return abortf("recursion", "recursive call of %s with a %s argument", fr.code.Name, v.Type().Name)
			}
		}
	}
	r.assembling = true
	_, v, err := r.residual(fr, compile.CALL, operands, a, next)
	r.assembling = false
	if err == nil && !callasmScalar(r.t.Calls[len(r.t.Calls)-1].Kind) {
		// The call ran: the interpreter goes on after it.
		r.stepDone(fr, next, nil)
		return abortf("recursion", "recursive call of %s returning a %s", fr.code.Name, v.Type().Name)
	}
	return r.stepDone(fr, next, err)
}

// callasmScalar reports whether values of type typ are plain bits (no
// object the collector must see).
func callasmScalar(typ Type) bool { return typ == Int || typ == Float || typ == Bool }

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

// callasmMaxLevels is how many levels of native recursion one entry may
// run (the frames State.Spill holds); deeper calls take the residual exit.
const callasmMaxLevels = 128

// callasmLevel is the state of one level below the one that exited deep
// in a native recursion: the call it is making (trace, snapshot, descr)
// and the snapshot's Live values.
type callasmLevel struct {
	t     *Trace
	snap  int
	call  *CallDescr
	slots []uint64
}

// callasmCode is implemented by code whose recursive calls may be
// native (callasm_amd64.go): after an exit at State.CallDepth above 0 it
// returns the levels below, outermost first.
type callasmCode interface {
	callasmLevels(st *State) ([]callasmLevel, error)
}

// callasmSetLimit lets compiled code entered on a frame at the thread's
// current depth make native recursive calls as deep as the recursion
// limit allows (and State.Spill holds).
func callasmSetLimit(th *runtime.Thread, st *State) {
	st.CallDepth = 0
	st.CallLimit = uint64(max(0, min(callasmMaxLevels-1, th.JITDepthLeft())))
}

// callasmDeepExit leaves compiled code that exited (kind) at level
// st.CallDepth of a native recursion that code, entered on frame f, made:
// every level becomes an interpreter frame, pushed above f as the calls
// would have pushed them, each below the innermost waiting in its call; the
// innermost resumes as the exit says (a guard, with its bridge if one is
// due; a call that could not be native, made again by the interpreter; a
// finish), then each returns its result to the frame below (or unwinds
// its exception through it). It returns where f resumes: after its call,
// with the result in its register, or unwinding from the call.
func (j *JIT) callasmDeepExit(th *runtime.Thread, f *runtime.Frame, lp *loop, code Code, st *State, kind ExitKind) (int, error) {
	cc, ok := code.(callasmCode)
	var levels []callasmLevel
	var err error
	if ok {
		levels, err = cc.callasmLevels(st)
	}
	if !ok || err != nil {
		panic(fmt.Sprintf("jit: exit at native call depth %d of code that makes no native calls (%v)", st.CallDepth, err))
	}
	st.CallDepth = 0
	lp.callasmDeepExits++
	fn := f.Func
	frames := make([]*runtime.Frame, len(levels)+1)
	frames[0] = f
	for l, lv := range levels {
		fr := f
		if l > 0 {
			fr = th.JITPushFrame(fn)
			frames[l] = fr
		}
		restoreLoopFrame(fr, lv.t, &lv.t.Snaps[lv.snap], lv.slots)
		fr.PC = lv.call.PC + 1
	}
	inner := th.JITPushFrame(fn)
	frames[len(levels)] = inner
	t := j.traces[int(st.ExitTrace)]
	snap := int(st.ExitSnap)
	var pc int
	switch kind {
	case ExitGuard:
		j.stats.GuardFailures++
		_, pc, err = j.guardFailed(th, inner, lp, t, snap, st.Slots, j.Params())
	case ExitFinish:
		fe := &lp.finish
		if t != lp.trace {
			fe = lp.bridgeFinishExit(t)
		}
		pc = fe.writeResult(inner, st.Slots)
	default:
		pc, err = restore(th, inner, t, &t.Snaps[snap], st.Slots)
	}
	v, err := th.JITRunFrame(inner, pc, err)
	for l := len(levels) - 1; l >= 0; l-- {
		d := levels[l].call
		pc = d.PC + 1
		if err == nil {
			frames[l].Regs[d.Result] = v
			pc = d.Next
		}
		if l == 0 {
			return pc, err
		}
		v, err = th.JITRunFrame(frames[l], pc, err)
	}
	return 0, nil // not reached: levels is never empty
}

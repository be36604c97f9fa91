package jit

// This file defines residual calls: how the recorder keeps in a trace an
// instruction it does not specialise (a call of a builtin function,
// method or class, a subscript of a dict or a str, a slice, `in`, building
// a tuple or a list, an attribute that is a property, arithmetic on
// objects) instead of aborting. The instruction becomes a call op
// (call_<t> or call_may_force_<t>, then guard_not_forced and
// guard_no_exception, as PyPy prints them) whose exit writes the
// instruction's snapshot back into the interpreter's frame; the driver
// runs the instruction there with the runtime's own generic code
// (runtime.JITExecOne) and re-enters compiled code with the result.
//
// Rules the rest of the JIT keeps for them:
//   - A call may run any Python code, so the optimiser forgets every heap
//     fact at it and re-checks guards on classes and dict versions after
//     it (opt_fold.go forgetHeap); peeling hoists no heap read out of a
//     loop that calls (opt_loop.go).
//   - Residual calls happen only in the loop's own frame: its registers
//     (f.Regs, scanned by the collector) hold every object the trace still
//     needs after the call, because the call's snapshot wrote them there
//     and the instruction wrote its result there.
//   - An exception, or a result of another kind or class than recorded,
//     ends the run after the instruction: the frame is already in the
//     state after it, so the interpreter never runs it a second time.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
)

// CallDescr describes one residual call of a trace (OpCall's aux).
type CallDescr struct {
	// Name is the instruction's name, shown in the call's descr.
	Name string
	// GenLoop: the instruction is a CALL whose result a for loop
	// iterates (runtime.JITGenLoopCallSite): the generators it makes are
	// recycled as the interpreter's (record_gen.go).
	GenLoop bool
	// PC is the instruction's opcode word in the loop's code, Ext its
	// EXT prefix and Next the instruction after it.
	PC, Ext, Next int
	// Result is the register the instruction writes, -1 if none.
	Result int
	// Branch: the instruction is a conditional branch (JITResidualBranch)
	// that the recording saw taken (to Target) or not (Taken): another
	// direction leaves compiled code there, after the comparison (which
	// a guard's exit before the instruction would run twice).
	Branch, Taken bool
	Target        int
	// Kind is what the trace reads back: Int, Float or Bool raw bits,
	// Ptr an object whose exact class must be Class, Void nothing (a
	// result that must be None when IsNone, else none at all).
	Kind   Type
	Class  *runtime.Type
	IsNone bool
	// Assembler: the instruction is a recursive call of the function the
	// trace compiles (callasm.go), PyPy's call_assembler: served by
	// entering that function's code on a new frame, and not counted as a
	// residual call's cost.
	Assembler bool
	// misses counts the runs that left compiled code after the
	// instruction (another kind, class or direction).
	misses int
}

// maxResidualMisses is how often a residual call may find another
// result than recorded before its loop stops being entered: each miss
// leaves compiled code, and no bridge can start after an instruction
// already run.
const maxResidualMisses = 100

// residualBudget bounds the residual calls of one trace: past it, the
// exits would cost more than the compiled code saves (docs/jit.md).
const residualBudget = 8

// DefaultParams' residual_cost (12) is what one residual call costs, in
// instructions the trace must specialise to pay for it: an exit to Go
// and back, with the snapshot written into the frame, costs about 35 ns
// more than the interpreter running the same instruction
// (BenchmarkResidualExit, docs/jit.md), and a specialised instruction
// saves 2-3 ns over the interpreter's dispatch.

// checkResidualCost aborts a trace whose residual calls would cost more
// than its compiled code saves.
func (r *recorder) checkResidualCost() error {
	if r.residuals == 0 {
		return nil
	}
	insns := 0
	for i := range r.t.Ops {
		if r.t.Ops[i].Code == OpDebugMergePoint {
			insns++
		}
	}
	if insns-r.residuals < r.residualCost*r.residuals {
		return abortf("unsupported", "mostly residual calls: %d of %d instructions", r.residuals, insns)
	}
	return nil
}

// residualMayForce reports whether an instruction calls Python frames
// directly (PyPy's call_may_force: a call that may force the frame).
func residualMayForce(op compile.Opcode) bool {
	return op == compile.CALL || op == compile.CALLMETHOD || op == compile.CALLKW
}

// residual records the instruction op at fr.pc, whose operands are the
// registers operands and whose result register is result (-1: none), as
// a residual call, and runs it. For a branch (result -1) it returns the
// condition's ref and value.
func (r *recorder) residual(fr *recFrame, op compile.Opcode, operands []int, result, next int) (Ref, runtime.Value, error) {
	none := runtime.Value{}
	if !r.residualsServed() && !r.assembling {
		return NoRef, none, abortf("unsupported", "%s outside a loop trace", op)
	}
	if len(r.frames) != 1 {
		return NoRef, none, abortf("unsupported", "%s in an inlined call", op)
	}
	if r.listLive() || len(r.lists.iters) > 0 {
		return NoRef, none, abortf("unsupported", "%s while a list slice or iterator is virtual", op)
	}
	if r.residuals+r.callAsms >= residualBudget {
		return NoRef, none, abortf("unsupported", "more than %d residual calls (%s)", residualBudget, op)
	}
	branch := runtime.JITResidualBranch(op)
	args := make([]Ref, 0, len(operands))
	for _, reg := range operands {
		if reg < fr.code.KBase && !fr.regs[reg].IsValid() {
			continue // CALLMETHOD's unbound self slot
		}
		ref, _, err := r.get(fr, reg)
		if err != nil {
			return NoRef, none, err
		}
		args = append(args, ref)
	}
	snap := int32(r.snapshot())
	pc := fr.pc
	genLoop := op == compile.CALL && runtime.JITGenLoopCallSite(fr.code, pc)
	if genLoop {
		r.th.JITGenLoopCallBefore(r.frame, pc)
	}
	v, err := r.th.JITExecOne(r.frame, pc, r.ext)
	if genLoop && err == nil {
		runtime.JITGenLoopCallAfter(r.frame, pc, v)
	}
	if err != nil {
		// The instruction ran and raised: the interpreter must unwind
		// from it, not run it again (finish returns this).
		r.raised, r.raisedPC = err, pc+1
		return NoRef, none, abortf("unsupported", "%s raised", op)
	}
	d := CallDescr{Name: op.String(), PC: pc, Ext: r.ext, Next: next, Result: result, Kind: Void, Assembler: r.assembling, GenLoop: genLoop}
	if branch {
		d.Branch, d.Taken, d.Target = true, v.IsTrue(), int(fr.code.Insns[pc+1])
		if d.Taken {
			d.Name += " taken"
		} else {
			d.Name += " not taken"
		}
	} else if result >= 0 {
		switch {
		case v.IsNone():
			d.IsNone = true
		case v.IsImmediate():
			d.Kind = kindOf(v)
			if d.Kind == Ptr {
				return NoRef, none, abortf("unsupported", "%s gives an immediate %s", op, v.Type().Name)
			}
		default:
			d.Kind, d.Class = Ptr, v.Type()
		}
	}
	code := OpCall
	if residualMayForce(op) {
		code = OpCallMayForce
	}
	r.t.Calls = append(r.t.Calls, d)
	ref := r.t.Emit(Op{Code: code, Type: d.Kind, Args: args, Aux: int64(len(r.t.Calls) - 1), Snap: snap})
	if code == OpCallMayForce {
		r.t.Emit(Op{Code: OpGuardNotForced, Snap: snap})
	}
	r.t.Emit(Op{Code: OpGuardNoException, Snap: snap})
	if r.assembling {
		r.callAsms++
	} else {
		r.residuals++
	}
	// The call may have added or removed globals.
	r.nameKeysGuarded = false
	if result >= 0 {
		if d.Kind == Void {
			ref = r.constOf(v)
		}
		r.set(fr, result, ref, v)
	}
	return ref, v, nil
}

// residualsServed reports whether the code of the trace being recorded
// runs under the driver's loop entry (JIT.enter), which serves residual
// calls: a loop, or a bridge of one.
func (r *recorder) residualsServed() bool {
	t := r.t
	for t.Kind == BridgeTrace && t.Parent != nil {
		t = t.Parent
	}
	return t.Kind == LoopTrace
}

// residualOperands returns the registers an instruction reads and the
// register it writes (-1: none), for the instructions residual records.
func residualOperands(op compile.Opcode, a, b, c int) (operands []int, result int, ok bool) {
	span := func(from, n int) []int {
		regs := make([]int, n)
		for i := range regs {
			regs[i] = from + i
		}
		return regs
	}
	switch {
	case runtime.JITResidualBinary(op):
		return []int{b, c}, a, true
	}
	switch op {
	case compile.CALL, compile.CALLKW:
		return span(b, c+1), a, true
	case compile.CALLMETHOD:
		return span(b, c+2), a, true
	case compile.GETATTR:
		return []int{b}, a, true
	case compile.SETATTR:
		return []int{a, b}, -1, true
	case compile.GETITEM:
		return []int{b, c}, a, true
	case compile.SETITEM:
		return []int{a, b, c}, -1, true
	case compile.SLICE:
		if c == 3 {
			return span(b, 3), a, true
		}
		return span(b, 2), a, true
	case compile.TUPLE, compile.LIST, compile.BUILDSTRING:
		return span(b, c), a, true
	case compile.DICT:
		return span(b, 2*c), a, true
	case compile.IN, compile.NOTIN:
		return []int{b, c}, a, true
	case compile.LISTAPPEND:
		return []int{a, b}, -1, true
	case compile.DICTSET:
		return []int{a, b, c}, -1, true
	case compile.CONVERT, compile.FORMAT:
		return []int{b}, a, true
	}
	return nil, -1, false
}

// stepResidual records the instruction at fr.pc as a residual call.
func (r *recorder) stepResidual(fr *recFrame, op compile.Opcode, a, b, c, next int) error {
	operands, result, ok := residualOperands(op, a, b, c)
	if !ok || !(runtime.JITResidualOps[op] || runtime.JITResidualBinary(op)) {
		return abortf("unsupported", "%s", op)
	}
	_, _, err := r.residual(fr, op, operands, result, next)
	return err
}

// branchResidual records a conditional branch on objects (a fused
// comparison, a truth test) as a residual call computing whether it is
// taken, and a guard on that; it reports the direction.
func (r *recorder) branchResidual(fr *recFrame, op compile.Opcode, a, b, c, next int) (bool, error) {
	operands := []int{a}
	if op != compile.JT && op != compile.JF {
		operands = append(operands, b)
	}
	_, v, err := r.residual(fr, op, operands, -1, next)
	return v.IsTrue(), err
}

// isUnsupported reports whether err is an "unsupported" abort, after which
// an instruction may still be recorded as a residual call (the paths that
// return it have emitted nothing that matters and run nothing).
func isUnsupported(err error) bool {
	ae, ok := err.(*abortError)
	return ok && ae.reason == "unsupported"
}

// getMethodBuiltin records GETMETHOD on an instance of a builtin type
// (list.append, dict.get, str.split): the method descriptor is a constant
// (builtin types never change), R[a+1] is the object, after a guard on its
// exact class.
func (r *recorder) getMethodBuiltin(fr *recFrame, a, b int, name string) error {
	x, xv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	if r.t.TypeOf(x) != Ptr || xv.IsImmediate() {
		return abortf("unsupported", "method lookup on %s", xv.Type().Name)
	}
	m, ok := runtime.JITBuiltinMethod(xv.Type(), name)
	if !ok {
		return abortf("unsupported", "method lookup on %s", xv.Type().Name)
	}
	if !x.IsConst() {
		r.guard(OpGuardClass, x, r.classConst(xv.Type()))
	}
	r.set(fr, a, r.constOf(m), m)
	r.set(fr, a+1, x, xv)
	return nil
}

// planResiduals computes, for the snapshot of every residual call of an
// optimised trace, the index in Slots of each loop-frame slot's value and
// its type (index | type<<24; -1 for constants and unbound registers), so
// that serving a call does not search the snapshot.
func (t *Trace) planResiduals() {
	for i := range t.Ops {
		op := &t.Ops[i]
		if !op.Code.IsCall() {
			continue
		}
		if t.plans == nil {
			t.plans = make([][]int32, len(t.Snaps))
		}
		sn := &t.Snaps[op.Snap]
		p := make([]int32, len(sn.Frames[0].Slots))
		for k, sl := range sn.Frames[0].Slots {
			p[k] = -1
			if sl.Ref != NoRef && !sl.Ref.IsConst() {
				p[k] = int32(sn.liveIndex(sl.Ref)) | int32(t.TypeOf(sl.Ref))<<24
			}
		}
		t.plans[op.Snap] = p
	}
}

// callName is the descr of residual call aux of t.
func (t *Trace) callName(aux int64) string {
	if aux < 0 || int(aux) >= len(t.Calls) {
		return "?"
	}
	return "JITExecOne " + t.Calls[aux].Name
}

// callSuffix is the result letter of a call op: call_i, call_f, call_r,
// call_n.
func callSuffix(t Type) string {
	switch t {
	case Int, Bool:
		return "i"
	case Float:
		return "f"
	case Ptr:
		return "r"
	}
	return "n"
}

// residualServer runs the residual calls compiled code makes for the
// loop frame f (the driver's side of ExitResidual).
type residualServer struct {
	j  *JIT
	th *runtime.Thread
	f  *runtime.Frame
	lp *loop
	// resume and err say where the interpreter continues when serve
	// returns false: after the instruction (a result of another kind or
	// class than recorded), or unwinding from it (err, resume = pc+1).
	resume int
	err    error
	// t is the trace of the last call served (most calls come from the
	// same trace as the one before).
	t *Trace
}

// missed counts a result other than recorded; past maxResidualMisses the
// loop is no longer entered (it runs interpreted).
func (rs *residualServer) missed(d *CallDescr) {
	if d.misses++; d.misses > maxResidualMisses {
		rs.lp.blacklisted = true
	}
}

// serve writes the call's snapshot into the frame, runs the instruction
// and stores its result for the code; it reports whether the code may
// go on.
func (rs *residualServer) serve(st *State) bool {
	if st.CallDepth > 0 {
		// A call deep in a native recursion (callasm.go): the levels
		// have no frames yet; the driver makes them.
		return false
	}
	t := rs.t
	if t == nil || uint64(t.ID) != st.ExitTrace {
		if t = rs.lp.trace; t == nil || uint64(t.ID) != st.ExitTrace {
			t = rs.j.traces[int(st.ExitTrace)]
		}
		rs.t = t
	}
	d := &t.Calls[st.CallFunc]
	// Every register of the snapshot goes back into the frame, objects
	// included: from here on the frame holds every object the trace
	// still needs, where the collector sees it.
	sn := &t.Snaps[st.ExitSnap]
	plan := t.plans[st.ExitSnap]
	regs := rs.f.Regs
	for k, sl := range sn.Frames[0].Slots {
		var v runtime.Value
		switch p := plan[k]; {
		case p >= 0:
			bits := st.Slots[p&0xffffff]
			switch typ := Type(p >> 24); typ {
			case Ptr:
				v = runtime.ValueFromRef(*(*unsafe.Pointer)(unsafe.Pointer(&bits)))
			default:
				v = runtime.ValueFromBits(typ.kindByte(), bits)
			}
		case sl.Ref != NoRef:
			v = constValue(t.Const(sl.Ref))
		}
		// Most registers still hold that value (the loop's lists, its
		// invariants): no store, so no write barrier while the
		// collector marks.
		if regs[sl.Reg] != v {
			regs[sl.Reg] = v
		}
	}
	if d.GenLoop {
		rs.th.JITGenLoopCallBefore(rs.f, d.PC)
	}
	v, err := rs.th.JITExecOne(rs.f, d.PC, d.Ext)
	if d.GenLoop && err == nil {
		runtime.JITGenLoopCallAfter(rs.f, d.PC, v)
	}
	// The instruction may have run this loop recursively and compiled a
	// bridge with a larger snapshot (the code reads nothing from Slots
	// when it resumes).
	st.growSlots(rs.lp.slots)
	if err != nil {
		rs.resume, rs.err = d.PC+1, err
		return false
	}
	if d.Result < 0 && !d.Branch {
		return true
	}
	if d.Branch {
		if v.IsTrue() == d.Taken {
			return true
		}
		rs.resume = d.Next
		if v.IsTrue() {
			rs.resume = d.Target
		}
		rs.missed(d)
		return false
	}
	var ok bool
	switch d.Kind {
	case Int:
		ok = v.IsSmallInt()
	case Float:
		ok = v.IsFloat()
	case Bool:
		ok = v.IsBool()
	case Ptr:
		ok = v.IsValid() && !v.IsImmediate() && v.Type() == d.Class
	default:
		ok = v.IsNone()
	}
	if !ok {
		rs.resume, rs.err = d.Next, nil
		rs.missed(d)
		return false
	}
	if d.Kind == Ptr {
		st.CallResult = uint64(uintptr(v.Pointer()))
	} else {
		st.CallResult = v.Bits()
	}
	return true
}

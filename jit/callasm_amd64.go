package jit

// This file defines native recursive calls on x86-64, PyPy's
// call_assembler: a recursive call of a function trace (callasm.go) whose
// arguments have the function's entry types jumps straight into the
// function's own machine code, without returning to Go.
//
// Every level of the recursion gets a frame of callasmFrameWords words in
// State.Spill: level L's spill region (the save area of its registers,
// its spill slots, its bridges' regions) starts at word L*callasmFrameWords,
// and R13 points at the current level's. A call saves the caller's live
// registers in its own save area, writes the arguments to Slots (where
// the function's code reads its inputs), increments State.CallDepth,
// moves R13 to the next frame, stores there the call site's number and
// return address, and jumps to the function's entry after its R13 load. A
// finish whose result has the call's type, at a depth above 0, stores
// the result in State.CallResult, decrements the depth, moves R13 back and
// jumps to the return address, where the caller reloads its registers.
//
// No exit happens with machine registers in use, so nothing survives in
// registers: every exit of a level above 0 (a guard, a call that cannot
// be native, a finish of another type) returns to Go with State.CallDepth
// set, and callasmLevels reads, for each level below, the call site's
// snapshot values from the frame's save area and spill slots; the driver
// rebuilds an interpreter frame per level (callasm.go). Values live across
// a native call are never objects (a call site holding one, or returning
// one, takes the residual exit instead): the frames in Spill are not
// scanned by the collector. Before each native call the code checks the
// interrupt word, Go's preemption request (stackguard0) and the depth
// limit (the recursion limit, the frames Spill holds); if one fires, the
// call takes the residual exit, so the interpreter makes it (and raises
// RecursionError exactly where CPython does).

import (
	"fmt"

	"github.com/kilnpy/kiln/jit/internal/native"
)

// callasmFrameWords is the size of one level's frame in State.Spill: the
// function's spill region and its bridges' must fit, with the two words
// at its end (the call site's number, the return address).
const callasmFrameWords = 256

// The words at the end of a level's frame.
const (
	callasmSiteWord   = callasmFrameWords - 2
	callasmReturnWord = callasmFrameWords - 1
)

// x86CallSite is a native call site: the call op's trace, snapshot and
// descr, and where each of the snapshot's Live values is while the callee
// runs (a word of the caller's frame).
type x86CallSite struct {
	t     *Trace
	snap  int
	call  *CallDescr
	words []int32
}

// callasmNative reports whether call op i of the trace g compiles can be
// a native call: a recursive call (callasm.go) in a function family whose
// code has native calls, of the function itself (a constant), with
// arguments of the function's entry types, none an object, returning the
// function's result type, and no object live across it.
func (g *x86Gen) callasmNative(i int) bool {
	op := &g.t.Ops[i]
	if op.Code != OpCallMayForce || int(op.Aux) >= len(g.t.Calls) || !g.t.Calls[op.Aux].Assembler {
		return false
	}
	main := g.c.loop
	if main == nil || main.t.Kind != FunctionTrace {
		return false
	}
	if g.t != main.t && !main.callasm {
		return false
	}
	m := main.t
	if len(op.Args) != m.NumInputs+1 || !op.Args[0].IsConst() || op.Type != main.callasmResult {
		return false
	}
	for k, r := range op.Args[1:] {
		typ := g.t.TypeOf(r)
		if typ != m.TypeOf(Ref(k)) || !callasmScalar(typ) {
			return false
		}
	}
	for v := 0; v < i; v++ {
		if g.ra.end[v] > i && g.t.Ops[v].Type == Ptr {
			return false
		}
	}
	return true
}

// callasmPrepare decides, for a function trace, whether its code and its
// bridges' may make native calls: the recorder marked it (a function
// that may call itself, call_assembler on) and its finish returns a
// scalar. It must run before the code is generated.
func (g *x86Gen) callasmPrepare() {
	c := g.c
	if g.t.Kind != FunctionTrace {
		return
	}
	fin := &g.t.Ops[len(g.t.Ops)-1]
	if fin.Code != OpFinish || !callasmScalar(g.t.TypeOf(fin.Args[0])) {
		return
	}
	c.callasmResult = g.t.TypeOf(fin.Args[0])
	// Its own recursive calls, or a bridge's, may be native.
	c.callasm = g.t.CallAssembler && c.spillWords+2 <= callasmFrameWords
}

// callasmWordOf is the word of the frame where the value r is during a
// native call at op i: its register's save word or its spill slot.
func (g *x86Gen) callasmWordOf(r Ref) int32 {
	l := g.ra.locs[r]
	if !l.inReg() {
		return g.c.spillBase + x86RegionSlots + l.slot
	}
	for k, x := range x86GPRegs {
		if x == l.reg {
			return g.c.spillBase + x86RegionSave + int32(k)
		}
	}
	for k, x := range x86XRegs {
		if x == l.reg {
			return g.c.spillBase + x86RegionSave + 9 + int32(k)
		}
	}
	g.fail("no save word for %s", l.reg)
	return 0
}

// emitCallAsm emits call op i as a native call, falling back to the
// residual exit when the interrupt word is set, Go wants the goroutine or
// the depth limit is reached.
func (g *x86Gen) emitCallAsm(i int) {
	op := &g.t.Ops[i]
	a := g.a
	main := g.c.loop
	sn := &g.t.Snaps[op.Snap]
	site := &x86CallSite{t: g.t, snap: int(op.Snap), call: &g.t.Calls[op.Aux]}
	for _, r := range sn.Live {
		site.words = append(site.words, g.callasmWordOf(r))
	}
	main.mu.Lock()
	id := len(main.sites)
	main.sites = append(main.sites, site)
	main.mu.Unlock()

	slow, done := a.NewLabel("callasm.slow"), a.NewLabel("callasm.done")
	live := append(g.ra.liveRegs(i, false), g.ra.liveRegs(i, true)...)
	for _, r := range live {
		a.Mov(native.R(r), g.saveMem(r))
	}
	g.emitSafePointCheck(slow, slow) // KILN_X86_YIELD: every call deep-exits
	a.Mov(stateMem(StateCallDepth), native.R(x86Scratch1))
	a.I(native.CMPQ, native.R(x86Scratch1), stateMem(StateCallLimit))
	a.Jump(native.JCC, slow)
	g.writeArgs(op.Args[1:])
	a.I1(native.INCQ, stateMem(StateCallDepth))
	a.I(native.ADDQ, native.Imm(callasmFrameWords*8), native.R(x86SpillBase))
	a.I(native.MOVQ, native.Imm(int64(id)), native.Mem(x86SpillBase, callasmSiteWord*8))
	ret := g.newSlot()
	g.c.resumeSlots = append(g.c.resumeSlots, ret)
	a.MovImm(int64(ret.Addr()), x86Scratch1)
	a.Mov(native.Mem(x86Scratch1, 0), native.R(x86Scratch1))
	a.Mov(native.R(x86Scratch1), native.Mem(x86SpillBase, callasmReturnWord*8))
	native.EmitJumpSlot(a, main.callasmEntry.Addr())
	back := a.NewLabel("callasm.return")
	a.Bind(back)
	g.resumes = append(g.resumes, back)
	for _, r := range live {
		a.Mov(g.saveMem(r), native.R(r))
	}
	if g.ra.locs[i].reg != 0 || g.ra.locs[i].slot >= 0 {
		g.mov(stateMem(StateCallResult), g.loc(Ref(i)), x86Scratch1)
	}
	a.Jump(native.JMP, done)
	a.Bind(slow)
	g.emitResidual(i)
	a.Bind(done)
}

// emitCallAsmReturn emits, before finish op i of code with native calls,
// the return to a native caller when the depth is above 0 and the result
// has the calls' type.
func (g *x86Gen) emitCallAsmReturn(i int) {
	op := &g.t.Ops[i]
	a := g.a
	main := g.c.loop
	if main == nil || !main.callasm || g.t.TypeOf(op.Args[0]) != main.callasmResult {
		return
	}
	top := a.NewLabel("callasm.top")
	a.I(native.CMPQ, stateMem(StateCallDepth), native.Imm(0))
	a.Jump(native.JEQ, top)
	g.mov(g.src(op.Args[0], g.scratchFor(g.t.TypeOf(op.Args[0]) == Float)), stateMem(StateCallResult), x86Scratch1)
	a.I1(native.DECQ, stateMem(StateCallDepth))
	a.I(native.LEAQ, native.Mem(x86SpillBase, callasmReturnWord*8), native.R(x86Scratch1))
	a.I(native.SUBQ, native.Imm(callasmFrameWords*8), native.R(x86SpillBase))
	a.I1(native.JMP, native.Mem(x86Scratch1, 0))
	a.Bind(top)
}

// callasmLevels implements callasmCode: the levels 0 to
// st.CallDepth-1 of a native recursion that exited at level
// st.CallDepth.
func (c *x86Code) callasmLevels(st *State) ([]callasmLevel, error) {
	main := c.loop
	k := int(st.CallDepth)
	levels := make([]callasmLevel, k)
	main.mu.Lock()
	defer main.mu.Unlock()
	for l := 0; l < k; l++ {
		id := st.Spill[(l+1)*callasmFrameWords+callasmSiteWord]
		if id >= uint64(len(main.sites)) {
			return nil, fmt.Errorf("x86-64: native call site %d unknown", id)
		}
		site := main.sites[id]
		slots := make([]uint64, len(site.words))
		for k, w := range site.words {
			slots[k] = st.Spill[l*callasmFrameWords+int(w)]
		}
		levels[l] = callasmLevel{t: site.t, snap: site.snap, call: site.call, slots: slots}
	}
	return levels, nil
}

// callasmOn reports whether the code makes native recursive calls.
func (c *x86Code) callasmOn() bool { return c.callasm }

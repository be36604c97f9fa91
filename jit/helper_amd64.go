package jit

// This file defines the x86-64 code of call_helper (helper.go): an exit
// that Run serves itself (serveHelper) and a resume point, as call_f's
// math functions, then the op's guard on the helper's status.

import "github.com/kilnpy/kiln/jit/internal/native"

// helperStateArgs are the State words that carry call_helper's operands:
// CallArgs, then CallResult for the third (serveHelper reads it before
// writing the result there).
var helperStateArgs = [...]uintptr{StateCallArgs, StateCallArgs + 8, StateCallResult}

// helperRefSlots is how many refs a helper call may keep in State.Refs,
// which Run makes at least that long.
const helperRefSlots = 64

// emitCallHelper emits call_helper op i.
func (g *x86Gen) emitCallHelper(i int) {
	op := &g.t.Ops[i]
	a := g.a
	if op.Aux < 0 || int(op.Aux) >= len(Helpers) || len(op.Args) > len(helperStateArgs) {
		g.fail("call_helper %d with %d args", op.Aux, len(op.Args))
		return
	}
	// Every register whose value is used at or after the op: the
	// guard's exit stub reads the snapshot's values from their
	// registers, and the write barrier below clobbers some.
	var live []native.Reg
	for v := 0; v < i; v++ {
		if l := g.ra.locs[v]; l.inReg() && g.ra.end[v] >= i && g.t.Ops[v].Type != Void {
			live = append(live, l.reg)
		}
	}
	for _, r := range live {
		a.Mov(native.R(r), g.saveMem(r))
	}
	for k, x := range op.Args {
		g.mov(g.src(x, x86Scratch1), stateMem(helperStateArgs[k]), x86Scratch1)
	}
	g.keepHelperRefs(i)
	a.I(native.MOVQ, native.Imm(op.Aux), stateMem(StateCallFunc))
	g.exitAndResume(x86ExitHelper, live)
	a.I(native.CMPQ, stateMem(StateCallFunc), native.Imm(0))
	g.guardJump(i, native.JNE)
	if op.Type != Void && (g.ra.locs[i].inReg() || g.ra.locs[i].slot >= 0) {
		g.mov(stateMem(StateCallResult), g.loc(Ref(i)), x86Scratch1)
	}
}

// keepHelperRefs copies every ref the trace holds across call_helper op
// i (its ref operands and the refs used after it) to State.Refs through
// the write barrier: while the helper runs they are only in Spill, which
// the collector does not scan, and a store into a dict may drop the
// heap's only other reference to one of them. It clobbers R10, R11, R12
// and the XMM registers (saved by the caller).
func (g *x86Gen) keepHelperRefs(i int) {
	a := g.a
	op := &g.t.Ops[i]
	isArg := func(v int) bool {
		for _, x := range op.Args {
			if x == Ref(v) {
				return true
			}
		}
		return false
	}
	k := 0
	for v := 0; v < i; v++ {
		if g.t.Ops[v].Type != Ptr || g.ra.end[v] < i && !isArg(v) {
			continue
		}
		if l := g.ra.locs[v]; !l.inReg() && l.slot < 0 {
			continue
		}
		if k >= helperRefSlots {
			g.fail("call_helper with more than %d refs live", helperRefSlots)
			return
		}
		a.Mov(g.loc(Ref(v)), native.R(native.R10))
		a.Mov(stateMem(StateRefs), native.R(x86Scratch2))
		native.EmitStorePointer(a, native.R10, native.Mem(x86Scratch2, int32(8*k)), x86SpillBase, 0, nil)
		k++
	}
}

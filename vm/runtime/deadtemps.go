package runtime

// This file defines the clearing of dead temporaries before an explicit
// collection. A register machine keeps the last value a temporary held
// until the register is written again, which would keep an object the
// program has dropped (`x = C(); del x`) alive across gc.collect(), where
// CPython's stack machine would have popped it. So before gc.collect()
// collects, each frame's temporaries that the code is sure to overwrite
// before reading them are cleared.
//
// The analysis is deliberately small: a forward scan over the
// instructions whose register effects the operand comments of
// vm/compile/opcode.go describe, following jumps and branches. Anything
// else (a raise, a yield, an EXT prefix) ends the scan and the register is
// kept. The registers of the instruction in progress (a call whose
// arguments a native callee may still be reading) are never touched.

import "github.com/kilnpy/kiln/vm/compile"

// deadScanLimit bounds the instructions scanned per register.
const deadScanLimit = 256

// clearDeadTemporaries clears the dead temporaries of every frame on th's
// stack. Each frame's PC describes its state: compiled code never runs
// Python code, and when it leaves, the JIT sets the loop frame's PC to
// the call it is finishing before running inlined frames (jit/deopt.go).
func (th *Thread) clearDeadTemporaries() {
	for f := th.exec.frame; f != nil; f = f.Back {
		clearFrameDeadTemps(f)
	}
}

// clearFrameDeadTemps clears f's temporaries that are dead at f.PC.
func clearFrameDeadTemps(f *Frame) {
	code := f.Code
	first := code.NumLocals + len(code.Cellvars) + len(code.Freevars)
	last := min(code.KBase, len(f.Regs))
	if first >= last || f.PC <= 0 || f.PC > len(code.Insns) {
		return
	}
	// Find the instruction in progress: the one that ends at f.PC.
	insns := code.Insns
	cur, pc := -1, 0
	for pc < f.PC {
		cur = pc
		pc += insnWords(insns[pc])
	}
	if pc != f.PC || cur < 0 {
		return
	}
	w := insns[cur]
	var lo, hi int // registers [lo, hi] stay: the call in progress
	a, b, c := compile.A(w), compile.B(w), compile.C(w)
	if cur > 0 && compile.Op(insns[cur-1]) == compile.EXT {
		return // an extended operand: the ranges below would be wrong
	}
	switch compile.Op(w) {
	case compile.CALL, compile.CALLKW, compile.CALLEX:
		lo, hi = b, b+c
	case compile.CALLMETHOD:
		lo, hi = b, b+1+c
	default:
		return
	}
	for r := first; r < last; r++ {
		if (r >= lo && r <= hi) || f.Regs[r].p == nil {
			continue
		}
		// The call's result register is written when it returns.
		if r == a || regDeadFrom(insns, f.PC, r) {
			f.Regs[r] = Value{}
		}
	}
}

// insnWords is the length of the instruction starting with w.
func insnWords(w uint32) int {
	if compile.Op(w).HasExtraWord() {
		return 2
	}
	return 1
}

// regDeadFrom reports whether register r is written before it is read on
// every path from pc, as far as the scan can tell: it follows jumps and
// both ways of a branch, and gives up (live) at anything it does not
// model, such as a raise or a yield, or after deadScanLimit instructions.
func regDeadFrom(insns []uint32, pc, r int) bool {
	work := []int{pc}
	seen := map[int]bool{}
	budget := deadScanLimit
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		for {
			if seen[pc] {
				break // a loop back to a checked path
			}
			if budget--; budget < 0 || pc >= len(insns) {
				return false
			}
			seen[pc] = true
			w := insns[pc]
			var extra uint32
			if compile.Op(w).HasExtraWord() && pc+1 < len(insns) {
				extra = insns[pc+1]
			}
			e, ok := regEffects(w, extra)
			if !ok || e.reads(r) {
				return false
			}
			next := pc + insnWords(w)
			if e.writes(r) {
				break
			}
			switch compile.Op(w) {
			case compile.RETURN:
				next = -1
			case compile.JMP:
				next = compile.Ax(w)
			case compile.JT, compile.JF, compile.JNONE, compile.FORITER,
				compile.JLT, compile.JLE, compile.JEQ, compile.JNE, compile.JGT, compile.JGE:
				work = append(work, int(insns[pc+1]))
			}
			if next < 0 {
				break
			}
			pc = next
		}
	}
	return true
}

// regEffect is what one instruction does to registers: it reads the
// ranges in r and writes those in w (each [lo, hi], hi < lo if unused).
type regEffect struct {
	r [3][2]int
	w [2][2]int
}

func (e *regEffect) reads(x int) bool {
	for _, rg := range e.r {
		if x >= rg[0] && x <= rg[1] {
			return true
		}
	}
	return false
}

func (e *regEffect) writes(x int) bool {
	for _, rg := range e.w {
		if x >= rg[0] && x <= rg[1] {
			return true
		}
	}
	return false
}

// regEffects models the registers instruction w reads and writes, from
// the operand comments of vm/compile/opcode.go; extra is its second word,
// if it has one. ok is false for the instructions it does not model. A
// FORITER's target is written only when the iterator yields, so it is not
// counted as written. A MAKEFUNC reads only the operands its mask (the
// extra word) names: the registers after a comprehension's function are
// often the stale iterator and iterable of an earlier comprehension, and
// counting them as read would keep that iterable alive.
func regEffects(w, extra uint32) (e regEffect, ok bool) {
	a, b, c := compile.A(w), compile.B(w), compile.C(w)
	none := [2]int{0, -1}
	e.r = [3][2]int{none, none, none}
	e.w = [2][2]int{none, none}
	one := func(x int) [2]int { return [2]int{x, x} }
	span := func(lo, n int) [2]int { return [2]int{lo, lo + n - 1} }
	switch op := compile.Op(w); {
	case op == compile.NOP || op == compile.DELGLOBAL || op == compile.DELNAME || op == compile.SETUPANNOTATIONS || op == compile.JMP:
	case op == compile.LOADK || op == compile.LOADNONE || op == compile.LOADTRUE || op == compile.LOADFALSE ||
		op == compile.LOADGLOBAL || op == compile.LOADNAME || op == compile.BUILDCLASS || op == compile.LOADLOCALS ||
		op == compile.ASSERTIONERROR || op == compile.NEWCELL:
		e.w[0] = one(a)
	case op == compile.CHECKLOCAL || op == compile.DELLOCAL || op == compile.STOREGLOBAL || op == compile.STORENAME ||
		op == compile.DELDEREF || op == compile.DELATTR || op == compile.POPEXC || op == compile.RETURN ||
		op == compile.JT || op == compile.JF || op == compile.JNONE:
		e.r[0] = one(a)
	case op == compile.MOVE || op == compile.MAKECELL || op == compile.LOADDEREF || op == compile.LOADCLASSDEREF ||
		op == compile.NEG || op == compile.POS || op == compile.INVERT || op == compile.NOT || op == compile.GETITER ||
		op == compile.GETATTR || op == compile.LISTTOTUPLE || op == compile.CONVERT || op == compile.FORMAT ||
		op == compile.ISSEQ || op == compile.ISMAP || op == compile.LEN || op == compile.IMPORTFROM || op == compile.PUSHEXC:
		e.r[0], e.w[0] = one(b), one(a)
	case op >= compile.ADD && op <= compile.NOTIN, op == compile.GETITEM, op == compile.EXCMATCH,
		op == compile.FORMATSPEC, op == compile.MATCHKEYS, op == compile.DICTWITHOUT:
		e.r[0], e.r[1], e.w[0] = one(b), one(c), one(a)
	case op >= compile.JLT && op <= compile.JGE:
		e.r[0], e.r[1] = one(a), one(b)
	case op == compile.FORITER:
		e.r[0] = one(b)
	case op == compile.STOREDEREF || op == compile.SETATTR || op == compile.DELITEM || op == compile.LISTAPPEND ||
		op == compile.LISTEXTEND || op == compile.SETADD || op == compile.SETUPDATE || op == compile.DICTUPDATE:
		e.r[0], e.r[1] = one(a), one(b)
	case op == compile.SETITEM || op == compile.DICTSET || op == compile.DICTMERGE:
		e.r[0], e.r[1], e.r[2] = one(a), one(b), one(c)
	case op == compile.CALL || op == compile.CALLKW:
		e.r[0], e.w[0] = span(b, c+1), one(a)
	case op == compile.CALLEX:
		e.r[0], e.w[0] = span(b, 3), one(a)
	case op == compile.CALLMETHOD:
		e.r[0], e.w[0] = span(b, c+2), one(a)
	case op == compile.GETMETHOD || op == compile.BEFOREWITH:
		e.r[0], e.w[0] = one(b), span(a, 2)
	case op == compile.SLICE:
		e.r[0], e.w[0] = span(b, 3), one(a)
	case op == compile.TUPLE || op == compile.LIST || op == compile.SET || op == compile.BUILDSTRING:
		e.r[0], e.w[0] = span(b, c), one(a)
	case op == compile.DICT:
		e.r[0], e.w[0] = span(b, 2*c), one(a)
	case op == compile.UNPACK:
		e.r[0], e.w[0] = one(b), span(a, c)
	case op == compile.MAKEFUNC:
		// The operands R[A+1..A+4] used, from the lowest to the highest bit
		// set (a register in between counts as read: that keeps it live).
		if mask := extra & 0xf; mask != 0 {
			lo, hi := 3, 0
			for i := 0; i < 4; i++ {
				if mask&(1<<i) != 0 {
					lo, hi = min(lo, i), max(hi, i)
				}
			}
			e.r[0] = [2]int{a + 1 + lo, a + 1 + hi}
		}
		e.w[0] = one(a)
	case op == compile.IMPORTNAME:
		e.r[0], e.w[0] = span(b, 2), one(a)
	case op == compile.WITHEXIT:
		e.r[0], e.w[0] = one(b), one(a)
		if c != 255 {
			e.r[1] = one(c)
		}
	default:
		return e, false
	}
	return e, true
}

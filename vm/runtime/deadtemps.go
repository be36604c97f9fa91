package runtime

// This file defines the clearing of dead temporaries before an explicit
// collection. A register machine keeps the last value a temporary held
// until the register is written again, which would keep an object the
// program has dropped (`x = C(); del x`) alive across gc.collect(), where
// CPython's stack machine would have popped it. So before gc.collect()
// collects, each frame's temporaries that the code is sure to overwrite
// before reading them are cleared.
//
// The analysis is deliberately small: a forward scan of straight-line
// code over the few instructions whose register effects are plain (loads,
// moves, attribute reads, calls, stores of names). Anything else — a jump,
// an unknown instruction, an EXT prefix — ends the scan and the register
// is kept. The registers of the instruction in progress (a call whose
// arguments a native callee may still be reading) are never touched.

import "github.com/kilnpy/kiln/vm/compile"

// deadScanLimit bounds the instructions scanned per register.
const deadScanLimit = 64

// clearDeadTemporaries clears the dead temporaries of every frame on th's
// stack. It does nothing when the JIT is on: compiled code may hold the
// frame in a state its PC does not describe.
func (th *Thread) clearDeadTemporaries() {
	if th.Interp.exec.jit != nil {
		return
	}
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
// the straight-line code from pc, as far as the scan can tell.
func regDeadFrom(insns []uint32, pc, r int) bool {
	for n := 0; n < deadScanLimit && pc < len(insns); n++ {
		w := insns[pc]
		a, b, c := compile.A(w), compile.B(w), compile.C(w)
		switch compile.Op(w) {
		case compile.NOP, compile.DELNAME, compile.DELGLOBAL:
		case compile.LOADNAME, compile.LOADGLOBAL, compile.LOADK, compile.LOADNONE, compile.LOADTRUE, compile.LOADFALSE:
			if a == r {
				return true
			}
		case compile.MOVE, compile.GETATTR:
			if b == r {
				return false
			}
			if a == r {
				return true
			}
		case compile.GETMETHOD:
			if b == r {
				return false
			}
			if a == r || a+1 == r {
				return true
			}
		case compile.CALL:
			if r >= b && r <= b+c {
				return false
			}
			if a == r {
				return true
			}
		case compile.CALLMETHOD:
			if r >= b && r <= b+1+c {
				return false
			}
			if a == r {
				return true
			}
		case compile.STORENAME, compile.STOREGLOBAL:
			if a == r {
				return false
			}
		case compile.SETATTR:
			if a == r || b == r {
				return false
			}
		default:
			return false
		}
		pc += insnWords(w)
	}
	return false
}

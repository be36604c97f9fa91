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
// vm/compile/opcode.go describe, following jumps and branches, and the
// exception table's handler from the instructions that leave for it by
// design (a raise, a yield resumed by throw() or close(), the call in
// progress); a raise outside any handler ends its path, since the frame
// is then finished and nothing reads its temporaries again. Anything it
// does not model ends the scan and the register is kept. The registers
// of the instruction in progress (a call whose arguments a native callee
// may still be reading) are never touched.
//
// Generators suspended at a yield are not on the thread's stack, yet the
// value of `open(p).read()` before `yield data` stays in one of their
// temporaries: the suspended generators that the running frames hold in
// their registers (g = gen(), a for loop's iterator), and those they
// delegate to, are cleared the same way, from their suspension point, as
// are those held by the namespaces of the running frames (module globals,
// a class body). A generator reachable only through other objects (a
// list, an attribute) keeps its temporaries until it resumes.

import "github.com/kilnpy/kiln/vm/compile"

// deadScanLimit bounds the instructions scanned per register.
const deadScanLimit = 256

// deadGenLimit bounds the suspended generators cleared per collection.
const deadGenLimit = 256

// clearDeadTemporaries clears the dead temporaries of every frame on th's
// stack and of the suspended generators they hold. Each frame's PC
// describes its state: compiled code never runs Python code, and when it
// leaves, the JIT sets the loop frame's PC to the call it is finishing
// before running inlined frames (jit/deopt.go).
func (th *Thread) clearDeadTemporaries() {
	var gens []*Generator
	namespaces := map[*Dict]bool{}
	for f := th.exec.frame; f != nil; f = f.Back {
		clearFrameDeadTemps(f)
		gens = deadTempsSuspendedIn(f, gens)
		for _, d := range [2]*Dict{f.Globals, asDictOrNil(f.Locals)} {
			if d != nil && !namespaces[d] {
				namespaces[d] = true
				for i := range d.EntryCap() {
					if _, v, ok := d.Entry(i); ok {
						gens = appendSuspended(gens, v)
					}
				}
			}
		}
	}
	seen := map[*Generator]bool{}
	for len(gens) > 0 && len(seen) < deadGenLimit {
		g := gens[len(gens)-1]
		gens = gens[:len(gens)-1]
		if seen[g] {
			continue
		}
		seen[g] = true
		clearSuspendedDeadTemps(g.frame)
		gens = deadTempsSuspendedIn(g.frame, gens)
	}
}

// deadTempsSuspendedIn appends the suspended generators in f's registers
// to gens.
func deadTempsSuspendedIn(f *Frame, gens []*Generator) []*Generator {
	for _, v := range f.Regs[:min(f.Code.KBase, len(f.Regs))] {
		gens = appendSuspended(gens, v)
	}
	return gens
}

// appendSuspended appends v to gens if it is a suspended generator.
func appendSuspended(gens []*Generator, v Value) []*Generator {
	if v.p == nil || v.IsImmediate() || v.Type() != GeneratorType {
		return gens
	}
	if g := as[Generator](v); !g.running && !g.finished && g.frame != nil && g.frame.PC > 0 {
		gens = append(gens, g)
	}
	return gens
}

// asDictOrNil returns v as a *Dict if it is exactly a dict.
func asDictOrNil(v Value) *Dict {
	if v.p == nil || v.IsImmediate() || v.Type() != DictType {
		return nil
	}
	return as[Dict](v)
}

// frameTemps is the range [first, last) of f's temporaries.
func frameTemps(f *Frame) (first, last int) {
	code := f.Code
	return code.NumLocals + len(code.Cellvars) + len(code.Freevars), min(code.KBase, len(f.Regs))
}

// instructionEndingAt returns the start of the instruction that ends at
// pc, or -1.
func instructionEndingAt(insns []uint32, pc int) int {
	cur, at := -1, 0
	for at < pc {
		cur = at
		at += compile.Words(insns[at])
	}
	if at != pc {
		return -1
	}
	return cur
}

// clearFrameDeadTemps clears f's temporaries that are dead at f.PC, where
// a call is in progress.
func clearFrameDeadTemps(f *Frame) {
	code := f.Code
	first, last := frameTemps(f)
	if first >= last || f.PC <= 0 || f.PC > len(code.Insns) {
		return
	}
	insns := code.Insns
	cur := instructionEndingAt(insns, f.PC)
	if cur < 0 {
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
		// The call's result register is written when it returns; if it
		// raises, its handler runs instead.
		if (r == a || regDeadFrom(code.Code, f.PC, r)) && regDeadInHandler(code.Code, cur, r) {
			f.Regs[r] = Value{}
		}
	}
}

// clearSuspendedDeadTemps clears the temporaries of a generator frame
// suspended at a YIELD (its PC is past it: next() writes the YIELD's
// target, throw() and close() go to its handler) or at a YIELDFROM (its
// PC is the YIELDFROM, which runs again on resumption).
func clearSuspendedDeadTemps(f *Frame) {
	code := f.Code
	first, last := frameTemps(f)
	if first >= last || f.PC <= 0 || f.PC > len(code.Insns) {
		return
	}
	insns := code.Insns
	dead := func(r int) bool { return regDeadFrom(code.Code, f.PC, r) }
	if f.PC >= len(insns) || compile.Op(insns[f.PC]) != compile.YIELDFROM {
		// Not at a YIELDFROM, whose scan models both ways out: a YIELD.
		cur := instructionEndingAt(insns, f.PC)
		if cur < 0 || compile.Op(insns[cur]) != compile.YIELD || (cur > 0 && compile.Op(insns[cur-1]) == compile.EXT) {
			return
		}
		target := compile.A(insns[cur])
		dead = func(r int) bool {
			return (r == target || regDeadFrom(code.Code, f.PC, r)) && regDeadInHandler(code.Code, cur, r)
		}
	}
	for r := first; r < last; r++ {
		if f.Regs[r].p != nil && dead(r) {
			f.Regs[r] = Value{}
		}
	}
}

// excHandler returns the handler an exception raised at pc goes to and
// the register it is stored in; ok is false if none: the frame ends.
func excHandler(code *compile.Code, pc int) (handler, reg int, ok bool) {
	for _, e := range code.ExcTable {
		if int(e.Start) <= pc && pc < int(e.End) {
			return int(e.Handler), int(e.Reg), true
		}
	}
	return 0, 0, false
}

// regDeadInHandler reports whether register r is dead on the way an
// exception raised at pc takes.
func regDeadInHandler(code *compile.Code, pc, r int) bool {
	h, reg, ok := excHandler(code, pc)
	return !ok || reg == r || regDeadFrom(code, h, r)
}

// regDeadFrom reports whether register r is written before it is read on
// every path from pc, as far as the scan can tell: it follows jumps, both
// ways of a branch and the handler of the instructions that raise or
// yield, and gives up (live) at anything it does not model, or after
// deadScanLimit instructions.
func regDeadFrom(code *compile.Code, pc, r int) bool {
	insns := code.Code
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
			next := pc + compile.Words(w)
			op := compile.Op(w)
			switch op {
			case compile.RAISE, compile.RERAISE, compile.UNSUPPORTED, compile.YIELD, compile.YIELDFROM:
				// The way an exception takes (throw() or close() for a
				// yield), before the target is written.
				if h, reg, ok := excHandler(code, pc); ok && reg != r {
					work = append(work, h)
				}
			}
			if e.writes(r) {
				break
			}
			switch op {
			case compile.RETURN, compile.RAISE, compile.RERAISE, compile.UNSUPPORTED:
				next = -1
			default:
				if t, conditional, ok := compile.Jump(insns, pc); ok && conditional {
					work = append(work, t)
				} else if ok {
					next = t
				}
			}
			if op == compile.FORITER && compile.A(w) == r {
				break // the body's way writes the next item, the exit's was queued
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
	case op == compile.NOP || op == compile.EXT || op == compile.UNSUPPORTED || op == compile.DELGLOBAL || op == compile.DELNAME || op == compile.SETUPANNOTATIONS || op == compile.JMP:
	case op == compile.LOADK || op == compile.LOADNONE || op == compile.LOADTRUE || op == compile.LOADFALSE ||
		op == compile.LOADGLOBAL || op == compile.LOADNAME || op == compile.BUILDCLASS || op == compile.LOADLOCALS ||
		op == compile.ASSERTIONERROR || op == compile.NEWCELL:
		e.w[0] = one(a)
	case op == compile.CHECKLOCAL || op == compile.DELLOCAL || op == compile.STOREGLOBAL || op == compile.STORENAME ||
		op == compile.DELDEREF || op == compile.DELATTR || op == compile.POPEXC || op == compile.RETURN ||
		op == compile.JT || op == compile.JF || op == compile.JNONE || op == compile.RERAISE ||
		op == compile.IMPORTSTAR || op == compile.PRINTEXPR:
		e.r[0] = one(a)
	case op == compile.RAISE:
		if c >= 1 {
			e.r[0] = one(a)
		}
		if c == 2 {
			e.r[1] = one(b)
		}
	case op == compile.YIELD || op == compile.YIELDFROM:
		// A is written on resumption by next() or send(), not by
		// throw() or close(): regDeadFrom follows the handler first.
		e.r[0], e.w[0] = one(b), one(a)
	case op == compile.UNPACKEX:
		e.r[0], e.w[0] = one(b), span(a, c+1+int(extra))
	case op == compile.EXCSTARMATCH:
		e.r[0], e.r[1], e.w[0], e.w[1] = one(b), one(c), one(a), one(b)
	case op == compile.EXCSTARRERAISE:
		e.r[0], e.r[1], e.w[0] = one(b), one(c), one(a)
	case op == compile.MATCHCLASS:
		e.r[0], e.w[0] = span(b, 2), one(a)
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

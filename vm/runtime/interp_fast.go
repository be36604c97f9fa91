package runtime

// This file defines the interpreter's inner loop: runFast runs the
// instructions that need no call out of the loop (moves, small-int and
// float arithmetic and comparisons, branches, `for i in range`), and
// returns at the first it cannot run without one. run (interp.go) goes
// on in runFast at the head of a loop made of such instructions when the
// loop reaches a safe point (fastLoopAt), and goes on itself where
// runFast stops.
//
// Why a second loop: run's switch has over a hundred cases, most of them
// calling out, and Go's register allocator keeps the loop's state in
// stack slots across those calls, storing and reloading it around every
// instruction (about 60 machine instructions per float add, a third of
// them spills and reloads). runFast calls nothing, so its state stays in
// registers.
//
// Its contract: an instruction is either done whole or not at all; it
// raises nothing; and it stops before a back-edge that must reach the
// interpreter's safe point (pending work, or the loop counter at the JIT's
// hot interval), which run then takes, counting the back-edge once.

import (
	"math"
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// fastOps are the opcodes runFast runs (for some operands only).
var fastOps = [256]bool{
	compile.NOP: true, compile.MOVE: true,
	compile.LOADNONE: true, compile.LOADTRUE: true, compile.LOADFALSE: true,
	compile.CHECKLOCAL: true,
	compile.ADD:        true, compile.SUB: true, compile.MUL: true, compile.TRUEDIV: true,
	compile.MOD: true, compile.FLOORDIV: true,
	compile.IADD: true, compile.ISUB: true, compile.IMUL: true, compile.ITRUEDIV: true,
	compile.IMOD: true, compile.IFLOORDIV: true,
	compile.NEG: true, compile.NOT: true, compile.IS: true, compile.ISNOT: true,
	compile.LT: true, compile.LE: true, compile.EQ: true, compile.NE: true, compile.GT: true, compile.GE: true,
	compile.JLT: true, compile.JLE: true, compile.JEQ: true, compile.JNE: true, compile.JGT: true, compile.JGE: true,
	compile.JMP: true, compile.JT: true, compile.JF: true, compile.JNONE: true,
	compile.FORITER: true,
}

// fastLoopAt reports whether run goes on in runFast at pc, the head of a
// loop whose back-edge just took the safe point (every HotLoopThreshold
// back-edges, or the JIT's reporting interval): when the loop's first two
// instructions are runFast's (for a FORITER, when it steps a range and
// the body's first instruction is runFast's). runFast stays in such a
// loop until it leaves it, calls out, or reaches the next safe point,
// where run takes the back-edge and this is asked again; a loop that is
// not in runFast costs nothing more at its other back-edges.
func fastLoopAt(insns []uint32, regs *[256]Value, pc int) bool {
	w := insns[pc]
	if !fastOps[uint8(w)] {
		return false
	}
	if compile.Opcode(w) == compile.FORITER {
		if it := regs[uint8(w>>16)]; it.p == nil || it.Type() != rangeIteratorType {
			return false
		}
	}
	next := pc + compile.Words(w)
	return next < len(insns) && fastOps[uint8(insns[next])]
}

// runFast runs code's instructions from pc on the registers regs while
// they are ones it runs without calling out, and returns the PC of the
// first it did not run.
func runFast(code *Code, regs *[256]Value, pc int, interp *Interpreter) int {
	insns := code.Insns
	// The small int's and float's headers in registers: each is compared
	// several times per instruction. (The loop's state is kept to a few
	// words so that it all stays in registers: what only back-edges read
	// is read there.)
	pI, pF := pInt, pFloat
	for {
		w := insns[pc]
		var t bool // a conditional branch's condition, for branch below
		switch compile.Opcode(w) {
		case compile.NOP:
			pc++
			continue
		case compile.MOVE:
			*regA(regs, w) = *regB(regs, w)
			pc++
			continue
		case compile.LOADNONE:
			*regA(regs, w) = None
			pc++
			continue
		case compile.LOADTRUE:
			*regA(regs, w) = True
			pc++
			continue
		case compile.LOADFALSE:
			*regA(regs, w) = False
			pc++
			continue
		case compile.CHECKLOCAL:
			if regA(regs, w).p == nil {
				return pc
			}
			pc++
			continue

		case compile.ADD, compile.IADD:
			x, y, d := regB(regs, w), regC(regs, w), regA(regs, w)
			if x.p == pF && y.p == pF {
				setFloat(d, pF, math.Float64frombits(x.n)+math.Float64frombits(y.n))
			} else if x.p == pI && y.p == pI {
				r := int64(x.n) + int64(y.n)
				if (r^int64(x.n))&(r^int64(y.n)) < 0 {
					return pc
				}
				setInt(d, pI, r)
			} else {
				return pc
			}
			pc++
			continue
		case compile.SUB, compile.ISUB:
			x, y, d := regB(regs, w), regC(regs, w), regA(regs, w)
			if x.p == pF && y.p == pF {
				setFloat(d, pF, math.Float64frombits(x.n)-math.Float64frombits(y.n))
			} else if x.p == pI && y.p == pI {
				r := int64(x.n) - int64(y.n)
				if (int64(x.n)^int64(y.n))&(int64(x.n)^r) < 0 {
					return pc
				}
				setInt(d, pI, r)
			} else {
				return pc
			}
			pc++
			continue
		case compile.MUL, compile.IMUL:
			x, y, d := regB(regs, w), regC(regs, w), regA(regs, w)
			if x.p == pF && y.p == pF {
				setFloat(d, pF, math.Float64frombits(x.n)*math.Float64frombits(y.n))
			} else if x.p == pI && y.p == pI {
				p, q := int64(x.n), int64(y.n)
				if p != int64(int32(p)) || q != int64(int32(q)) {
					return pc
				}
				setInt(d, pI, p*q)
			} else {
				return pc
			}
			pc++
			continue
		case compile.TRUEDIV, compile.ITRUEDIV:
			// int / int is left to arith: CPython's correctly rounded
			// quotient of the two ints.
			x, y, d := regB(regs, w), regC(regs, w), regA(regs, w)
			if x.p != pF || y.p != pF || y.n<<1 == 0 {
				return pc
			}
			setFloat(d, pF, math.Float64frombits(x.n)/math.Float64frombits(y.n))
			pc++
			continue
		case compile.MOD, compile.IMOD:
			x, y, d := regB(regs, w), regC(regs, w), regA(regs, w)
			if x.p != pI || y.p != pI || int64(y.n) <= 0 {
				return pc
			}
			q := int64(y.n)
			r := int64(x.n) % q
			if r < 0 {
				r += q
			}
			setInt(d, pI, r)
			pc++
			continue
		case compile.FLOORDIV, compile.IFLOORDIV:
			x, y, d := regB(regs, w), regC(regs, w), regA(regs, w)
			if x.p != pI || y.p != pI || int64(y.n) <= 0 {
				return pc
			}
			p, q := int64(x.n), int64(y.n)
			r := p / q
			if p%q != 0 && p < 0 {
				r--
			}
			setInt(d, pI, r)
			pc++
			continue
		case compile.NEG:
			x := *regB(regs, w)
			switch {
			case x.p == pI && int64(x.n) != math.MinInt64:
				setInt(regA(regs, w), pI, -int64(x.n))
			case x.p == pF:
				*regA(regs, w) = Value{p: pF, n: x.n ^ 1<<63}
			default:
				return pc
			}
			pc++
			continue
		case compile.NOT:
			x := *regB(regs, w)
			if x.p != pBool {
				return pc
			}
			*regA(regs, w) = Bool(x.n == 0)
			pc++
			continue
		case compile.IS:
			*regA(regs, w) = Bool(Is(*regB(regs, w), *regC(regs, w)))
			pc++
			continue
		case compile.ISNOT:
			*regA(regs, w) = Bool(!Is(*regB(regs, w), *regC(regs, w)))
			pc++
			continue

		// One case per comparison: one for all, with the operator as an
		// argument of a shared helper, cost float_loop 5 percent more
		// instructions and int_loop 7.
		case compile.LT:
			x, y := regB(regs, w), regC(regs, w)
			if x.p == pI && y.p == pI {
				*regA(regs, w) = Bool(int64(x.n) < int64(y.n))
			} else if x.p == pF && y.p == pF {
				*regA(regs, w) = Bool(math.Float64frombits(x.n) < math.Float64frombits(y.n))
			} else {
				return pc
			}
			pc++
			continue
		case compile.LE:
			x, y := regB(regs, w), regC(regs, w)
			if x.p == pI && y.p == pI {
				*regA(regs, w) = Bool(int64(x.n) <= int64(y.n))
			} else if x.p == pF && y.p == pF {
				*regA(regs, w) = Bool(math.Float64frombits(x.n) <= math.Float64frombits(y.n))
			} else {
				return pc
			}
			pc++
			continue
		case compile.EQ:
			x, y := regB(regs, w), regC(regs, w)
			if x.p == pI && y.p == pI {
				*regA(regs, w) = Bool(int64(x.n) == int64(y.n))
			} else if x.p == pF && y.p == pF {
				*regA(regs, w) = Bool(math.Float64frombits(x.n) == math.Float64frombits(y.n))
			} else {
				return pc
			}
			pc++
			continue
		case compile.NE:
			x, y := regB(regs, w), regC(regs, w)
			if x.p == pI && y.p == pI {
				*regA(regs, w) = Bool(int64(x.n) != int64(y.n))
			} else if x.p == pF && y.p == pF {
				*regA(regs, w) = Bool(math.Float64frombits(x.n) != math.Float64frombits(y.n))
			} else {
				return pc
			}
			pc++
			continue
		case compile.GT:
			x, y := regB(regs, w), regC(regs, w)
			if x.p == pI && y.p == pI {
				*regA(regs, w) = Bool(int64(x.n) > int64(y.n))
			} else if x.p == pF && y.p == pF {
				*regA(regs, w) = Bool(math.Float64frombits(x.n) > math.Float64frombits(y.n))
			} else {
				return pc
			}
			pc++
			continue
		case compile.GE:
			x, y := regB(regs, w), regC(regs, w)
			if x.p == pI && y.p == pI {
				*regA(regs, w) = Bool(int64(x.n) >= int64(y.n))
			} else if x.p == pF && y.p == pF {
				*regA(regs, w) = Bool(math.Float64frombits(x.n) >= math.Float64frombits(y.n))
			} else {
				return pc
			}
			pc++
			continue
		case compile.JLT:
			x, y := regA(regs, w), regB(regs, w)
			if x.p == pI && y.p == pI {
				t = int64(x.n) < int64(y.n)
			} else if x.p == pF && y.p == pF {
				t = math.Float64frombits(x.n) < math.Float64frombits(y.n)
			} else {
				return pc
			}
			t = t == (w>>24 != 0)
		case compile.JLE:
			x, y := regA(regs, w), regB(regs, w)
			if x.p == pI && y.p == pI {
				t = int64(x.n) <= int64(y.n)
			} else if x.p == pF && y.p == pF {
				t = math.Float64frombits(x.n) <= math.Float64frombits(y.n)
			} else {
				return pc
			}
			t = t == (w>>24 != 0)
		case compile.JEQ:
			x, y := regA(regs, w), regB(regs, w)
			if x.p == pI && y.p == pI {
				t = int64(x.n) == int64(y.n)
			} else if x.p == pF && y.p == pF {
				t = math.Float64frombits(x.n) == math.Float64frombits(y.n)
			} else {
				return pc
			}
			t = t == (w>>24 != 0)
		case compile.JNE:
			x, y := regA(regs, w), regB(regs, w)
			if x.p == pI && y.p == pI {
				t = int64(x.n) != int64(y.n)
			} else if x.p == pF && y.p == pF {
				t = math.Float64frombits(x.n) != math.Float64frombits(y.n)
			} else {
				return pc
			}
			t = t == (w>>24 != 0)
		case compile.JGT:
			x, y := regA(regs, w), regB(regs, w)
			if x.p == pI && y.p == pI {
				t = int64(x.n) > int64(y.n)
			} else if x.p == pF && y.p == pF {
				t = math.Float64frombits(x.n) > math.Float64frombits(y.n)
			} else {
				return pc
			}
			t = t == (w>>24 != 0)
		case compile.JGE:
			x, y := regA(regs, w), regB(regs, w)
			if x.p == pI && y.p == pI {
				t = int64(x.n) >= int64(y.n)
			} else if x.p == pF && y.p == pF {
				t = math.Float64frombits(x.n) >= math.Float64frombits(y.n)
			} else {
				return pc
			}
			t = t == (w>>24 != 0)
		case compile.JT, compile.JF:
			r, ok := immediateTruth(*regA(regs, w))
			if !ok {
				return pc
			}
			t = r == (compile.Opcode(w) == compile.JT)
		case compile.JNONE:
			t = (regA(regs, w).p == pNone) == (uint8(w>>16) != 0)
		case compile.JMP:
			target := int(w >> 8)
			if target <= pc {
				counts := code.LoopCounts
				n := counts[target] + 1
				if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
					return pc
				}
				counts[target] = n
			}
			pc = target
			continue

		case compile.FORITER:
			it := *regB(regs, w)
			if it.p == nil || it.Type() != rangeIteratorType {
				return pc
			}
			ri := as[rangeIterator](it)
			if ri.remaining <= 0 {
				pc = int(insns[pc+1])
				continue
			}
			x := ri.next
			ri.remaining--
			ri.next += ri.step
			setInt(regA(regs, w), pI, x)
			pc += 2
			continue
		default:
			return pc
		}
		// A conditional branch with condition t: its target is the next word.
		if !t {
			pc += 2
			continue
		}
		target := int(insns[pc+1])
		if target <= pc {
			counts := code.LoopCounts
			n := counts[target] + 1
			if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
				return pc
			}
			counts[target] = n
		}
		pc = target
	}
}

// immediateTruth is the truth of a bool, small int or None (ok), which
// needs no call.
func immediateTruth(x Value) (t, ok bool) {
	switch x.p {
	case pBool, pInt:
		return x.n != 0, true
	case pNone:
		return false, true
	}
	return false, false
}

// setInt stores the small int i in *d, writing the pointer word only when
// it changes (the store of a pointer into a heap slot costs a write
// barrier check).
func setInt(d *Value, pI unsafe.Pointer, i int64) {
	if d.p != pI {
		d.p = pI
	}
	d.n = uint64(i)
}

// setFloat stores the float x in *d as setInt does.
func setFloat(d *Value, pF unsafe.Pointer, x float64) {
	if d.p != pF {
		d.p = pF
	}
	d.n = math.Float64bits(x)
}

// regA, regB and regC return the registers an instruction's operands A, B
// and C name. The byte offset of the register (the operand times 16, the
// size of a Value) is the operand's bits shifted and masked in place, one
// instruction fewer than extracting the byte and scaling it; it is below
// 256*16, inside the array.
func regA(regs *[256]Value, w uint32) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(regs), w>>4&0xff0))
}

func regB(regs *[256]Value, w uint32) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(regs), w>>12&0xff0))
}

func regC(regs *[256]Value, w uint32) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(regs), w>>20&0xff0))
}

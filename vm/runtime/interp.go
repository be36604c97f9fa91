package runtime

// This file defines the interpreter loop, alone: run executes a frame's
// instructions until it returns, yields, or raises past every handler.
//
// Fast paths for small ints and floats are written inline in the cases
// (the Go inliner would not inline them as helpers); everything else calls
// out to the slow paths of interp_ops.go. An instruction that raises sets
// err and breaks out of the switch; the unwinder at the top of the outer
// loop then records a traceback entry, looks up the exception table and
// either continues at a handler or returns the exception to the caller.

import (
	"math"
	goruntime "runtime"

	"github.com/kilnpy/kiln/vm/compile"
)

// run executes f from f.PC. It returns the frame's return value, or the
// value yielded if f.yielded is set on return (generators).
func (th *Thread) run(f *Frame) (Value, error) {
	code := f.Code
	if code.attrCaches == nil {
		code.makeNameCaches()
	}
	insns := code.Insns
	regs := f.regs()
	consts := code.Consts
	interp := th.Interp
	pc := f.PC
	ext := 0
	var err error
	reraise := false
	if f.throw != nil {
		err, f.throw = f.throw, nil
	}
	for {
		if err != nil {
			// Unwind: the instruction at pc-1 raised.
			exc := AsException(err)
			if !reraise && !fromInlined(exc, f, insns[pc-1]) {
				addTraceback(exc, f, pc-1)
				if h := th.exec.handled; h.p != nil && h.p != ValueOf(exc).p && exc.Context.p == nil {
					exc.Context = h
				}
			}
			reraise = false
			h, ok := code.Handler(pc - 1)
			if !ok {
				f.PC = pc
				return Value{}, exc
			}
			regs[h.Reg] = ValueOf(exc)
			pc = int(h.Handler)
			err = nil
		}
	dispatch:
		for {
			w := insns[pc]
			pc++
			// Operands are decoded in each case (a = uint8(w>>8), b =
			// uint8(w>>16), c = uint8(w>>24)) so that they are not live
			// across the dispatch, which would cost spills.
			switch compile.Opcode(w) {
			case compile.NOP:
				continue
			case compile.EXT:
				ext = int(w >> 8)
				continue
			case compile.MOVE: // R[A] = R[B]
				a, b := uint8(w>>8), uint8(w>>16)
				regs[a] = regs[b]
				continue
			case compile.LOADK: // R[A] = K[Bx]
				a := uint8(w >> 8)
				regs[a] = consts[int(w>>16)|ext<<16]
				ext = 0
				continue
			case compile.LOADNONE:
				a := uint8(w >> 8)
				regs[a] = None
				continue
			case compile.LOADTRUE:
				a := uint8(w >> 8)
				regs[a] = True
				continue
			case compile.LOADFALSE:
				a := uint8(w >> 8)
				regs[a] = False
				continue
			case compile.CHECKLOCAL:
				a := uint8(w >> 8)
				if regs[a].p == nil {
					err = unboundLocal(code, int(a))
					break
				}
				continue
			case compile.DELLOCAL:
				a := uint8(w >> 8)
				if regs[a].p == nil {
					err = unboundLocal(code, int(a))
					break
				}
				regs[a] = Value{}
				continue
			case compile.LOADGLOBAL:
				a := uint8(w >> 8)
				ni := int(w>>16) | ext<<16
				ext = 0
				gc := &code.globalCaches[ni]
				if gc.globals == f.Globals && gc.gver == f.Globals.version {
					if !gc.inBuiltins {
						regs[a] = f.Globals.entries[gc.idx].value
						continue
					}
					// A builtin (len, str, range, ...), the globals
					// unchanged since the cache found it missing there.
					if gc.builtins == f.Builtins && gc.bver == f.Builtins.version {
						regs[a] = f.Builtins.entries[gc.idx].value
						continue
					}
				}
				v, e := loadGlobalCached(th, f, gc, code.Names[ni])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.STOREGLOBAL:
				a := uint8(w >> 8)
				f.Globals.SetStr(code.Names[int(w>>16)|ext<<16], regs[a])
				ext = 0
				continue
			case compile.DELGLOBAL:
				name := code.Names[int(w>>16)|ext<<16]
				ext = 0
				if !f.Globals.DeleteStr(name) {
					err = nameError(th, name)
					break
				}
				continue
			case compile.LOADNAME:
				a := uint8(w >> 8)
				name := code.Names[int(w>>16)|ext<<16]
				ext = 0
				v, e := lookupName(th, f, name)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.STORENAME:
				a := uint8(w >> 8)
				name := code.NameStrs[int(w>>16)|ext<<16]
				ext = 0
				if e := storeName(th, f, name, regs[a]); e != nil {
					err = e
					break
				}
				continue
			case compile.DELNAME:
				name := code.Names[int(w>>16)|ext<<16]
				ext = 0
				if e := deleteName(th, f, name); e != nil {
					err = e
					break
				}
				continue
			case compile.NEWCELL:
				a := uint8(w >> 8)
				regs[a] = ValueOf(NewCell(Value{}))
				continue
			case compile.MAKECELL:
				a, b := uint8(w>>8), uint8(w>>16)
				regs[a] = ValueOf(NewCell(regs[b]))
				continue
			case compile.LOADDEREF:
				a, b := uint8(w>>8), uint8(w>>16)
				v := as[Cell](regs[b]).Contents
				if v.p == nil {
					err = emptyCell(code, int(b))
					break
				}
				regs[a] = v
				continue
			case compile.STOREDEREF:
				a, b := uint8(w>>8), uint8(w>>16)
				as[Cell](regs[a]).Contents = regs[b]
				continue
			case compile.DELDEREF:
				a := uint8(w >> 8)
				cell := as[Cell](regs[a])
				if cell.Contents.p == nil {
					err = emptyCell(code, int(a))
					break
				}
				cell.Contents = Value{}
				continue
			case compile.LOADCLASSDEREF:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				name := code.Names[int(c)|ext<<8]
				ext = 0
				if f.Locals.p != nil && f.Locals.Type() == DictType {
					if v, ok := as[Dict](f.Locals).GetStr(name); ok {
						regs[a] = v
						continue
					}
				}
				v := as[Cell](regs[b]).Contents
				if v.p == nil {
					err = emptyCell(code, int(b))
					break
				}
				regs[a] = v
				continue
			case compile.ADD: // R[A] = R[B] add R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					r := int64(x.n) + int64(y.n)
					if (r^int64(x.n))&(r^int64(y.n)) >= 0 {
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				} else if x.p == pFloat && y.p == pFloat {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) + math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpAdd, false, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IADD: // R[A] = R[B] add R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					r := int64(x.n) + int64(y.n)
					if (r^int64(x.n))&(r^int64(y.n)) >= 0 {
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				} else if x.p == pFloat && y.p == pFloat {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) + math.Float64frombits(y.n))
					continue
				}
				if v, ok := f.strIAdd(*x, *y); ok {
					regs[a] = v
					continue
				}
				v, e := arith(th, OpAdd, true, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.SUB: // R[A] = R[B] sub R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					r := int64(x.n) - int64(y.n)
					if (int64(x.n)^int64(y.n))&(int64(x.n)^r) >= 0 {
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				} else if x.p == pFloat && y.p == pFloat {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) - math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpSub, false, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.ISUB: // R[A] = R[B] sub R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					r := int64(x.n) - int64(y.n)
					if (int64(x.n)^int64(y.n))&(int64(x.n)^r) >= 0 {
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				} else if x.p == pFloat && y.p == pFloat {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) - math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpSub, true, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.MUL: // R[A] = R[B] mul R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					if p, q := int64(x.n), int64(y.n); p == int64(int32(p)) && q == int64(int32(q)) {
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(p * q)
						continue
					}
				} else if x.p == pFloat && y.p == pFloat {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) * math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpMul, false, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IMUL: // R[A] = R[B] mul R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					if p, q := int64(x.n), int64(y.n); p == int64(int32(p)) && q == int64(int32(q)) {
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(p * q)
						continue
					}
				} else if x.p == pFloat && y.p == pFloat {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) * math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpMul, true, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.TRUEDIV: // R[A] = R[B] truediv R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {

				} else if x.p == pFloat && y.p == pFloat && y.n<<1 != 0 {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) / math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpTrueDiv, false, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.ITRUEDIV: // R[A] = R[B] truediv R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {

				} else if x.p == pFloat && y.p == pFloat && y.n<<1 != 0 {
					d := &regs[a]
					if d.p != pFloat {
						d.p = pFloat
					}
					d.n = math.Float64bits(math.Float64frombits(x.n) / math.Float64frombits(y.n))
					continue
				}
				v, e := arith(th, OpTrueDiv, true, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.MOD: // R[A] = R[B] mod R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					if q := int64(y.n); q > 0 {
						r := int64(x.n) % q
						if r < 0 {
							r += q
						}
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				}
				v, e := arith(th, OpMod, false, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IMOD: // R[A] = R[B] mod R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					if q := int64(y.n); q > 0 {
						r := int64(x.n) % q
						if r < 0 {
							r += q
						}
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				}
				v, e := arith(th, OpMod, true, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.FLOORDIV: // R[A] = R[B] floordiv R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					if q := int64(y.n); q > 0 {
						p := int64(x.n)
						r := p / q
						if (p%q != 0) && p < 0 {
							r--
						}
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				}
				v, e := arith(th, OpFloorDiv, false, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IFLOORDIV: // R[A] = R[B] floordiv R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					if q := int64(y.n); q > 0 {
						p := int64(x.n)
						r := p / q
						if (p%q != 0) && p < 0 {
							r--
						}
						d := &regs[a]
						if d.p != pInt {
							d.p = pInt
						}
						d.n = uint64(r)
						continue
					}
				}
				v, e := arith(th, OpFloorDiv, true, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.MATMUL:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpMatMul, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IMATMUL:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpMatMul, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.POW:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpPow, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IPOW:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpPow, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.LSHIFT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpLShift, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.ILSHIFT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpLShift, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.RSHIFT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpRShift, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IRSHIFT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpRShift, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.OR:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpOr, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IOR:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpOr, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.XOR:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpXor, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IXOR:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpXor, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.AND:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpAnd, false, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IAND:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := arith(th, OpAnd, true, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.LT: // R[A] = R[B] < R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					regs[a] = Bool(int64(x.n) < int64(y.n))
					continue
				}
				v, e := compareValue(th, CmpLT, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.LE: // R[A] = R[B] <= R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					regs[a] = Bool(int64(x.n) <= int64(y.n))
					continue
				}
				v, e := compareValue(th, CmpLE, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.EQ: // R[A] = R[B] == R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					regs[a] = Bool(int64(x.n) == int64(y.n))
					continue
				}
				v, e := compareValue(th, CmpEQ, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.NE: // R[A] = R[B] != R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					regs[a] = Bool(int64(x.n) != int64(y.n))
					continue
				}
				v, e := compareValue(th, CmpNE, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.GT: // R[A] = R[B] > R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					regs[a] = Bool(int64(x.n) > int64(y.n))
					continue
				}
				v, e := compareValue(th, CmpGT, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.GE: // R[A] = R[B] >= R[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[b], &regs[c]
				if x.p == pInt && y.p == pInt {
					regs[a] = Bool(int64(x.n) >= int64(y.n))
					continue
				}
				v, e := compareValue(th, CmpGE, *x, *y)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.JLT: // if (R[A] < R[B]) == C { pc = next word }
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[a], &regs[b]
				var t bool
				if x.p == pInt && y.p == pInt {
					t = int64(x.n) < int64(y.n)
				} else if x.p == pFloat && y.p == pFloat {
					t = math.Float64frombits(x.n) < math.Float64frombits(y.n)
				} else {
					r, e := compareBool(th, CmpLT, *x, *y)
					if e != nil {
						err = e
						break
					}
					t = r
				}
				if t != (c != 0) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JLE: // if (R[A] <= R[B]) == C { pc = next word }
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[a], &regs[b]
				var t bool
				if x.p == pInt && y.p == pInt {
					t = int64(x.n) <= int64(y.n)
				} else if x.p == pFloat && y.p == pFloat {
					t = math.Float64frombits(x.n) <= math.Float64frombits(y.n)
				} else {
					r, e := compareBool(th, CmpLE, *x, *y)
					if e != nil {
						err = e
						break
					}
					t = r
				}
				if t != (c != 0) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JEQ: // if (R[A] == R[B]) == C { pc = next word }
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[a], &regs[b]
				var t bool
				if x.p == pInt && y.p == pInt {
					t = int64(x.n) == int64(y.n)
				} else if x.p == pFloat && y.p == pFloat {
					t = math.Float64frombits(x.n) == math.Float64frombits(y.n)
				} else {
					r, e := compareBool(th, CmpEQ, *x, *y)
					if e != nil {
						err = e
						break
					}
					t = r
				}
				if t != (c != 0) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JNE: // if (R[A] != R[B]) == C { pc = next word }
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[a], &regs[b]
				var t bool
				if x.p == pInt && y.p == pInt {
					t = int64(x.n) != int64(y.n)
				} else if x.p == pFloat && y.p == pFloat {
					t = math.Float64frombits(x.n) != math.Float64frombits(y.n)
				} else {
					r, e := compareBool(th, CmpNE, *x, *y)
					if e != nil {
						err = e
						break
					}
					t = r
				}
				if t != (c != 0) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JGT: // if (R[A] > R[B]) == C { pc = next word }
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[a], &regs[b]
				var t bool
				if x.p == pInt && y.p == pInt {
					t = int64(x.n) > int64(y.n)
				} else if x.p == pFloat && y.p == pFloat {
					t = math.Float64frombits(x.n) > math.Float64frombits(y.n)
				} else {
					r, e := compareBool(th, CmpGT, *x, *y)
					if e != nil {
						err = e
						break
					}
					t = r
				}
				if t != (c != 0) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JGE: // if (R[A] >= R[B]) == C { pc = next word }
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x, y := &regs[a], &regs[b]
				var t bool
				if x.p == pInt && y.p == pInt {
					t = int64(x.n) >= int64(y.n)
				} else if x.p == pFloat && y.p == pFloat {
					t = math.Float64frombits(x.n) >= math.Float64frombits(y.n)
				} else {
					r, e := compareBool(th, CmpGE, *x, *y)
					if e != nil {
						err = e
						break
					}
					t = r
				}
				if t != (c != 0) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.NEG:
				a, b := uint8(w>>8), uint8(w>>16)
				x := regs[b]
				if x.p == pInt && int64(x.n) != math.MinInt64 {
					regs[a] = Int(-int64(x.n))
					continue
				}
				v, e := unary(th, OpNeg, x)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.POS:
				a, b := uint8(w>>8), uint8(w>>16)
				v, e := unary(th, OpPos, regs[b])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.INVERT:
				a, b := uint8(w>>8), uint8(w>>16)
				v, e := unary(th, OpInvert, regs[b])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.NOT:
				a, b := uint8(w>>8), uint8(w>>16)
				x := regs[b]
				if x.p == pBool {
					regs[a] = Bool(x.n == 0)
					continue
				}
				t, e := Truth(th, x)
				if e != nil {
					err = e
					break
				}
				regs[a] = Bool(!t)
				continue
			case compile.IS:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				regs[a] = Bool(Is(regs[b], regs[c]))
				continue
			case compile.ISNOT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				regs[a] = Bool(!Is(regs[b], regs[c]))
				continue
			case compile.IN, compile.NOTIN:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				if x, y := regs[c], regs[b]; x.p != nil && y.p != nil && x.Type() == DictType && y.Type() == StrType {
					// Fast path: str in dict.
					if _, i, ok := as[Dict](x).strLookup(as[Str](y)); ok {
						regs[a] = Bool((i >= 0) == (compile.Opcode(w) == compile.IN))
						continue
					}
				} else if y.p == pInt && x.p != nil && dictOwnContains(x.Type()) {
					// Fast path: int in dict (dict_intkey.go).
					if _, i, ok := as[Dict](x).intLookup(int64(y.n)); ok {
						regs[a] = Bool((i >= 0) == (compile.Opcode(w) == compile.IN))
						continue
					}
				} else if x.p != nil && y.p != nil && x.Type() == TupleType && y.Type() == StrType {
					// Fast path: str in a tuple of strs, `op in ("+", "-")`.
					if found, ok := strInStrTuple(as[Str](y), TupleItems(x)); ok {
						regs[a] = Bool(found == (compile.Opcode(w) == compile.IN))
						continue
					}
				}
				t, e := Contains(th, regs[c], regs[b])
				if e != nil {
					err = e
					break
				}
				regs[a] = Bool(t == (compile.Opcode(w) == compile.IN))
				continue
			case compile.JMP: // pc = Ax
				target := int(w >> 8)
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JT, compile.JF:
				a := uint8(w >> 8)
				x := regs[a]
				t, ok := immediateTruth(x)
				if !ok {
					r, e := Truth(th, x)
					if e != nil {
						err = e
						break dispatch
					}
					t = r
				}
				if t != (compile.Opcode(w) == compile.JT) {
					pc++
					continue
				}
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.JNONE: // if (R[A] is None) == B { pc = w }
				a, b := uint8(w>>8), uint8(w>>16)
				if (regs[a].p == pNone) != (b != 0) {
					pc++
					continue
				}
				// The back-edge of a rotated `while x is not None:` loop:
				// counted and a safe point like every other one, or such a
				// loop would never be compiled nor see Ctrl-C.
				target := int(insns[pc])
				if target < pc {
					n := code.LoopCounts[target] + 1
					code.LoopCounts[target] = n
					if n&interp.exec.hotMask == 0 || interp.Pending.Load() != 0 {
						f.PC = pc + 1
						if target, err = th.backEdge(f, target); err != nil {
							if target >= 0 { // the JIT resumed elsewhere and raised there
								pc = target
							}
							break
						}
						// A loop made of instructions runFast runs goes on
						// there until its next safe point (fastLoopAt).
						if fastLoopAt(insns, regs, target) {
							pc = runFast(code, regs, target, interp)
							continue
						}
					}
				}
				pc = target
				continue
			case compile.GETITER:
				a, b := uint8(w>>8), uint8(w>>16)
				if regs[b].p != nil && regs[b].Type() == GeneratorType { // its own iterator
					regs[a] = regs[b]
					continue
				}
				v, e := Iter(th, regs[b])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.FORITER: // R[A] = next(R[B]) or pc = w
				a, b := uint8(w>>8), uint8(w>>16)
				it := regs[b]
				switch it.Type() {
				case rangeIteratorType: // inline: for i in range(...)
					ri := as[rangeIterator](it)
					if ri.remaining <= 0 {
						pc = int(insns[pc])
						continue
					}
					x := ri.next
					ri.remaining--
					ri.next += ri.step
					d := &regs[a]
					if d.p != pInt {
						d.p = pInt
					}
					d.n = uint64(x)
					pc++
					continue
				case listIteratorType: // inline: for x in a_list
					si := as[seqIterator](it)
					if w := as[List](si.seq).words; w != nil && si.items != nil {
						if si.i >= 0 && si.i < len(w.p) {
							regs[a] = Value{p: w.p[si.i]}
							si.i += si.step
							pc++
							continue
						}
					} else if si.items != nil {
						items := si.items()
						if si.i >= 0 && si.i < len(items) {
							regs[a] = items[si.i]
							si.i += si.step
							pc++
							continue
						}
					}
				case ZipType, EnumerateType: // for a, b in zip(xs, ys): no pair (fused_temps.go)
					f.PC = pc
					if handled, more, e := th.forIterUnpack(code, regs, pc+1, a, it); handled {
						if e != nil {
							err = e
							break dispatch
						}
						if !more {
							pc = int(insns[pc])
							continue
						}
						pc += 2
						continue
					}
				case GeneratorType: // resumed directly, not through the Next slot
					f.PC = pc
					g := as[Generator](it)
					v, done, e := g.resume(th, Value{}, nil)
					if e != nil {
						err = e
						break dispatch
					}
					if done {
						if g.loopOwned {
							th.genRecycle(g)
						}
						pc = int(insns[pc])
						continue
					}
					regs[a] = v
					pc++
					continue
				}
				f.PC = pc
				v, ok, e := it.Type().Next(th, it)
				if e != nil {
					err = e
					break
				}
				if !ok {
					pc = int(insns[pc])
					continue
				}
				regs[a] = v
				pc++
				continue
			case compile.RETURN:
				a := uint8(w >> 8)
				f.PC = pc
				if interp.Pending.Load()&PendingProfile != 0 {
					th.profileSafePoint()
				}
				return regs[a], nil
			case compile.CALL: // R[A] = R[B](R[B+1], ..., R[B+C])
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				callee := regs[b]
				args := regs[int(b)+1 : int(b)+1+int(c)]
				f.PC = pc
				if interp.Pending.Load() != 0 {
					if err = th.runPending(); err != nil {
						break
					}
				}
				if callee.p != nil && callee.Type() == FunctionType {
					fn := as[Function](callee)
					if isSimple(fn, int(c)) {
						v, e := th.callSimple(fn, args)
						if e != nil {
							err = e
							break
						}
						regs[a] = v
						continue
					}
					if fn.Code.Flags&(compile.FlagGenerator|compile.FlagCoroutine) == compile.FlagGenerator {
						g, e := th.callGenerator(fn, args)
						if e != nil {
							err = e
							break
						}
						genMarkLoopOwned(code, pc, a, g)
						genMarkConsumed(code, regs, pc, a, g)
						regs[a] = ValueOf(g)
						continue
					}
				}
				if callee.p != nil && callee.Type() == TypeType {
					if c == 1 && as[Type](callee) == StrType && args[0].p == pInt {
						// str(i) of a small int: the digits, without str.__new__'s binding.
						if th.strOfIntAdd(code, regs, pc, a, int64(args[0].n)) {
							pc++ // "item-" + str(i): the ADD is done (fused_temps.go)
							continue
						}
						regs[a] = ValueOf(strOfInt64(int64(args[0].n)))
						continue
					}
					if v, ok, e := th.newInstance(as[Type](callee), args); ok {
						if e != nil {
							err = e
							break
						}
						regs[a] = v
						continue
					}
				}
				if c == 1 && callee.p != nil && callee.Type() == BuiltinFunctionType {
					if n, ok := th.builtinIntFast(callee, args[0]); ok {
						regs[a] = Int(int64(n))
						continue
					}
				}
				if c == 2 && callee.p != nil && callee.Type() == BuiltinFunctionType && th.divmodUnpack(code, regs, pc, a, callee, args) {
					pc++ // x, y = divmod(i, n): the UNPACK is done
					continue
				}
				if c == 0 && isBuiltinSuper(callee) {
					// Zero-argument super(): the __class__ cell and the first argument.
					cls, self, e := f.ZeroArgSuper()
					if e != nil {
						err = e
						break
					}
					args = []Value{cls, self}
				}
				v, e := Call(th, callee, args, nil)
				if e != nil {
					err = e
					break
				}
				if c == 1 && args[0].p != nil && args[0].Type() == GeneratorType {
					th.genConsumed(args[0]) // sum(x for x in xs)
				}
				regs[a] = v
				continue
			case compile.CALLKW:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				names := code.KwNames[insns[pc]]
				pc++
				f.PC = pc
				v, e := th.callKwMethod(regs[b], regs[int(b)+1:int(b)+1+int(c)], names)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.CALLEX:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				var kw Value
				if c != 0 {
					kw = regs[b+2]
				}
				f.PC = pc
				v, e := callEx(th, regs[b], regs[b+1], kw)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.GETMETHOD:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				ni := int(c) | ext<<8
				ext = 0
				ac := &code.attrCaches[ni]
				// A method of an exact builtin type (methodcache.go), written
				// out: run is too large for the compiler to inline a call.
				if obj := regs[b]; obj.Type() == ac.meth.t && ac.meth.epoch == typeEpoch.Load() &&
					(obj.IsImmediate() || obj.header().dict == nil) {
					regs[a], regs[a+1] = ac.meth.meth, obj
					continue
				}
				name := code.NameStrs[ni]
				// A Python function of the class, not shadowed by the
				// instance dict: obj.method(...) on an instance.
				if t := regs[b].Type(); t.Flags&FlagHeapType != 0 {
					if fn, ok := ac.classFunction(t); ok {
						if !instShadows(regs[b], name) {
							regs[a], regs[a+1] = fn, regs[b]
							continue
						}
					}
				}
				f.PC = pc
				v, isMeth, e := cachedGetMethod(th, ac, regs[b], name)
				if e != nil {
					err = attributeErrorContext(th, e, regs[b], name.text())
					break
				}
				regs[a] = v
				if isMeth {
					regs[a+1] = regs[b]
				} else {
					regs[a+1] = Value{}
				}
				continue
			case compile.CALLMETHOD:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				callee := regs[b]
				var args []Value
				if regs[b+1].p != nil {
					args = regs[int(b)+1 : int(b)+2+int(c)]
				} else {
					args = regs[int(b)+2 : int(b)+2+int(c)]
				}
				f.PC = pc
				if interp.Pending.Load() != 0 {
					if err = th.runPending(); err != nil {
						break
					}
				}
				if ct := callee.Type(); ct == FunctionType && isSimple(as[Function](callee), len(args)) {
					v, e := th.callSimple(as[Function](callee), args)
					if e != nil {
						err = e
						break
					}
					regs[a] = v
					continue
				} else if ct == FunctionType && as[Function](callee).Code.Flags&(compile.FlagGenerator|compile.FlagCoroutine) == compile.FlagGenerator {
					// for x in self.items(): as in CALL.
					g, e := th.callGenerator(as[Function](callee), args)
					if e != nil {
						err = e
						break
					}
					genMarkLoopOwned(code, pc, a, g)
					regs[a] = ValueOf(g)
					continue
				} else if ct == MethodDescriptorType && len(args) > 0 && args[0].Type() == as[BuiltinMethod](callee).Owner {
					// obj.m(args) for a method of obj's (builtin) type.
					var v Value
					var e error
					if th.prof.sink == nil {
						v, e = as[BuiltinMethod](callee).Fn(th, args[0], args[1:], nil)
					} else {
						v, e = th.profCallMethod(callee, args)
					}
					if e != nil {
						err = e
						break
					}
					regs[a] = v
					continue
				}
				v, e := Call(th, callee, args, nil)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.GETATTR: // R[A] = R[B].N[C]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				ni := int(c) | ext<<8
				name := code.NameStrs[ni]
				ext = 0
				x := regs[b]
				ac := &code.attrCaches[ni]
				// An instance attribute no class defines, at the position of
				// the instance dict where it was last found (attrcache.go),
				// written out: the common case of obj.attr.
				if d := x.header().dict; d != nil {
					if i := ac.instanceSlot(x.Type(), d, name, false); i >= 0 {
						regs[a] = d.entries[i].value
						continue
					}
				} else if v := ac.splitSlot(x, name, false); v != nil {
					regs[a] = *v
					continue
				}
				if len(x.Type().Slots) != 0 {
					if v := ac.memberSlot(x, false); v != nil && v.p != nil {
						regs[a] = *v // a __slots__ attribute
						continue
					}
				}
				f.PC = pc
				v, e := th.getAttrForCall(code, pc, ac, x, name)
				if e != nil {
					err = attributeErrorContext(th, e, x, name.text())
					break
				}
				regs[a] = v
				continue
			case compile.SETATTR: // R[A].N[C] = R[B]
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				ni := int(c) | ext<<8
				name := code.NameStrs[ni]
				ext = 0
				x := regs[a]
				ac := &code.attrCaches[ni]
				// As GETATTR: replacing an instance attribute no class defines.
				if d := x.header().dict; d != nil {
					if i := ac.instanceSlot(x.Type(), d, name, true); i >= 0 {
						d.entries[i].value = regs[b]
						d.writes++
						continue
					}
				} else if v := ac.splitSlot(x, name, true); v != nil {
					*v = regs[b]
					continue
				}
				if len(x.Type().Slots) != 0 {
					if v := ac.memberSlot(x, true); v != nil {
						*v = regs[b] // a __slots__ attribute
						continue
					}
				}
				if x.Type().SetAttr == nil {
					err = readOnlyAttributeError(x, name.text())
					break
				}
				f.PC = pc
				if e := cachedSetAttr(th, ac, x, name, regs[b]); e != nil {
					err = e
					break
				}
				continue
			case compile.DELATTR:
				a, c := uint8(w>>8), uint8(w>>24)
				name := code.NameStrs[int(c)|ext<<8]
				ext = 0
				if e := DelAttr(th, regs[a], name.text()); e != nil {
					err = e
					break
				}
				continue
			case compile.GETITEM:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				if x, y := regs[b], regs[c]; x.p != nil && y.p != nil && x.Type() == DictType && y.Type() == StrType {
					// Fast path: dict[str] (a miss takes the general path).
					if _, i, ok := as[Dict](x).strLookup(as[Str](y)); ok && i >= 0 {
						regs[a] = as[Dict](x).entries[i].value
						continue
					}
				} else if y.p == pInt && x.p != nil {
					// Fast paths: list[int] and ascii_str[int].
					if t := x.Type(); t == ListType {
						l := as[List](x)
						i := int64(y.n)
						if i < 0 {
							i += int64(l.Len())
						}
						if uint64(i) < uint64(l.Len()) {
							regs[a] = l.at(int(i))
							continue
						}
					} else if t == StrType {
						if s := as[Str](x); s.isASCII() {
							i := int64(y.n)
							if i < 0 {
								i += int64(len(s.text()))
							}
							if uint64(i) < uint64(len(s.text())) {
								regs[a] = asciiChars[s.text()[i]&0x7f]
								continue
							}
						}
					} else if dictOwnGetItem(t) {
						// dict[int], also of a defaultdict or Counter: a hit.
						if _, i, ok := as[Dict](x).intLookup(int64(y.n)); ok && i >= 0 {
							regs[a] = as[Dict](x).entries[i].value
							continue
						}
					}
				} else if x.p != nil && y.p != nil && x.Type() == ListType && y.Type() == SliceType {
					// Fast path: list[i:j:k] with int or None bounds.
					if v, ok := th.listSliceImmediate(code, pc-1, as[List](x), as[Slice](y)); ok {
						regs[a] = v
						continue
					}
				}
				f.PC = pc
				th.exec.sliceTemp = nil // list_slicetemp.go: a temporary only from the fast path
				v, e := GetItem(th, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.SETITEM:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				if x, y := regs[a], regs[b]; x.p != nil && y.p != nil && x.Type() == DictType && y.Type() == StrType {
					// Fast path: dict[str] = v, when no key compared could
					// run Python code.
					d := as[Dict](x)
					if _, i, ok := d.strLookup(as[Str](y)); ok {
						if i >= 0 {
							d.entries[i].value = regs[c]
							d.writes++
						} else {
							_ = d.setHashed(nil, y, as[Str](y).hashValue(), regs[c])
						}
						continue
					}
				} else if x.p != nil && y.p != nil && x.Type() == ListType && y.Type() == SliceType &&
					listSetSliceSameLen(th, as[List](x), as[Slice](y), regs[c]) {
					if th.exec.sliceTemp != nil {
						th.listSliceTempDone(code, pc-1, regs, c)
					}
					continue
				} else if y.p == pInt && x.p != nil && x.Type() == ListType {
					// Fast path: list[int] = v.
					l := as[List](x)
					i := int64(y.n)
					if i < 0 {
						i += int64(l.Len())
					}
					if uint64(i) < uint64(l.Len()) {
						l.setAt(int(i), regs[c])
						continue
					}
				} else if y.p == pInt && x.p != nil && dictOwnSetItem(x.Type()) && as[Dict](x).intSetItem(int64(y.n), regs[c]) {
					// Fast path: dict[int] = v (dict_intkey.go).
					continue
				}
				f.PC = pc
				th.exec.sliceTemp = nil // the value may escape: list_slicetemp.go
				if e := SetItem(th, regs[a], regs[b], regs[c]); e != nil {
					err = e
					break
				}
				continue
			case compile.DELITEM:
				a, b := uint8(w>>8), uint8(w>>16)
				if e := DelItem(th, regs[a], regs[b]); e != nil {
					err = e
					break
				}
				continue
			case compile.SLICE:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				step := None
				if c == 3 {
					step = regs[b+2]
				} else if th.sliceGetItem(code, regs, pc, a, b) {
					pc++ // s[i:j]: the GETITEM is done (fused_temps.go)
					continue
				}
				v, e := cachedSlice(th, f, pc-1, regs[b], regs[b+1], step)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.TUPLE:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				if ok, e := th.tupleMod(f, regs, pc, a, b, c); ok {
					pc++ // "%s:%d" % (s, n): the MOD is done (fused_temps.go)
					if e != nil {
						err = e
						break
					}
					continue
				}
				regs[a] = NewTupleCopy(regs[int(b) : int(b)+int(c)])
				continue
			case compile.LIST:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				regs[a] = newListDisplay(regs[int(b) : int(b)+int(c)])
				continue
			case compile.SET:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := buildSet(th, f, regs[int(b):int(b)+int(c)])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.DICT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				d := NewDictSized(int(c))
				for i := 0; i < int(c); i++ {
					if e := d.Set(th, regs[int(b)+2*i], regs[int(b)+2*i+1]); e != nil {
						err = e
						break dispatch
					}
				}
				regs[a] = ValueOf(d)
				continue
			case compile.LISTAPPEND:
				a, b := uint8(w>>8), uint8(w>>16)
				// List.push written out: the Go compiler does not inline
				// calls in a function as big as this one.
				l := as[List](regs[a])
				if len(l.items) == cap(l.items) {
					l.pushSlow(regs[b]) // full, or a words list
					continue
				}
				l.items = append(l.items, regs[b])
				continue
			case compile.LISTEXTEND:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x := regs[b]
				if l := x.Type().Layout; l != LayoutList && l != LayoutTuple && x.Type().Iter == nil && x.Type().GetItem == nil {
					if c != 0 { // f(*x): C-1 is the callee's register
						err = Errorf(TypeError, "%s argument after * must be an iterable, not %s", functionStr(th, regs[c-1]), TypeName(x))
					} else {
						err = Errorf(TypeError, "Value after * must be an iterable, not %s", TypeName(x))
					}
					break
				}
				items, e := ToSlice(th, x)
				if e != nil {
					err = e
					break
				}
				l := as[List](regs[a])
				l.items = append(l.vals(), items...)
				continue
			case compile.SETADD:
				a, b := uint8(w>>8), uint8(w>>16)
				if _, e := CallMethod(th, regs[a], "add", regs[b]); e != nil {
					err = e
					break
				}
				continue
			case compile.SETUPDATE:
				a, b := uint8(w>>8), uint8(w>>16)
				if _, e := CallMethod(th, regs[a], "update", regs[b]); e != nil {
					err = e
					break
				}
				continue
			case compile.DICTSET:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				if e := as[Dict](regs[a]).Set(th, regs[b], regs[c]); e != nil {
					err = e
					break
				}
				continue
			case compile.DICTUPDATE:
				a, b := uint8(w>>8), uint8(w>>16)
				if e := dictMerge(th, as[Dict](regs[a]), regs[b], Value{}); e != nil {
					err = e
					break
				}
				continue
			case compile.DICTMERGE:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				if e := dictMerge(th, as[Dict](regs[a]), regs[b], regs[c]); e != nil {
					err = e
					break
				}
				continue
			case compile.LISTTOTUPLE:
				a, b := uint8(w>>8), uint8(w>>16)
				regs[a] = NewTupleCopy(as[List](regs[b]).vals())
				continue
			case compile.UNPACK:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				x := regs[b]
				if x.p != nil && x.Type() == TupleType && len(as[Tuple](x).items()) == int(c) {
					copy(regs[int(a):int(a)+int(c)], as[Tuple](x).items())
					continue
				}
				if e := unpack(th, x, regs[int(a):int(a)+int(c)], int(c), false, 0); e != nil {
					err = e
					break
				}
				continue
			case compile.UNPACKEX:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				after := int(insns[pc])
				pc++
				if e := unpack(th, regs[b], regs[int(a):int(a)+int(c)+1+after], int(c), true, after); e != nil {
					err = e
					break
				}
				continue
			case compile.CONVERT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := convertValue(th, f, regs[b], int(c))
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.FORMAT:
				a, b := uint8(w>>8), uint8(w>>16)
				v, e := formatField(th, regs[b], "")
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.FORMATSPEC:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := formatField(th, regs[b], StrValue(regs[c]))
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.BUILDSTRING:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				regs[a] = buildString(regs[int(b) : int(b)+int(c)])
				continue
			case compile.MAKEFUNC:
				a := uint8(w >> 8)
				fc := as[Code](consts[int(w>>16)|ext<<16])
				ext = 0
				mask := insns[pc]
				pc++
				v, e := makeFunction(f, fc, regs[int(a)+1:int(a)+5], mask)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.BUILDCLASS:
				a := uint8(w >> 8)
				if v, ok := f.Builtins.GetStr("__build_class__"); ok {
					regs[a] = v
				} else {
					regs[a] = buildClassBuiltin
				}
				continue
			case compile.LOADLOCALS:
				a := uint8(w >> 8)
				if f.Locals.p == nil {
					regs[a] = ValueOf(f.Globals)
				} else {
					regs[a] = f.Locals
				}
				continue
			case compile.SETUPANNOTATIONS:
				if f.Locals.p != nil && f.Locals.Type() != DictType {
					if _, e := GetItem(th, f.Locals, NewStr("__annotations__")); e != nil {
						if !IsInstanceOf(e, KeyError) {
							err = e
							break
						}
						if e := SetItem(th, f.Locals, NewStr("__annotations__"), ValueOf(NewDict())); e != nil {
							err = e
							break
						}
					}
					continue
				}
				d := f.Globals
				if f.Locals.p != nil {
					d = as[Dict](f.Locals)
				}
				if _, ok := d.GetStr("__annotations__"); !ok {
					d.SetStr("__annotations__", ValueOf(NewDict()))
				}
				continue
			case compile.RAISE:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				f.PC = pc
				switch c {
				case 0:
					if h := th.exec.handled; h.p != nil {
						err = as[Exception](h)
						reraise = true
					} else {
						err = Errorf(RuntimeError, "No active exception to reraise")
					}
				case 1:
					err = doRaise(th, regs[a], Value{}, false)
				default:
					err = doRaise(th, regs[a], regs[b], true)
				}
			case compile.RERAISE:
				a := uint8(w >> 8)
				err = as[Exception](regs[a])
				reraise = true
			case compile.EXCMATCH:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				t, e := excMatch(th, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = Bool(t)
				continue
			case compile.PUSHEXC: // R[A] = handled; handled = R[B]
				a, b := uint8(w>>8), uint8(w>>16)
				if h := th.exec.handled; h.p != nil {
					regs[a] = h
				} else {
					regs[a] = None
				}
				th.exec.handled = regs[b]
				continue
			case compile.POPEXC:
				a := uint8(w >> 8)
				if h := regs[a]; h.p != nil && h.p != pNone {
					th.exec.handled = h
				} else {
					th.exec.handled = Value{}
				}
				continue
			case compile.EXCSTARMATCH:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				m, rest, e := excStarMatch(th, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a], regs[b] = m, rest
				continue
			case compile.EXCSTARRERAISE:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := excStarReraise(th, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.ASSERTIONERROR:
				a := uint8(w >> 8)
				regs[a] = ValueOf(AssertionError)
				continue
			case compile.BEFOREWITH:
				a, b := uint8(w>>8), uint8(w>>16)
				f.PC = pc
				exit, entered, e := beforeWith(th, regs[b])
				if e != nil {
					err = e
					break
				}
				regs[a], regs[a+1] = exit, entered
				continue
			case compile.WITHEXIT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				var exc Value
				if c != 255 {
					exc = regs[c]
				}
				f.PC = pc
				v, e := withExit(th, regs[b], exc)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.YIELD:
				b := uint8(w >> 16)
				f.PC = pc
				f.yielded = true
				return regs[b], nil
			case compile.YIELDFROM:
				a, b := uint8(w>>8), uint8(w>>16)
				sv := f.sendVal
				if sv.p != nil {
					f.sendVal = Value{}
				}
				f.PC = pc
				v, done, e := yieldFromStep(th, regs[b], sv)
				if e != nil {
					err = e
					break
				}
				if done {
					if sub := regs[b]; sub.Type() == GeneratorType && as[Generator](sub).loopOwned {
						th.genRecycle(as[Generator](sub)) // yield from gen()
					}
					regs[a] = v
					continue
				}
				f.PC = pc - 1 // run YIELDFROM again on resumption
				f.yielded = true
				return v, nil
			case compile.IMPORTNAME:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				f.PC = pc
				v, e := importName(th, f, code.Names[int(c)|ext<<8], regs[b], regs[b+1])
				ext = 0
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IMPORTFROM:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := importFrom(th, regs[b], code.Names[int(c)|ext<<8])
				ext = 0
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.IMPORTSTAR:
				a := uint8(w >> 8)
				if e := importStar(th, f, regs[a]); e != nil {
					err = e
					break
				}
				continue
			case compile.PRINTEXPR:
				a := uint8(w >> 8)
				if e := printExpr(th, f, regs[a]); e != nil {
					err = e
					break
				}
				continue
			case compile.ISSEQ:
				a, b := uint8(w>>8), uint8(w>>16)
				regs[a] = Bool(isSequence(regs[b]))
				continue
			case compile.ISMAP:
				a, b := uint8(w>>8), uint8(w>>16)
				regs[a] = Bool(isMapping(regs[b]))
				continue
			case compile.LEN:
				a, b := uint8(w>>8), uint8(w>>16)
				n, e := Len(th, regs[b])
				if e != nil {
					err = e
					break
				}
				regs[a] = Int(int64(n))
				continue
			case compile.MATCHCLASS:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				names := code.KwNames[insns[pc]]
				pc++
				v, e := matchClass(th, regs[b], regs[b+1], int(c), names)
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.MATCHKEYS:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := matchKeys(th, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.DICTWITHOUT:
				a, b, c := uint8(w>>8), uint8(w>>16), uint8(w>>24)
				v, e := dictWithout(th, regs[b], regs[c])
				if e != nil {
					err = e
					break
				}
				regs[a] = v
				continue
			case compile.UNSUPPORTED:
				err = Errorf(SystemError, "%s", StrValue(consts[int(w>>16)]))
			default:
				err = Errorf(SystemError, "unknown opcode %d", compile.Opcode(w))
			}
			break
		}
	}
}

// backEdge runs at a loop back-edge when the loop's counter reaches the
// hot threshold or work is pending. It returns the PC to continue at, or
// with an error the PC to unwind from (-1: the back-edge itself).
//
//go:noinline
func (th *Thread) backEdge(f *Frame, target int) (int, error) {
	if th.Interp.Pending.Load() != 0 {
		if err := th.runPending(); err != nil {
			return -1, err
		}
	}
	if f.Code.LoopCounts[target]&(HotLoopThreshold-1) == 0 {
		th.Interp.yieldAfterCollection()
	}
	if h := th.Interp.exec.jit; h != nil && f.Code.LoopCounts[target]&th.Interp.exec.hotMask == 0 {
		return h.LoopHot(th, f, target)
	}
	return target, nil
}

// yieldAfterCollection gives the goroutine's P away once after each
// collection of Go's collector. backEdge calls it every HotLoopThreshold
// back-edges of a loop, not at every check the JIT asks for (every
// threshold/32), since reading the count of collections costs 0.05 us and
// giving the P away 0.1.
//
// A program with a small heap runs on one P (cmd/kiln/gcpolicy.go), and
// the interpreter's goroutine keeps it until Go preempts it, 10 ms or more
// later: meanwhile the background sweeper cannot run, nor can the
// finalizer goroutine, which runs kiln's collection hooks (the collector
// policy's GOGC, the drop of the executable's start-up pages after the
// first collection). bench/random_draws.py `--jit off` peaked 2 MiB higher
// in the runs where those hooks ran collections late (docs/performance.md,
// "random_draws' peak").
func (interp *Interpreter) yieldAfterCollection() {
	if n := GCCycles(); n != interp.exec.gcCycles {
		interp.exec.gcCycles = n
		goruntime.Gosched()
	}
}

// runPending does the work flagged in Interpreter.Pending: a pending
// interrupt becomes KeyboardInterrupt; other flags belong to the signal
// and finalizer machinery, which run through PendingHandler.
//
//go:noinline
func (th *Thread) runPending() error {
	p := th.Interp.Pending.Load()
	if p&PendingProfile != 0 {
		th.profileSafePoint()
		if p &^= PendingProfile; p == 0 {
			return nil
		}
	}
	if PendingHandler != nil {
		return PendingHandler(th, p)
	}
	if p&(PendingInterrupt|PendingSignal) != 0 {
		if th.Interp.Pending.And(^uint32(PendingInterrupt|PendingSignal|PendingTerminate))&PendingTerminate != 0 {
			th.Interp.life.terminating.Store(true)
		}
		return NewException(KeyboardInterrupt)
	}
	th.Interp.Pending.Store(0)
	return nil
}

// PendingHandler, if set (by the signal and finalizer machinery), does the
// pending work flagged in p at a safe point and clears the flags it
// handled. It may return an exception (KeyboardInterrupt) to raise there.
var PendingHandler func(th *Thread, p uint32) error

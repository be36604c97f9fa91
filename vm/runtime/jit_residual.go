package runtime

// This file defines the runtime side of the JIT's residual calls: running
// one bytecode instruction of a frame with the interpreter's own generic
// implementation, for instructions a trace does not specialise (a call of
// a builtin, a subscript of a dict or a str, a slice, building a tuple).
// Compiled code leaves through the instruction's snapshot, the JIT writes
// the snapshot back into the frame, calls JITExecOne and re-enters with
// the result register's value. The JIT owns this file; the interpreter
// never calls it.

import (
	"github.com/kilnpy/kiln/vm/compile"
)

// JITResidualOps are the instructions JITExecOne runs, indexed by opcode.
// Each writes at most one register (its A operand), or none. An array, not
// a map: the linker lays it out, where a map literal is built at every
// start.
var JITResidualOps = [256]bool{
	compile.CALL: true, compile.CALLMETHOD: true, compile.CALLKW: true,
	compile.GETATTR: true, compile.SETATTR: true,
	compile.GETITEM: true, compile.SETITEM: true, compile.SLICE: true,
	compile.TUPLE: true, compile.LIST: true,
	compile.IN: true, compile.NOTIN: true,
	compile.LISTAPPEND: true, compile.DICTSET: true,
	compile.BUILDSTRING: true, compile.CONVERT: true, compile.FORMAT: true,
	compile.DICT: true,
}

// JITResidualBinary reports whether op is a binary or comparison
// instruction JITExecOne runs (the arithmetic opcodes and LT..GE).
func JITResidualBinary(op compile.Opcode) bool {
	return op >= compile.ADD && op <= compile.IFLOORDIV || op >= compile.LT && op <= compile.GE
}

// JITResidualBranch reports whether op is a conditional branch whose
// condition JITExecOne computes (JLT..JGE, JT, JF): it returns the
// condition, True when the branch is taken, and does not jump.
func JITResidualBranch(op compile.Opcode) bool {
	return op >= compile.JLT && op <= compile.JGE || op == compile.JT || op == compile.JF
}

// JITExecOne runs the instruction at pc of f (ext is its EXT prefix) as
// the interpreter's generic path does, writes its result register and
// returns the result (a branch's condition: JITResidualBranch). The
// instruction must be one JITResidualOps, JITResidualBinary or
// JITResidualBranch names. An error is the exception the instruction
// raised: the caller makes the interpreter unwind from pc (resume at
// pc+1, "pc raised").
func (th *Thread) JITExecOne(f *Frame, pc, ext int) (Value, error) {
	code := f.Code
	w := code.Insns[pc]
	op := compile.Opcode(w)
	a, b, c := int(uint8(w>>8)), int(uint8(w>>16)), int(uint8(w>>24))
	regs := f.Regs
	// Calls made from here see the frame at this instruction, as they
	// would from the interpreter (tracebacks, sys._getframe).
	f.PC = pc + 1
	var v Value
	var err error
	switch {
	case op >= compile.ADD && op <= compile.FLOORDIV:
		v, err = arith(th, BinaryOp(op-compile.ADD), false, regs[b], regs[c])
	case op >= compile.IADD && op <= compile.IFLOORDIV:
		v, err = arith(th, BinaryOp(op-compile.IADD), true, regs[b], regs[c])
	case op >= compile.LT && op <= compile.GE:
		v, err = compareValue(th, CompareOp(op-compile.LT), regs[b], regs[c])
	case op >= compile.JLT && op <= compile.JGE:
		t, e := compareBool(th, CompareOp(op-compile.JLT), regs[a], regs[b])
		return Bool(t == (c != 0)), e
	case op == compile.JT || op == compile.JF:
		t, e := Truth(th, regs[a])
		return Bool(t == (op == compile.JT)), e
	default:
		switch op {
		case compile.CALL:
			callee := regs[b]
			args := regs[b+1 : b+1+c]
			if callee.p != nil && callee.Type() == FunctionType && isSimple(as[Function](callee), c) {
				v, err = th.callSimple(as[Function](callee), args)
				break
			}
			if callee.p != nil && callee.Type() == TypeType {
				var ok bool
				if v, ok, err = th.newInstance(as[Type](callee), args); ok {
					break
				}
			}
			v, err = Call(th, callee, args, nil)
		case compile.CALLKW:
			names := code.KwNames[code.Insns[pc+1]]
			f.PC = pc + 2
			v, err = Call(th, regs[b], regs[b+1:b+1+c], names)
		case compile.CALLMETHOD:
			var args []Value
			if regs[b+1].p != nil {
				args = regs[b+1 : b+2+c]
			} else {
				args = regs[b+2 : b+2+c]
			}
			v, err = Call(th, regs[b], args, nil)
		case compile.GETATTR:
			ni := c | ext<<8
			name := code.NameStrs[ni]
			code.makeNameCaches() // the code may have been recorded, never run
			v, err = cachedGetAttr(th, &code.attrCaches[ni], regs[b], name)
			if err != nil {
				err = attributeErrorContext(th, err, regs[b], name.text())
			}
		case compile.SETATTR:
			ni := c | ext<<8
			name := code.NameStrs[ni]
			if x := regs[a]; x.Type().SetAttr == nil {
				return Value{}, readOnlyAttributeError(x, name.text())
			}
			code.makeNameCaches()
			return Value{}, cachedSetAttr(th, &code.attrCaches[ni], regs[a], name, regs[b])
		case compile.GETITEM:
			if x, y := regs[b], regs[c]; x.p != nil && y.p != nil && x.Type() == DictType && y.Type() == StrType {
				// dict[str] without the generic dispatch (a miss takes
				// the general path), as the interpreter does.
				if _, i, ok := as[Dict](x).strLookup(as[Str](y)); ok && i >= 0 {
					v = as[Dict](x).entries[i].value
					break
				}
			}
			v, err = GetItem(th, regs[b], regs[c])
		case compile.SETITEM:
			// The interpreter's fast paths that residual stores take
			// (the trace specialises list[int] = int or float itself).
			x, y := regs[a], regs[b]
			if x.p != nil && y.p != nil && x.Type() == ListType {
				if y.Type() == SliceType && listSetSliceSameLen(th, as[List](x), as[Slice](y), regs[c]) {
					return Value{}, nil
				}
				if y.p == pInt {
					items := as[List](x).vals()
					if i := jitListIndex(int64(y.n), len(items)); i >= 0 {
						items[i] = regs[c]
						return Value{}, nil
					}
				}
			}
			return Value{}, SetItem(th, x, y, regs[c])
		case compile.SLICE:
			step := None
			if c == 3 {
				step = regs[b+2]
			}
			v, err = cachedSlice(th, f, pc, regs[b], regs[b+1], step)
		case compile.TUPLE:
			v = NewTupleCopy(regs[b : b+c])
		case compile.LIST:
			v = NewList(append([]Value(nil), regs[b:b+c]...))
		case compile.IN, compile.NOTIN:
			var t bool
			if t, err = Contains(th, regs[c], regs[b]); err == nil {
				v = Bool(t == (op == compile.IN))
			}
		case compile.LISTAPPEND:
			as[List](regs[a]).push(regs[b])
			return Value{}, nil
		case compile.DICTSET:
			return Value{}, as[Dict](regs[a]).Set(th, regs[b], regs[c])
		case compile.DICT:
			d := NewDictSized(c)
			for i := 0; i < c && err == nil; i++ {
				err = d.Set(th, regs[b+2*i], regs[b+2*i+1])
			}
			v = ValueOf(d)
		case compile.BUILDSTRING:
			v = buildString(regs[b : b+c])
		case compile.CONVERT:
			v, err = convertValue(th, f, regs[b], c)
		case compile.FORMAT:
			v, err = formatField(th, regs[b], "")
		default:
			return Value{}, Errorf(SystemError, "JITExecOne: unsupported opcode %s", op)
		}
	}
	if err != nil {
		return Value{}, err
	}
	regs[a] = v
	return v, nil
}

// JITBuiltinMethod returns the method name of instances of the builtin
// type t (a method descriptor found on its MRO) when GETMETHOD on such an
// instance would give it unbound with the instance as self. Builtin types
// are immutable, so the answer never changes.
func JITBuiltinMethod(t *Type, name string) (Value, bool) {
	if t.Flags&(FlagHeapType|FlagHasDict) != 0 || !isGenericGetAttr(t) {
		return Value{}, false
	}
	m := t.Lookup(name)
	if m.p == nil || m.Type() != MethodDescriptorType {
		return Value{}, false
	}
	return m, true
}

// jitListIndex normalises a list index (negative from the end) and
// returns -1 when it is out of range.
func jitListIndex(i int64, n int) int {
	if i < 0 {
		i += int64(n)
	}
	if uint64(i) < uint64(n) {
		return int(i)
	}
	return -1
}

package runtime

// This file defines four pairs of instructions that the interpreter runs
// as one when the first writes a temporary that the second reads and
// nothing reads after it. The object in between would be garbage at once:
// CPython frees it by reference counting (or, for a slice, never makes it:
// BINARY_SLICE), Kiln left it to the collector, and in the text-processing
// benchmarks it was one of the three or four allocations of each
// iteration.
//
//	TUPLE t B C; MOD d f t        "%s:%d;" % (s, n), f an exact str: the
//	                              format reads the items from R[B...]
//	SLICE t B C; GETITEM d x t    s[i:j] of an exact str or list, with int
//	                              or None bounds: no slice object
//	FORITER t it; UNPACK d t n    for a, b in zip(xs, ys) (or enumerate):
//	                              the items go to R[d...], no tuple
//	CALL t str 1; ADD d k t       "item-" + str(i) (or str(i) + k), i a small
//	                              int and R[k] an exact str: the digits go
//	                              into the result, no str of their own
//
// Whether t dies at the second instruction is decided once per instruction
// from the code (tempDiesAtNext: a temporary, written before it is read on
// every path after, the exception handler's included). Anything else (a
// subclass, a big-int or object bound, a str on the left of % that is not
// exact, a zip of another length) runs both instructions as before. The
// fused forms raise what the second instruction would, at its position:
// the first cannot fail, or fails before anything is skipped.

import (
	"strconv"
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// States of an instruction in Code.tempDies.
const (
	tempDiesUnknown uint8 = iota // not checked yet
	tempDiesNo                   // the temporary is read again, or is no temporary
	tempDiesYes                  // the temporary dies at the next instruction
)

// tempDiesAtNext reports whether register t, written by the instruction
// at pc-1, is a temporary that is dead after the instruction at next (the
// one after it), remembering the answer per instruction.
func tempDiesAtNext(code *Code, pc, next int, t uint8) bool {
	states := code.tempDies
	if states == nil {
		states = make([]uint8, len(code.Insns))
		code.tempDies = states
	}
	switch states[pc-1] {
	case tempDiesYes:
		return true
	case tempDiesNo:
		return false
	}
	w := code.Insns[next]
	dies := genIsTemp(code, t) && regDeadFrom(code.Code, next+compile.Words(w), int(t)) &&
		regDeadInHandler(code.Code, next, int(t))
	states[pc-1] = tempDiesNo
	if dies {
		states[pc-1] = tempDiesYes
	}
	return dies
}

// tupleMod runs `R[d] = R[f] % (R[b], ..., R[b+n-1])` for the TUPLE at
// insns[pc-1] (result register t) and the MOD at insns[pc], if the MOD
// reads the tuple only as its right operand, its left is an exact str and
// the tuple dies there. It reports whether it ran the MOD; the caller then
// continues after it, or unwinds from it with err.
func (th *Thread) tupleMod(f *Frame, regs *[256]Value, pc int, t, b, n uint8) (ok bool, err error) {
	code := f.Code
	insns := code.Insns
	if pc >= len(insns) {
		return false, nil
	}
	w := insns[pc]
	fmtReg := uint8(w >> 16)
	if compile.Opcode(w) != compile.MOD || uint8(w>>24) != t || fmtReg == t || regs[fmtReg].p == nil || regs[fmtReg].Type() != StrType ||
		!tempDiesAtNext(code, pc, pc, t) {
		return false, nil
	}
	f.PC = pc + 1
	format := as[Str](regs[fmtReg]).text()
	v, err := strPercentFormatItems(th, format, regs[int(b):int(b)+int(n)])
	if err != nil {
		return true, err
	}
	if regs[t].p != nil && uint8(w>>8) != t {
		regs[t] = Value{} // what the tuple would have replaced
	}
	regs[uint8(w>>8)] = v
	return true, nil
}

// sliceGetItem runs `R[d] = R[x][R[b]:R[b+1]]` for the SLICE at
// insns[pc-1] (result register t, no step) and the GETITEM at insns[pc],
// if R[x] is an exact str or list, both bounds are ints or None and the
// slice dies there. It reports whether it did; it cannot fail.
func (th *Thread) sliceGetItem(code *Code, regs *[256]Value, pc int, t, b uint8) bool {
	insns := code.Insns
	if pc >= len(insns) {
		return false
	}
	w := insns[pc]
	x := regs[uint8(w>>16)]
	if compile.Opcode(w) != compile.GETITEM || uint8(w>>24) != t || uint8(w>>16) == t || x.p == nil {
		return false
	}
	start, stop := regs[b], regs[b+1]
	if !sliceImmediate(start) || !sliceImmediate(stop) {
		return false
	}
	var v Value
	switch x.Type() {
	case StrType:
		s := as[Str](x)
		i, _, n, _ := immediateIndices(start, stop, None, s.runeCount())
		if !tempDiesAtNext(code, pc, pc, t) {
			return false
		}
		v = strSubstr(th, s, i, n)
	case ListType:
		l := as[List](x)
		i, step, n, _ := immediateIndices(start, stop, None, l.Len())
		if !tempDiesAtNext(code, pc, pc, t) {
			return false
		}
		v = th.listSliceAt(code, pc, l, i, step, n)
	default:
		return false
	}
	if regs[t].p != nil && uint8(w>>8) != t {
		regs[t] = Value{} // what the slice would have replaced
	}
	regs[uint8(w>>8)] = v
	return true
}

// forIterUnpack runs `R[d], ..., R[d+n-1] = next(it)` for the FORITER at
// insns[pc-2] (result register t; insns[pc-1] is its jump target) and the
// UNPACK at insns[pc], when it is an exact zip of n iterators or, for n =
// 2, an exact enumerate, and the tuple dies at the UNPACK. handled reports
// whether it ran the FORITER (and the UNPACK, if more is true); the caller
// then jumps to the loop's exit (more false), continues after the UNPACK,
// or unwinds from the FORITER with err.
func (th *Thread) forIterUnpack(code *Code, regs *[256]Value, pc int, t uint8, it Value) (handled, more bool, err error) {
	insns := code.Insns
	if pc >= len(insns) {
		return false, false, nil
	}
	w := insns[pc]
	d, n := uint8(w>>8), int(uint8(w>>24))
	if compile.Opcode(w) != compile.UNPACK || uint8(w>>16) != t {
		return false, false, nil
	}
	var items [4]Value
	switch it.Type() {
	case ZipType:
		z := as[zipIterator](it)
		if len(z.its) != n || n > len(items) || n == 0 || !tempDiesAtNext(code, pc-1, pc, t) {
			return false, false, nil
		}
		if more, err = zipNextInto(th, z, items[:n]); err != nil || !more {
			return true, false, err
		}
	case EnumerateType:
		if n != 2 || !tempDiesAtNext(code, pc-1, pc, t) {
			return false, false, nil
		}
		if items[0], items[1], more, err = enumerateNextPair(th, as[enumerateIterator](it)); err != nil || !more {
			return true, false, err
		}
	default:
		return false, false, nil
	}
	if regs[t].p != nil && (t < d || t >= d+uint8(n)) {
		regs[t] = Value{} // what the tuple would have replaced
	}
	copy(regs[int(d):int(d)+n], items[:n])
	return true, true, nil
}

// strOfIntAdd runs `R[d] = R[k] + str(x)` or `R[d] = str(x) + R[k]` for
// the CALL of str at insns[pc-1] (result register t) and the ADD at
// insns[pc], if R[k] is an exact str and str(x) dies at the ADD. It
// reports whether it did; it cannot fail.
func (th *Thread) strOfIntAdd(code *Code, regs *[256]Value, pc int, t uint8, x int64) bool {
	insns := code.Insns
	if pc >= len(insns) {
		return false
	}
	w := insns[pc]
	b, c := uint8(w>>16), uint8(w>>24)
	if compile.Opcode(w) != compile.ADD || (b == t) == (c == t) {
		return false
	}
	k := b
	if b == t {
		k = c
	}
	o := regs[k]
	if o.p == nil || o.Type() != StrType || !tempDiesAtNext(code, pc, pc, t) {
		return false
	}
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], x, 10)
	text := unsafe.String(unsafe.SliceData(digits), len(digits))
	s := as[Str](o)
	var v *Str
	if k == b {
		v = strConcatTexts(th, s.text(), text, s.knownASCII())
	} else {
		v = strConcatTexts(th, text, s.text(), s.knownASCII())
	}
	if regs[t].p != nil && uint8(w>>8) != t {
		regs[t] = Value{} // what str(x) would have replaced
	}
	regs[uint8(w>>8)] = ValueOf(v)
	return true
}

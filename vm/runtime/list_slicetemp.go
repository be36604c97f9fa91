package runtime

// This file defines the reuse of the temporary list of `a[i:j] = b[m:n]`
// (fannkuch's `perm[:k + 1] = perm[k::-1]`): the right-hand side is a new
// list whose items the assignment copies, after which nothing refers to it.
// CPython frees it there by reference counting; Kiln would leave it to the
// collector, and a flip loop then allocates most of the program's bytes in
// those temporaries and collects every few milliseconds.
//
// Which lists are temporaries is decided from the code, once per code
// object: a GETITEM (the producer) writes a temporary register that the
// instructions up to a SETITEM (the consumer) neither read nor write, in
// straight-line code (no jump lands between them and none leaves), the
// SETITEM reads it only as its value, and the register is dead after the
// SETITEM. At run time the producer, when it slices an exact list itself,
// records the new list in the thread; the consumer, when its fast path
// (listSetSliceSameLen) has copied the items of that same list into
// another exact list, hands the list back to the thread as its spare, and
// the next producer to slice at most the spare's capacity refills it
// instead of allocating. A list seen anywhere else (user code called
// between the two, an exception, a consumer that takes the general path)
// is never recorded as spare: the record is replaced or cleared first.

import (
	"math"

	"github.com/kilnpy/kiln/vm/compile"
)

// Per-instruction roles in Code.sliceTemps.
const (
	sliceTempNone     uint8 = iota + 1 // neither (0: not computed yet)
	sliceTempProducer                  // a GETITEM whose result is a temporary list
	sliceTempConsumer                  // the SETITEM after which that list is dead
)

// sliceTempScanLimit bounds the instructions between producer and consumer.
const sliceTempScanLimit = 16

// sliceTempMaxCap bounds the capacity of a spare list, so that a large
// temporary is not kept alive for the small ones.
const sliceTempMaxCap = 256

// sliceTempRoles returns code's table of roles, computing it on first use.
func sliceTempRoles(code *Code) []uint8 {
	if code.sliceTemps != nil {
		return code.sliceTemps
	}
	roles := make([]uint8, len(code.Insns))
	for i := range roles {
		roles[i] = sliceTempNone
	}
	insns := code.Insns
	targets := jumpTargets(code.Code)
	first := code.NumLocals + len(code.Cellvars) + len(code.Freevars)
	for pc := 0; pc < len(insns); pc += compile.Words(insns[pc]) {
		w := insns[pc]
		if compile.Op(w) != compile.GETITEM || (pc > 0 && compile.Op(insns[pc-1]) == compile.EXT) {
			continue
		}
		t := compile.A(w)
		if t < first || t >= code.KBase || t == compile.B(w) || t == compile.C(w) {
			continue
		}
		if y := sliceTempConsumerOf(code.Code, targets, pc, t); y >= 0 {
			roles[pc], roles[y] = sliceTempProducer, sliceTempConsumer
		}
	}
	markSliceCopySites(code.Code, roles) // list_slicecopy.go
	code.sliceTemps = roles
	return roles
}

// sliceTempConsumerOf returns the SETITEM that consumes the temporary t
// written by the GETITEM at x, or -1 (see the file comment for the rules).
func sliceTempConsumerOf(code *compile.Code, targets map[int]bool, x, t int) int {
	insns := code.Code
	pc := x + 1
	for n := 0; n < sliceTempScanLimit && pc < len(insns); n++ {
		if targets[pc] {
			return -1
		}
		w := insns[pc]
		op := compile.Op(w)
		if op == compile.SETITEM && compile.C(w) == t && compile.A(w) != t && compile.B(w) != t {
			if regDeadFrom(code, pc+1, t) {
				return pc
			}
			return -1
		}
		var extra uint32
		if op.HasExtraWord() && pc+1 < len(insns) {
			extra = insns[pc+1]
		}
		e, ok := regEffects(w, extra)
		if !ok || e.reads(t) || e.writes(t) || sliceTempLeaves(op) || !regDeadInHandler(code, pc, t) {
			return -1
		}
		pc += compile.Words(w)
	}
	return -1
}

// sliceTempLeaves reports whether op may continue anywhere but at the next
// instruction (other than by raising).
func sliceTempLeaves(op compile.Opcode) bool {
	switch op {
	case compile.JMP, compile.JT, compile.JF, compile.JNONE, compile.FORITER,
		compile.JLT, compile.JLE, compile.JEQ, compile.JNE, compile.JGT, compile.JGE,
		compile.RETURN, compile.RAISE, compile.RERAISE, compile.UNSUPPORTED,
		compile.YIELD, compile.YIELDFROM, compile.EXT:
		return true
	}
	return false
}

// jumpTargets returns the instructions that something other than the
// instruction before them continues at: jump and branch targets, and
// exception handlers.
func jumpTargets(code *compile.Code) map[int]bool {
	insns := code.Code
	targets := map[int]bool{}
	for pc := 0; pc < len(insns); pc += compile.Words(insns[pc]) {
		if t, _, ok := compile.Jump(insns, pc); ok {
			targets[t] = true
		}
	}
	for _, e := range code.ExcTable {
		targets[int(e.Handler)] = true
	}
	return targets
}

// listSliceImmediate returns l[sl] for a slice whose bounds are ints or
// None, in the thread's spare list when the instruction at pc produces a
// temporary (see the file comment). ok is false if the bounds are not
// immediates or the step is zero: the general path then raises.
func (th *Thread) listSliceImmediate(code *Code, pc int, l *List, sl *Slice) (Value, bool) {
	start, step, n, ok := immediateSliceIndices(sl, l.Len())
	if !ok {
		return Value{}, false
	}
	return th.listSliceAt(code, pc, l, start, step, n), true
}

// listSliceAt is listSliceImmediate of the items start, start+step, ...
// (n of them).
func (th *Thread) listSliceAt(code *Code, pc int, l *List, start, step, n int) Value {
	ex := &th.exec
	switch sliceTempRoles(code)[pc] {
	case sliceTempProducer:
	case sliceCopyOwned:
		return th.listSliceCopy(code, pc, l, start, step, n)
	default:
		return l.sliceList(start, step, n)
	}
	var out *List
	if sp := ex.spareList; sp != nil && cap(sp.items) >= n {
		ex.spareList = nil
		out = sp
		out.items = out.items[:n]
		l.copySlice(out.items, start, step)
	} else {
		out = as[List](NewList(l.slice(start, step, n)))
	}
	ex.sliceTemp = out
	return ValueOf(out)
}

// listSliceTempDone is called by a SETITEM after its fast path copied v
// into a list: if the instruction at pc consumes the temporary the thread
// recorded and v is it, the register holding it (dead from here) is
// cleared and the list becomes the thread's spare.
func (th *Thread) listSliceTempDone(code *Code, pc int, regs *[256]Value, r uint8) {
	ex := &th.exec
	tmp := ex.sliceTemp
	if tmp == nil {
		return
	}
	ex.sliceTemp = nil
	if regs[r].p != ValueOf(tmp).p || sliceTempRoles(code)[pc] != sliceTempConsumer || cap(tmp.items) > sliceTempMaxCap || tmp.words != nil {
		return
	}
	regs[r] = Value{}
	clear(tmp.items)
	tmp.items = tmp.items[:0]
	ex.spareList = tmp
}

// immediateSliceIndices is Slice.Indices for int or None bounds, which
// cannot raise or run Python code; ok is false for any other bound and
// for a zero step.
func immediateSliceIndices(sl *Slice, length int) (start, step, n int, ok bool) {
	return immediateIndices(sl.Start, sl.Stop, sl.Step, length)
}

// immediateIndices is immediateSliceIndices of the bounds of a slice not
// made (fused_temps.go).
func immediateIndices(startV, stopV, stepV Value, length int) (start, step, n int, ok bool) {
	if !sliceImmediate(startV) || !sliceImmediate(stopV) || !sliceImmediate(stepV) {
		return 0, 0, 0, false
	}
	st := int64(1)
	if stepV.p == pInt {
		if st = int64(stepV.n); st == 0 {
			return 0, 0, 0, false
		}
		st = max(st, -math.MaxInt64) // so that -st does not overflow
	}
	size := int64(length)
	lower, upper := int64(0), size
	if st < 0 {
		lower, upper = -1, size-1
	}
	bound := func(v Value, def int64) int64 {
		if v.p != pInt {
			return def
		}
		i := int64(v.n)
		if i < 0 {
			if i += size; i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i
	}
	var b, e int64
	if st < 0 {
		b, e = bound(startV, upper), bound(stopV, lower)
	} else {
		b, e = bound(startV, lower), bound(stopV, upper)
	}
	return int(b), int(st), int(sliceLength(b, e, st)), true
}

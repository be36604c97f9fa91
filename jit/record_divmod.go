package jit

// This file defines the recording of `q, r = divmod(a, b)` on two ints
// with a positive divisor, when the pair dies at the UNPACK that takes it
// apart (runtime.JITDivmodUnpack, the interpreter's own test,
// divmod_unpack.go): an int_floordiv and an int_mod written to the
// UNPACK's targets, with no pair and no call. It is not a residual call,
// so it also compiles inside inlined calls, where residual calls are not
// allowed; not yet in generator bodies (below). A divisor that is zero or
// negative fails a guard and the interpreter runs the call (raising, or
// flooring toward -inf).

import "github.com/kilnpy/kiln/vm/runtime"

// recordDivmodUnpack records the CALL of divmod at fr.pc (result register
// a, arguments args/vals, the next instruction at next) with the UNPACK
// after it. handled is false (nothing emitted) when the pattern does not
// hold.
func (r *recorder) recordDivmodUnpack(fr *recFrame, a int, args []Ref, vals []runtime.Value, next int, guardCallee func()) (bool, error) {
	if len(args) != 2 || r.t.TypeOf(args[0]) != Int || r.t.TypeOf(args[1]) != Int || vals[1].SmallInt() <= 0 {
		return false, nil
	}
	if fr.gen != nil {
		// Not in generator bodies for now: it let collections_heapq's
		// `for v in neighbours(u)` compile, whose entries (four
		// iterations at most, with residual dict and heap calls) ran
		// slower than the interpreter (0.31-0.39 to 0.34-0.49 s).
		return false, nil
	}
	t, ok := runtime.JITDivmodUnpack(fr.code, next, a)
	if !ok {
		return false, nil
	}
	guardCallee()
	if err := r.guardPositive(args[1], vals[1].SmallInt()); err != nil {
		return true, err
	}
	x, y := vals[0].SmallInt(), vals[1].SmallInt()
	q, m := x/y, x%y
	if m < 0 { // y > 0: floor toward -inf
		q, m = q-1, m+y
	}
	r.set(fr, t, r.emit(OpIntFloorDiv, Int, args[0], args[1]), runtime.Int(q))
	r.set(fr, t+1, r.emit(OpIntMod, Int, args[0], args[1]), runtime.Int(m))
	if a != t && a != t+1 && fr.regs[a].IsValid() {
		r.set(fr, a, refUnbound, runtime.Value{}) // what the pair would have replaced
	}
	fr.pc = next + 1
	return true, nil
}

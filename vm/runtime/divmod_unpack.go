package runtime

// This file defines `q, r = divmod(a, b)` without the pair: the CALL of
// the builtin divmod whose result the very next instruction, an UNPACK of
// two, takes apart. The tuple would be garbage at once (CPython frees it
// by reference counting); Kiln left it to the collector, and in
// collections_heapq's `x, y = divmod(i, N)` (once per generator call) it
// was two thirds of the allocations of the Dijkstra and BFS phases.
//
// The interpreter writes the quotient and the remainder straight into the
// UNPACK's targets and skips it when the call's result register is dead
// after the UNPACK (regDeadFrom: `t = x, y = divmod(...)` reads it
// again, and then the tuple is made as before). Only two small ints with
// a divisor that neither is zero nor overflows (MinInt64 // -1) take this
// way; anything else, errors included, goes through the call as before,
// so tracebacks and messages are the call's own.

import (
	"math"

	"github.com/kilnpy/kiln/vm/compile"
)

// divmodUnpack runs `R[A'], R[A'+1] = divmod(args...)` for the CALL at
// insns[pc-1] (result register a) and the UNPACK at insns[pc], if the
// pattern of the file comment holds; it reports whether it did, and the
// caller then continues after the UNPACK. callee is the CALL's callee,
// known to be a builtin function, with its two arguments in args.
func (th *Thread) divmodUnpack(code *Code, regs *[256]Value, pc int, a uint8, callee Value, args []Value) bool {
	insns := code.Insns
	if pc >= len(insns) || th.prof.sink != nil {
		return false
	}
	w := insns[pc]
	if compile.Opcode(w) != compile.UNPACK || uint8(w>>16) != a || uint8(w>>24) != 2 {
		return false
	}
	x, y := args[0], args[1]
	if x.p != pInt || y.p != pInt || y.n == 0 || (int64(x.n) == math.MinInt64 && int64(y.n) == -1) {
		return false
	}
	if bf := as[BuiltinFunction](callee); bf.Name != "divmod" || bf.Module != "builtins" || bf.Self.p != nil {
		return false
	}
	if !tempDiesAtNext(code, pc, pc, a) { // the result dies at the UNPACK
		return false
	}
	n, d := int64(x.n), int64(y.n)
	q, r := n/d, n%d
	if r != 0 && (r < 0) != (d < 0) {
		q--
		r += d
	}
	t := uint8(w >> 8)
	// Stores of an int over an int write the number alone: the type word
	// would pay a write barrier while the collector marks.
	for i, v := range [2]int64{q, r} {
		dst := &regs[int(t)+i]
		if dst.p != pInt {
			dst.p = pInt
		}
		dst.n = uint64(v)
	}
	if regs[a].p != nil && a != t && a != t+1 {
		regs[a] = Value{} // what the tuple would have replaced
	}
	return true
}

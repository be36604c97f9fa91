package runtime

// This file exports to the JIT the check of divmod_unpack.go, so that a
// trace records `q, r = divmod(a, b)` as the interpreter runs it: two
// int ops and no pair, when the pair dies at the UNPACK.

import "github.com/kilnpy/kiln/vm/compile"

// JITDivmodUnpack reports whether insns[pc] of code is an UNPACK of two
// taking apart register a, the result of the CALL of divmod before it, and
// a is dead after it: the interpreter then writes the quotient and the
// remainder straight into the UNPACK's targets, which it returns.
func JITDivmodUnpack(code *Code, pc int, a int) (t int, ok bool) {
	insns := code.Insns
	if pc >= len(insns) || a > 255 {
		return 0, false
	}
	w := insns[pc]
	if compile.Opcode(w) != compile.UNPACK || int(uint8(w>>16)) != a || uint8(w>>24) != 2 {
		return 0, false
	}
	if !tempDiesAtNext(code, pc, pc, uint8(a)) {
		return 0, false
	}
	return int(uint8(w >> 8)), true
}

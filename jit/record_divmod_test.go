package jit

import "testing"

// TestDivmodUnpackPrograms runs testdata/run/jit_divmod_unpack.py (divmod
// taken apart in a generator body and in loops, left shifts, and their
// deoptimisation: a negative or zero divisor, a big int, a float, an
// overflow, a pair read again) on the reference executor and on the native
// backend, compares the output with the interpreter's, and checks that
// divmod compiled to int_floordiv and int_mod.
func TestDivmodUnpackPrograms(t *testing.T) {
	checkPrograms(t, corpusPrograms(t, "jit_divmod_*.py"), func(name, backend string, j *JIT) bool {
		return countKeptOps(j, func(c Opcode) bool { return c == OpIntFloorDiv }) > 0 &&
			countKeptOps(j, func(c Opcode) bool { return c == OpIntMod }) > 0
	})
}

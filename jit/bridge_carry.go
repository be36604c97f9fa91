package jit

// This file defines carrying a loop's object locals for its bridges. A
// loop trace's inputs are the locals its recorded iteration reads; a
// bridge recorded from one of its guards can read only those (they are
// what the guard's snapshot holds) and aborts on any other ("bridge reads
// r1, unknown to its loop"). The scanner loop of bench/tokenizer.py
// (`while i < n: c = src[i]; if c == " ": i += 1; elif c.isdigit(): ...
// tokens.append(...)`) is traced on its space path, which never reads
// `tokens`, so none of the paths of its other characters could get a
// bridge: every other character left the compiled code through the first
// guard of the next iteration, until shortloop.go gave the loop up.
//
// PyPy does not meet this: its frame (a virtualizable) keeps every local
// of the loop's frame in the trace. Kiln does the same on demand: the
// first bridge of a loop that aborts for a local the loop does not carry
// throws the loop's code away (a retrace, counted as such), and the loop
// is traced again carrying every local bound at the header
// (bridgeCarryLocals): objects as polyCarryObjects carries them, inputs
// whose class is guarded only where the trace reads them, so the loop's
// own path costs one register or spill slot per carried local and no
// guard; ints, floats and bools raw, with their kind checked at entry as
// every input's is (an entry finding another kind, or the local unbound,
// runs that entry interpreted: a local bound only on some paths makes
// some entries fail, which is why this is done only for a loop whose
// bridge needed it). Loops that dispatch on classes get the objects
// carried and more from poly.go (polyMode); function traces already have
// every argument as an input.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
)

// bridgeCarryLocals makes every local bound in the loop's frame an input
// of the loop trace from its start (ints, floats and bools raw, objects
// with their class guarded where the trace first reads them).
func (r *recorder) bridgeCarryLocals() {
	r.polyCarryObjects()
	fr := r.frames[0]
	for reg := 0; reg < fr.code.NumLocals && reg < len(fr.regs); reg++ {
		v := fr.regs[reg]
		if !v.IsValid() || fr.refs[reg] != NoRef {
			continue
		}
		typ := kindOf(v)
		ref := r.t.Emit(Op{Code: OpInput, Type: typ})
		r.t.NumInputs++
		r.entry = append(r.entry, EntrySlot{Reg: reg, Type: typ})
		r.inputOf[reg] = ref
		fr.refs[reg] = ref
	}
}

// bridgeCarryFailed handles a bridge of lp that could not be recorded
// (err): when it read a local lp does not carry, lp's code is thrown away
// to be traced again carrying its locals. A register past the locals (the
// iterator of an enclosing for loop, read by a bridge from an inner
// loop's exit) is not carried, so a bridge reading one changes nothing.
// It reports whether it threw the code away.
func (j *JIT) bridgeCarryFailed(th *runtime.Thread, lp *loop, err error) bool {
	if lp.function || lp.polyMode || lp.carryLocals || lp.code == nil || err == nil {
		return false
	}
	reg, ok := bridgeCarryUnknownReg(err)
	if !ok || reg >= lp.key.code.NumLocals {
		return false
	}
	lp.carryLocals = true
	j.invalidate(th, lp, "a bridge reads a local the loop does not carry: traced again carrying its locals")
	return true
}

// bridgeCarryUnknownReg is the register a bridge recording read when it
// aborted for a register its loop does not carry (the detail of record.go's
// abort, "bridge reads r%d, unknown to its loop").
func bridgeCarryUnknownReg(err error) (int, bool) {
	var ae *abortError
	if !errors.As(err, &ae) || !strings.HasSuffix(ae.detail, detailUnknownToLoop) {
		return 0, false
	}
	var reg int
	if _, err := fmt.Sscanf(ae.detail, "bridge reads r%d,", &reg); err != nil {
		return 0, false
	}
	return reg, true
}

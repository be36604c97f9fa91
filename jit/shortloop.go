package jit

// This file defines the check that a compiled loop's entries pay for
// themselves. Entering compiled code and leaving it through a guard
// (loading the inputs, the trampoline, writing the snapshot back into the
// frame, boxing) costs about what interpreting 30 to 60 bytecode
// instructions does. A loop whose entries mostly leave in their first
// iterations through a guard no bridge serves is slower compiled than
// interpreted: the scanner loop of tokenizer (`while i < n: c = src[i];
// if c == " ": ...`) compiled on its space path, every other character
// left through the first guard of the next iteration, and the bridges
// could not be made (they read locals the space path never reads), so
// the program ran 1.3 times as long as with the loop interpreted.
//
// Compiled code counts its jumps in State.Iterations; the driver adds up
// the iterations of the first shortLoopEntries entries after a compile,
// and if most entries left before their first full iteration (fewer
// iterations than entries) and they saved fewer than shortLoopMinInsns
// interpreted instructions per entry on average (iterations times the
// bytecode instructions of an iteration), the code is thrown away and the
// loop blacklisted: a new trace would take the same path
// (jit-loop-invalidated says why).

import "github.com/kilnpy/kiln/vm/runtime"

const (
	// shortLoopEntries is how many entries the check waits for.
	shortLoopEntries = 256
	// shortLoopMinInsns is how many bytecode instructions an entry must
	// run compiled, on average, to pay for entering and leaving.
	shortLoopMinInsns = 32
)

// shortLoopCheck counts the iterations of an entry of lp that left
// through a guard, and gives the loop up once its entries prove too short.
func (j *JIT) shortLoopCheck(th *runtime.Thread, lp *loop, iters uint64) {
	if lp.function || lp.code == nil || lp.trace == nil || lp.sinceCompile > shortLoopEntries {
		return
	}
	if lp.sinceCompile <= 1 {
		lp.shortIters = 0
	}
	lp.shortIters += int64(iters)
	if lp.sinceCompile < shortLoopEntries {
		return
	}
	if lp.shortIters >= lp.sinceCompile || lp.shortIters*int64(iterationInsns(lp.trace)) >= shortLoopMinInsns*lp.sinceCompile {
		return
	}
	lp.retraces = maxRetraces // a new trace would be as short: blacklist
	j.invalidate(th, lp, "too few iterations per entry to pay for entering compiled code")
}

// iterationInsns is the number of bytecode instructions of one iteration
// of the loop trace t: its debug_merge_points after the label (all of
// them when the loop was not peeled).
func iterationInsns(t *Trace) int {
	n, all := 0, 0
	label := t.Label()
	for i := range t.Ops {
		if t.Ops[i].Code == OpDebugMergePoint {
			all++
			if label >= 0 && i > label {
				n++
			}
		}
	}
	if n == 0 {
		return all
	}
	return n
}

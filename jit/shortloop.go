package jit

// This file defines the check that a compiled loop's entries pay for
// themselves. Entering compiled code and leaving it through a guard
// (loading the inputs, the trampoline, writing the snapshot back into the
// frame, boxing) costs about what interpreting 30 to 60 bytecode
// instructions does. A loop whose entries mostly leave before a full
// iteration through a guard no bridge serves is slower compiled than
// interpreted: the scanner loop of tokenizer (`while i < n: c = src[i];
// if c == " ": ...`) compiled on its space path, every other character
// left through the first guard of the next iteration, and the bridges
// could not be made (they read locals the space path never reads), so
// the program ran 1.3 times as long.
//
// Compiled code counts its jumps in State.Iterations (one add to memory
// per back-edge). An entry that left through a guard whose bridge could
// not be made, after fewer iterations than run shortLoopMinInsns bytecode
// instructions, counts as short; once shortLoopEntries entries since the
// compile were short and they are most of the entries, the code is thrown
// away and the loop blacklisted: a new trace would take the same path
// (jit-loop-invalidated says why). Guard failures while bridges are still
// being made (a loop warming up, polymorphic dispatch) do not count: those
// guards get bridges. Nor do the guards retracing leaves alone: a
// megamorphic guard_class, a failed bridge in a loop that dispatches on
// classes (poly.go). An entry that ends with the loop's generator (the
// guard on its resumption point, whose bridge recordings stop at the
// generator's return: record_gen.go) counts too: `for v in
// neighbours(u)` of a graph search, four iterations an entry, compiled
// once dict lookups became helper calls (helper.go) and ran BFS at
// 1.7 times its interpreted time.

import "github.com/kilnpy/kiln/vm/runtime"

const (
	// shortLoopEntries is how many short entries the check waits for.
	shortLoopEntries = 256
	// shortLoopMinInsns is how many bytecode instructions an entry must
	// run compiled to pay for entering and leaving.
	shortLoopMinInsns = 32
	// shortGenLoopMinInsns is the same for an entry that ends with the
	// loop's generator: the exit also finishes the generator in the
	// interpreter, and the loop's next run starts interpreted. Measured
	// on `for v in gen(u, k)` with an outer loop that stays interpreted
	// (docs/jit-heapq.md): an entry costs about 13 iterations of a
	// 12-instruction body.
	shortGenLoopMinInsns = 160
)

// shortLoopCheck looks at an entry of lp that left to the interpreter
// through the guard owning snapshot snap of t, after iters jumps, and
// gives the loop up once its entries prove too short.
func (j *JIT) shortLoopCheck(th *runtime.Thread, lp *loop, t *Trace, snap int, iters uint64) {
	if lp.function || lp.code == nil || lp.trace == nil {
		return
	}
	if lp.sinceCompile <= 1 {
		lp.shortEntries, lp.iterationInsns = 0, iterationInsns(lp.trace)
	}
	gs := lp.guards[guardKey{t.ID, snap}]
	if gs == nil || !gs.genEnd && (!gs.noBridge || gs.unbridgeable) {
		return // a megamorphic site does not count, as for retracing
	}
	minInsns := int64(shortLoopMinInsns)
	if gs.genEnd {
		minInsns = shortGenLoopMinInsns
	}
	if int64(iters)*int64(lp.iterationInsns) >= minInsns {
		return
	}
	lp.shortEntries++
	if lp.shortEntries < shortLoopEntries || lp.shortEntries*2 <= lp.sinceCompile {
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

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

import (
	"fmt"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
)

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

// A for loop over a generator nested in another loop of its code can be
// seen to be short before it is compiled: the interpreter counts the
// back-edges of both (runtime.Code.LoopCounts), so when the inner loop
// first gets hot their ratio is its iterations per run of the outer body.
// When that many iterations of its body's instructions come to less than
// shortGenLoopMinInsns, compiling it would only lead to the check above
// giving it up: bench/collections_heapq.py's Dijkstra and BFS loops (`for
// v in neighbours(u)`, about four items a run) were compiled as three
// loops and five bridges before they were, and leaving them to the
// interpreter from the start took the program from 294 to 278 ms of CPU
// (docs/collections-heapq.md). Such a loop is left to the interpreter at
// once; an outer loop that compiles still inlines it (docs/jit-genloops.md,
// nested loops), since its recording never asks for the inner loop's code.
// The estimate is made once, when the loop first gets hot: at a threshold
// of 1 (the conformance runs) the outer loop has usually not looped yet,
// and the inner one is compiled and checked as before.

// shortNestedGenLoopCheck reports whether the loop at pc of f, about to be
// recorded for the first time, is a short nested generator loop, and if
// so blacklists it and logs why.
func (j *JIT) shortNestedGenLoopCheck(th *runtime.Thread, f *runtime.Frame, lp *loop) bool {
	if lp.genChecked || lp.function {
		return false
	}
	lp.genChecked = true
	perRun, body, ok := nestedGenLoopShape(f, lp.key.pc)
	if !ok || perRun*float64(body) >= shortGenLoopMinInsns {
		return false
	}
	lp.blacklisted = true
	if j.log.Wants(tracelog.KindTraceAbort) {
		j.log.Emit(&tracelog.TraceAbort{Stamp: stamp(th), Func: f.Code.Name, Pos: posOf(f.Code, lp.key.pc), Reason: tracelog.AbortUnsupported,
			Detail: fmt.Sprintf("a nested loop over a generator with %.1f iterations of %d instructions a run: too few to pay for entering compiled code", perRun, body)})
	}
	return true
}

// nestedGenLoopShape looks at the loop whose header is the FORITER at pc
// of f: ok when its iterator is a generator and an enclosing loop of the
// same code has run; perRun is the loop's back-edges per back-edge of the
// innermost enclosing loop, body the number of instructions from its
// header to its back-edge.
func nestedGenLoopShape(f *runtime.Frame, pc int) (perRun float64, body int, ok bool) {
	c := f.Code
	insns := c.Insns
	if pc >= len(insns) || compile.Op(insns[pc]) != compile.FORITER || !isGenerator(f.Regs[compile.B(insns[pc])]) {
		return 0, 0, false
	}
	// Back-edges: jumps to an earlier or the same instruction. The loop's
	// own is the last jump to pc; the enclosing loop's header is the
	// latest one before pc whose back-edge comes after the loop's.
	type edge struct{ from, to int }
	var edges []edge
	for q := 0; q < len(insns); q += compile.Words(insns[q]) {
		if t, _, ok := compile.Jump(insns, q); ok && t <= q {
			edges = append(edges, edge{q, t})
		}
	}
	back := -1
	for _, e := range edges {
		if e.to == pc {
			back = max(back, e.from)
		}
	}
	if back < 0 {
		return 0, 0, false
	}
	outer := -1
	for _, e := range edges {
		if e.to < pc && e.from > back {
			outer = max(outer, e.to)
		}
	}
	if outer < 0 || c.LoopCounts[outer] == 0 {
		return 0, 0, false
	}
	for q := pc; q <= back; q += compile.Words(insns[q]) {
		body++
	}
	return float64(c.LoopCounts[pc]) / float64(c.LoopCounts[outer]), body, true
}

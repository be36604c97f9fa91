package jit

// This file defines which assembler contexts the x86-64 backend keeps for
// reuse. A context keeps the Prog slab of the largest unit it assembled;
// the bridges of a dispatch loop are large (their exits keep refs: every
// exit stub writes its refs to State.Refs), and one such unit left
// megabytes of Progs in the pool for the rest of the run (richards: 4.9
// MB of a 10 MB live heap).

import "github.com/kilnpy/kiln/jit/internal/native"

// polyPoolMaxInsns is the largest unit, in instructions, whose assembler
// context goes back to the pool; a larger one is left to the collector
// (making a context costs far less than assembling such a unit).
const polyPoolMaxInsns = 4096

// polyPoolable reports whether a, just used, goes back to the pool.
func polyPoolable(a *native.Asm) bool { return a.Len() <= polyPoolMaxInsns }

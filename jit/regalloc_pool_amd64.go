package jit

// This file defines the reuse of the register allocator's arrays between
// compiles: an x86Alloc is only read while its trace's code is generated,
// so Compile gives it back to a pool instead of leaving five per-value
// arrays to the collector for every trace (opt_scratch.go does the same
// for the optimiser).

import "sync"

// The numbers of allocatable registers (x86GPRegs, x86XRegs), as
// constants for the allocator's fixed-size free lists.
const (
	x86NumGP = 9
	x86NumX  = 14
)

var x86AllocPool sync.Pool

// x86NewAlloc returns an allocation with per-value arrays of length n
// (contents unset) and cleared register-use flags.
func x86NewAlloc(n int) *x86Alloc {
	a, _ := x86AllocPool.Get().(*x86Alloc)
	if a == nil {
		a = &x86Alloc{usedGP: make([]bool, x86NumGP), usedX: make([]bool, x86NumX)}
	}
	if cap(a.end) < n {
		c := n + n/2
		a.locs, a.home, a.end, a.isArg = make([]x86Loc, c), make([]int32, c), make([]int, c), make([]bool, c)
	}
	a.locs, a.home, a.end, a.isArg = a.locs[:n], a.home[:n], a.end[:n], a.isArg[:n]
	clear(a.isArg)
	clear(a.usedGP)
	clear(a.usedX)
	a.nSpill = 0
	a.active = a.active[:0]
	return a
}

// x86FreeAlloc gives a back; it is not used after.
func x86FreeAlloc(a *x86Alloc) { x86AllocPool.Put(a) }

func init() {
	if len(x86GPRegs) != x86NumGP || len(x86XRegs) != x86NumX {
		panic("jit: x86NumGP/x86NumX do not match the register lists")
	}
}

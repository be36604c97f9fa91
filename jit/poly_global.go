package jit

// This file defines how a trace guards the globals it reads with
// LOADGLOBAL: by the entry of each name, not by the globals dict's write
// counter. A module loop that rebinds one global (richards' `total +=`
// around the scheduler) advances that counter on every store, which made
// every guard on it fail: each compiled function, loop and bridge that
// reads any global (a constant such as K_WORK) left at its first guard
// after each store, got bridge after bridge for the same guard and was
// finally thrown away and retraced. PyPy keeps module globals in cells
// that change only when their own name is rebound; here the equivalent is
// a guard on the dict's key set (no name added or deleted, so each stays
// at its entry index) and a guard on the entry's value words.

import "github.com/kilnpy/kiln/vm/runtime"

// polyGuardGlobal guards that name is still bound to v in the globals d
// (v was found there) and reports whether it could: false when d holds
// name at no live entry it can address, and the caller guards the whole
// dict instead.
func (r *recorder) polyGuardGlobal(d *runtime.Dict, name string, v runtime.Value) bool {
	idx, cur := nameEntry(d, name)
	if idx < 0 || !runtime.Is(cur, v) {
		return false
	}
	dref := r.polyGuardKeySet(d)
	i := r.t.ConstInt(int64(idx))
	switch kind := kindOf(v); {
	case kind == Ptr:
		// An object or None: its p word is its identity, its n word 0.
		p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{dref, i}, Aux: entryField(runtime.JITDictEntryValueOffset), Descr: "dict.entry.value.p"})
		r.guard(OpGuardValue, p, r.t.ConstObj(v.Pointer(), v, ""))
	default:
		r.guardEntryKind(dref, idx, kind)
		n := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{dref, i}, Aux: entryField(runtime.JITDictEntryValueOffset + 8), Descr: "dict.entry.value.n"})
		r.guard(OpGuardValue, n, r.t.ConstInt(int64(v.Bits())))
	}
	return true
}

// polyGuardKeySet guards the key set of the globals d (Dict.version): it
// holds while no name is added or deleted, so a name stays at its entry.
// The optimiser keeps one such guard per dict until a residual call.
func (r *recorder) polyGuardKeySet(d *runtime.Dict) Ref {
	dref := r.t.ConstObj(ptrOf(d), d, "ConstPtr(globals)")
	ver := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{dref}, Aux: int64(runtime.JITDictVersionOffset), Descr: "dict.version"})
	r.guard(OpGuardValue, ver, r.t.ConstInt(int64(runtime.JITDictKeyVersion(d))))
	return dref
}

// polyGuardGlobalAbsent guards that the globals d still lack a name they
// lacked when recording (a builtin is read instead): their key set.
func (r *recorder) polyGuardGlobalAbsent(d *runtime.Dict) {
	r.polyGuardKeySet(d)
}

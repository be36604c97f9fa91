package jit

// This file defines direct helper calls (call_helper) and the dict
// operations recorded as them: `d[k]`, `d.get(k, dflt)`, `k in d`,
// `k not in d` and `d[k] = v` on an exact dict with a small int key and a
// small int value (graph code's `dist[v]`, `v in seen`).
//
// A residual call (record_residual.go) costs an exit to the driver with
// the snapshot written back into the frame, the generic instruction and a
// re-entry: about 35 ns more than the interpreter's instruction, so loops
// made mostly of them are not compiled. A helper call instead leaves
// compiled code only as far as Run (as call_f's math functions do),
// which calls the Go helper with the raw operands and re-enters at once:
// no snapshot is written, nothing is boxed, and the interpreter's frame
// is not touched. The helper does the instruction's whole work with the
// runtime's own code (runtime.JITDictInt*, the interpreter's int-key
// probe) or, having changed nothing, reports that it cannot (a missing
// key for d[k], a value of another kind, a key of the same hash that only
// __eq__ could compare); the op then fails like a guard, through the
// instruction's snapshot, and the interpreter (or a bridge) runs it. So
// unlike residual calls, helper calls compile in inlined calls and
// generator bodies, and are not counted against residual_cost.
//
// GC: while the helper runs, the trace's live registers are in
// State.Spill, which the collector does not scan, and a store may drop
// the heap's only other reference to an object the trace holds. So the
// code first copies every ref live across the call (and the call's ref
// operands) to State.Refs through the write barrier (helper_amd64.go);
// the driver clears Refs when the entry ends.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// Helper is a Go function compiled code calls directly (call_helper).
type Helper struct {
	Name string
	// Writes: the helper may change dict entries, list items or lengths
	// (the optimiser forgets heap facts at it, opt_fold.go).
	Writes bool
	// F does the work on up to three raw operands; ok false means it did
	// nothing and the instruction must run in the interpreter.
	F func(a, b, c uint64) (r uint64, ok bool)
}

// The helpers, by index (call_helper's aux).
const (
	helperDictIntGet = iota
	helperDictIntGetDefault
	helperDictIntContains
	helperDictIntSet
	helperDequeLen
	helperDequeIntItem
	helperDequeAppendInt
	helperDequePopLeftInt
	helperDequePopInt
	helperDictIntGetRef
)

// Helpers is the table call_helper indexes.
var Helpers = [...]Helper{
	helperDictIntGet: {Name: "dict_int_getitem", F: func(d, k, _ uint64) (uint64, bool) {
		v, ok := runtime.JITDictIntGet(helperPtr(d), int64(k))
		return uint64(v), ok
	}},
	helperDictIntGetDefault: {Name: "dict_int_get", F: func(d, k, dflt uint64) (uint64, bool) {
		v, ok := runtime.JITDictIntGetDefault(helperPtr(d), int64(k), int64(dflt))
		return uint64(v), ok
	}},
	helperDictIntContains: {Name: "dict_int_contains", F: func(d, k, _ uint64) (uint64, bool) {
		in, ok := runtime.JITDictIntContains(helperPtr(d), int64(k))
		if in {
			return 1, ok
		}
		return 0, ok
	}},
	helperDictIntSet: {Name: "dict_int_setitem", Writes: true, F: func(d, k, v uint64) (uint64, bool) {
		return 0, runtime.JITDictIntSet(helperPtr(d), int64(k), int64(v))
	}},
	helperDequeLen:        {Name: "deque_len", F: dequeLenHelper},
	helperDequeIntItem:    {Name: "deque_int_getitem", F: dequeItemHelper},
	helperDequeAppendInt:  {Name: "deque_append_int", Writes: true, F: dequeAppendHelper},
	helperDequePopLeftInt: {Name: "deque_popleft_int", Writes: true, F: dequePopLeftHelper},
	helperDequePopInt:     {Name: "deque_pop_int", Writes: true, F: dequePopHelper},
	helperDictIntGetRef: {Name: "dict_int_getitem_ref", F: func(d, k, _ uint64) (uint64, bool) {
		p, ok := runtime.JITDictIntGetRef(helperPtr(d), int64(k))
		return uint64(uintptr(p)), ok
	}},
}

// helperPtr is the object whose address a ref operand carries; the
// object is reachable from State.Refs while the helper runs.
func helperPtr(w uint64) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&w)) }

// callHelper runs helper h on raw operands as call_helper's semantics
// say: the result, or ok false.
func callHelper(h int64, args []uint64) (uint64, bool) {
	var a [3]uint64
	copy(a[:], args)
	return Helpers[h].F(a[0], a[1], a[2])
}

// helperWrites reports whether op is a helper call that may change the
// heap.
func helperWrites(op *Op) bool {
	return op.Code == OpCallHelper && Helpers[op.Aux].Writes
}

// hasWritingHelpers reports whether t calls a helper that may change the
// heap (peeling then keeps no heap fact into the body, as for residual
// calls).
func hasWritingHelpers(t *Trace) bool {
	for i := range t.Ops {
		if helperWrites(&t.Ops[i]) {
			return true
		}
	}
	return false
}

// emitHelper records call_helper h on args with the snapshot of the
// instruction about to run (taken by the caller before any register of
// the frame changed).
func (r *recorder) emitHelper(h int, typ Type, snap int, args ...Ref) Ref {
	return r.t.Emit(Op{Code: OpCallHelper, Type: typ, Args: args, Aux: int64(h), Snap: int32(snap)})
}

// dictIntShape reports whether dv and kv have the shape every dict
// helper needs: an exact dict and a small int key.
func dictIntShape(dv, kv runtime.Value) bool {
	return dv.IsValid() && !dv.IsImmediate() && dv.Type() == runtime.DictType && kv.IsSmallInt()
}

// dictIntRefs reads the dict's and the key's refs (and the value's, for
// a store: val >= 0) and checks their trace types: a ref and ints. It
// guards the dict's class.
func (r *recorder) dictIntRefs(fr *recFrame, dreg, kreg, vreg int) (d, k, v Ref, ok bool, err error) {
	if d, _, err = r.get(fr, dreg); err != nil {
		return
	}
	if k, _, err = r.get(fr, kreg); err != nil {
		return
	}
	if vreg >= 0 {
		if v, _, err = r.get(fr, vreg); err != nil {
			return
		}
		if r.t.TypeOf(v) != Int {
			return
		}
	}
	if r.t.TypeOf(d) != Ptr || r.t.TypeOf(k) != Int {
		return
	}
	if !d.IsConst() {
		r.guard(OpGuardClass, d, r.classConst(runtime.DictType))
	}
	return d, k, v, true, nil
}

// dictGetItem records R[a] = R[b][R[c]] on a dict with an int key and an
// int value; handled is false (nothing emitted or run) for another shape.
func (r *recorder) dictGetItem(fr *recFrame, a, b, c int) (bool, error) {
	_, dv, okd := r.peek(fr, b)
	_, kv, okk := r.peek(fr, c)
	if !okd || !okk || !kv.IsSmallInt() || !dv.IsValid() || dv.IsImmediate() {
		return false, nil
	}
	if runtime.JITDictGetItemClass(dv.Type()) {
		if p, ok := runtime.JITDictIntGetRef(dv.Pointer(), kv.SmallInt()); ok {
			return r.dictGetItemRef(fr, a, b, c, runtime.ValueFromRef(p))
		}
	}
	if !dictIntShape(dv, kv) {
		return false, nil
	}
	v, ok := runtime.JITDictIntGet(dv.Pointer(), kv.SmallInt())
	if !ok {
		return false, nil
	}
	d, k, _, ok, err := r.dictIntRefs(fr, b, c, -1)
	if err != nil || !ok {
		return err != nil, err
	}
	ref := r.emitHelper(helperDictIntGet, Int, r.snapshot(), d, k)
	r.set(fr, a, ref, runtime.Int(v))
	return true, nil
}

// dictGetItemRef records R[a] = R[b][R[c]] on a dict (or a builtin
// subclass whose x[k] is dict's) whose value v for the int key is an
// object: the helper's result, then a guard on its class. The object
// stays held by the dict: no helper overwrites an object value with the
// int key the trace read it by without the trace's refs going to
// State.Refs first (helper_amd64.go).
func (r *recorder) dictGetItemRef(fr *recFrame, a, b, c int, v runtime.Value) (bool, error) {
	d, _, err := r.get(fr, b)
	if err != nil {
		return true, err
	}
	k, _, err := r.get(fr, c)
	if err != nil {
		return true, err
	}
	if r.t.TypeOf(d) != Ptr || r.t.TypeOf(k) != Int {
		return false, nil
	}
	if !d.IsConst() {
		r.guard(OpGuardClass, d, r.classConst(fr.regs[b].Type()))
	}
	ref := r.emitHelper(helperDictIntGetRef, Ptr, r.snapshot(), d, k)
	r.guard(OpGuardClass, ref, r.classConst(v.Type()))
	r.set(fr, a, ref, v)
	return true, nil
}

// dictContains records R[a] = R[b] in R[c] (or not in) on a dict with an
// int key.
func (r *recorder) dictContains(fr *recFrame, a, b, c int, not bool) (bool, error) {
	_, kv, okk := r.peek(fr, b)
	_, dv, okd := r.peek(fr, c)
	if !okd || !okk || !dictIntShape(dv, kv) {
		return false, nil
	}
	in, ok := runtime.JITDictIntContains(dv.Pointer(), kv.SmallInt())
	if !ok {
		return false, nil
	}
	d, k, _, ok, err := r.dictIntRefs(fr, c, b, -1)
	if err != nil || !ok {
		return err != nil, err
	}
	ref := r.emitHelper(helperDictIntContains, Bool, r.snapshot(), d, k)
	if not {
		ref, in = r.emit(OpBoolNot, Bool, ref), !in
	}
	r.set(fr, a, ref, runtime.Bool(in))
	return true, nil
}

// dictSetItem records R[a][R[b]] = R[c] on a dict with an int key and an
// int value.
func (r *recorder) dictSetItem(fr *recFrame, a, b, c int) (bool, error) {
	_, dv, okd := r.peek(fr, a)
	_, kv, okk := r.peek(fr, b)
	_, vv, okv := r.peek(fr, c)
	if !okd || !okk || !okv || !vv.IsSmallInt() || !dictIntShape(dv, kv) {
		return false, nil
	}
	if _, ok := runtime.JITDictIntContains(dv.Pointer(), kv.SmallInt()); !ok {
		return false, nil
	}
	d, k, v, ok, err := r.dictIntRefs(fr, a, b, c)
	if err != nil || !ok {
		return err != nil, err
	}
	snap := r.snapshot()
	runtime.JITDictIntSet(dv.Pointer(), kv.SmallInt(), vv.SmallInt()) // cannot fail: the lookup decided
	r.emitHelper(helperDictIntSet, Void, snap, d, k, v)
	return true, nil
}

// dictGetCall records d.get(k, dflt) (a CALLMETHOD of dict.get with an
// int key and an int default) into R[a]; handled is false for another
// call.
func (r *recorder) dictGetCall(fr *recFrame, a int, fv runtime.Value, args []Ref, vals []runtime.Value, next int, guardCallee func()) (bool, error) {
	if len(args) != 3 || !vals[2].IsSmallInt() || r.t.TypeOf(args[2]) != Int || !dictIntShape(vals[0], vals[1]) {
		return false, nil
	}
	if m, ok := runtime.JITBuiltinMethod(runtime.DictType, "get"); !ok || m.Pointer() != fv.Pointer() {
		return false, nil
	}
	if r.t.TypeOf(args[0]) != Ptr || r.t.TypeOf(args[1]) != Int {
		return false, nil
	}
	v, ok := runtime.JITDictIntGetDefault(vals[0].Pointer(), vals[1].SmallInt(), vals[2].SmallInt())
	if !ok {
		return false, nil
	}
	guardCallee()
	if !args[0].IsConst() {
		r.guard(OpGuardClass, args[0], r.classConst(runtime.DictType))
	}
	ref := r.emitHelper(helperDictIntGetDefault, Int, r.snapshot(), args...)
	r.set(fr, a, ref, runtime.Int(v))
	fr.pc = next
	return true, nil
}

// serveHelper runs the helper call compiled code exited for: the helper
// State.CallFunc on CallArgs[0], CallArgs[1] and CallResult (the third
// operand); it leaves the result in CallResult and, in CallFunc, 0 when
// the helper did its work, 1 when the op must fail.
func serveHelper(st *State) {
	r, ok := Helpers[st.CallFunc].F(st.CallArgs[0], st.CallArgs[1], st.CallResult)
	st.CallResult = r
	if ok {
		st.CallFunc = 0
	} else {
		st.CallFunc = 1
	}
}

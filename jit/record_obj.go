package jit

// This file records the bytecodes that touch objects: iterating lists and
// tuples, their items by index and by unpacking, cells, and the attributes
// and methods of instances of Python classes (their instance dicts). Every
// object read is specialised on what the recording saw and guarded: the
// exact class of objects, the kind of unboxed items, the entry of a dict
// holding an attribute, the type epoch for class attribute lookups.

import (
	"fmt"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// forIterSeq records FORITER over a list or tuple iterator: the list (or
// tuple) and the next index are read from the iterator, the index is
// checked against the current length (the list may grow or shrink between
// iterations), and the item is read specialised on its kind: an int or a
// float unboxed, an object guarded on its exact class. An exhausted
// iterator leaves the trace through the length guard: the interpreter
// then runs FORITER and marks the iterator exhausted as it always does.
func (r *recorder) forIterSeq(fr *recFrame, a int, it Ref, itv runtime.Value) (bool, error) {
	if runtime.JITTupleItemsOffset != runtime.JITListItemsOffset {
		return false, abortf("unsupported", "for loop over %s", itv.Type().Name)
	}
	seqv, i, exhausted := runtime.JITSeqIterState(itv)
	r.guard(OpGuardClass, it, r.classConst(itv.Type()))
	fn := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(runtime.JITSeqIterItemsOffset), Descr: "seqiter.items"})
	r.branch(r.emit(OpIntNe, Bool, fn, r.t.ConstInt(0)), !exhausted)
	if exhausted {
		return true, abortf("unsupported", "for loop over an exhausted %s", itv.Type().Name)
	}
	idx := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(runtime.JITSeqIterIndexOffset), Descr: "seqiter.i"})
	seq := r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{it}, Aux: int64(runtime.JITSeqIterSeqOffset), Descr: "seqiter.seq"})
	aux := r.seqStorage(seq, seqv)
	more := i >= 0 && i < seqLen(seqv)
	// i >= 0 always holds: the index only grows from 0.
	r.branch(r.emit(OpIntLt, Bool, idx, r.arrayLen(seq, aux)), more)
	if !more {
		if fr == r.frames[0] && fr.pc == r.header {
			return true, abortf("loop exit", "the loop's iterator is exhausted")
		}
		return true, abortf("unsupported", "exhausting a %s in the trace", itv.Type().Name)
	}
	v := seqAt(seqv, i)
	x, err := r.readItem(seq, idx, v, aux)
	if err != nil {
		// Before the iterator moves: the interpreter runs this FORITER.
		return false, abortf("unsupported", "for loop over a %s of %s", seqv.Type().Name, v.Type().Name)
	}
	runtime.JITSeqIterNext(itv)
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{it, r.emit(OpIntAdd, Int, idx, r.t.ConstInt(1))},
		Aux: int64(runtime.JITSeqIterIndexOffset), Descr: "seqiter.i", Snap: -1})
	r.set(fr, a, x, v)
	return false, nil
}

// classConst is the ConstClass of typ, for guard_class.
func (r *recorder) classConst(typ *runtime.Type) Ref {
	return r.t.ConstObj(unsafe.Pointer(typ), typ, "ConstClass("+typ.Name+")")
}

// readItem records reading item idx of the list or tuple seq, whose
// current value is v: an int or a float unboxed after a kind guard, an
// object after a guard on its exact class. aux is the list's storage
// (record_list_words.go).
func (r *recorder) readItem(seq, idx Ref, v runtime.Value, aux int64) (Ref, error) {
	if aux&ListWords != 0 {
		return r.readWordsItem(seq, idx, v)
	}
	switch kindOf(v) {
	case Int:
		r.t.Emit(Op{Code: OpGuardArrayItemKind, Args: []Ref{seq, idx}, Aux: ItemInt, Snap: int32(r.snapshot())})
		return r.emit(OpGetArrayItemI, Int, seq, idx), nil
	case Float:
		r.t.Emit(Op{Code: OpGuardArrayItemKind, Args: []Ref{seq, idx}, Aux: ItemFloat, Snap: int32(r.snapshot())})
		return r.emit(OpGetArrayItemF, Float, seq, idx), nil
	case Ptr:
		x := r.emit(OpGetArrayItemR, Ptr, seq, idx)
		r.guard(OpGuardClass, x, r.classConst(v.Type()))
		return x, nil
	}
	return NoRef, abortf("unsupported", "item of type %s", v.Type().Name)
}

// unpack records R[a:a+n] = R[b] for a tuple or list of exactly n items
// (for a, b in pairs): a guard on the class and the length, then each
// item read as readItem does.
func (r *recorder) unpack(fr *recFrame, a, b, n int) error {
	seq, sv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	ok := r.t.TypeOf(seq) == Ptr && runtime.JITTupleItemsOffset == runtime.JITListItemsOffset &&
		(sv.Type() == runtime.TupleType || sv.Type() == runtime.ListType)
	if !ok || seqLen(sv) != n {
		return abortf("unsupported", "unpacking a %s", sv.Type().Name)
	}
	r.guard(OpGuardClass, seq, r.classConst(sv.Type()))
	aux := r.seqStorage(seq, sv)
	r.guard(OpGuardTrue, r.emit(OpIntEq, Bool, r.arrayLen(seq, aux), r.t.ConstInt(int64(n))))
	refs := make([]Ref, n)
	vals := make([]runtime.Value, n)
	for k := range vals {
		vals[k] = seqAt(sv, k)
	}
	for k, v := range vals {
		if refs[k], err = r.readItem(seq, r.t.ConstInt(int64(k)), v, aux); err != nil {
			return err
		}
	}
	for k := range refs {
		r.set(fr, a+k, refs[k], vals[k])
	}
	return nil
}

// sqrtPow records R[a] = R[b] ** 0.5 for a positive float R[b]: the
// runtime's float power is exactly math.Sqrt there (accuratePow), and a
// guard sends zero, negative (a complex result) and NaN bases back to the
// interpreter. Other powers abort.
func (r *recorder) sqrtPow(fr *recFrame, a, b, c int) error {
	x, xv, y, yv, err := r.getPair(fr, b, c)
	if err != nil {
		return err
	}
	k := mathFuncIndex("sqrt")
	if r.t.TypeOf(x) != Float || !y.IsConst() || !yv.IsFloat() || yv.AsFloat() != 0.5 || k < 0 || !(xv.AsFloat() > 0) {
		return abortf("unsupported", "POW")
	}
	r.guard(OpGuardTrue, r.emit(OpFloatGt, Bool, x, r.t.ConstFloat(0)))
	res, err := runtime.Binary(r.th, runtime.OpPow, xv, yv)
	if err != nil {
		return err
	}
	r.set(fr, a, r.t.Emit(Op{Code: OpCallF, Type: Float, Args: []Ref{x}, Aux: int64(k)}), res)
	return nil
}

// Instance attributes. An object of a Python class keeps its attributes
// in its block, in the order of its class's shared names (a split
// instance, record_split.go), or in its dict (Object.dict) once it made
// one; a trace reads obj.name where the recording found it, after guards
// that the object's class is the same, that no class attribute lookup has
// changed (the type epoch, see vm/runtime/attrcache.go) and, for a dict,
// that the entry still holds that name (for a split instance: that it
// has no dict and holds a value at that position). Methods are the
// class's function, guarded by the class dict's write counter, after a
// guard on every key of the instance dict (its shape), or on a split
// instance's count, so that no instance attribute shadows them; the call
// is then inlined.

// maxShapeKeys bounds the instance dicts whose shape a trace guards.
const maxShapeKeys = 16

// guardInstance guards x's exact class and the type epoch and returns
// x's instance dict (a ref that may be null: not guarded here; null for a
// split instance).
func (r *recorder) guardInstance(x Ref, xv runtime.Value) Ref {
	r.guard(OpGuardClass, x, r.classConst(xv.Type()))
	addr, epoch := runtime.JITTypeEpoch()
	ep := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{r.t.ConstObj(addr, nil, "ConstPtr(typeEpoch)")}, Descr: "typeEpoch"})
	r.guard(OpGuardValue, ep, r.t.ConstInt(int64(epoch)))
	return r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{x}, Aux: int64(runtime.JITObjectDictOffset), Descr: "object.dict"})
}

// entryField returns the interior descr of word field of a dict entry.
func entryField(field uintptr) int64 {
	return InteriorDescr(runtime.JITDictEntriesOffset, runtime.JITDictEntrySize, field)
}

// guardEntryKey guards that the dict d (not null) has an entry idx whose
// key is the object key.
func (r *recorder) guardEntryKey(d Ref, idx int, key runtime.Value) {
	n := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{d}, Aux: int64(runtime.JITDictEntriesOffset) + 8, Descr: "dict.len(entries)"})
	r.guard(OpGuardTrue, r.emit(OpIntLt, Bool, r.t.ConstInt(int64(idx)), n))
	k := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{d, r.t.ConstInt(int64(idx))},
		Aux: entryField(runtime.JITDictEntryKeyOffset), Descr: "dict.entry.key"})
	r.guard(OpGuardValue, k, r.t.ConstObj(key.Pointer(), nil, fmt.Sprintf("ConstPtr(key %d)", idx)))
}

// getAttr records R[a] = R[b].name for an attribute in the instance dict
// of an object of a class without an attribute of that name.
func (r *recorder) getAttr(fr *recFrame, a, b int, name string) error {
	x, xv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	if r.t.TypeOf(x) != Ptr {
		return abortf("unsupported", "attribute of %s", xv.Type().Name)
	}
	_, cd, _, ok := runtime.JITClassAttr(xv.Type(), name)
	if !ok || cd != nil {
		return abortf("unsupported", "attribute %s of %s", name, xv.Type().Name)
	}
	if done, err := r.getSplitAttr(fr, a, x, xv, name); done {
		return err
	}
	d := runtime.JITInstanceDict(xv)
	if d == nil {
		return abortf("unsupported", "attribute %s of %s", name, xv.Type().Name)
	}
	keys, values := runtime.JITDictEntries(d)
	idx := -1
	for i, k := range keys {
		if s, ok := runtime.JITStrValue(k); ok && s == name {
			idx = i
		}
	}
	if idx < 0 {
		return abortf("unsupported", "attribute %s of %s", name, xv.Type().Name)
	}
	v := values[idx]
	dref := r.guardInstance(x, xv)
	r.guard(OpGuardTrue, r.emit(OpIntNe, Bool, dref, r.t.ConstInt(0)))
	r.guardEntryKey(dref, idx, keys[idx])
	r.set(fr, a, r.readWords(r.entryWords(dref, idx), v), v)
	return nil
}

// getMethod records GETMETHOD on an object whose class has a Python
// function of that name that its instance dict does not shadow: R[a] is
// the function (a constant), R[a+1] the object.
func (r *recorder) getMethod(fr *recFrame, a, b int, name string) error {
	x, xv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	attr, cd, _, ok := runtime.JITClassAttr(xv.Type(), name)
	if r.t.TypeOf(x) != Ptr || !ok || cd == nil || attr.Type() != runtime.FunctionType {
		return abortf("unsupported", "method lookup on %s", xv.Type().Name)
	}
	if done, err := r.splitNoShadow(x, xv, name); done {
		if err == nil {
			r.guardDict(cd)
			r.set(fr, a, r.constOf(attr), attr)
			r.set(fr, a+1, x, xv)
		}
		return err
	}
	d := runtime.JITInstanceDict(xv)
	var keys []runtime.Value
	if d != nil {
		keys, _ = runtime.JITDictEntries(d)
	}
	if len(keys) > maxShapeKeys {
		return abortf("unsupported", "method lookup on %s with %d attributes", xv.Type().Name, len(keys))
	}
	for _, k := range keys {
		if s, ok := runtime.JITStrValue(k); ok && s == name {
			return abortf("unsupported", "method %s shadowed by an attribute", name)
		}
		if k.IsValid() && k.Type() != runtime.StrType {
			return abortf("unsupported", "attribute dict of %s with a non-str key", xv.Type().Name)
		}
	}
	dref := r.guardInstance(x, xv)
	if d == nil {
		r.guard(OpGuardFalse, r.emit(OpIntNe, Bool, dref, r.t.ConstInt(0)))
	} else {
		r.guard(OpGuardTrue, r.emit(OpIntNe, Bool, dref, r.t.ConstInt(0)))
		n := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{dref}, Aux: int64(runtime.JITDictEntriesOffset) + 8, Descr: "dict.len(entries)"})
		r.guard(OpGuardValue, n, r.t.ConstInt(int64(len(keys))))
		for i, k := range keys {
			kr := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{dref, r.t.ConstInt(int64(i))},
				Aux: entryField(runtime.JITDictEntryKeyOffset), Descr: "dict.entry.key"})
			if k.IsValid() {
				r.guard(OpGuardValue, kr, r.t.ConstObj(k.Pointer(), nil, fmt.Sprintf("ConstPtr(key %d)", i)))
			} else {
				r.guard(OpGuardValue, kr, r.t.ConstInt(0))
			}
		}
	}
	r.guardDict(cd)
	r.set(fr, a, r.constOf(attr), attr)
	r.set(fr, a+1, x, xv)
	return nil
}

// loadDeref records R[a] = the contents of the cell R[b] (a variable a
// nested function shares): an int or a float unboxed after a guard on the
// p word's tag, an object after a guard on its class. Nothing in a trace
// stores to cells, so the read is cached like a field.
func (r *recorder) loadDeref(fr *recFrame, a, b int) error {
	cell, cv, err := r.get(fr, b)
	if err != nil {
		return err
	}
	if r.t.TypeOf(cell) != Ptr || cv.Type() != runtime.CellType {
		return abortf("unsupported", "LOADDEREF of %s", cv.Type().Name)
	}
	v := runtime.CellContents(cv)
	if !v.IsValid() || kindOf(v) == Bool {
		return abortf("unsupported", "LOADDEREF of an empty cell or a bool")
	}
	r.guard(OpGuardClass, cell, r.classConst(runtime.CellType))
	off := int64(runtime.JITCellContentsOffset)
	var ref Ref
	switch kind := kindOf(v); kind {
	case Int, Float:
		tag := IntTag
		if kind == Float {
			tag = FloatTag
		}
		p := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{cell}, Aux: off, Descr: "cell.contents.p"})
		r.guard(OpGuardValue, p, r.t.ConstInt(int64(tag)))
		if kind == Int {
			ref = r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{cell}, Aux: off + 8, Descr: "cell.contents.n"})
		} else {
			// The n word as an int, moved to a float register.
			return abortf("unsupported", "LOADDEREF of a float")
		}
	default:
		ref = r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{cell}, Aux: off, Descr: "cell.contents.p"})
		r.guard(OpGuardClass, ref, r.classConst(v.Type()))
	}
	r.set(fr, a, ref, v)
	return nil
}

// setAttr records R[a].name = R[b] over an existing entry of name in the
// instance dict, after the guards of getAttr: an int, float or bool over
// a value of the same kind (guarded) writes only the n word, with no
// write barrier (self.x /= norm); None over None changes nothing but the
// dict's write counter; an object or None over an object or None (the
// recording saw one, and the store is right whatever the entry holds)
// writes the p word through the write barrier and clears the n word
// (storeEntryRef). Every store advances the dict's write counter as the
// interpreter's does.
func (r *recorder) setAttr(fr *recFrame, a, b int, name string) error {
	x, xv, val, vv, err := r.getPair(fr, a, b)
	if err != nil {
		return err
	}
	if done, err := r.setFreshAttr(x, xv, val, vv, name); done {
		return err
	}
	kind := r.t.TypeOf(val)
	if r.t.TypeOf(x) != Ptr || !runtime.JITGenericSetAttr(xv.Type()) {
		return abortf("unsupported", "SETATTR of %s on %s", vv.Type().Name, xv.Type().Name)
	}
	_, cd, _, ok := runtime.JITClassAttr(xv.Type(), name)
	if !ok || cd != nil {
		return abortf("unsupported", "SETATTR %s on %s", name, xv.Type().Name)
	}
	if done, err := r.setSplitAttr(x, xv, val, vv, name); done {
		return err
	}
	d := runtime.JITInstanceDict(xv)
	if d == nil {
		return abortf("unsupported", "SETATTR %s on %s", name, xv.Type().Name)
	}
	keys, values := runtime.JITDictEntries(d)
	idx := -1
	for i, k := range keys {
		if s, ok := runtime.JITStrValue(k); ok && s == name {
			idx = i
		}
	}
	if idx < 0 || kindOf(values[idx]) != kind {
		return abortf("unsupported", "SETATTR %s on %s: new or changing kind", name, xv.Type().Name)
	}
	old := values[idx]
	dref := r.guardInstance(x, xv)
	r.guard(OpGuardTrue, r.emit(OpIntNe, Bool, dref, r.t.ConstInt(0)))
	r.guardEntryKey(dref, idx, keys[idx])
	switch {
	case kind != Ptr:
		r.storeEntryScalar(dref, idx, val)
	case vv.IsNone() && old.IsNone():
		r.guardEntryNone(dref, idx, old)
		r.bumpDictWrites(dref)
	default:
		r.storeEntryRef(dref, idx, val)
	}
	return runtime.SetAttr(r.th, xv, name, vv)
}

// readEntryImmediate reads the bool or None v of entry idx of the dict d
// (readWordsImmediate).
func (r *recorder) readEntryImmediate(d Ref, idx int, v runtime.Value) Ref {
	return r.readWordsImmediate(r.entryWords(d, idx), v)
}

// storeEntryRef stores the object (or None) val in entry idx of the dict
// d (storeWordsRef) and advances the dict's write counter.
func (r *recorder) storeEntryRef(d Ref, idx int, val Ref) {
	r.storeWordsRef(r.entryWords(d, idx), val)
	r.bumpDictWrites(d)
}

// entryTag returns the p word of immediates of kind (Int, Float or Bool).
func entryTag(kind Type) int64 {
	if kind == Float {
		return int64(FloatTag)
	}
	if kind == Bool {
		return int64(BoolTag)
	}
	return int64(IntTag)
}

// guardEntryKind guards that entry idx of the dict d holds an immediate
// of kind (Int, Float or Bool).
func (r *recorder) guardEntryKind(d Ref, idx int, kind Type) {
	r.guardWordsKind(r.entryWords(d, idx), kind)
}

// readEntryScalar reads the int or float of kind in entry idx of the dict
// d, after a guard on its kind.
func (r *recorder) readEntryScalar(d Ref, idx int, kind Type) Ref {
	return r.readWordsScalar(r.entryWords(d, idx), kind)
}

// storeEntryScalar stores the int or float val over a value of the same
// kind (guarded) in entry idx of the dict d: only the n word changes, so
// no write barrier; the dict's write counter advances as every store's.
func (r *recorder) storeEntryScalar(d Ref, idx int, val Ref) {
	r.storeWordsScalar(r.entryWords(d, idx), val)
	r.bumpDictWrites(d)
}

// bumpDictWrites advances the write counter of the dict d, as every
// store into a dict does.
func (r *recorder) bumpDictWrites(d Ref) {
	w := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{d}, Aux: int64(runtime.JITDictWritesOffset), Descr: "dict.writes"})
	r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{d, r.emit(OpIntAdd, Int, w, r.t.ConstInt(1))}, Aux: int64(runtime.JITDictWritesOffset), Descr: "dict.writes", Snap: -1})
}
